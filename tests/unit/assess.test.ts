import { describe, expect, it } from 'vitest';
import { assess, WAIT_CHAIN_LINKS } from '../../src/core/assess.js';
import type { Commitment, Register, Resolution, Source } from '../../src/core/model.js';
import { deadlinesInOrder, type ResolvedDeadlines } from '../../src/core/resolve-deadlines.js';
import { messagesFor } from '../../src/messages/index.js';
import { commitmentJson } from '../../src/render/commitment-json.js';
import { calendar } from './deadline/fixture.js';

const at = { file: 'a.yaml', line: 1, col: 1 };

const source: Source = {
  id: 'S1',
  type: 'brief',
  title: 'Brief',
  date: { text: '2026-01-01', anchor: '2026-01-01', precision: 'day' },
  refs: [],
  file: 'a.yaml',
  position: at,
};

function commitment(id: string, extra: Partial<Commitment> = {}): Commitment {
  return { id, title: id, sourceId: 'S1', status: 'open', dependsOn: [], to: [], tags: [], history: [], file: 'a.yaml', position: at, ...extra };
}

function window(from: string, to: string): Resolution {
  return { kind: 'window', phrase: `${from}..${to}`, from, to, rule: { id: 'range', args: {} }, inferred: false };
}

function run(commitments: Commitment[], windows: Record<string, Resolution>, asOf: string) {
  const register: Register = { sources: [source], commitments };
  const deadlines: ResolvedDeadlines = { windows: new Map(Object.entries(windows)), spans: new Map(), diagnostics: [], calendar };
  const assessment = assess(register, deadlines, asOf);
  return Object.fromEntries(assessment.items.map((item) => [item.commitment.id, item]));
}

describe('states on the window boundaries', () => {
  const cases: [string, string, number | null][] = [
    ['2026-05-31', 'upcoming', null],
    ['2026-06-01', 'due', null],
    ['2026-08-31', 'due', null],
    ['2026-09-01', 'overdue', 1],
  ];
  it.each(cases)('as of %s the window 2026-06-01..2026-08-31 is %s', (asOf, state, daysLate) => {
    const items = run([commitment('x')], { x: window('2026-06-01', '2026-08-31') }, asOf);
    expect(items.x?.state).toBe(state);
    expect(items.x?.daysLate).toBe(daysLate);
  });

  it('counts days left to the last day of the window', () => {
    const items = run([commitment('x')], { x: window('2026-06-01', '2026-08-31') }, '2026-08-30');
    expect(items.x?.daysLeft).toBe(1);
  });
});

describe('statuses', () => {
  it('keeps stored final statuses as states and never counts them open', () => {
    const items = run(
      [commitment('c', { status: 'closed' }), commitment('l', { status: 'lapsed' }), commitment('o', { status: 'ongoing' })],
      { c: window('2026-01-01', '2026-02-01'), l: window('2026-01-01', '2026-02-01') },
      '2026-11-28',
    );
    expect([items.c?.state, items.l?.state, items.o?.state]).toEqual(['closed', 'lapsed', 'ongoing']);
  });

  it('treats partly delivered like open', () => {
    const items = run([commitment('p', { status: 'partial' })], { p: window('2026-01-01', '2026-02-01') }, '2026-02-02');
    expect(items.p?.state).toBe('overdue');
  });

  it('says how late a delivery was, 0 for on time', () => {
    const items = run(
      [commitment('late', { status: 'delivered', delivered: { on: '2026-09-10' } }), commitment('ontime', { status: 'delivered', delivered: { on: '2026-08-31' } })],
      { late: window('2026-06-01', '2026-08-31'), ontime: window('2026-06-01', '2026-08-31') },
      '2026-11-28',
    );
    expect(items.late?.daysLate).toBe(10);
    expect(items.ontime?.daysLate).toBe(0);
  });

  it('has no deadline when open without due', () => {
    expect(run([commitment('n')], {}, '2026-11-28').n?.state).toBe('no-deadline');
  });
});

describe('dependencies', () => {
  const after = (id: string, within?: string): Commitment['due'] => ({ kind: 'after', after: id, ...(within ? { within } : {}), position: at });

  it('waits on an undelivered prerequisite and says whether that is overdue', () => {
    const items = run(
      [commitment('study'), commitment('plan', { due: after('study') }), commitment('law', { due: after('plan') })],
      { study: window('2026-06-01', '2026-08-31') },
      '2026-11-28',
    );
    expect(items.plan?.state).toBe('waiting');
    expect(items.plan?.waitingOn).toBe('study');
    expect(items.plan?.waitingChain).toEqual([{ id: 'study', state: 'overdue', daysLate: 89, deliveryDateUnknown: false }]);
    expect(items.law?.waitingChain.map((link) => link.id)).toEqual(['plan', 'study']);
  });

  it('a chain longer than the links kept: the first links, the full depth and the root', () => {
    const ids = Array.from({ length: WAIT_CHAIN_LINKS + 5 }, (_, index) => `c${index}`);
    const items = run(
      ids.map((id, index) => commitment(id, index === 0 ? {} : { due: after(ids[index - 1]!) })),
      { c0: window('2026-06-01', '2026-08-31') },
      '2026-11-28',
    );
    const last = items[ids.at(-1)!]!;
    expect(last.waitingChain.map((link) => link.id)).toEqual(ids.slice(-1 - WAIT_CHAIN_LINKS, -1).reverse());
    expect(last.waitingDepth).toBe(ids.length - 1);
    expect(last.waitingRoot).toEqual({ id: 'c0', state: 'overdue', daysLate: 89, deliveryDateUnknown: false });
    expect(items.c2?.waitingChain.map((link) => link.id)).toEqual(['c1', 'c0']);
    expect(items.c2).toMatchObject({ waitingDepth: 2, waitingRoot: { id: 'c0' } });
  });

  // Each commitment repeating its whole chain made a 20,000-deep chain 20 GB of JSON; written last to first, it overflowed the stack.
  for (const order of ['first to last', 'last to first']) {
    it(`a 20,000-deep chain written ${order}: assessed and rendered as JSON in linear size`, () => {
      const depth = 20_000;
      const commitments = Array.from({ length: depth }, (_, index) => commitment(`c${index}`, index === 0 ? {} : { due: after(`c${index - 1}`) }));
      if (order === 'last to first') commitments.reverse();
      const register: Register = { sources: [source], commitments };
      const deadlines: ResolvedDeadlines = { windows: new Map([['c0', window('2026-06-01', '2026-08-31')]]), spans: new Map(), diagnostics: [], calendar };
      const assessment = assess(register, deadlines, '2026-11-28');
      const messages = messagesFor('en');
      const size = assessment.items.reduce((total, item) => total + JSON.stringify(commitmentJson(item, messages)).length, 0);
      expect(size).toBeLessThan(depth * 2_000);
      const deepest = assessment.items.find((item) => item.commitment.id === `c${depth - 1}`);
      expect(deepest).toMatchObject({ state: 'waiting', waitingDepth: depth - 1, waitingRoot: { id: 'c0', state: 'overdue' } });
    }, 20_000);
  }

  it('opens the window when the prerequisite is delivered, open-ended without a span', () => {
    const items = run(
      [commitment('study', { status: 'delivered', delivered: { on: '2026-09-15' } }), commitment('plan', { due: after('study') })],
      { study: window('2026-06-01', '2026-08-31') },
      '2026-11-28',
    );
    expect(items.plan?.state).toBe('due');
    expect(items.plan?.window?.from).toBe('2026-09-15');
    expect(items.plan?.window?.to).toBeNull();
  });

  it('waits on the delivery date of a prerequisite delivered on a day not recorded, and says so down the chain', () => {
    const items = run(
      [commitment('study', { status: 'delivered', delivered: { dateUnknown: true } }), commitment('plan', { due: after('study', '3 maanden') }), commitment('law', { due: after('plan') })],
      { study: window('2026-06-01', '2026-08-31') },
      '2026-11-28',
    );
    expect(items.study?.state).toBe('delivered');
    expect(items.plan).toMatchObject({ state: 'waiting', waitingOn: 'study', window: null });
    expect(items.plan?.waitingChain).toEqual([{ id: 'study', state: 'delivered', daysLate: null, deliveryDateUnknown: true }]);
    expect(items.law?.waitingChain).toEqual([
      { id: 'plan', state: 'waiting', daysLate: null, deliveryDateUnknown: false },
      { id: 'study', state: 'delivered', daysLate: null, deliveryDateUnknown: true },
    ]);
  });
});

describe('windows read by position (a cached register)', () => {
  const commitments = [
    commitment('a'),
    commitment('b', { due: { kind: 'after', after: 'a', position: at } }),
    commitment('c'),
  ];
  const windows = [window('2026-01-01', '2026-03-01'), undefined, window('2026-06-01', '2026-09-01')];
  const rest = { spans: new Map(), diagnostics: [], calendar };
  const byId: ResolvedDeadlines = { windows: new Map([['a', windows[0]!], ['c', windows[2]!]]), ...rest };

  it('assesses the list they were read with as the table by id does, prerequisites included', () => {
    const register: Register = { sources: [source], commitments };
    const json = (deadlines: ResolvedDeadlines) => assess(register, deadlines, '2026-04-01').items.map((item) => commitmentJson(item, messagesFor('en')));
    expect(json(deadlinesInOrder(commitments, windows, rest))).toEqual(json(byId));
  });

  it('goes by id for any other list, and makes the table by id when asked', () => {
    const deadlines = deadlinesInOrder(commitments, windows, rest);
    const other: Register = { sources: [source], commitments: [commitments[2]!, commitments[0]!] };
    expect(assess(other, deadlines, '2026-04-01').items.map((item) => [item.commitment.id, item.state])).toEqual([
      ['c', 'upcoming'],
      ['a', 'overdue'],
    ]);
    expect([...deadlines.windows]).toEqual([...byId.windows]);
  });
});
