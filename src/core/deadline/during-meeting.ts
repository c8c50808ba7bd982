import type { CivilDate } from '../civil-date.js';
import { Caseless } from './caseless.js';
import { eventResolution } from './event.js';
import type { FoundDeadline } from './find-in-text.js';

/**
 * A day that dates a meeting a future act of ours is tied to by "tijdens" ("De overige gestelde vragen zal ik
 * beantwoorden tijdens mijn eerste termijn van het debat op donderdag 10 oktober a.s.", "Ik zal uw Kamer tijdens het
 * commissiedebat van 12 maart informeren") is the meeting's day: the deadline is that meeting, an event on its day,
 * not a window of the day alone. The event grammar leaves "tijdens" out on purpose ("tijdens het debat van 12
 * december" mostly says where a promise was made); here the day and a future of ours say it is still to come. Without
 * a future of ours ("Tijdens het debat op 8 november heb ik …", "zal worden besproken tijdens de Milieuraad van 2
 * maart") the day stays what the clause makes of it.
 */
const DURING_A_MEETING = new Caseless(
  /\b(?:tijdens|gedurende|during)\s+((?:[^\s,.;:!?()]+\s+){0,8}?[a-z]*(?:debat|overleg|vergadering|behandeling|termijn|debate|meeting))(?:\s+(?:van|op|on|of))?\s*$/iu,
);
const WE_WILL = new Caseless(/\b(?:zal|zullen)\s+(?:ik|wij|we)\b|\b(?:ik|wij|we)\s+(?:zal|zullen)\b|\bI\s+will\b/iu);
const SENTENCE_BREAK = /[.;:!?]\s/gu;
/** How far back "tijdens" and the future are looked for: the clause before a day rarely runs longer. */
const REACH = 200;

export function duringAMeeting(found: FoundDeadline, text: string, anchor: CivilDate): FoundDeadline | undefined {
  const { from, to, rule } = found.resolution;
  if (found.kind !== 'window' || rule.id !== 'day' || from === null || from !== to || from < anchor) return undefined;
  const reach = Math.max(0, found.start - REACH);
  let before = text.slice(reach, found.start);
  let opens = reach;
  for (const stop of before.matchAll(SENTENCE_BREAK)) opens = reach + stop.index + stop[0].length;
  before = text.slice(opens, found.start);
  const meeting = DURING_A_MEETING.exec(before);
  if (!meeting || !WE_WILL.test(before)) return undefined;
  const start = opens + meeting.index;
  const phrase = text.slice(start, found.end);
  return { phrase, start, end: found.end, kind: 'event', resolution: eventResolution(phrase, meeting[1]!, 'at', from, anchor) };
}
