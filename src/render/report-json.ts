import type { Digest } from '../core/digest.js';
import type { Commitment } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import { commitmentJson, SCHEMA_VERSION, type CommitmentJson, type RegisterJson } from './commitment-json.js';

/** The lists of a digest, in the order every report format shows them. */
export const DIGEST_LISTS = ['newlyOverdue', 'overdue', 'dueSoon', 'delivered', 'waitingOnOverdue', 'newSince'] as const;
export type DigestList = (typeof DIGEST_LISTS)[number];

/** `report --format json`: each list holds commitment objects exactly as `status --json` prints them. */
export type DigestJson = { schemaVersion: number; asOf: string; since: string; register: RegisterJson } & Record<DigestList, CommitmentJson[]>;

export function digestJson(digest: Digest<Commitment>, messages: Messages, register: RegisterJson): DigestJson {
  const lists = Object.fromEntries(DIGEST_LISTS.map((list) => [list, digest[list].map((item) => commitmentJson(item, messages))]));
  return { schemaVersion: SCHEMA_VERSION, asOf: digest.asOf, since: digest.since, register, ...(lists as Record<DigestList, CommitmentJson[]>) };
}
