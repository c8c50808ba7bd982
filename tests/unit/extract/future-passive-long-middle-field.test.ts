import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

const quotes = (body: string) => draftFromText(`Den Haag, 12 maart 1990\n\nGeachte voorzitter,\n\n${body}\n`, { calendar, fallbackDate: '1990-03-12' }).commitments.map((commitment) => commitment.quote);

/**
 * The future passive whose middle field runs past a hundred characters, as the older answers and memoranda put it
 * (held-out-25 and -26: "Wel zullen met ingang van het cursusjaar 1966/67 voor alle vormen van hoger beroepsonderwijs
 * naast renteloze voorschotten beurzen beschikbaar worden gesteld", "Wel zal door mij … de taakstelling en het
 * functioneren van het interdepartementaal overleg nog nader worden geëvalueerd").
 */
describe('the future passive with a long middle field', () => {
  it('still undertakes', () => {
    const sentence = 'Wel zullen met ingang van het volgende cursusjaar voor alle vormen van hoger beroepsonderwijs naast de renteloze voorschotten ook beurzen beschikbaar worden gesteld.';
    expect(quotes(sentence)).toEqual([sentence]);
  });

  it('not where the long field holds a clause of its own, whose passive is not the future\'s', () => {
    expect(quotes('Van het resultaat van deze vrijwillige, privaatrechtelijke regeling zal het afhangen of hiermede voor de komende jaren bij de meeste ondernemers kan worden volstaan.')).toEqual([]);
  });
});
