import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { phrase: found.phrase, to: found.resolution.to };
};

/**
 * A negation denies the act of its own clause or conjunct only (clause.ts, ownWords): what a fronted "wanneer" clause, a
 * "dat" clause closed by ", en" or a to-infinitive that "niet" negates and "en" closes says will not happen is no
 * denial of the act that follows, and the term of that act stands.
 */
describe('a negation in a clause that has closed before the phrase', () => {
  it.each([
    // heldout11-005 (a letter of OCW, 22 January 2021), dev-601 (a motion of 31 October 2019), heldout15-235 (a motion of 5 March 2013)
    ['Wanneer dat plan er niet komt of het niet goed genoeg is, zal ik het budget van samenwerkingsverbanden in 2021 generiek korten.', '2021-01-22', 'in 2021', '2021-12-31'],
    ['verzoekt de regering voorstellen te doen om de Wet algemene regels herindeling zo te wijzigen dat het herindelingsontwerp niet aan de Minister wordt voorgelegd dan na gemeenteraadsverkiezingen, en de Kamer daarover voor 1 maart 2020 te informeren,', '2019-10-31', 'voor 1 maart 2020', '2020-02-29'],
    ['verzoekt de regering, de voorschotregeling in 2013 niet in te trekken en voor 1 augustus 2013 met een voorstel te komen of en, zo ja, hoe deze regeling een vervolg krijgt,', '2013-03-05', 'voor 1 augustus 2013', '2013-07-31'],
    // written for the class
    ['Wanneer dat bedrijf de afspraken niet nakomt, zal ik uw Kamer voor de zomer van 2026 informeren.', '2025-11-20', 'voor de zomer van 2026', '2026-07-02'],
    ['verzoekt de regering, ervoor te zorgen dat de subsidie niet wordt verlaagd, en de Kamer voor 1 maart 2026 te informeren,', '2025-11-20', 'voor 1 maart 2026', '2026-02-28'],
    ['verzoekt de regering, de subsidie niet te verlagen en de Kamer voor 1 maart 2026 te informeren over de gevolgen,', '2025-11-20', 'voor 1 maart 2026', '2026-02-28'],
  ])('keeps the term of the act after it: "%s"', (text, anchor, phrase, to) => {
    expect(find(text, anchor)).toEqual({ phrase, to });
  });

  it.each([
    // the negation in the phrase's own clause, after a fronted clause or in the same conjunct
    ['Wanneer het plan er komt, zal ik het budget niet in 2021 korten.', '2021-01-22'],
    ['verzoekt de regering, de subsidie te handhaven en niet voor 1 maart 2026 te verlagen,', '2025-11-20'],
    // "niet" negates the main verb that governs both infinitives
    ['Ik ben niet van plan de regeling in te trekken en voor 1 augustus 2026 met een voorstel te komen.', '2026-03-05'],
  ])('counter-example: "%s" gives no window', (text, anchor) => {
    const found = findDeadline(text, anchor, calendar);
    expect(found === null || found.resolution.to === null, found?.phrase).toBe(true);
  });
});

/**
 * The same scope the other way and within a clause: a conjunct closed after the phrase by "en" and a to-infinitive, a
 * conjunct before it that ends on its negation ("nog niet en"), and the part a "niet … maar" replaces deny their own
 * words, not the phrase's act.
 */
describe('a negation in a conjunct after the phrase, one that ends a conjunct before it, or a part "niet … maar" replaces', () => {
  it.each([
    // heldout12-274 (a motion of 18 May 2023), heldout18-171 (NOS, 1 March 2019), heldout11-152 (De Telegraaf, 1 June 2019)
    [
      'verzoekt de regering voor de begrotingsbehandeling van 2024 met een oplossing te komen voor het ontstane begrotingstekort en deze niet in mindering te brengen op de reserves van het openbaar lichaam,',
      '2023-05-18',
      'voor de begrotingsbehandeling van 2024',
      '2023-12-21',
    ],
    ['Dat Voorontwerp is er nog niet en komt nu het tweede kwartaal van 2019, belooft Knops in de brief.', '2019-03-01', 'het tweede kwartaal van 2019', '2019-06-30'],
    [
      'Pikant is dat op 28 juni niet premier Mark Rutte maar vicepremier Hugo de Jonge de ministerraad voorzit en een toelichting zal moeten geven op de maatregelen.',
      '2019-06-01',
      'op 28 juni',
      '2019-06-28',
    ],
    // written for the class
    ['verzoekt de regering, voor 1 maart 2026 een plan naar de Kamer te sturen en de subsidie niet te verlagen,', '2025-11-20', 'voor 1 maart 2026', '2026-02-28'],
    ['Het wetsvoorstel is er nog niet en komt voor de zomer van 2026 naar uw Kamer.', '2025-11-20', 'voor de zomer van 2026', '2026-07-02'],
    ['Ik zal u voor 1 maart 2026 niet per brief maar in een technische briefing informeren.', '2025-11-20', 'voor 1 maart 2026', '2026-02-28'],
  ])('keeps the term: "%s"', (text, anchor, phrase, to) => {
    expect(find(text, anchor)).toEqual({ phrase, to });
  });

  it.each([
    // the negation in the phrase's own conjunct, before "en" closes it
    ['verzoekt de regering, de subsidie voor 1 maart 2026 niet te verlagen en de Kamer daarover te informeren,', '2025-11-20'],
    // the phrase inside the part "niet … maar" denies
    ['Ik zal u niet voor 1 maart 2026 maar later informeren.', '2025-11-20'],
  ])('counter-example: "%s" gives no window', (text, anchor) => {
    const found = findDeadline(text, anchor, calendar);
    expect(found === null || found.resolution.to === null, found?.phrase).toBe(true);
  });
});
