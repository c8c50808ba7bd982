import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

/** The date of the one-sentence letters below: "Den Haag, 15 december 2025". */
export const DATE = '2025-12-15';

/** Whether a one-sentence letter of 15 December 2025 drafts a promise, and its due as a phrase (or the due object). */
export function dueOf(sentence: string) {
  const draft = draftFromText(`Den Haag, 15 december 2025\n\nGeachte voorzitter,\n\n${sentence}\n`, { calendar, fallbackDate: DATE });
  const commitment = draft.commitments[0];
  return commitment ? { promise: true, due: commitment.due?.kind === 'phrase' ? commitment.due.phrase : commitment.due } : { promise: false };
}
