/**
 * A sentence that opens as a question: a finite verb before its subject ("Is de Staatssecretaris bereid, … door op
 * korte termijn een circulaire … te laten uitgaan", "Kan het voorgevallene voor de Minister een reden zijn om op korte
 * termijn preventieve maatregelen te nemen door: a. …", "Kan de staatssecretaris de Kamer zo snel mogelijk informeren
 * wanneer …"), or a question word before one ("Hoe komen we zo snel mogelijk tot een uitzondering …, zou ik willen
 * vragen"). Dutch puts the finite verb first only in a question, a condition or a command; a question promises nothing
 * whatever term it names (GUIDE §1: a question), even where its question mark lies beyond the sentence as the finder
 * cuts it (a written question's lettered parts after a colon, a row cut short). A condition told verb-first ("Neemt de
 * Kamer het voorstel aan, dan zal ik …") resumes its main clause with "dan", whose term is left to the other rules; so
 * is a sentence that starts in lower case, the rest of one cut before it.
 */

import { Caseless } from './caseless.js';

/** A written question's heading or number before it: "(Ingezonden 2 mei 1973.)", "2.", "Vraag 3". */
const LEAD = String.raw`^\s*(?:\([^()]{0,60}\)\s*)?(?:(?:vraag\s+)?\d{1,2}\s*[.):]?\s+)?`;
const FINITE = String.raw`(?:is|zijn|kan|kunt|kunnen|wil|wilt|willen|zal|zult|zullen|acht|achten|deelt|delen|bent|heeft|hebt|hebben|wordt|worden|moet|moeten|mag|mogen|gaat|gaan|weet|weten|vindt|vinden|ziet|zien|erkent|erkennen|overweegt|overwegen|klopt|herinnert|onderschrijft|denkt|denken|verwacht|verwachten)`;
const SUBJECT = String.raw`(?:de|het|u|uw|hij|zij|ze|men|er|dit|deze|dat|die|ik|wij|we|hun|haar|zijn|onze|mijn)`;
/** "Zijn inzet is …", "Haar brief …": a possessive before a noun is a subject, not a verb; only "zijn" before a subject asks. */
const VERB_FIRST = new Caseless(new RegExp(String.raw`${LEAD}${FINITE}\s+${SUBJECT}\b`, 'iu'));
const QUESTION_WORD_FIRST = new Caseless(
  new RegExp(String.raw`${LEAD}(?:hoe|wanneer|waarom|wat|waar|wie|in\s+hoeverre|welke?\s+[a-z]+)\s+(?:[a-z]+\s+)?${FINITE}\s+${SUBJECT}\b|${LEAD}(?:hoe|wanneer|waarom|in\s+hoeverre)\s+[a-z]+(?:t|en)\s+${SUBJECT}\b`, 'iu'),
);
const OPENS_IN_CAPITALS = /^\s*(?:\([^()]*\)\s*)?(?:\d{1,2}\s*[.):]?\s+)?\p{Lu}/u;
/** "dan" and a finite verb resume the main clause after a condition told verb-first; "Kan ik dan voor dinsdag …" still asks. */
const MAIN_CLAUSE_RESUMES = new Caseless(new RegExp(String.raw`(?:,|\s)\s*dan\s+${FINITE}\b`, 'iu'));

/** Whether the sentence, up to the phrase (`before`), opens as a question. */
export function opensAsAQuestion(before: string): boolean {
  if (!OPENS_IN_CAPITALS.test(before) || MAIN_CLAUSE_RESUMES.test(before)) return false;
  return VERB_FIRST.test(before) || QUESTION_WORD_FIRST.test(before);
}
