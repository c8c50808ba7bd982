import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessedCommitment } from '../../../src/core/assess.js';
import { digest, digestOrdering, entryItem, isDeliveredIn, isMadeIn, isNewlyOverdue, isReportedDueSoon, isWaitingOnOverdue, type DigestOptions } from '../../../src/core/digest.js';
import type { State } from '../../../src/core/model.js';

const ASOF = '2026-03-10';
const DAYS = ['2026-03-01', '2026-03-03', '2026-03-05', '2026-03-10', '2026-03-12'];

/** Items of few values, so that many lists hold entries alike by their sort key; no series (those the fixtures' tests hold). */
const items = fc.array(
  fc.record({
    state: fc.constantFrom<State>('overdue', 'due', 'upcoming', 'delivered', 'waiting', 'closed'),
    to: fc.constantFrom(...DAYS),
    daysLate: fc.option(fc.integer({ min: 0, max: 3 })),
    daysLeft: fc.option(fc.integer({ min: 0, max: 3 })),
    dueSoon: fc.boolean(),
    id: fc.constantFrom('a', 'b-1', 'b-10', 'b-2', 'c'),
    delivered: fc.option(fc.constantFrom(...DAYS)),
    made: fc.option(fc.constantFrom(...DAYS)),
    rootLate: fc.option(fc.integer({ min: 0, max: 3 })),
  }),
  { maxLength: 40 },
);

type Item = typeof items extends fc.Arbitrary<(infer T)[]> ? T : never;

function assessed(item: Item): AssessedCommitment {
  return {
    commitment: { id: item.id, title: item.id, sourceId: 'S', status: 'open', ...(item.delivered ? { delivered: { on: item.delivered } } : {}), ...(item.made ? { made: item.made } : {}) },
    source: undefined,
    state: item.state,
    window: { kind: 'window', phrase: 'p', from: '2026-01-01', to: item.to, rule: { id: 'range', args: {} }, inferred: false },
    daysLate: item.daysLate,
    daysLeft: item.daysLeft,
    daysUntilStart: null,
    dueSoon: item.dueSoon,
    waitingOn: null,
    waitingOnEvent: null,
    event: null,
    recurrence: null,
    waitingRoot: item.rootLate === null ? null : { id: 'r', state: 'overdue', daysLate: item.rootLate },
  } as unknown as AssessedCommitment;
}

/** The digest's lists as they were made before `digestOrdering`: each list filtered, then sorted stably by its own comparison. */
function sortedAsBefore(list: AssessedCommitment[], options: DigestOptions) {
  const day = (value: string | undefined) => value ?? '';
  const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  const blocking = (item: AssessedCommitment) => (item.waitingRoot?.state === 'overdue' ? Math.max(0, item.waitingRoot.daysLate ?? 0) : 0);
  const overdue = list.filter((item) => item.state === 'overdue').sort((a, b) => (b.daysLate ?? 0) - (a.daysLate ?? 0));
  return {
    newlyOverdue: overdue.filter((item) => isNewlyOverdue(item, options.since, ASOF)),
    overdue,
    dueSoon: list.filter((item) => isReportedDueSoon(item, options.horizon)).sort((a, b) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity)),
    delivered: list.filter((item) => isDeliveredIn(item, options.since, ASOF)).sort((a, b) => desc(day(a.commitment.delivered?.on), day(b.commitment.delivered?.on))),
    waitingOnOverdue: list.filter(isWaitingOnOverdue).sort((a, b) => blocking(b) - blocking(a)),
    newSince: list
      .filter((item) => isMadeIn(item, options.since, ASOF))
      .sort((a, b) => desc(day(a.commitment.made), day(b.commitment.made)) || a.commitment.id.localeCompare(b.commitment.id)),
  };
}

describe('digestOrdering', () => {
  it('orders every list as a stable sort of the items in the order of their places, whatever order they are added in', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 0, max: 1000 }), fc.option(fc.integer({ min: 0, max: 2 })), (values, seed, horizon) => {
        const list = values.map(assessed);
        const options: DigestOptions = { since: '2026-03-03', ...(horizon === null ? {} : { horizon }) };
        const expected = sortedAsBefore(list, options);
        const { asOf: _asOf, since: _since, ...lists } = digest({ asOf: ASOF, summary: {} as never, items: list }, options);
        expect(lists).toEqual(expected);
        // Added out of order, as a reader adds a chain's commitments after the others.
        const ordering = digestOrdering(options, ASOF);
        const shuffled = list.map((item, place) => ({ item, place })).sort((a, b) => ((a.place * 7919 + seed) % 101) - ((b.place * 7919 + seed) % 101));
        for (const { item, place } of shuffled) ordering.add(item, place);
        const order = ordering.finish();
        for (const name of Object.keys(expected) as (keyof typeof expected)[]) {
          expect(Array.from(order[name].places, (place, entry) => entryItem(list[place]!, order[name].instances[entry]!, ASOF))).toEqual(expected[name]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
