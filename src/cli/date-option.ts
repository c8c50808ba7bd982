import { isDateInRange, type CivilDate } from '../core/civil-date.js';
import { readDateInput } from '../core/date-input.js';
import type { Messages } from '../messages/index.js';
import { UsageError } from './errors.js';

/**
 * A date given to a flag (`--as-of`, `--on`, …), in any form `readDateInput`
 * knows; `vandaag`/`today` is `today`. A wrong form and a day that does not
 * exist are different mistakes, and are named as such; so is a day outside
 * the range every later step can hold.
 */
export function dateOption(value: string, option: string, today: CivilDate, messages: Messages): CivilDate {
  const read = readDateInput(value, today);
  if (read.ok) {
    if (!isDateInRange(read.date)) throw new UsageError(messages.cli.dateOutOfRange(option, value));
    return read.date;
  }
  throw new UsageError(read.problem === 'format' ? messages.cli.dateFormat(option, value) : messages.cli.badDate(option, value));
}
