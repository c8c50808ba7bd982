import type { AssessedCommitment } from './assess.js';
import type { CommitmentSummary, State, Status } from './model.js';

export interface Filter {
  states?: readonly State[];
  statuses?: readonly Status[];
  tags?: readonly string[];
  sources?: readonly string[];
}

export const SORT_KEYS = ['due', 'late', 'age', 'id'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const byId = (a: AssessedCommitment, b: AssessedCommitment) => a.commitment.id.localeCompare(b.commitment.id);

/** Deadline order: open ends and missing deadlines last. */
const dueKey = (item: AssessedCommitment) => item.window?.to ?? '9999-12-31';

const COMPARE: Record<SortKey, (a: AssessedCommitment, b: AssessedCommitment) => number> = {
  due: (a, b) => dueKey(a).localeCompare(dueKey(b)) || byId(a, b),
  late: (a, b) => (b.daysLate ?? -1) - (a.daysLate ?? -1) || byId(a, b),
  age: (a, b) => (b.ageDays ?? -1) - (a.ageDays ?? -1) || byId(a, b),
  id: byId,
};

/** Filters (every given criterion must hold; values within one criterion are alternatives) and sorts. */
export function select<C extends CommitmentSummary>(items: readonly AssessedCommitment<C>[], filter: Filter, sort: SortKey): AssessedCommitment<C>[] {
  return items
    .filter(
      (item) =>
        (!filter.states?.length || filter.states.includes(item.state)) &&
        (!filter.statuses?.length || filter.statuses.includes(item.commitment.status)) &&
        (!filter.tags?.length || filter.tags.some((tag) => item.commitment.tags.includes(tag))) &&
        (!filter.sources?.length || filter.sources.includes(item.commitment.sourceId)),
    )
    .sort(COMPARE[sort]);
}
