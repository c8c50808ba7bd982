import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

const letter = (paragraphs: string[]) => `Den Haag, 15 januari 2025\n\n${paragraphs.join('\n\n')}\n\nDe Minister van Binnenlandse Zaken en Koninkrijksrelaties\n`;
const drafted = (paragraphs: string[]) => draftFromText(letter(paragraphs), { calendar, fallbackDate: '2025-01-15' }).commitments.map((commitment) => commitment.quote);

describe('an outline of the text itself, read as one structure of its paragraph', () => {
  it('reads the steps chained to its first step as what the text does next, whatever their verb', () => {
    expect(drafted(['Voorzitter. Ik begin met de vragen over de uitvoering. Daarna zal ik iets zeggen over de financiering. Dan zal ik antwoord geven op de vragen over de planning. Tot slot wil ik de amendementen bespreken.'])).toEqual([]);
    expect(drafted(['Ik stel voor dat ik eerst de indeling van mijn betoog geef, zodat de leden weten in welke volgorde ik de onderwerpen behandel. Vervolgens zal ik iets zeggen over de kosten.'])).toEqual([]);
  });

  it('keeps a step with a term, or one that tells the Kamer something later, as a promise', () => {
    expect(drafted(['Ik zal allereerst ingaan op de planning. Vervolgens zal ik iets zeggen over de evaluatie, die ik u voor de zomer van 2025 zal sturen.'])).toHaveLength(1);
    expect(drafted(['Ik zal allereerst ingaan op de planning. Tot slot zal ik de resterende vragen schriftelijk beantwoorden.'])).toHaveLength(1);
  });

  it('leaves a step as it is judged without a first step of the text\'s order in its paragraph, and a step that goes into no subject', () => {
    // "iets zeggen over …" alone is the text's own course since clause-reading.ts reads the speaker's speech act (GUIDE §1): a step that is an act stays judged as one.
    expect(drafted(['Vervolgens zal ik de kosten van het misbruik in kaart brengen.'])).toHaveLength(1);
    expect(drafted(['Ik zal allereerst ingaan op de planning.', 'Vervolgens zal ik de kosten van het misbruik in kaart brengen.'])).toHaveLength(1);
    expect(drafted(['Ik zal eerst ingaan op de planning. Vervolgens zal ik de regeling aanpassen aan de uitkomsten van de evaluatie.'])).toHaveLength(1);
  });
});
