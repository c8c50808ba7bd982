import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * A letter named as one already written (event-date.ts, A_LETTER_WRITTEN) is what a clause is about, not a delivery
 * that keeps the clause's term: this letter by a compound of its own, the Kamer's, or one told apart by its writer or
 * its date.
 */
describe('a letter already written is no delivery', () => {
  it.each([
    // heldout18-197: the chair proposes the day of a vote on a committee's letter (Handelingen II 2017/18, nr. 80)
    ['Ik stel voor woensdag 16 mei aanstaande ook te stemmen over een brief van de vaste commissie voor Europese Zaken (34941, nr. 2).', '2018-05-15'],
    // heldout17-099: a letter listed by its writer and date, which took effect on a day (kst-23645-350)
    ['de brief van de staatssecretaris van Verkeer en Waterstaat d.d. 2 december 2009 inzake beëindiging van «de strippenkaart» in de Rotterdamse bus, tram en Randstadrail ingediend per 11 februari 2010 (23 645, nr. 325);', '2010-01-21'],
    // heldout13-016: this letter, by its own compound, before a dated meeting (2020D25853)
    ['Met het oog op het algemeen overleg Materieel van 25 juni a.s. is de Kamer met deze B-brief op de hoogte van de laatste stand van zaken van dit project.', '2020-06-24'],
  ])('no window: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    ['Een brief van de staatssecretaris volgt na het zomerreces.', 'na het zomerreces'],
    ['Voor het zomerreces ontvangt u de brief van de minister over de evaluatie.', 'Voor het zomerreces'],
    ['In deze brief zeg ik toe voor 1 mei een evaluatie te laten uitvoeren.', 'voor 1 mei'],
    ['In uw brief van 17 februari jl. verzoekt de commissie de rapportage voor het zomerreces aan de Kamer te zenden.', 'voor het zomerreces'],
    ['Uiterlijk 1 juni komt er een Kamerbrief van de minister over de voortgang.', 'Uiterlijk 1 juni'],
  ])('a letter still to be sent keeps its term: "%s"', (text, phrase) => {
    expect(find(text, '2024-03-01')).toMatchObject({ kind: 'window', phrase });
  });
});
