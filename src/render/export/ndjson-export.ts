import type { Assessment } from '../../core/assess.js';
import type { Commitment } from '../../core/model.js';
import type { Messages } from '../../messages/index.js';
import type { Chunks } from '../chunks.js';
import { commitmentJson, SCHEMA_VERSION } from '../commitment-json.js';

/**
 * `export --format ndjson`: one commitment per line, each line a complete
 * JSON object. Every line carries `schemaVersion` and `asOf` itself, rather
 * than a header line, so that a line taken out of the stream (`grep`, `jq -c
 * select(...)`, `split`) still says what it is and as of when.
 */
export function* renderNdjsonExport(assessment: Assessment<Commitment>, messages: Messages): Chunks {
  for (const item of assessment.items) yield `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, asOf: assessment.asOf, ...commitmentJson(item, messages) })}\n`;
}
