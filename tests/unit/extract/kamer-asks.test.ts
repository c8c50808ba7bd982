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

describe('what the Kamer or its members ask, in the passive, as a wish, or in the plural', () => {
  it('is their request or question, not a promise', () => {
    // kst-32824-321, kst-30804-F (held-out-19) and kst-29338-289 (held-out-23).
    expect(judge('De motie is aangenomen op 1 december jl. en daarbij is gevraagd om binnen twee weken aan uw Kamer een brief te sturen waarin wordt aangegeven hoe met deze motie wordt omgegaan.')).toMatchObject({ promise: false, why: 'request' });
    expect(judge('De commissie stelt het op prijs een schriftelijke bevestiging van u te ontvangen dat zij de notitie in ieder geval voor Prinsjesdag 2026 tegemoet kan zien.')).toMatchObject({ promise: false, why: 'request' });
    expect(judge('Zij vragen de minister of hij voornemens is de onderzoeksfinanciering van NWO de aankomende jaren vaker als sluitpost voor de begroting te gebruiken.')).toMatchObject({ promise: false, why: 'question' });
  });

  it('but the writer asking another, or appreciating, still undertakes', () => {
    // kst-29338-289 (held-out-23), bnc-fiche-instant-payments-in-euro (held-out-21).
    expect(judge('Ik zal NWO vragen of er toch mogelijkheden zijn om de veranderingen in honoreringspercentages per domein in de evaluatie te betrekken.')).toMatchObject({ promise: true });
    expect(judge('Het kabinet zal de Commissie vragen hoe zij hiermee om wil gaan.')).toMatchObject({ promise: true });
    expect(judge('Wij stellen het op prijs als de commissie hierover advies uitbrengt, en wij zullen u voor de zomer van 2026 over dat advies informeren.')).toMatchObject({ promise: true });
  });
});
