import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/** The Chair's proposal to the Kamer is the Kamer's own planning, not a term of the government's (clause.ts, PUT_TO_THE_KAMER). */
describe('a proposal put to the Kamer', () => {
  it.each([
    // heldout27-y003 (Handelingen 1966), heldout27-y038 (Handelingen 1973), heldout19-212 (Handelingen 2011)
    ['De Voorzitter: Ik stel aan de Kamer voor, aan de orde te stellen tegen dinsdag 8 februari a.s., bij de aanvang der ver-gadering: wetsontwerp Wijziging van hoofdstuk XVI (Departement van Maatschappelijk Werk) der rijksbegroting voor het dienst-jaar 1964 (8204);', '1966-02-02'],
    ['Ik stel aan de Kamer voor, aan de orde te stellen tegen donderdag 15 februari 1973 bij de aanvang van de vergade-ring na het wetsontwerp Wijziging van de Bevoegdhedenwet (12 224) de wetsontwerpen: Naturalisatie van Barkmeijer, Corry Elize en 21 anderen (12 137);', '1973-02-13'],
    ['Ik stel voor, toe te voegen aan de agenda van na het kerstreces de Implementatie van richtlijn nr. 2009/81/EG.', '2011-12-15'],
    ['Ik stel voor, het debat over de Europese top te houden op woensdag 17 februari 2027.', '2027-02-10'],
  ])('no window: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('leaves a proposal in which the writer acts or delivers', () => {
    expect(find('Ik stel voor dat ik u voor 1 juli 2026 een brief stuur over de uitkomsten.', '2026-03-01')).toMatchObject({ kind: 'window', to: '2026-06-30' });
    expect(find('Ik stel voor de Kamer voor 1 juli 2026 over de uitkomsten te informeren.', '2026-03-01')).toMatchObject({ kind: 'window', to: '2026-06-30' });
  });

  // A minister proposing the government's own act, with neither the Chair, the Kamer nor its business named (mends 2c12158).
  it.each([
    ['Ik stel voor, de evaluatie voor de zomer van 2027 af te ronden.', '2027-07-08'],
    ['Ik stel voor de regeling voor 1 juli 2027 aan te passen.', '2027-06-30'],
  ])('keeps the term of "%s"', (text, to) => {
    expect(find(text, '2027-01-15')).toMatchObject({ kind: 'window', to });
  });
});
