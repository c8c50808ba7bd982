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
  throw new RefusedChangeError(dueRefused(phrase, outcome, messages.write));
}

/** What says why a typed `due` phrase is refused, in the words of where it was typed (a change: nothing was written; a review: try again). */
export interface DueRefusals {
  unknownDue(phrase: string, suggestions: readonly string[]): string;
  dueOutOfRange(phrase: string): string;
  recessWithoutDates(phrase: string, recess: string, year?: number): string;
}

/** Why a `due` phrase is refused: unknown, out of range, or a recess the calendar has no dates for. */
export function dueRefused(phrase: string, outcome: Exclude<PhraseOutcome, { ok: true }>, says: DueRefusals): string {
  if (outcome.problem === 'out-of-range') return says.dueOutOfRange(phrase);
  if (outcome.problem === 'recess-without-dates') return says.recessWithoutDates(phrase, outcome.recess, outcome.year);
  return says.unknownDue(phrase, outcome.suggestions);
}
