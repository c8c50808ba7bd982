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

describe('the perfect of "doen toekomen", which takes the infinitive', () => {
  it('is what was sent, also with a term of this year beside it', () => {
    // kst-31765-456 (held-out-11) and kst-24557-134 (real-sentences heldout-10).
    expect(judge('Over de ontwikkeling van de benodigde verpleeghuiscapaciteit heb ik u dit jaar twee brieven doen toekomen (op 23 september jl. (Kamerstuk 31 765, nr. 437) en op 18 oktober jl. (Kamerstuk 31 765, nr. 453)).')).toMatchObject({ promise: false });
    expect(judge('Heden heb ik uw Kamer een voorstel doen toekomen tot wijziging van de Wet op de kansspelen (Wok) waarmee kansspelen op afstand worden gereguleerd (Kamerstuk 33 996).')).toMatchObject({ promise: false });
  });

  it('but not the future of a "dat" clause after a perfect of saying, nor a plain future', () => {
    expect(judge('Ik zal u voor de zomer van 2026 een voorstel doen toekomen.')).toMatchObject({ promise: true, due: 'voor de zomer van 2026' });
    expect(judge('In de brief van vorige week heb ik toegezegd dat ik uw Kamer voor de zomer van 2026 het rapport zal doen toekomen.')).toMatchObject({ promise: true, due: 'voor de zomer van 2026' });
  });
});
