/**
 * What the writer tells on another's word: "Naar mij wordt medegedeeld zal het rapport … op korte termijn … worden
 * uitgebracht", "Naar ik van mijn ambtgenote vernomen heb, kan het advies … op korte termijn worden tegemoet gezien",
 * "Voor zover mij bekend ligt het in het voornemen van het Hoogheemraadschap het bestek binnenkort in te zenden", "Ik
 * heb begrepen dat er binnenkort met de minister over gesproken gaat worden", "… die naar verluidt later deze week …
 * zullen worden gesteld". The government does not undertake what it only reports having heard: the act and its term
 * are another's (GUIDE §1: a third party's plans, "including what is told on a third party's word"). What the writer
 * undertakes after the hearsay, in the first person or towards the Kamer ("Naar ik verneem is het rapport in mei
 * gereed; ik zal het u dan direct zenden"), keeps its term.
 */

import { Caseless } from './caseless.js';

const WORD = String.raw`[^\s,.;:!?]+\s+`;
/** The phrases of hearsay: being told, having heard or understood, as far as one knows, reportedly. */
const ON_ANOTHERS_WORD = new Caseless(
  new RegExp(
    String.raw`\b(?:naar\s+(?:mij|ons)\s+(?:wordt|werd|is|werden|zijn)\s+(?:${WORD}){0,2}?(?:medegedeeld|meegedeeld|bericht|gemeld)|naar\s+(?:ik|wij|we)\s+(?:${WORD}){0,5}?(?:vernomen|verneem|vernemen|begrepen|begrijp|begrijpen)|(?:ik|wij|we)\s+(?:heb|hebben)\s+(?:${WORD}){0,4}?(?:vernomen|begrepen)\s+dat|(?:mij|ons)\s+(?:is|werd|wordt)\s+(?:${WORD}){0,3}?(?:medegedeeld|meegedeeld|bericht|gemeld)\s+dat|voor\s+zover\s+(?:mij|ons)\s+bekend|naar\s+verluidt)\b`,
    'giu',
  ),
);

/** The writer acting, or the Kamer addressed, after the hearsay: what follows is the writer's own undertaking. */
const OURS_AFTER = new Caseless(/\b(?:ik|wij|we|u|uw|kamer|kamers|parlement)\b/iu);

/**
 * Whether the phrase is told on another's word: hearsay in its sentence before it (`before`), and neither the first
 * person nor the Kamer in what follows the hearsay up to the phrase or in the rest of the phrase's clause (`ahead`).
 */
export function toldOnAnothersWord(before: string, ahead: string): boolean {
  let after = -1;
  for (const match of before.matchAll(ON_ANOTHERS_WORD.for(before))) after = match.index + match[0].length;
  return after >= 0 && !OURS_AFTER.test(`${before.slice(after)} ${ahead}`);
}
