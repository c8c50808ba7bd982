import { daysBetween, type CivilDate } from '../civil-date.js';
import { Caseless } from './caseless.js';
import { eventResolution } from './event.js';
import { startWithWeekday } from './normalize.js';
import type { FoundDeadline } from './find-in-text.js';

/**
 * A term that dates a meeting our sentence ties to by "tijdens" is that meeting (the lead's decision D2 of session 33):
 * "Ik zal uw Kamer tijdens het commissiedebat van 12 maart informeren", "Deze inzet vormt de inbreng van de
 * minister-president tijdens de ER van 20-21 juni", "zal … worden besproken tijdens de Caribisch Nederland week welke
 * nu gepland staat in de week van 8 juni 2015". The deadline is the meeting, an event on the term's last day, not a
 * window of the term alone; a term that only bounds the meeting ("tijdens de voortzetting van de plenaire behandeling
 * na het meireces") stays its window (`datesAMeeting`). The event grammar leaves "tijdens" out on purpose ("tijdens het debat van 12 december" mostly says where a
 * promise was made): only a term the finder already holds to be one is read so, and whether it is one is not changed
 * here ("Tijdens het debat op 8 november heb ik …" stays in the past, "zal worden besproken tijdens de Milieuraad van 2
 * maart" stays the Council's own day). The questions written answers leave to a debate, answered in it, are the
 * debate's own course, with no term at all (debate-course.ts).
 *
 * The meeting is the noun phrase after "tijdens", headed by a word of meeting ("debat", "overleg", "vergadering",
 * "behandeling", "termijn", a council or summit: "de Milieuraad", "de ER", "de Raad Algemene Zaken", "de NAVO-top"),
 * with the name that may follow its head; or any noun phrase a relative clause says is scheduled ("welke nu gepland
 * staat", "die plaatsvindt").
 */
const DURING_A_MEETING =
  /\b(?:tijdens|gedurende|during)\s+((?:[^\s,.;:!?()]+\s+){0,8}?[^\s,.;:!?()]+)(\s*,?\s+(?:die|dat|welke)\s+(?:nu\s+)?(?:gepland\s+staat|staat\s+gepland|is\s+gepland|plaatsvindt|zal\s+plaatsvinden))?(?:\s+(?:van|op|on|of))?\s*$/iu;
const MEETING_HEAD = /^(?:\p{L}*(?:debat|overleg|vergadering|behandeling|termijn|debate|meeting|council)|[\p{L}-]*(?:raad|top)|summit|conferentie|conference)$/iu;
/** An abbreviation in capitals, whole, heads a meeting's name as well: "de ER", "het AO", "de RAZ"; not "de COVID-periode". */
const ABBREVIATION = /^\p{Lu}{2,}$/u;
/** A name after the head, in capitals: "de Raad Algemene Zaken", "het commissiedebat Mestbeleid". */
const NAME_WORD = /^\p{Lu}[\p{L}-]*$/u;
const MAX_NAME_WORDS = 4;
/** A future of ours: "zal ik", "wij zullen", "I will". */
export const WE_WILL = new Caseless(/\b(?:zal|zullen)\s+(?:ik|wij|we)\b|\b(?:ik|wij|we)\s+(?:zal|zullen)\b|\bI\s+will\b/iu);
const SENTENCE_BREAK = /[.;:!?]\s/gu;
/** How far back "tijdens" is looked for: the clause before a term rarely runs longer. */
const REACH = 200;

/** A window the finder holds to be the term, read as the meeting it dates when the sentence ties that meeting to it by "tijdens". */
export function duringAMeeting(found: FoundDeadline, text: string, anchor: CivilDate): FoundDeadline | undefined {
  const { resolution } = found;
  if (found.kind !== 'window' || !datesAMeeting(resolution, anchor)) return undefined;
  const { opens, meeting } = meetingBefore(text, found.start) ?? {};
  if (opens === undefined || !meeting) return undefined;
  const start = opens + meeting.index;
  const phrase = text.slice(start, found.end);
  return { phrase, start, end: found.end, kind: 'event', resolution: eventResolution(phrase, meeting.name, 'at', resolution.to, anchor) };
}

/**
 * A window ahead that names the meeting's day or days (a date, "20-21 juni", "de week van 8 juni"): the meeting is dated
 * by it. A longer term ("in juni", "na het meireces") says by when the meeting falls, not when it is: dating the meeting
 * on the term's last day would show a day nobody named, so such a term stays the window it is.
 */
export function datesAMeeting(window: { from: CivilDate | null; to: CivilDate | null }, anchor: CivilDate): window is { from: CivilDate; to: CivilDate } {
  return window.from !== null && window.to !== null && window.to >= anchor && daysBetween(window.from, window.to) < DAYS_OF_A_WEEK;
}
const DAYS_OF_A_WEEK = 7;

interface Meeting {
  /** Where "tijdens" stands. */
  index: number;
  /** The meeting's noun phrase ("mijn eerste termijn van het debat", "de Caribisch Nederland week"). */
  name: string;
}

/** "tijdens …" in the sentence up to `at`, where a term begins: the meeting and where the sentence opens. */
function meetingBefore(text: string, at: number): { opens: number; meeting: Meeting } | undefined {
  const reach = Math.max(0, at - REACH);
  let opens = reach;
  for (const stop of text.slice(reach, at).matchAll(SENTENCE_BREAK)) opens = reach + stop.index + stop[0].length;
  const meeting = meetingAtEnd(text.slice(opens, at));
  return meeting ? { opens, meeting } : undefined;
}

/** The meeting a stretch of text ends on after "tijdens", with "van" or "op" that may open the term dating it. */
function meetingAtEnd(stretch: string): Meeting | undefined {
  const match = DURING_A_MEETING.exec(stretch);
  if (!match) return undefined;
  const name = match[1]!;
  return match[2] !== undefined || headsAMeeting(name.split(/\s+/u)) ? { index: match.index, name } : undefined;
}

/** The noun phrase's head, before the name that may follow it, is a word of meeting or an abbreviation. */
function headsAMeeting(words: string[]): boolean {
  for (let last = words.length - 1; last >= 0 && words.length - 1 - last <= MAX_NAME_WORDS; last--) {
    const word = words[last]!;
    if (MEETING_HEAD.test(word) || ABBREVIATION.test(word)) return true;
    if (!NAME_WORD.test(word)) return false;
  }
  return false;
}

/**
 * The meeting a sentence ends on after "tijdens" ("… zal ik tijdens het wetgevingsoverleg van"), when the sentence
 * has a future of ours: for the finder's "later today" on the text's own day.
 */
export function ourMeetingAtEnd(sentence: string): Meeting | undefined {
  return WE_WILL.test(sentence) ? meetingAtEnd(sentence) : undefined;
}

/**
 * Whether the date at `at` (a weekday may open it: "op woensdag 8 november 2017") dates a meeting our act takes place
 * during, as `duringAMeeting` reads it: a text dated that day still has the meeting ahead of it, later that day.
 */
export function datesOurMeeting(text: string, at: number): boolean {
  const day = startWithWeekday(text, at);
  const before = meetingBefore(text, day);
  return before !== undefined && WE_WILL.test(text.slice(before.opens, day));
}

/**
 * The phrase `duringAMeeting` gives, read back as a `due` ("tijdens mijn eerste termijn van het debat op donderdag 10
 * oktober a.s", "tijdens de ER van 20-21 juni"): each way to part it into the meeting and the words that date it, the
 * longest meeting first, since the meeting's own words may hold "van" ("mijn eerste termijn van het debat"). Written
 * in a register, or drafted by `extract` or `import tk`, it must resolve as the finder read it; which words make a
 * term is for the caller to read.
 */
export function meetingAndDay(phrase: string): { meeting: string; day: string }[] {
  const parts: { meeting: string; day: string }[] = [];
  for (const gap of phrase.matchAll(/\s+/gu)) {
    const meeting = meetingAtEnd(phrase.slice(0, gap.index));
    if (meeting?.index === 0) parts.unshift({ meeting: meeting.name, day: phrase.slice(gap.index + gap[0].length) });
  }
  return parts;
}
