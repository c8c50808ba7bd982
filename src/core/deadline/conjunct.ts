/**
 * Which of two terms in one sentence belongs to the act that delivers to the Kamer. A sentence may join two acts, each
 * with its own term: "De minister zal in de week van 17 september in overleg treden met de sociale partners en zal de
 * Kamer later deze maand over de uitkomsten hiervan informeren", "opdat ze na het zomerreces kunnen worden vastgesteld
 * en begin september aan de Kamer kunnen worden aangeboden", "Uw Kamer zal het beleidsstandpunt medio april ontvangen,
 * ter voorbereiding op het algemeen overleg … op 23 april a.s.". The promise is the delivery; the meeting, the decision
 * or the debate it serves is a step on the way or its purpose (GUIDE §2: the term of the promise's own act). The clause
 * rules (clause.ts) read a coordination as one clause, so both terms share it: each term's own conjunct, the stretch
 * between the nearest joints of the sentence around it, tells them apart.
 */

import { Caseless } from './caseless.js';
import { DELIVERS, DELIVERY_TAKES_PLACE } from './event-date.js';

/**
 * What closes a conjunct: a sentence's or clause's punctuation, a subordinating word, or "en"/"of" before what opens a
 * clause of its own (a verb, a subject, "dan", a term: "en zal de Kamer …", "en dan willen we …", "en begin september
 * aan de Kamer …"); "een uitvoerbaar en financieel onderbouwd plan" joins two words of one noun phrase. A dash is
 * no joint, and an aside in brackets is passed over (`withoutAsides`).
 */
const JOINT = new Caseless(
  /[.;:!?,]|\b(?:maar|waarna|opdat|zodat|omdat|terwijl|doordat|dat|die|welke|waarin|waarbij|waarop|waarmee|waarover)\b|\b(?:en|of)\s+(?=(?:zal|zullen|wil|willen|kan|kunnen|moet|moeten|gaat|gaan|dan|daarna|vervolgens|ik|wij|we|hij|zij|ze|begin|eind|medio|in|voor|vóór|na|uiterlijk|op|per|dit|deze|volgend|volgende|komend|komende)\b)/giu,
);
/** A separable verb of delivering, split by its "te": "ter consultatie aan te bieden", "toe te zenden". */
const SPLIT_DELIVERY = new Caseless(/\b(?:aan|toe|op|voor)\s+te\s+(?:bieden|sturen|zenden|leveren|leggen)\b/iu);
/** The Kamer, or "u" as the writer addresses it. */
const THE_KAMER = new Caseless(/\b(?:kamer|kamerleden|parlement|staten-generaal|u|uw)\b/iu);

/** Terms in two sentences are two promises' or none: only terms of one sentence are weighed. */
const SENTENCE_BREAK = /[.;:!?](?:\s|$)/u;

/** How far a conjunct is looked for on either side of its term: a clause's worth. */
const REACH = 160;

/** An aside in brackets ("spoedwetgeving (de Tijdelijke wet …, TWOO) voor te leggen") is no joint of its conjunct: blanked out. */
const ASIDE = /\([^()]*\)/gu;

function withoutAsides(words: string): string {
  return words.replace(ASIDE, (aside) => ' '.repeat(aside.length));
}

interface Span {
  start: number;
  end: number;
}

/** The words of the term's own conjunct, the term left out. */
function conjunctAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - REACH);
  const before = withoutAsides(text.slice(from, start));
  let opens = 0;
  for (const joint of before.matchAll(JOINT.for(before))) opens = joint.index + joint[0].length;
  const after = withoutAsides(text.slice(end, end + REACH));
  const closes = after.search(JOINT.for(after));
  return `${before.slice(opens)} ${closes < 0 ? after : after.slice(0, closes)}`;
}

/** Whether a conjunct delivers to the Kamer: a verb or noun of delivering and the Kamer, or a split verb of delivering. */
function deliversToTheKamer(words: string): boolean {
  return SPLIT_DELIVERY.test(words) || (DELIVERS.test(words) && THE_KAMER.test(words));
}

/** Whether a conjunct holds any word of delivering, to whomever: "waarbij ik nog steeds streef naar toezending in september". */
function speaksOfDelivery(words: string): boolean {
  return SPLIT_DELIVERY.test(words) || DELIVERS.test(words) || DELIVERY_TAKES_PLACE.test(words);
}

/**
 * Whether the term at `start`…`end` is the promise's rather than the other, by their conjuncts: true when its own
 * delivers to the Kamer and the other's speaks of no delivery at all, false the other way round, undefined when the
 * conjuncts do not tell (both or neither deliver, terms in two sentences or one inside the other).
 */
export function deliversWhereOtherDoesNot(text: string, term: Span, other: Span): boolean | undefined {
  const [first, second] = term.start < other.start ? [term, other] : [other, term];
  if (second.start < first.end || SENTENCE_BREAK.test(text.slice(first.end, second.start))) return undefined;
  const own = conjunctAround(text, term.start, term.end);
  const theirs = conjunctAround(text, other.start, other.end);
  if (deliversToTheKamer(own) && !speaksOfDelivery(theirs)) return true;
  if (deliversToTheKamer(theirs) && !speaksOfDelivery(own)) return false;
  return undefined;
}
