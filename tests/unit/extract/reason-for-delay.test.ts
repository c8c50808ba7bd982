import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

const letter = (paragraphs: string[]) => `Den Haag, 15 januari 2025\n\n${paragraphs.join('\n\n')}\n\nDe Minister van Binnenlandse Zaken en Koninkrijksrelaties\n`;
const drafted = (paragraphs: string[]) => draftFromText(letter(paragraphs), { calendar, fallbackDate: '2025-01-15' }).commitments.map((commitment) => commitment.quote);

describe('an uitstelbrief\'s reason for the delay, read with the sentence of its paragraph that draws the delay from it', () => {
  it('reads what the writer wants to do first as why the term is missed, and keeps the new term as the promise', () => {
    expect(drafted(['Ik wil eerst de gemeenten raadplegen over de uitwerking. Dit maakt het niet mogelijk u voor 1 februari te informeren.', 'Ik zal u voor de zomer van 2025 een brief sturen.'])).toEqual(['Ik zal u voor de zomer van 2025 een brief sturen.']);
  });

  it('keeps the same intention without such a sentence, in another paragraph, or with a term of its own', () => {
    expect(drafted(['Ik wil eerst de gemeenten raadplegen over de uitwerking.'])).toHaveLength(1);
    expect(drafted(['Ik wil eerst de gemeenten raadplegen over de uitwerking.', 'Dit maakt het niet mogelijk u voor 1 februari te informeren.'])).toHaveLength(1);
    expect(drafted(['Ik wil de gemeenten in maart 2025 raadplegen over de uitwerking. Dit maakt het niet mogelijk u voor 1 februari te informeren.'])).toHaveLength(1);
  });
});
