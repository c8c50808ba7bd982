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

describe('a thing\'s change or make-up told in the future, with no agent', () => {
  it('is a forecast, not a promise', () => {
    // tk-20150424-bnc-fiche-fiscale-transparantie-rulings (held-out-22), ah-tk-20232024-2210 (held-out-20), bnc-fiche-instant-payments-in-euro (held-out-21).
    expect(judge('De regeldruk zal bij de Belastingdienst toenemen om te voldoen aan de uitwisseling van informatie over rulings.')).toMatchObject({ promise: false, why: 'statement' });
    expect(judge('Verduurzaming van bedrijven in Brabant en Chemelot zal daarnaast voor een belangrijk deel ook bestaan uit directe elektrificatie.')).toMatchObject({ promise: false, why: 'statement' });
    expect(judge('Dit komt doordat PSP’s zullen besparen op de nieuwe aanpak voor sanctiescreening.')).toMatchObject({ promise: false, why: 'statement' });
  });

  it('but the government\'s own part, or its act that brings the change, is promised', () => {
    // kst-21501-33-1079 (held-out-7).
    expect(judge('De inbreng van het kabinet bij de consultatie van de Europese Commissie over dit Witboek zal bestaan uit zowel de kabinetsappreciatie van het EU-Witboek, als de vragen en beantwoording over het Witboek.')).toMatchObject({ promise: true });
    expect(judge('Ik zal de wachttijden laten dalen door extra capaciteit in te kopen.')).toMatchObject({ promise: true });
  });
});
