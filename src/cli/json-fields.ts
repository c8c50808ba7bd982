import { JSON_FIELDS, type CommitmentJson } from '../render/commitment-json.js';
import type { Messages } from '../messages/index.js';
import { UsageError } from './errors.js';
import { splitList } from '../core/split-list.js';

/**
 * `--json` alone means every field; `--json id,state` a selection, like gh.
 * A selection with no known field is a usage error that lists the fields.
 */
export function jsonFields(option: string | boolean | undefined, messages: Messages): (keyof CommitmentJson)[] | undefined {
  if (option === undefined || option === false) return undefined;
  if (option === true) return [...JSON_FIELDS];
  const asked = splitList(option);
  const unknown = asked.filter((field) => !(JSON_FIELDS as readonly string[]).includes(field));
  if (asked.length === 0 || unknown.length > 0) {
    throw new UsageError(messages.cli.badJsonFields(unknown.join(', '), JSON_FIELDS.join('\n  ')));
  }
  return asked as (keyof CommitmentJson)[];
}
