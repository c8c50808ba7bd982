import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/** A negation in brackets negates what the brackets say, not the clause around them (clause.ts, ownWords). */
describe('a negation in brackets gives nothing up', () => {
  it.each([
    // heldout10-124 (news, 2024), and the form in letters
    ['Vijlbrief stelt dat de ‘schadeafhandeling volgens daadwerkelijk herstel’ (geen oorzakelijk onderzoek naar bevingsschade beneden de 60.000 euro) uiterlijk eind juni 2024 beschikbaar komt voor alle bewoners uit het effectgebied.', '2024-01-01', '2024-06-30'],
    ['Ik stuur uw Kamer de regeling (nog geen wetsvoorstel) voor het zomerreces.', '2025-03-10', '2025-07-03'],
  ])('"%s" keeps its window', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // counter-examples: the negation outside the brackets (heldout10-244, heldout4-035), and a phrase inside brackets with its negation
    ['De nieuwe financieringssystematiek zal daarom niet (volledig) worden ingevoerd op 1 januari 2020.', '2018-02-06'],
    ['Hierbij bericht ik uw Kamer dat het verzoek van de vaste commissie (ingezonden 11 januari 2018) niet binnen de gestelde termijn van 15 februari kan worden beantwoord.', '2018-02-14'],
    ['Ik stuur uw Kamer de regeling (niet voor het zomerreces) zodra zij gereed is.', '2025-03-10'],
  ])('counter-example: "%s" gives no window', (text, anchor) => {
    const found = find(text, anchor);
    expect(found === null || found.resolution.to === null, found?.phrase).toBe(true);
  });
});
