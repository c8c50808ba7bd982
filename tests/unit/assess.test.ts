import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/assess.js';
import type { Commitment, Register, Resolution, Source } from '../../src/core/model.js';
import type { ResolvedDeadlines } from '../../src/core/resolve-deadlines.js';
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
    expect(items.plan?.waitingChain).toEqual([{ id: 'study', state: 'overdue', daysLate: 89 }]);
    expect(items.law?.waitingChain.map((link) => link.id)).toEqual(['plan', 'study']);
  });

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
});
