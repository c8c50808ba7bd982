import type { Calendar } from '../core/calendar.js';
import type { CivilDate } from '../core/civil-date.js';
import { oneLine } from './clean-text.js';
import { findDue } from './find-due.js';
import type { DraftCommitment, Sentence } from './model.js';

/**
 * A sentence that only says when the thing is expected, naming it by a
 * pronoun or as the result ("… is de verwachting dat dit na het meireces zal
 * zijn", "In de eerste helft van 2021 verwacht ik het resultaat").
 */
export const EXPECTED_TERM = /\bverwachting\b[^.;]{0,40}\bdat\s+(?:dit|dat|deze|het)\b|\bverwacht(?:en)?\s+(?:ik|wij|we)\s+(?:het resultaat|de resultaten|de uitkomst|de uitkomsten|het rapport|het advies|deze|dit)\b/i;

/**
 * A promise whose term is given in a sentence of its own, right before or
 * after it in its paragraph ("Na ontvangst en verwerking van het advies bied
 * ik het voorstel aan uw Kamer aan. … is de verwachting dat dit na het
 * meireces zal zijn"; "In de eerste helft van 2021 verwacht ik het resultaat.
 * Uw Kamer wordt te zijner tijd geïnformeerd over de uitkomst"): a promise
 * without a dated term takes that term (GUIDE.md: a term the text gives for
 * the thing promised is the promise's term), and its quote both sentences.
 */
export function withTermNearby(text: string, sentences: readonly Sentence[], commitments: DraftCommitment[], anchor: CivilDate, calendar: Calendar): DraftCommitment[] {
  const absorbed = new Set<number>();
  // Each sentence's place by its start, the first where two start alike: a search of all sentences per promise made a long text cost its sentences times its promises.
  const placeOf = new Map<number, number>();
  sentences.forEach((sentence, index) => {
    if (!placeOf.has(sentence.start)) placeOf.set(sentence.start, index);
  });
  const timed = commitments.map((commitment) => {
    if (absorbed.has(commitment.start) || (commitment.due?.kind === 'phrase' && !commitment.due.event)) return commitment;
    const at = placeOf.get(commitment.start);
    if (at === undefined) return commitment;
    for (const neighbour of [sentences[at + 1], sentences[at - 1]]) {
      if (!neighbour || neighbour.paragraph !== sentences[at]!.paragraph || neighbour.role === 'question' || !EXPECTED_TERM.test(neighbour.text)) continue;
      const term = findDue(neighbour.text, anchor, calendar);
      if (!term || term.to === null) continue;
      // The term sentence, drafted on its own for its "zal" or its restating words, is part of this promise.
      absorbed.add(neighbour.start);
      const start = Math.min(commitment.start, neighbour.start);
      const end = Math.max(commitment.end, neighbour.end);
      return {
        ...commitment,
        quote: oneLine(text.slice(start, end)),
        end,
        type: commitment.type === 'existing' || commitments.some((other) => other.start === neighbour.start && other.type === 'existing') ? 'existing' : commitment.type,
        due: { kind: 'phrase', phrase: oneLine(term.phrase), start: neighbour.start + term.start, end: neighbour.start + term.end, event: term.event },
      } satisfies DraftCommitment;
    }
    return commitment;
  });
  return timed.filter((commitment) => !absorbed.has(commitment.start));
}
