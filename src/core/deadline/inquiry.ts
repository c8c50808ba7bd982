/**
 * What an inquiry asks about: "verzoekt de regering om te onderzoeken hoe zo snel mogelijk een publiekrechtelijke
 * bedrijfsorganisatie … in het leven geroepen kan worden", "Ik onderzoek momenteel of er mogelijkheden zijn om op korte
 * termijn duidelijkheid te bieden", "ben ik bereid te bezien in hoeverre een … subsidiëring in 1989 nog in de rede ligt",
 * "de Kamer te informeren over welke maatregelen zij op korte termijn denkt te nemen". A term inside the indirect
 * question belongs to what is looked into, which nobody undertakes yet: the inquiry's own term stands outside the
 * question ("voor 1 juni te onderzoeken hoe …"), or in the request's next part ("… te onderzoeken hoe …, en de Kamer
 * voor de zomer te informeren"), and keeps its term (GUIDE §2: the term of the promise's own act, not of a related
 * matter in the same sentence). A question that itself delivers to the Kamer ("te bezien of ik u voor de zomer kan
 * informeren") keeps its term.
 */

import { Caseless } from './caseless.js';
import { clauseOpenedBefore } from './opened-clause.js';

/** Verbs and nouns of looking into something, a few adverbs, then the word that opens the indirect question. */
const INQUIRY = new Caseless(
  new RegExp(
    String.raw`\b(?:onderzoeken|onderzoek|onderzoekt|onderzocht|bezien|bezie|beziet|bekijken|bekijk|bekijkt|bekeken|nagaan|na\s+te\s+gaan|ga\s+na|gaat\s+na|gaan\s+na|nagegaan|verkennen|verken|verkent|verkend|in\s+kaart\s+(?:te\s+)?(?:brengen|gebracht)|inventariseren|inventariseer|inventariseert|uitzoeken|uit\s+te\s+zoeken|overwegen|overweeg|overweegt|afwegen|beoordelen|beoordeel|beoordeelt|nadenken|na\s+te\s+denken|informeren\s+over|de\s+vraag)` +
      String.raw`\s*,?\s+(?:(?:momenteel|thans|nu|nader|ook|tevens|eerst|zorgvuldig|daarbij|breder)\s+){0,2}` +
      String.raw`(?:hoe|of|welke|welk|wat|waarom|waar|in\s+hoeverre|(?:op|in|onder|met|aan)\s+welke?)\b`,
    'giu',
  ),
);

/** What closes the indirect question before the phrase: a clause mark, or "en" opening the request's or sentence's next part. */
const QUESTION_CLOSED = new Caseless(/[,;:!?]|\ben\s+(?:de|het|deze|dit|die|dat|hierover|daarover|hier|daar|uw|te|om|zo|ik|wij|we|zij)\b/iu);

/**
 * Whether the phrase stands in an indirect question that an inquiry opens in the sentence before it (`before`), with
 * nothing in that question, up to the end of the phrase's clause (`ahead`), that `deliversToTheKamer`.
 */
export function askedInAnInquiry(before: string, ahead: string, deliversToTheKamer: (text: string) => boolean): boolean {
  const question = clauseOpenedBefore(before, ahead, INQUIRY);
  if (question === null || QUESTION_CLOSED.test(question.before)) return false;
  return !deliversToTheKamer(question.whole);
}
