import type { Assessment } from '../../core/assess.js';
import type { Commitment } from '../../core/model.js';
import type { Messages } from '../../messages/index.js';
import { assessmentJson, type RegisterJson } from '../commitment-json.js';

/** `export --format json`: the very object `status --json` prints. */
export function renderJsonExport(assessment: Assessment<Commitment>, messages: Messages, register: RegisterJson): string {
  return `${JSON.stringify(assessmentJson(assessment, assessment.items, messages, register), null, 2)}\n`;
}
