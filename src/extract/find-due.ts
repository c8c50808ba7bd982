import type { Calendar } from '../core/calendar.js';
import type { CivilDate } from '../core/civil-date.js';
import { datesOurMeeting, meetingAndDay } from '../core/deadline/during-meeting.js';
import { POINTER_FORMS } from '../core/deadline/event.js';
import { findDeadline } from '../core/deadline/find-in-text.js';
import { resolvePhrase } from '../core/deadline/resolve.js';
import { startWithWeekday } from '../core/deadline/normalize.js';
import { DUTCH_MONTH_ALTERNATION } from '../core/dutch-months.js';
import { withoutFootnoteMarkers } from './clean-text.js';
import { dateOfMatch, FULL_DATE } from './dutch-dates.js';
import { PLANNED_TERM } from './promise-cues.js';

/** A deadline found in a sentence; `start`/`end` are offsets in the text searched. */
export interface FoundDue {
  phrase: string;
  start: number;
  end: number;
  from: CivilDate | null;
  to: CivilDate | null;
  /** An event without a date ("zodra de evaluatie gereed is"): no window until its date is known. */
  event: boolean;
}

/**
 * The one place `extract` asks the deadline finder, so the finder's
 * improvements reach `extract` unchanged. Only a deadline still ahead of the
 * letter's date counts: a window over by then is a past debate, a past
 * letter or the letter's own date, never the promise's deadline.
 */
export function findDue(text: string, anchor: CivilDate, calendar: Calendar): FoundDue | undefined {
  let searched = withoutPastDates(withoutFootnoteMarkers(text), anchor);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const found = findDeadline(searched, anchor, calendar);
    if (!found) return undefined;
    const { from, to } = found.resolution;
    if ((to === null || to > anchor || laterThatDay(found.phrase, to, anchor)) && !isName(searched, found.start, found.phrase) && !isCutShort(searched, found.end) && !isNarrowedBefore(text, found.start) && !isInRange(text, found.start, found.end) && !isEntryIntoForce(text, found.start, found.end) && !isComplement(text, found.start, found.phrase)) {
      return { phrase: text.slice(found.start, found.end), start: found.start, end: found.end, from, to, event: found.kind === 'event' };
    }
    searched = `${searched.slice(0, found.start)}${' '.repeat(found.end - found.start)}${searched.slice(found.end)}`;
  }
  return undefined;
}

/**
 * The term of the government's own act planned in the present ("Eind december vindt een eerste overleg plaats",
 * "Binnenkort vindt hierover een gesprek plaats"), for a sentence judged a promise for that plan (promise-cues.ts
 * `plannedAhead`): the finder reads such a term as the day an event takes place, no deadline of a delivery, and here
 * the event is the act undertaken. `ofThePlan` says whether a term is the plan's own, not one elsewhere in the
 * sentence. A date of entry into force ("met ingang van 1 januari 1999") stays no deadline (GUIDE §2).
 */
export function findPlannedTerm(text: string, anchor: CivilDate, calendar: Calendar, ofThePlan: (phrase: string) => boolean): FoundDue | undefined {
  for (const term of text.matchAll(PLANNED_TERMS)) {
    if (/^(?:met ingang van|per)\b/i.test(term[0]) || !ofThePlan(term[0])) continue;
    const read = resolvePhrase(term[0], anchor, calendar);
    if (!read.ok || read.resolution.to === null || read.resolution.to <= anchor) return undefined;
    return { phrase: term[0], start: term.index, end: term.index + term[0].length, from: read.resolution.from, to: read.resolution.to, event: false };
  }
  return undefined;
}
const PLANNED_TERMS = new RegExp(PLANNED_TERM.source, 'giu');


/**
 * The term of a sentence judged a promise that the finder leaves alone in running text, where the same words are as
 * often no term: the document it goes out in, a term pointing back, a clause of time after the act, in that order. The
 * sentence is given with its relative clauses' futures blanked, so a term of what another does is not taken.
 */
export function findTermOfAPromise(text: string, anchor: CivilDate, calendar: Calendar): FoundDue | undefined {
  return findVehicle(text, anchor, calendar) ?? findPointer(text) ?? findClauseOfTime(text, anchor, calendar) ?? findEffectiveDate(text, anchor, calendar);
}

/**
 * The day from which the promised act takes effect, for a sentence judged a promise with no other term: "… zal per 1
 * januari 1983 gerealiseerd worden", "streef ik naar invoering van een budgetfinancieringssysteem per 1 januari 1992",
 * "Per 1 juli 2025 zal de aanwijzing … zijn afgerond". The finder leaves "per" or "met ingang van" a date alone in
 * running text, where it is as often the day a rule or a tariff applies from; here the sentence is a promise already.
 * Not a law's entry into force (GUIDE §2), not a day gone by, and not the date of what the act is about ("Uw Kamer zal
 * … worden geïnformeerd over deze overgang per 1 juli 2025": the letter's subject, not its term).
 */
function findEffectiveDate(text: string, anchor: CivilDate, calendar: Calendar): FoundDue | undefined {
  for (const found of withoutFootnoteMarkers(text).matchAll(EFFECTIVE_DATE)) {
    const start = found.index;
    const end = start + found[0].length;
    if (isEntryIntoForce(text, start, end) || ABOUT.test(text.slice(0, start))) continue;
    const read = resolvePhrase(found[0], anchor, calendar);
    if (!read.ok || read.resolution.to === null || read.resolution.to <= anchor) continue;
    return { phrase: text.slice(start, end), start, end, from: read.resolution.from, to: read.resolution.to, event: false };
  }
  return undefined;
}

/** The date inside the subject of the act: "over" and a phrase without a break to the date. */
const ABOUT = /\bover\s[^,;:.]*$/i;
const EFFECTIVE_DATE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:per|met\s+ingang\s+van)\s+\d{1,2}\s+(?:${DUTCH_MONTH_ALTERNATION})(?:\s+\d{4})?(?![\p{L}\p{N}])`, 'giu');

/**
 * The written document a promise goes out in, for a sentence judged a promise with no other term ("Ik informeer u in de
 * septembercirculaire", "via de stand van zakenbrief van de Belastingdienst"): an event without a date until the
 * document's is known. Past dates are kept, so "in de brief van 18 november 1999" is that past letter, not "in de
 * brief". Not a document a thing was told in ("Ik heb in de brief aangegeven dat …"), nor one that comes again and
 * again without a period ("middels de voortgangsbrief periodiek geïnformeerd": GUIDE §2, a standing promise).
 */
function findVehicle(text: string, anchor: CivilDate, calendar: Calendar): FoundDue | undefined {
  const searched = withoutFootnoteMarkers(text);
  if (WITHOUT_A_PERIOD.test(searched)) return undefined;
  const found = findDeadline(searched, anchor, calendar, { vehicles: true });
  if (!found || (found.resolution.to !== null && found.resolution.to <= anchor) || TOLD_THERE.test(searched.slice(found.end)) || THERE_ALREADY.test(searched.slice(found.end))) return undefined;
  return { phrase: text.slice(found.start, found.end), start: found.start, end: found.end, from: found.resolution.from, to: found.resolution.to, event: true };
}

/**
 * A term pointing back to an event of an earlier sentence, for a sentence judged a promise with no other term ("Daarna
 * zal het voorstel aan uw Kamer worden aangeboden", "…, waarna ik een beleidsreactie aan de Kamer zal versturen"): an
 * event without a date (GUIDE §2, D1). Only where its clause holds an act of ours, so not "…, waarna de Eilandsraad het
 * bekrachtigt", and not inside a relative clause of what follows ("de stappen die daarna volgen"). Sequence words
 * ("vervolgens", "dan", "eerst") name no term.
 */
export function findPointer(text: string): FoundDue | undefined {
  for (const found of text.matchAll(POINTER)) {
    const start = found.index;
    const end = start + found[0].length;
    const clauseStart = Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start), text.lastIndexOf(':', start)) + 1;
    const clauseEnd = /[,;:]/.exec(text.slice(end))?.index;
    const clause = text.slice(clauseStart, clauseEnd === undefined ? text.length : end + clauseEnd);
    if (!OUR_ACT.test(clause) || RELATIVE_BEFORE.test(text.slice(clauseStart, start)) || OF_A_NOUN.test(text.slice(clauseStart, start))) continue;
    return { phrase: found[0], start, end, from: null, to: null, event: true };
  }
  return undefined;
}

const POINTER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${POINTER_FORMS.map(([form]) => form.replaceAll(' ', '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
/** The writer acting, or an act in the future or the passive: the promise's own act. */
const OUR_ACT = /\b(?:ik|wij|we|zal|zullen|wordt|worden)\b/i;
const RELATIVE_BEFORE = /\b(?:die|wat|welke|hoe)\b/i;
/** "daarna" after the noun of a prepositional phrase says which one, not when ("In de paragrafen daarna zal ik ingaan op …"). */
const OF_A_NOUN = /\b(?:in|op|bij|uit|van)\s+(?:de|het)\s+\p{L}+\s+$/iu;

/**
 * A clause of time the promise waits on, for a sentence judged a promise with no other term: "zodra" or "nadat" and its
 * clause, to its comma or the sentence's end, or where it opens the sentence to the main clause's inverted verb ("U zult
 * de kabinetsreactie pas ontvangen nadat het nieuwe kabinet is aangetreden", "Ik zal de brief … beantwoorden nadat de
 * uitkomsten … naar de provincies is verstuurd en …"): an event without a date. The finder reads such a clause only
 * before the writer's act, for in running text one after it is as often another's time; here the sentence is a promise
 * already. Not a past future ("zodra het voorstel … zou zijn aangeboden": an earlier promise's term, reported).
 */
function findClauseOfTime(text: string, anchor: CivilDate, calendar: Calendar): FoundDue | undefined {
  const masked = text.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
  const opening = /^\s*/.exec(text)![0].length;
  for (const found of masked.matchAll(TIME_OPENER)) {
    const start = found.index;
    const rest = masked.slice(start);
    const ends = [/[,;:]|[.!?]\s*$/.exec(rest)?.index, start === opening ? INVERTED_VERB.exec(rest)?.index : undefined].filter((end) => end !== undefined);
    const phrase = text.slice(start, start + (ends.length > 0 ? Math.min(...ends) : rest.length)).replace(/\s*\([^()]*\)\s*$/, '').trimEnd();
    if (IN_THE_PAST_FUTURE.test(phrase)) continue;
    // Only an event the due grammar reads back, so that the register keeps the due it is given.
    const read = resolvePhrase(phrase, anchor, calendar);
    if (read.ok && read.resolution.kind === 'event' && read.resolution.to === null) return { phrase, start, end: start + phrase.length, from: null, to: null, event: true };
  }
  return undefined;
}

const TIME_OPENER = /(?<![\p{L}\p{N}])(?:zodra|nadat)\s/giu;
const IN_THE_PAST_FUTURE = /\b(?:zou|zouden)\b/i;
/** The finite verb of the main clause, right after a clause that opens the sentence, before its subject. */
const INVERTED_VERB = /\s(?:zal|zullen|wordt|worden|kan|kunnen|moet|moeten|ga|gaan)\s+(?:ik|wij|we|u|uw|het|de|er|dit|deze|dat|die|zij|hij)\b/i;

const WITHOUT_A_PERIOD = /\b(?:periodiek|regelmatig|telkens)\b/i;
/**
 * A participle right after the document, in at most three words, not of a passive still to come: where something was
 * told ("in de brief aangegeven", "in de nota beschreven is"), not what will be done there ("zal dat in de
 * septembercirculaire geactualiseerd worden").
 */
const TOLD_THERE = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:\p{L}{0,6}ge\p{L}{2,}(?:d|t|en)|beschreven|vermeld|verwoord|toegelicht|uiteengezet)\b(?!\s+(?:worden|wordt|zal|zullen)\b)/u;
/** A relative clause in the perfect after the document: it is there already ("In de voortgangsbrief …, die op 15 december 2025 aan uw Kamer is verstuurd, geef ik aan …"). */
const THERE_ALREADY = /^[^,.;:]{0,40}?\b(?:die|dat|welke)\b[^,.;:]*\b(?:(?:is|zijn|heb|hebt|heeft|hebben)\s+\p{L}{3,}(?:d|t|en)|\p{L}{3,}(?:d|t|en)\s+(?:is|zijn|heb|hebt|heeft|hebben))\s*(?:[,.;:]|$)/u;

/**
 * A meeting on the letter's own day that our act takes place during ("Ik zal u tijdens het debat op woensdag 8 november
 * 2017 informeren over …", in a letter sent that morning): still ahead.
 */
function laterThatDay(phrase: string, to: CivilDate, anchor: CivilDate): boolean {
  return to === anchor && meetingAndDay(phrase).length > 0;
}

/** What narrows a phrase it follows: "van" and a number, a month or an article. */
const CUT_SHORT_BY = new RegExp(String.raw`^\s+van\s+(?:\d|${DUTCH_MONTH_ALTERNATION}|het|de)\b`, 'i');

/**
 * A phrase the text goes on to narrow ("in de tweede helft" of "in de
 * tweede helft van oktober 2013"): read alone it would be another window.
 */
function isCutShort(text: string, end: number): boolean {
  return CUT_SHORT_BY.test(text.slice(end, end + 30));
}

/**
 * A month the text narrowed before it ("maart" of "in de tweede week van
 * maart", "in de eerste helft van de maand maart"), where the finder does not read the narrower phrase: read alone it
 * would be the whole month, so no term is better than a wrong one.
 */
function isNarrowedBefore(text: string, start: number): boolean {
  return /\b(?:week|weken|helft|decade|dagen)\s+van\s+(?:de\s+maand\s+)?$/i.test(text.slice(Math.max(0, start - 40), start));
}

/** "1 december" and "5 december" of "in de week van 1 december – 5 december": neither end of a range of days is the range. */
function isInRange(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return /^\s*(?:[–—-]|t\/m|tot en met)\s*\d/i.test(text.slice(end, end + 30)) || (/(?:[–—-]|t\/m|tot en met)\s*$/i.test(before) && /\d/.test(before));
}

/**
 * The day a law or rule enters into force ("in aanloop naar de
 * inwerkingtreding van de Wet inburgering 2021 per 1 januari 2022", "de wet,
 * die per 1 juli in werking treedt"): a date that describes the law, not a
 * term for what is promised (GUIDE.md). Making it enter into force ("de wet
 * per 1 januari in werking te laten treden") is an act with that term.
 */
function isEntryIntoForce(text: string, start: number, end: number): boolean {
  if (!/^(?:per|op|met ingang van|vanaf|\d)/i.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 120), start);
  return /\binwerkingtreding(?:\s+(?:van|der)\s+[^,.;()]{1,90}?)?\s*$/i.test(before) || /^\s*(?:in werking (?:treedt|treden|trad|traden)|van kracht (?:wordt|worden))\b/i.test(text.slice(end, end + 40));
}

/**
 * "bij …" as what a verb or a noun takes, not as a time ("dit rapport
 * betrekken bij de uitkomsten van de evaluatie", "mijn voorgenomen
 * aanwezigheid bij de betreffende Raad"): where something goes or takes
 * part, not when.
 */
function isComplement(text: string, start: number, phrase: string): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return /^bij\b/i.test(phrase) && (/\b(?:betrekken|betrokken|te\s+betrekken|meenemen|meegenomen|mee\s+te\s+nemen|aanwezig|aansluiten|aangesloten|aan\s+te\s+sluiten)\s+$/i.test(before) || /\b(?:aanwezigheid|deelname)(?:\s+van\s+(?:het|de)\s+\p{L}+)?\s+$/iu.test(before));
}

/** Each refused phrase is blanked and the text searched again; a sentence holds few. */
const MAX_ATTEMPTS = 4;

/**
 * A bare year that names something ("de begroting 2026", "het jaarverslag
 * 2025", "Voorjaarsnota 2026") rather than saying when: a year is a
 * deadline only after a word that makes it one ("in 2026", "voor 2026",
 * "eind 2026").
 */
function isName(text: string, index: number, phrase: string): boolean {
  if (!/^\d{4}$/.test(phrase)) return false;
  const before = /(\p{L}+)\W*$/u.exec(text.slice(Math.max(0, index - 30), index))?.[1]?.toLowerCase();
  return before === undefined || !YEAR_OPENERS.has(before);
}

const YEAR_OPENERS = new Set(['in', 'voor', 'vóór', 'uiterlijk', 'eind', 'einde', 'begin', 'medio', 'halverwege', 'per', 'vanaf', 'tot', 'na', 'loop', 'gedurende', 'najaar', 'voorjaar', 'zomer', 'winter', 'helft', 'kwartaal']);

/**
 * Full dates on or before the letter's date blanked out, with the weekday that
 * opens one: "de motie van 12 maart 2025" is a past event, and must not be
 * read as "12 maart" (next March) for want of its year, nor "op woensdag 5
 * november 2025" as next Wednesday. The letter's own day stays where it dates
 * a meeting our act takes place during (laterThatDay).
 */
function withoutPastDates(text: string, anchor: CivilDate): string {
  let blanked = text;
  for (const match of text.matchAll(FULL_DATE)) {
    const date = dateOfMatch(match);
    if (date === undefined || date > anchor || (date === anchor && datesOurMeeting(text, match.index))) continue;
    const start = startWithWeekday(text, match.index);
    const end = match.index + match[0].length;
    blanked = `${blanked.slice(0, start)}${' '.repeat(end - start)}${blanked.slice(end)}`;
  }
  return blanked;
}
