import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

const DATE = '2025-12-15';
/** One sentence in a letter dated 15 December 2025: the promise drafted from it, or why it was skipped. */
function judge(sentence: string) {
  const draft = draftFromText(`Den Haag, 15 december 2025\n\nGeachte voorzitter,\n\n${sentence}\n`, { calendar, fallbackDate: DATE });
  const commitment = draft.commitments[0];
  return commitment ? { promise: true, due: commitment.due?.kind === 'phrase' ? commitment.due.phrase : commitment.due } : { promise: false, why: draft.skipped[0]?.why };
}

describe('this letter named by what kind of letter it is, or said to have informed', () => {
  it('is what this letter does, not a promise', () => {
    // kst-31305-436 (held-out-14), kst-30300-VII-69 (held-out-17), kst-27401-56 (held-out-14).
    expect(judge('Met deze derde voortgangsbrief wordt de Kamer geïnformeerd over de stand van zaken van de invoering van de vrachtwagenheffing.')).toMatchObject({ promise: false, why: 'this-letter' });
    expect(judge('Met deze kennisgeving kom ik mijn toezegging na de vaste commissie te zullen informeren zodra het voorstel aan de Raad van State zou zijn aangeboden.')).toMatchObject({ promise: false, why: 'this-letter' });
    expect(judge('Ik verwacht u hiermee op dit moment voldoende te hebben geïnformeerd.')).toMatchObject({ promise: false, why: 'this-letter' });
  });

  it('but a later letter of its kind, or a term of its own, is promised', () => {
    expect(judge('In de volgende voortgangsbrief wordt de Kamer geïnformeerd over de invoering van de vrachtwagenheffing.')).toMatchObject({ promise: true });
    expect(judge('Met deze derde voortgangsbrief informeer ik u over de stand van zaken, en voor de zomer van 2026 zal ik u de evaluatie sturen.')).toMatchObject({ promise: true, due: 'voor de zomer van 2026' });
  });
});
