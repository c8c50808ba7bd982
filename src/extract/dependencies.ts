import { onceEach } from '../core/once-each.js';
import type { DraftCommitment } from './model.js';

/** Words of a dependency phrase that say how, not on what ("de resultaten van", "aan de hand van"). */
const NOT_A_REFERENT = new Set([
  'resultaten', 'resultaat', 'uitkomsten', 'uitkomst', 'bevindingen', 'conclusies', 'afronding', 'oplevering', 'ontvangst', 'basis',
  'aanleiding', 'zodra', 'gereed', 'afgerond', 'beschikbaar', 'bekend', 'opgeleverd', 'hierin', 'daarin', 'daarbij', 'meegenomen',
  'betrokken', 'opgenomen', 'verwerkt', 'meenemen', 'betrekken', 'worden', 'wordt', 'zijn', 'deze', 'dat', 'dit', 'die',
]);

/** "hierin … meegenomen": the promise just before is meant. */
const ANAPHOR = /\b(?:hierin|daarin|daarbij|in dat plan|in dit plan)\b/;

/**
 * The commitments of the same letter a promise depends on, from its
 * dependency phrase: "hierin … meegenomen" means the promise just before;
 * otherwise each noun of the phrase ("de resultaten van de verkenning en de
 * uitkomsten van dat onderzoek") is the latest earlier commitment whose
 * quote names it, also as the head of a compound ("deelonderzoek").
 */
export function dependenciesOf(phrase: string, earlier: readonly DraftCommitment[]): string[] {
  if (earlier.length === 0) return [];
  if (ANAPHOR.test(phrase)) return [earlier.at(-1)!.id];
  const ids: string[] = [];
  const nouns = (phrase.match(/\p{L}{5,}/gu) ?? []).filter((word) => !NOT_A_REFERENT.has(word) && !/^(?:hand|van)$/.test(word));
  for (const noun of nouns) {
    const referent = [...earlier].reverse().find((commitment) => wordsOf(commitment.quote).some((word) => word.endsWith(noun)));
    if (referent && !ids.includes(referent.id)) ids.push(referent.id);
  }
  return ids;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

const STOPWORDS = new Set(['zoals', 'eerder', 'genoemd', 'reeds', 'aangegeven', 'worden', 'wordt', 'zullen', 'deze', 'dat', 'die', 'dit', 'van', 'het', 'een', 'met', 'voor', 'over', 'naar', 'door', 'zijn', 'mijn', 'onze', 'waarin', 'waarover', 'hierin', 'daarin', 'kamer']);

function contentWords(text: string): Set<string> {
  return new Set(wordsOf(text).filter((word) => word.length >= 4 && !STOPWORDS.has(word)));
}

/** A letter's promises are compared with each later sentence: their words are read once, for as long as the promise lives. */
const quoteWords = onceEach((commitment: DraftCommitment) => contentWords(commitment.quote));

/**
 * The earlier promise of the same letter this sentence repeats ("Zoals
 * eerder genoemd zal ik … een plan van aanpak delen"), if any: most of its
 * telling words are that promise's; fewer suffice when it says it restates.
 */
export function repeatedPromise(sentence: string, restating: boolean, earlier: readonly DraftCommitment[]): DraftCommitment | undefined {
  const words = contentWords(sentence);
  if (words.size === 0) return undefined;
  let best: { commitment: DraftCommitment; overlap: number } | undefined;
  for (const commitment of earlier) {
    const other = quoteWords(commitment);
    let shared = 0;
    for (const word of words) if (other.has(word)) shared++;
    const overlap = shared / Math.min(words.size, other.size);
    if (!best || overlap > best.overlap) best = { commitment, overlap };
  }
  if (!best) return undefined;
  return best.overlap >= (restating ? 0.6 : 0.85) ? best.commitment : undefined;
}
