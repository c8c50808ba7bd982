import type { AssessedCommitment } from '../core/assess.js';
import type { State } from '../core/model.js';

/** Exit 1 when a reported commitment is in a state the user asked to fail on (for CI and cron alerting). */
export function failOnExitCode(items: readonly AssessedCommitment[], failOn: readonly State[]): 0 | 1 {
  return items.some((item) => failOn.includes(item.state)) ? 1 : 0;
}

/** `failOnExitCode` from the counts per state of the reported commitments. */
export function failOnCountsExitCode(counts: Readonly<Record<State, number>>, failOn: readonly State[]): 0 | 1 {
  return failOn.some((state) => counts[state] > 0) ? 1 : 0;
}
