import { DIGEST_LISTS, type DigestLists } from '../core/digest.js';
import type { Messages } from '../messages/index.js';
import type { Chunks } from './chunks.js';
import { commitmentJsonOf, JSON_FIELDS, SCHEMA_VERSION, type CommitmentJson, type JsonCommitment, type RegisterJson } from './commitment-json.js';
import { jsonChunks, JsonList } from './json-stream.js';
import type { GroupsView } from './report-groups.js';

/**
 * `report --format json`: `{schemaVersion, asOf, since, register, <the lists>, groupBy?, groups?}`,
 * each list holding commitment objects exactly as `status --json` prints them
 * (only `fields` of each, when given), made a commitment at a time.
 */
export function digestJsonChunks(
  digest: DigestLists<JsonCommitment>,
  messages: Messages,
  register: RegisterJson,
  options: { fields?: readonly (keyof CommitmentJson)[]; groups?: GroupsView; human: boolean },
): Chunks {
  const fields = options.fields ?? JSON_FIELDS;
  const each = commitmentJsonOf(fields, messages);
  const lists = Object.fromEntries(DIGEST_LISTS.map((list) => [list, new JsonList(digest[list], each)]));
  const groups = options.groups && { groupBy: options.groups.by, groups: options.groups.counts };
  return jsonChunks({ schemaVersion: SCHEMA_VERSION, asOf: digest.asOf, since: digest.since, register, ...lists, ...groups }, options.human);
}
