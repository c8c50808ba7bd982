/**
 * The outcome a request or an effort asks to bring about (GUIDE §2, the lead's decision D14): "verzoekt de regering
 * … te bevorderen dat <outcome>", "… een plan te maken zodat <outcome>", "Het kabinet wil ervoor zorgen dat
 * <outcome>". A term inside the outcome is the request's own term when the outcome is an act of the government's or a
 * delivery (research done, a regulation worked out, the Kamer able to dispose of a bill, its inspectorate having
 * established something at its request); it is no term at all when the outcome is a state of the world or what
 * others do in their own words ("zodat alle pleegkinderen vóór de zomer weten …", "dat provincies zo snel mogelijk
 * … opstellen", "waardoor … indexatie op korte termijn mogelijk wordt", "dat alle maatregelen … optellen tot 55% …
 * in 2030").
 *
 * The outcome is read by its structure, not by its words: a finite verb of its own in the active voice, with nobody
 * of ours, of the Kamer, or of the bodies that act at the government's request in it, and no act of ours (a
 * to-infinitive), no delivery and no event or document it waits on. A passive outcome ("dat zo spoedig mogelijk
 * onderzocht wordt", "opdat de uitkomsten in het voorjaar van 2026 opgeleverd kunnen worden") leaves its agent
 * unsaid, mostly the government that is asked: its term stays the request's.
 */

import { Caseless } from './caseless.js';

/**
 * What opens the outcome: a conjunction of result or purpose, or a verb of bringing something about with its "dat"
 * ("ervoor te zorgen dat", "te bevorderen dat", "zich er vol voor in te zetten dat"). The last one before the phrase
 * is the outcome the phrase may stand in.
 */
const OPENS_OUTCOME = new Caseless(
  /\b(?:zodat|opdat|waardoor|(?:zorgen|zorgt|zorg|bevorderen|bevordert|bevorder|bewerkstelligen|bewerkstelligt|waarborgen|waarborgt|borgen|borgt|garanderen|garandeert|toezien|toe\s+te\s+zien|inzetten|in\s+te\s+zetten|inspannen|in\s+te\s+spannen)(?:\s+(?:er|ervoor|erop|ervan|voor|op|ook|wel|vol|zich))*\s+dat)\b/giu,
);

/** Where the sentence or the outcome's clause closes after the phrase. */
const CLOSES = /[,;:()–—]|\.(?=\s|$)/u;
/** Where the phrase's own conjunct of the outcome began: after the last comma or "en" before it. */
const CONJUNCT_BREAK = /,|\ben\b/giu;

/**
 * An act of ours inside the outcome: a to-infinitive ("zodat het mogelijk is om uiterlijk op 1 september 2021 alle
 * private schulden over te nemen", "…, en de Kamer hierover voor de zomer te informeren" where the request resumes).
 */
const AN_ACT = new Caseless(/\b(?:om|te)\s+[a-z]/iu);
/**
 * A passive auxiliary with a participle-shaped word in the conjunct: the passive ("wordt uitgewerkt") or the state it
 * leaves ("zijn aangesloten"), whose agent is not said.
 */
const PASSIVE_AUXILIARY = new Caseless(/\b(?:wordt|worden|werd|werden|is|zijn)\b/iu);
const PARTICIPLE_SHAPED = /\p{L}{3,}(?:d|t|en)$/u;
const AUXILIARIES = new Set(['wordt', 'worden', 'werd', 'werden', 'is', 'zijn']);
/**
 * Those whose act in the outcome is the government's or the Kamer's: the first person, the government and its
 * services by name, the Kamer and its members, the bodies it commissions (an inspectorate, a planbureau, at its
 * request), and what is delivered to the Kamer.
 */
const OURS_OR_THE_KAMERS = new Caseless(
  /\b(?:ik|wij|we|mij|ons|onze|mijn|u|uw|kabinet|regering|\w*minister\w*|staatssecretaris|bewindspersonen|rijk|rijksoverheid|overheid|kamer|kamers|kamerleden|parlement|staten-generaal|\w*inspectie\w*|planbureau\w*|informeren|geïnformeerd|geinformeerd|rapporteren|gerapporteerd|toekomen|toegezonden|toezenden|sturen|gestuurd|aangeboden|aanbieden|ontvangen|ontvangt|beschikken|beschikt|beschikbaar|gepubliceerd|publiceren|verschijnt|verschijnen)\b/iu,
);

/**
 * Whether a phrase stands in the outcome of a request or an effort that is a state of the world or another's act (see
 * above). `before` is the sentence up to the phrase, `after` the text after it; `heads` tells an
 * event or a document by its word (event.ts), whose term a promise may wait on.
 */
export function othersOutcome(before: string, after: string, heads: (word: string) => boolean): boolean {
  let opened = -1;
  for (const match of before.matchAll(OPENS_OUTCOME.for(before))) opened = match.index + match[0].length;
  if (opened < 0) return false;
  const lead = before.slice(opened);
  if (/[;:]/u.test(lead)) return false;
  const closes = after.search(CLOSES);
  const tail = closes < 0 ? after : after.slice(0, closes);
  const outcome = `${lead} ${tail}`;
  if (OURS_OR_THE_KAMERS.test(outcome)) return false;
  const words = outcome.toLowerCase().split(/[^\p{L}-]+/u).filter((word) => word !== '');
  if (words.some(heads)) return false;
  // The phrase's own conjunct of the outcome holds its verb: "waardoor pensioenkortingen worden voorkomen en indexatie
  // op korte termijn mogelijk wordt" has a passive before it, "zodat alle pleegkinderen vóór de zomer weten …, en dit
  // structureel te borgen" the request's next act after it.
  let conjunctStart = 0;
  for (const match of lead.matchAll(CONJUNCT_BREAK)) conjunctStart = match.index + match[0].length;
  const tailEnd = tail.search(/,|\ben\b/u);
  const conjunct = `${lead.slice(conjunctStart)} ${tailEnd < 0 ? tail : tail.slice(0, tailEnd)}`;
  if (AN_ACT.test(conjunct)) return false;
  if (PASSIVE_AUXILIARY.test(conjunct)) {
    const own = conjunct.toLowerCase().split(/[^\p{L}]+/u);
    if (own.some((word) => !AUXILIARIES.has(word) && PARTICIPLE_SHAPED.test(word))) return false;
  }
  return true;
}
