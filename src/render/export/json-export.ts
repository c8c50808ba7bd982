import type { Assessment } from '../../core/assess.js';
import type { Commitment } from '../../core/model.js';
import type { Messages } from '../../messages/index.js';
import { assessmentJson } from '../commitment-json.js';

/** `export --format json`: the very object `status --json` prints. */
export function renderJsonExport(assessment: Assessment<Commitment>, messages: Messages): string {
  return `${JSON.stringify(assessmentJson(assessment, assessment.items, messages), null, 2)}\n`;
}
