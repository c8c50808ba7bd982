import type { AssessedCommitment } from '../core/assess.js';
import type { State } from '../core/model.js';

/** Exit 1 when a reported commitment is in a state the user asked to fail on (for CI and cron alerting). */
export function failOnExitCode(items: readonly AssessedCommitment[], failOn: readonly State[]): 0 | 1 {
  return items.some((item) => failOn.includes(item.state)) ? 1 : 0;
}
