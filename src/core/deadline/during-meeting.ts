import type { CivilDate } from '../civil-date.js';
import { Caseless } from './caseless.js';
import { eventResolution } from './event.js';
import { startWithWeekday } from './normalize.js';
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
const MEETING = String.raw`(?:tijdens|gedurende|during)\s+((?:[^\s,.;:!?()]+\s+){0,8}?[a-z]*(?:debat|overleg|vergadering|behandeling|termijn|debate|meeting))`;
const DURING_A_MEETING = new Caseless(new RegExp(String.raw`\b${MEETING}(?:\s+(?:van|op|on|of))?\s*$`, 'iu'));
/** The meeting of such a phrase, whole ("tijdens mijn eerste termijn van het debat"). */
const MEETING_ALONE = new RegExp(String.raw`^${MEETING}$`, 'iu');
const DAY_OPENS = /\s(?:van|op|on|of)\s+(?=\S)/giu;
/** A future of ours: "zal ik", "wij zullen", "I will". */
export const WE_WILL = new Caseless(/\b(?:zal|zullen)\s+(?:ik|wij|we)\b|\b(?:ik|wij|we)\s+(?:zal|zullen)\b|\bI\s+will\b/iu);
const SENTENCE_BREAK = /[.;:!?]\s/gu;
/** How far back "tijdens" and the future are looked for: the clause before a day rarely runs longer. */
const REACH = 200;

export function duringAMeeting(found: FoundDeadline, text: string, anchor: CivilDate): FoundDeadline | undefined {
  const { resolution } = found;
  if (found.kind !== 'window' || !isOneDayAhead(resolution, anchor)) return undefined;
  const { opens, meeting } = meetingBefore(text, found.start) ?? {};
  if (opens === undefined || !meeting) return undefined;
  const start = opens + meeting.index;
  const phrase = text.slice(start, found.end);
  return { phrase, start, end: found.end, kind: 'event', resolution: eventResolution(phrase, meeting[1]!, 'at', resolution.from, anchor) };
}

/** A window of one day, on or after `anchor`: the only window that dates a meeting ahead, in running text and as a `due`. */
export function isOneDayAhead<W extends { from: CivilDate | null; to: CivilDate | null; rule: { id: string } }>(window: W, anchor: CivilDate): window is W & { from: CivilDate } {
  return window.rule.id === 'day' && window.from !== null && window.from === window.to && window.from >= anchor;
}

/** "tijdens …" and a future of ours in the sentence up to `at`, where a day begins: the meeting and where the sentence opens. */
function meetingBefore(text: string, at: number): { opens: number; meeting: RegExpExecArray } | undefined {
  const reach = Math.max(0, at - REACH);
  let opens = reach;
  for (const stop of text.slice(reach, at).matchAll(SENTENCE_BREAK)) opens = reach + stop.index + stop[0].length;
  const meeting = ourMeetingAtEnd(text.slice(opens, at));
  return meeting ? { opens, meeting } : undefined;
}

/**
 * The meeting a sentence ends on after "tijdens" ("… zal ik tijdens het wetgevingsoverleg van"), when the sentence
 * has a future of ours: one reading of such a meeting, compounds of its head included, for the day that dates it
 * here and for the finder's "later today" on the text's own day.
 */
export function ourMeetingAtEnd(sentence: string): RegExpExecArray | null {
  const meeting = DURING_A_MEETING.exec(sentence);
  return meeting && WE_WILL.test(sentence) ? meeting : null;
}

/**
 * Whether the date at `at` (a weekday may open it: "op woensdag 8 november 2017") dates a meeting our act takes place
 * during, as `duringAMeeting` reads it: a text dated that day still has the meeting ahead of it, later that day.
 */
export function datesOurMeeting(text: string, at: number): boolean {
  return meetingBefore(text, startWithWeekday(text, at)) !== undefined;
}

/**
 * The phrase `duringAMeeting` gives, read back as a `due` ("tijdens mijn eerste termijn van het debat op donderdag 10
 * oktober a.s"): each way to part it into the meeting and the words that date it, the longest meeting first, since the
 * meeting's own words may hold "van" ("mijn eerste termijn van het debat"). Written in a register, or drafted by
 * `extract` or `import tk`, it must resolve as the finder read it; which words make a day is for the caller to read.
 */
export function meetingAndDay(phrase: string): { meeting: string; day: string }[] {
  const parts: { meeting: string; day: string }[] = [];
  for (const opens of phrase.matchAll(DAY_OPENS)) {
    const meeting = MEETING_ALONE.exec(phrase.slice(0, opens.index));
    if (meeting) parts.unshift({ meeting: meeting[1]!, day: phrase.slice(opens.index + opens[0].length) });
  }
  return parts;
}
