import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/** A sentence opened by an adverb of possibility says what may happen, which nobody undertakes (clause.ts, 'possibility'). */
describe('what may happen is no deadline', () => {
  it.each([
    // heldout10-145 (news, 2022), and the other adverbs
    ['Mogelijk neemt het kabinet daarover op vrijdag 9 december alsnog een besluit.', '2022-12-01'],
    ['Wellicht volgt de uitspraak van de rechter voor de zomer.', '2022-12-01'],
    ['Misschien komt het rapport in maart 2023 beschikbaar.', '2022-12-01'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // a promise with a condition, a remark announced, and the adverb inside a sentence that undertakes
    ['Zo mogelijk stuur ik u voor 1 februari de brief.', '2022-12-01', '2023-01-31'],
    ['Indien mogelijk stuur ik u voor 1 februari de brief.', '2022-12-01', '2023-01-31'],
    ['Wellicht ten overvloede merk ik op dat ik u voor 1 februari de brief stuur.', '2022-12-01', '2023-01-31'],
    ['Ik stuur u zo snel mogelijk, en uiterlijk voor 1 februari, de brief.', '2022-12-01', '2023-01-31'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // heldout11-161 (news, 2024), heldout18-y112 (news, 2023), heldout18-y036 (news, 2013)
    ['Vermoedelijk wordt de nieuwe ploeg op maandag 1 juli beëdigd door de koning, maar dat is nog niet officieel bevestigd.', '2024-06-18'],
    ['De energietoeslag van 1300 euro voor mensen met een laag inkomen wordt waarschijnlijk pas in oktober, of nog later, uitbetaald.', '2023-07-01'],
    ['Waarschijnlijk wordt in april een debat gehouden over mogelijkheden van een schadefonds.', '2013-03-28'],
  ])('what is likely to happen, with neither the government nor the Kamer named: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // heldout18-y050 (news, 2020) and heldout5-024 (kst-27830-313): the government's act or delivery told as likely
    ['Het kabinet besluit waarschijnlijk binnenkort om statiegeld op plastic flesjes in te voeren.', '2020-04-01', '2020-05-13'],
    ['Deze brieven zullen uw Kamer waarschijnlijk kort voor het Kerstreces 2020 bereiken.', '2020-09-15', '2020-12-17'],
    ['Ik stuur u waarschijnlijk in maart de evaluatie.', '2022-12-01', '2023-03-31'],
    // the government's own deliverable told as likely, with no agent named
    ['De evaluatie is waarschijnlijk voor de zomer gereed.', '2024-03-01', '2024-07-04'],
    ['Vermoedelijk is het actieplan eind april klaar.', '2024-03-01', '2024-04-30'],
    ['Het wetsvoorstel wordt waarschijnlijk na de zomer ingediend.', '2024-03-01', '2024-10-31'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
