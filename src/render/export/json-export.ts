import type { Assessment } from '../../core/assess.js';
import type { Commitment } from '../../core/model.js';
import type { Messages } from '../../messages/index.js';
import type { Chunks } from '../chunks.js';
import { assessmentJsonChunks, JSON_FIELDS, type RegisterJson } from '../commitment-json.js';

/** `export --format json`: the very object `status --json` prints, indented wherever it goes. */
export function renderJsonExport(assessment: Assessment<Commitment>, messages: Messages, register: RegisterJson): Chunks {
  return assessmentJsonChunks(assessment, assessment.items, JSON_FIELDS, messages, register, true);
}
