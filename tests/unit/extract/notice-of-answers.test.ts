import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

const quotes = (body: string) => draftFromText(`Den Haag, 12 maart 1990\n\nGeachte voorzitter,\n\n${body}\n`, { calendar, fallbackDate: '1990-03-12' }).commitments.map((commitment) => commitment.quote);

describe('the delivery told as a thing, in the formulas of the older notice', () => {
  it('"De beantwoording … zal geschieden" delivers, as "zal plaatsvinden" does', () => {
    expect(quotes('Ik zeg u gaarne toe dat de beantwoording zo spoedig mogelijk zal geschieden.')).toEqual(['Ik zeg u gaarne toe dat de beantwoording zo spoedig mogelijk zal geschieden.']);
  });

  it('what the Kamer "kan tegemoet worden gezien" is on its way to it, in either word order', () => {
    expect(quotes('De beantwoording kan overigens op korte termijn tegemoet worden gezien. Daarna kan toezending aan de Kamer tegemoet gezien worden.')).toEqual([
      'De beantwoording kan overigens op korte termijn tegemoet worden gezien.',
      'Daarna kan toezending aan de Kamer tegemoet gezien worden.',
    ]);
  });

  it('with "worden" before it, and in the spelling before 1947 ("te gemoet")', () => {
    expect(quotes('Op uw brief kan spoedig een reactie worden tegemoet gezien. De regeling kan binnen enkele weken worden te gemoet gezien.')).toEqual([
      'Op uw brief kan spoedig een reactie worden tegemoet gezien.',
      'De regeling kan binnen enkele weken worden te gemoet gezien.',
    ]);
  });

  it('not what another looks out for', () => {
    expect(quotes('De gemeenten zien de uitkomsten met belangstelling tegemoet.')).toEqual([]);
  });
});
