import { partsOf, yearOf, type CivilDate } from '../civil-date.js';
import { DUTCH_MONTH_ALTERNATION } from '../dutch-months.js';
import { Caseless } from './caseless.js';
import { geParticiple, SEPARABLE_PARTICLE } from './participle.js';

/**
 * Words next to a phrase that place the time it names before the text's own date, whatever the phrase alone resolves
 * to. The resolver reads a phrase as a user's deadline, so "dit voorjaar" written in October is the next spring and "8
 * november" is the coming one; in running text those words name a time already gone:
 *
 * - "dit voorjaar", "deze zomer", "dit najaar" name the season of the text's own year; once it is over ("De minister
 *   wilde dit voorjaar al ingrijpen", in October) it is not next year's (that is "volgend voorjaar");
 * - a date or month followed by "vorig jaar" ("in mijn brief van 8 november vorig jaar", a footnote number glued on) or preceded by it ("vorig
 *   jaar september") is of the year before, as one followed by "jl." is;
 * - "eerder" before this year, month or season ("onderzoek van eerder dit jaar") is the part of it already gone;
 * - this year or month coordinated with a past one ("zowel vorig als dit jaar", "vorig en dit jaar") describes both,
 *   what has been so far, not a term.
 *
 * - a meeting after a participle in a sentence with no finite verb before it ("Schriftelijke antwoorden op vragen
 *   gesteld tijdens de begrotingsbehandeling …", a heading; "de vragen gesteld tijdens het debat worden …") says when
 *   a thing was done: a reduced relative clause of a completed act (not a plan: "gepland tijdens").
 *
 * - a phrase that opens its sentence, with the main clause's perfect of saying or promising as the first finite verb
 *   after it ("Voor de zomer heb ik … uw Kamer toegezegd een brief te sturen", "Tijdens de begrotingsbehandeling … hebben
 *   enkele van uw leden aangegeven …"), is the fronted part of that clause: it says when that was said, which is over.
 *   A perfect of another verb may be a future perfect ("Voor het zomerreces is het wetsvoorstel aangenomen"), and a
 *   phrase inside the "te" clause after the participle is the term of what was promised; neither is read so. The
 *   auxiliary must follow the fronted part directly (verb second), not a clause of its own after a comma.
 *
 * A winter spans the turn of the year: "deze winter" in October is the coming one, in spring the one just over.
 */
const THIS_SEASON = new Caseless(/^(?:dit|deze|this)\s+(?:voorjaar|lente|zomer|najaar|herfst|spring|summer|autumn|fall)$/iu);
const THIS_WINTER = new Caseless(/^(?:deze|this)\s+winter$/iu);
const LAST_YEAR_AFTER = new Caseless(/^[ \t]+(?:van\s+)?(?:vorig|verleden|afgelopen)\s+jaar(?:\d{1,2})?\b/iu);
const LAST_YEAR_BEFORE = new Caseless(/\b(?:vorig|verleden|afgelopen)\s+jaar\s+$/iu);
const MONTH_OR_DATE = new Caseless(
  new RegExp(String.raw`^(?:(?:in|op|van)\s+)?(?:\d{1,2}\s+)?(?:${DUTCH_MONTH_ALTERNATION})$`, 'iu'),
);
const THIS_PERIOD = new Caseless(/^(?:dit|deze)\s/iu);
const EARLIER = new Caseless(/\beerder\s+$/iu);
const WITH_A_PAST_ONE = new Caseless(/\b(?:vorig|vorige|afgelopen)(?:\s+(?:jaar|maand))?\s+(?:en|als)\s+$/iu);
const DURING = new Caseless(/^(?:tijdens|gedurende)\s/iu);
const AFTER_A_PARTICIPLE = new Caseless(new RegExp(String.raw`(?:^|\s)${SEPARABLE_PARTICLE}?${geParticiple('[a-z]')}\s+$`, 'iu'));
const A_PLAN = new Caseless(/\b(?:gepland|geagendeerd|geprogrammeerd)\s+$/iu);
const FINITE_VERB = new Caseless(
  /\b(?:is|zijn|ben|wordt|worden|werd|werden|was|waren|zal|zullen|zou|zouden|heeft|hebben|heb|had|hadden|kan|kunnen|moet|moeten|wil|willen)\b/iu,
);
const SENTENCE_BREAK = /[.;:!?]\s/gu;
const PERFECT_AUXILIARY = new Caseless(/^(?:heb|hebben|heeft|had|hadden)$/iu);
const SAID_OR_PROMISED = new Caseless(
  /\b(?:toegezegd|beloofd|aangegeven|aangekondigd|gezegd|gemeld|meegedeeld|laten\s+weten|gevraagd|verzocht|opgemerkt|uitgesproken|benadrukt|toegelicht)\b/iu,
);
// A full stop ends the sentence only before a capital ("nrs. 18 en 19" does not); brackets are asides.
const SENTENCE_END = /[;!?]|\.(?=\s+\p{Lu})|\.\s*$/u;
const BRACKETED = /\([^()]*\)/gu;
const SPRING_MONTHS = new Set([3, 4, 5]);
/** How far back a sentence's finite verb is looked for. */
const SENTENCE_REACH = 300;
/** All the words above lie within this many characters before a phrase. */
const REACH = 32;

export function namesAPastTime(text: string, start: number, end: number, phrase: string, from: CivilDate | null, anchor: CivilDate): boolean {
  if (from !== null && yearOf(from) > yearOf(anchor) && THIS_SEASON.test(phrase)) return true;
  if (SPRING_MONTHS.has(partsOf(anchor).month) && THIS_WINTER.test(phrase)) return true;
  if (LAST_YEAR_AFTER.test(text.slice(end, end + REACH))) return true;
  const before = text.slice(Math.max(0, start - REACH), start);
  if (LAST_YEAR_BEFORE.test(before) && MONTH_OR_DATE.test(phrase)) return true;
  if (THIS_PERIOD.test(phrase) && (EARLIER.test(before) || WITH_A_PAST_ONE.test(before))) return true;
  if (DURING.test(phrase) && AFTER_A_PARTICIPLE.test(before) && !A_PLAN.test(before) && !FINITE_VERB.test(sentenceBefore(text, start))) return true;
  return frontedBeforeAPerfectOfSaying(text, start, end);
}

function frontedBeforeAPerfectOfSaying(text: string, start: number, end: number): boolean {
  if (sentenceBefore(text, start).trim() !== '') return false;
  const rest = text.slice(end);
  const stop = SENTENCE_END.exec(rest);
  const after = (stop === null ? rest : rest.slice(0, stop.index)).replace(BRACKETED, ' ');
  const finite = FINITE_VERB.exec(after);
  // Verb second: the auxiliary follows the fronted part at once, with no clause of its own set off by a comma in between
  // ("Zodra daarop meer zicht is, en ik heb u dat ook eerder al gemeld, zal …" keeps its event).
  if (finite === null || !PERFECT_AUXILIARY.test(finite[0]) || after.slice(0, finite.index).includes(',')) return false;
  const toInfinitive = after.slice(finite.index).search(/\ste\s/u);
  const mainClause = toInfinitive < 0 ? after.slice(finite.index) : after.slice(finite.index, finite.index + toInfinitive);
  return SAID_OR_PROMISED.test(mainClause);
}

function sentenceBefore(text: string, start: number): string {
  const reach = Math.max(0, start - SENTENCE_REACH);
  let opens = reach;
  for (const stop of text.slice(reach, start).matchAll(SENTENCE_BREAK)) opens = reach + stop.index + stop[0].length;
  return text.slice(opens, start);
}
