import type { CommitmentJson } from '../render/commitment-json.js';
import type { Messages } from '../messages/index.js';
import { UsageError } from './errors.js';
import { splitList } from './options.js';

/** The keys of a commitment object, in their documented order: what `--json FIELDS` may name. */
export const COMMITMENT_FIELDS: readonly (keyof CommitmentJson)[] = [
  'id', 'title', 'source', 'sourceTitle', 'status', 'state', 'due', 'daysLate', 'daysLeft', 'daysUntilStart', 'dueSoon',
  'waitingOn', 'waitingChain', 'dependsOn', 'delivered', 'ageDays', 'to', 'tags', 'question', 'quote', 'notes', 'url', 'file', 'line',
];

/**
 * `--json` alone means every field; `--json id,state` a selection, like gh.
 * A selection with no known field is a usage error that lists the fields.
 */
export function jsonFields(option: string | boolean | undefined, messages: Messages): (keyof CommitmentJson)[] | undefined {
  if (option === undefined || option === false) return undefined;
  if (option === true) return [...COMMITMENT_FIELDS];
  const asked = splitList(option);
  const unknown = asked.filter((field) => !(COMMITMENT_FIELDS as readonly string[]).includes(field));
  if (asked.length === 0 || unknown.length > 0) {
    throw new UsageError(messages.cli.badJsonFields(unknown.join(', '), COMMITMENT_FIELDS.join('\n  ')));
  }
  return asked as (keyof CommitmentJson)[];
}

export function pick(object: CommitmentJson, fields: readonly (keyof CommitmentJson)[]): Partial<CommitmentJson> {
  return Object.fromEntries(fields.map((field) => [field, object[field]]));
}
