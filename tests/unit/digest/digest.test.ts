import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/core/assess.js';
import { digest, isEmptyDigest, periodStart } from '../../../src/core/digest.js';
import type { Commitment, Register, Resolution, Source } from '../../../src/core/model.js';
import type { ResolvedDeadlines } from '../../../src/core/resolve-deadlines.js';
import { calendar } from '../deadline/fixture.js';
import { assessFolder, BUNDLED } from './register-fixture.js';

const at = { file: 'a.yaml', line: 1, col: 1 };

function source(anchor: string): Source {
  return { id: 'S1', type: 'brief', title: 'Brief', date: { text: anchor, anchor, precision: 'day' }, refs: [], file: 'a.yaml', position: at };
}

function commitment(id: string, extra: Partial<Commitment> = {}): Commitment {
  return { id, title: id, sourceId: 'S1', status: 'open', dependsOn: [], to: [], tags: [], history: [], file: 'a.yaml', position: at, ...extra };
}

function window(from: string, to: string): Resolution {
  return { kind: 'window', phrase: `${from}..${to}`, from, to, rule: { id: 'range', args: {} }, inferred: false };
}

interface Case {
  commitments: Commitment[];
  windows: Record<string, Resolution>;
  anchor?: string;
}

function digestOf({ commitments, windows, anchor = '2026-01-01' }: Case, asOf: string, since: string, horizon?: number) {
  const register: Register = { sources: [source(anchor)], commitments };
  const deadlines: ResolvedDeadlines = { windows: new Map(Object.entries(windows)), spans: new Map(), diagnostics: [], calendar };
  return digest(assess(register, deadlines, asOf), { since, ...(horizon === undefined ? {} : { horizon }) });
}

const ids = (items: readonly { commitment: { id: string } }[]) => items.map((item) => item.commitment.id);

describe('newly overdue: the window ended in [since, asOf)', () => {
  const asOf = '2026-09-10';
  const since = '2026-09-03';
  const cases: [string, string, boolean][] = [
    ['the day before since (reported by the previous period)', '2026-09-02', false],
    ['on since', '2026-09-03', true],
    ['the day before asOf (first day overdue is today)', '2026-09-09', true],
  ];
  it.each(cases)('a window ending %s: %s', (_, end, newly) => {
    const result = digestOf({ commitments: [commitment('x')], windows: { x: window('2026-06-01', end) } }, asOf, since);
    expect(ids(result.newlyOverdue)).toEqual(newly ? ['x'] : []);
    expect(ids(result.overdue)).toEqual(['x']);
  });

  it('a window ending on asOf is still due, neither newly overdue nor overdue', () => {
    const result = digestOf({ commitments: [commitment('x')], windows: { x: window('2026-06-01', asOf) } }, asOf, since);
    expect(result.newlyOverdue).toEqual([]);
    expect(result.overdue).toEqual([]);
  });

  it('consecutive weekly periods report each passed deadline once: not the one before, not the one still due', () => {
    const windows = Object.fromEntries(
      ['2026-08-26', '2026-08-27', '2026-09-02', '2026-09-03', '2026-09-09', '2026-09-10'].map((end) => [`ends-${end}`, window('2026-06-01', end)]),
    );
    const commitments = Object.keys(windows).map((id) => commitment(id));
    const first = digestOf({ commitments, windows }, '2026-09-03', periodStart('2026-09-03', 7));
    const second = digestOf({ commitments, windows }, '2026-09-10', periodStart('2026-09-10', 7));
    expect(ids(first.newlyOverdue).sort()).toEqual(['ends-2026-08-27', 'ends-2026-09-02']);
    expect(ids(second.newlyOverdue).sort()).toEqual(['ends-2026-09-03', 'ends-2026-09-09']);
  });

  it('only open and partly delivered commitments can be overdue', () => {
    const result = digestOf(
      {
        commitments: [commitment('open'), commitment('partial', { status: 'partial' }), commitment('closed', { status: 'closed' }), commitment('lapsed', { status: 'lapsed' })],
        windows: { open: window('2026-06-01', '2026-09-05'), partial: window('2026-06-01', '2026-09-05'), closed: window('2026-06-01', '2026-09-05'), lapsed: window('2026-06-01', '2026-09-05') },
      },
      '2026-09-10',
      '2026-09-03',
    );
    expect(ids(result.newlyOverdue)).toEqual(['open', 'partial']);
  });

  it('lists overdue longest late first', () => {
    const result = digestOf(
      {
        commitments: [commitment('recent'), commitment('oldest'), commitment('middle')],
        windows: { recent: window('2026-01-01', '2026-09-01'), oldest: window('2026-01-01', '2026-03-01'), middle: window('2026-01-01', '2026-06-01') },
      },
      '2026-09-10',
      '2026-09-03',
    );
    expect(ids(result.overdue)).toEqual(['oldest', 'middle', 'recent']);
  });
});

describe('due soon is proportional to the window', () => {
  // Promised 1 January, due by 30 June: 180 days, so a warning weeks ahead, not months.
  const halfYear: Case = { commitments: [commitment('half-year')], windows: { 'half-year': window('2026-01-01', '2026-06-30') } };
  // Promised 1 June, due by 15 June: two weeks, so a warning days ahead.
  const twoWeeks: Case = { commitments: [commitment('two-weeks')], windows: { 'two-weeks': window('2026-06-01', '2026-06-15') }, anchor: '2026-06-01' };

  it('does not nag about a six-month window in its first weeks', () => {
    for (const asOf of ['2026-01-08', '2026-01-29', '2026-03-15']) {
      expect(digestOf(halfYear, asOf, periodStart(asOf, 7)).dueSoon).toEqual([]);
    }
  });

  it('reports a six-month window in its last weeks', () => {
    expect(ids(digestOf(halfYear, '2026-06-10', '2026-06-03').dueSoon)).toEqual(['half-year']);
  });

  it('reports a two-week window days ahead, but not at its start', () => {
    expect(digestOf(twoWeeks, '2026-06-03', '2026-05-27').dueSoon).toEqual([]);
    expect(ids(digestOf(twoWeeks, '2026-06-13', '2026-06-06').dueSoon)).toEqual(['two-weeks']);
  });

  it('the same 20 days left is soon for the long window and not for the short one', () => {
    const long: Case = { commitments: [commitment('long')], windows: { long: window('2026-01-01', '2026-12-31') } };
    const short: Case = { commitments: [commitment('short')], windows: { short: window('2026-06-01', '2026-06-30') }, anchor: '2026-06-01' };
    expect(ids(digestOf(long, '2026-12-11', '2026-12-04').dueSoon)).toEqual(['long']);
    expect(digestOf(short, '2026-06-10', '2026-06-03').dueSoon).toEqual([]);
  });

  it('includes an upcoming window whose end is near', () => {
    const upcoming: Case = { commitments: [commitment('u')], windows: { u: window('2026-06-14', '2026-06-15') }, anchor: '2026-06-01' };
    const result = digestOf(upcoming, '2026-06-13', '2026-06-06');
    expect(result.dueSoon[0]?.state).toBe('upcoming');
  });

  it('adds, with a horizon, whatever ends within that many days', () => {
    expect(ids(digestOf(halfYear, '2026-03-15', '2026-03-08', 120).dueSoon)).toEqual(['half-year']);
    expect(digestOf(halfYear, '2026-03-15', '2026-03-08', 100).dueSoon).toEqual([]);
  });

  it('never reports delivered, overdue or waiting commitments as due soon', () => {
    const result = digestOf(
      {
        commitments: [commitment('done', { status: 'delivered', delivered: { on: '2026-06-01' } }), commitment('late')],
        windows: { done: window('2026-06-01', '2026-06-30'), late: window('2026-01-01', '2026-06-09') },
      },
      '2026-06-10',
      '2026-06-03',
      365,
    );
    expect(result.dueSoon).toEqual([]);
  });

  it('lists the nearest deadline first', () => {
    const result = digestOf(
      {
        commitments: [commitment('later'), commitment('sooner')],
        windows: { later: window('2026-01-01', '2026-06-30'), sooner: window('2026-01-01', '2026-06-20') },
      },
      '2026-06-10',
      '2026-06-03',
    );
    expect(ids(result.dueSoon)).toEqual(['sooner', 'later']);
  });
});

describe('delivered in the period', () => {
  const delivered = (on: string) => commitment(`on-${on}`, { status: 'delivered', delivered: { on } });
  const days = ['2026-09-02', '2026-09-03', '2026-09-10', '2026-09-11'];

  it('counts deliveries from since up to and including asOf, most recent first', () => {
    const result = digestOf({ commitments: days.map(delivered), windows: {} }, '2026-09-10', '2026-09-03');
    expect(ids(result.delivered)).toEqual(['on-2026-09-10', 'on-2026-09-03']);
  });

  it('keeps how late each delivery was', () => {
    const result = digestOf(
      {
        commitments: [commitment('late', { status: 'delivered', delivered: { on: '2026-09-05' } }), commitment('ontime', { status: 'delivered', delivered: { on: '2026-09-04' } })],
        windows: { late: window('2026-06-01', '2026-08-31'), ontime: window('2026-06-01', '2026-09-30') },
      },
      '2026-09-10',
      '2026-09-03',
    );
    expect(result.delivered.map((item) => [item.commitment.id, item.daysLate])).toEqual([
      ['late', 5],
      ['ontime', 0],
    ]);
  });

  it('does not count a partial delivery as delivered', () => {
    const result = digestOf({ commitments: [commitment('p', { status: 'partial', delivered: { on: '2026-09-05' } })], windows: {} }, '2026-09-10', '2026-09-03');
    expect(result.delivered).toEqual([]);
  });
});

describe('waiting on something overdue', () => {
  it('reports a commitment when any link of its chain is overdue, the longest blocked first', () => {
    const result = digestOf(
      {
        commitments: [
          commitment('late-study'),
          commitment('later-study'),
          commitment('future-study'),
          commitment('plan', { due: { kind: 'after', after: 'late-study', position: at } }),
          commitment('law', { due: { kind: 'after', after: 'plan', position: at } }),
          commitment('reply', { due: { kind: 'after', after: 'later-study', position: at } }),
          commitment('calm', { due: { kind: 'after', after: 'future-study', position: at } }),
        ],
        windows: {
          'late-study': window('2026-01-01', '2026-03-31'),
          'later-study': window('2026-01-01', '2026-08-31'),
          'future-study': window('2026-01-01', '2026-12-31'),
        },
      },
      '2026-09-10',
      '2026-09-03',
    );
    expect(ids(result.waitingOnOverdue)).toEqual(['plan', 'law', 'reply']);
  });
});

describe('the bundled register', () => {
  it('as of 2026-11-28 since 2026-08-01: wodc newly overdue, spine overdue but not new, the plan chain blocked', async () => {
    const result = digest(await assessFolder(BUNDLED, '2026-11-28'), { since: '2026-08-01' });
    expect(ids(result.newlyOverdue)).toEqual(['wodc-onderzoek']);
    expect(ids(result.overdue)).toEqual(['spine-eindrapportage', 'wodc-onderzoek']);
    expect(ids(result.waitingOnOverdue)).toEqual(['plan-van-aanpak', 'motie-ceder-leeftijdsverificatie']);
    expect(result.dueSoon).toEqual([]);
    expect(result.delivered).toEqual([]);
  });

  it('as of 2026-03-01 the half-year promise is early in its window: nothing to report', async () => {
    const result = digest(await assessFolder(BUNDLED, '2026-03-01'), { since: periodStart('2026-03-01', 7) });
    expect(isEmptyDigest(result)).toBe(true);
  });

  it('reports the voortgangsbrief as delivered in the week it was delivered', async () => {
    const result = digest(await assessFolder(BUNDLED, '2025-12-20'), { since: periodStart('2025-12-20', 7) });
    expect(ids(result.delivered)).toEqual(['motie-ceder-voortgangsbrief']);
  });
});

describe('periodStart', () => {
  it('goes back whole civil days, across months and leap days', () => {
    expect(periodStart('2026-03-01', 7)).toBe('2026-02-22');
    expect(periodStart('2028-03-01', 1)).toBe('2028-02-29');
    expect(periodStart('2026-01-03', 7)).toBe('2025-12-27');
  });
});
