import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const found = (text: string, anchor: string) => {
  const deadline = findDeadline(text, anchor, calendar);
  return deadline === null ? null : { phrase: deadline.phrase, to: deadline.resolution.to };
};

/**
 * A negation in a part of the clause that is not its act gives no term up: an alternative that names both ways ("geen of
 * een laag tarief", "al dan niet"), an infinitive used as a noun after a preposition ("de effecten van het niet langer
 * verplicht stellen"), or a condition set off by a comma before the act ("indien … geen overeenstemming … wordt bereikt,").
 */
describe('a negation of another part of the clause than its act', () => {
  it.each([
    // eerstekamer.nl, motie-Vos c.s. (heldout19-244): the negation is the measure whose effects are evaluated.
    [
      'Verzoekt de regering daarnaast over 2 jaar een evaluatie te doen van de effecten van het niet langer verplicht stellen van een onafhankelijke kwaliteitstoetsing door de Commissie mer in het geval van complexe projecten.',
      '2017-01-24',
      'over 2 jaar',
      '2019-01-31',
    ],
    // kst-25087-333, a motion (heldout25-019): "geen of een laag tarief" names the lands meant.
    [
      'verzoekt verder de regering als terugvaloptie een pakket mogelijke maatregelen uit te werken, en de Kamer daarover uiterlijk in het najaar van 2024 te berichten, op basis waarvan Nederlandse belastingheffing mogelijk is direct na emigratie naar een land met geen of een laag tarief aan belasting of een anderszins ruimhartig regime,',
      '2024-04-04',
      'uiterlijk in het najaar van 2024',
      '2024-11-30',
    ],
    // kst-36760-31, a motion (heldout26-x034): what is not reached is the condition of the act.
    [
      'verzoekt het kabinet om, indien hier bij de RBZ geen overeenstemming over wordt bereikt, zo spoedig mogelijk een nationaal embargo in te voeren;',
      '2025-08-27',
      'zo spoedig mogelijk',
      '2025-09-17',
    ],
    ['Ik zal u voor de zomer informeren over het al dan niet voortzetten van de regeling.', '2026-03-01', 'voor de zomer', '2026-07-02'],
  ])('keeps the term of "%s"', (text, anchor, phrase, to) => {
    expect(found(text, anchor)).toEqual({ phrase, to });
  });

  it.each([
    ['Ik kan het niet tijdig voor de zomer afronden.', '2026-03-01'],
    ['Indien de Raad besluit, zal ik u niet voor de zomer informeren.', '2026-03-01'],
    ['De evaluatie zal niet voor de zomer gereed zijn.', '2026-03-01'],
  ])('still reads a negated act as giving its term up: "%s"', (text, anchor) => {
    expect(found(text, anchor)).toBeNull();
  });
});
