import type { AssessedCommitment } from './assess.js';
import { suggestions } from './closest.js';
import type { CommitmentSummary, State, Status } from './model.js';

export interface Filter {
  states?: readonly State[];
  statuses?: readonly Status[];
  /** Tags and source ids match whatever their case: `--tag WODC` finds `wodc`. */
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
  const tags = new Set(filter.tags?.map(lower));
  const sources = new Set(filter.sources?.map(lower));
  return items
    .filter(
      (item) =>
        (!filter.states?.length || filter.states.includes(item.state)) &&
        (!filter.statuses?.length || filter.statuses.includes(item.commitment.status)) &&
        (tags.size === 0 || item.commitment.tags.some((tag) => tags.has(lower(tag)))) &&
        (sources.size === 0 || sources.has(lower(item.commitment.sourceId))),
    )
    .sort(COMPARE[sort]);
}

const lower = (text: string) => text.toLowerCase();

/** A filter value that no commitment has, with the nearest values that some do have. */
export interface UnmatchedFilter {
  option: '--tag' | '--source';
  value: string;
  suggestions: string[];
}

/**
 * The tag and source values of a filter that no commitment in the
 * register has: such a filter returns nothing whatever else is asked, most
 * likely because of a typo, so it is worth saying, with what was meant.
 */
export function unmatchedFilters(items: readonly AssessedCommitment[], filter: Filter): UnmatchedFilter[] {
  const tags = new Set<string>();
  const sources = new Set<string>();
  for (const item of items) {
    for (const tag of item.commitment.tags) tags.add(tag);
    sources.add(item.commitment.sourceId);
  }
  const missing = (option: UnmatchedFilter['option'], values: readonly string[], present: ReadonlySet<string>): UnmatchedFilter[] => {
    const candidates = [...present];
    const known = new Set(candidates.map(lower));
    return values.filter((value) => !known.has(lower(value))).map((value) => ({ option, value, suggestions: suggestions(value, candidates) }));
  };
  return [...missing('--tag', filter.tags ?? [], tags), ...missing('--source', filter.sources ?? [], sources)];
}
