import type { CivilDate } from '../core/civil-date.js';
import { resolvePhrase, type PhraseOutcome } from '../core/deadline/resolve.js';
import type { DeadlineResolution } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import type { RegisterState } from '../register/register-change.js';
import { RefusedChangeError } from './refused-change.js';

/** Resolves a `due` phrase as the register will, or refuses it with the nearest known forms. */
export function resolveDueOrFail(phrase: string, anchor: CivilDate, state: RegisterState, messages: Messages): DeadlineResolution {
  const outcome = resolvePhrase(phrase, anchor, state.calendar);
  if (outcome.ok) return { ...outcome.resolution, phrase };
  throw new RefusedChangeError(dueRefused(phrase, outcome, messages));
}

/** Why a `due` phrase is refused, said as the change's refusal: nothing was written. */
export function dueRefused(phrase: string, outcome: Exclude<PhraseOutcome, { ok: true }>, messages: Messages): string {
  if (outcome.problem === 'out-of-range') return messages.write.dueOutOfRange(phrase);
  if (outcome.problem === 'recess-without-dates') return messages.write.recessWithoutDates(phrase, outcome.recess, outcome.year);
  return messages.write.unknownDue(phrase, outcome.suggestions);
}
