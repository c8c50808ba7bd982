import type { CivilDate } from '../core/civil-date.js';
import { resolvePhrase } from '../core/deadline/resolve.js';
import type { DeadlineResolution } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import type { RegisterState } from '../register/register-change.js';
import { RefusedChangeError } from './refused-change.js';

/** Resolves a `due` phrase as the register will, or refuses it with the nearest known forms. */
export function resolveDueOrFail(phrase: string, anchor: CivilDate, state: RegisterState, messages: Messages): DeadlineResolution {
  const outcome = resolvePhrase(phrase, anchor, state.calendar);
  if (outcome.ok) return { ...outcome.resolution, phrase };
  if (outcome.problem === 'out-of-range') throw new RefusedChangeError(messages.write.dueOutOfRange(phrase));
  throw new RefusedChangeError(messages.write.unknownDue(phrase, outcome.suggestions));
}
