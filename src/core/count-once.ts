import { STATES, type CommitmentSummary, type State } from './model.js';
import type { AssessedCommitment, Assessment } from './assess.js';

/**
 * The assessment with every promise that repeats another one in the register
 * left out: the source links a promise made again to the earlier one, and
 * both are the same promise, so it is counted once, as the earliest, which
 * is the one that is late. A repeat of a promise not in the register (an
 * import filtered on a ministry, say) still counts. Pure.
 */
export function countedOnce<C extends CommitmentSummary>(assessment: Assessment<C>): Assessment<C> {
  if (!assessment.items.some((item) => item.commitment.repeats?.length)) return assessment;
  const present = new Set(assessment.items.map((item) => item.commitment.id));
  const items = assessment.items.filter((item) => !(item.commitment.repeats ?? []).some((id) => present.has(id)));
  return { ...assessment, items, summary: stateCounts(items) };
}

export function stateCounts(items: readonly AssessedCommitment[]): Record<State, number> {
  const summary = Object.fromEntries(STATES.map((state) => [state, 0])) as Record<State, number>;
  for (const item of items) summary[item.state] += 1;
  return summary;
}
