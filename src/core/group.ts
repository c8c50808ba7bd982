import type { AssessedCommitment } from './assess.js';
import type { Commitment, State } from './model.js';
import { memberOf, partyOf } from './parties.js';

export const GROUP_KEYS = ['ministerie', 'fractie', 'persoon'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

/** One group's count: how many promises it is still owed, how many of those are overdue, and the oldest's age. */
export interface GroupCount {
  /** The ministry, party or member; null for promises that name none. */
  group: string | null;
  open: number;
  overdue: number;
  /** Days since the oldest open promise of the group was made; null when it has none open (or no date). */
  longestOpenDays: number | null;
}

/** Still owed: not delivered, closed, lapsed or standing. */
const OPEN_STATES: ReadonlySet<State> = new Set<State>(['overdue', 'due', 'upcoming', 'waiting', 'no-deadline']);

/** The groups a promise counts in: a promise made to two parties counts for both. */
export function groupsOf(item: AssessedCommitment<Commitment>, key: GroupKey): Array<string | null> {
  const c = item.commitment;
  const names =
    key === 'ministerie' ? [c.imported?.ministerie ?? item.source?.by].filter((name): name is string => Boolean(name)) : c.to.map(key === 'fractie' ? partyOf : memberOf);
  const distinct = [...new Set(names.filter((name) => name !== ''))];
  return distinct.length > 0 ? distinct : [null];
}

/**
 * Counts per ministry, party or member, the group with the longest-open
 * promise first (then the most open, then by name). Pure.
 */
export function groupCounts(items: readonly AssessedCommitment<Commitment>[], key: GroupKey): GroupCount[] {
  const groups = new Map<string | null, GroupCount>();
  for (const item of items) {
    for (const group of groupsOf(item, key)) {
      const count = groups.get(group) ?? { group, open: 0, overdue: 0, longestOpenDays: null };
      if (OPEN_STATES.has(item.state)) {
        count.open += 1;
        if (item.ageDays !== null) count.longestOpenDays = Math.max(count.longestOpenDays ?? 0, item.ageDays);
      }
      if (item.state === 'overdue') count.overdue += 1;
      groups.set(group, count);
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      (b.longestOpenDays ?? -1) - (a.longestOpenDays ?? -1) ||
      b.open - a.open ||
      (a.group === null ? 1 : b.group === null ? -1 : a.group.localeCompare(b.group, 'nl')),
  );
}
