import type { Draft, DraftCommitment } from './model.js';

/**
 * A participle that calls a thing promised or announced before, in a noun phrase opened by its determiner ("de eerder
 * toegezegde brief", "De aangekondigde afbouw …"), with the word before that phrase.
 */
const PROMISED_THING = /(?:\b(\p{L}+)\s+)?\b(?:de|het|die|deze|dit|zijn|haar|hun|mijn|onze|ons|uw)\s+(?:\p{L}+\s+){0,2}?(?:toegezegde|aangekondigde|beloofde)\b/giu;
/** Words that open a prepositional phrase. */
const PREPOSITION = /^(?:aan|bij|binnen|conform|door|in|met|na|naar|om|op|over|rond|tijdens|tot|uit|van|vanwege|via|volgens|voor|zonder)$/i;

/**
 * Whether the promise calls what it undertakes promised before: "Tevens zal ik u dan de eerder toegezegde brief
 * sturen", "De toegezegde informatie zal ik u uiterlijk … doen toekomen". In a prepositional phrase the participle's
 * thing is what the act is about or when it is done, not the thing undertaken: "voor het aangekondigde Algemeen
 * Overleg van 1 december" (the term), "over de onderzoekers die worden benaderd voor het aangekondigde historische
 * onderzoek", "in zijn aan de Tweede Kamer toegezegde notitie ook aandacht besteedt aan …" (a promise of its own).
 */
function namesItsThingAsPromised(text: string, commitment: DraftCommitment): boolean {
  for (const match of text.slice(commitment.start, commitment.end).matchAll(PROMISED_THING)) {
    if (match[1] === undefined || !PREPOSITION.test(match[1])) return true;
  }
  return false;
}

/**
 * The promise told as said before, its act in a "dat" clause of a verb of telling in the perfect: "In deze brieven heb
 * ik aangegeven dat ik de Tweede Kamer in december … een rapportage zal doen toekomen", "Daarnaast is aangegeven dat
 * het kabinet zich zal inzetten …"; and in the simple past of telling, with the act's future of the past: "In mijn
 * brief d.d. 25 april 2003 … kondigde ik u aan dat ik de Tweede Kamer nog voor het zomerreces zou informeren". A decision
 * ("Ik heb besloten dat ik … zal") is taken now.
 */
export const TOLD_BEFORE =
  /\b(?:heb|hebben|heeft|is|zijn|werd)\b[^.;]{0,60}\b(?:aangegeven|afgesproken|aangekondigd|uitgesproken|toegezegd)\b[^.;]{0,60}\bdat\b[^.;]*\b(?:zal|zullen|zou|zouden)\b|\b(?:kondigde|kondigden|gaf|gaven|zegde|zegden)\b[^.;]{0,60}\b(?:aan|toe)\s+dat\b[^.;]*\b(?:zou|zouden)\b/i;

/** A promise of a thing the letter calls promised before, or told as said before, is that earlier promise, restated: `existing` (issue 11, "new or restating"). */
export function withEarlierPromisesNamed(text: string, draft: Draft): Draft {
  return {
    ...draft,
    commitments: draft.commitments.map((commitment) => (commitment.type === 'new' && (namesItsThingAsPromised(text, commitment) || TOLD_BEFORE.test(text.slice(commitment.start, commitment.end))) ? { ...commitment, type: 'existing' } : commitment)),
  };
}
