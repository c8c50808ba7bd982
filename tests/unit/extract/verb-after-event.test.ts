import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { calendar } from '../deadline/fixture.js';
import { DATE, dueOf } from './due-of.js';

/**
 * An infinitive that is a noun only after "het" ("het toezenden van de evaluatie", event.ts NOMINAL_INFINITIVES) is the
 * clause's verb where it closes the phrase after another word, as in held-out-17's "zo spoedig mogelijk na het afronden
 * van het bestuurlijk overleg toezenden"; the sentences below are other events and verbs.
 */
describe('the verb after an event', () => {
  it.each([
    ['Ik zal u de cijfers zo spoedig mogelijk na het afronden van de evaluatie van de regeling toezenden.', 'zo spoedig mogelijk na het afronden van de evaluatie van de regeling'],
    ['Ik zal het plan na afronding van de consultatie aanbieden.', 'na afronding van de consultatie'],
    ['Ik zal de brief voor het verschijnen van de meicirculaire versturen.', 'voor het verschijnen van de meicirculaire'],
  ])('is not part of the event: %s', (sentence, due) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due });
  });

  it('an infinitive right after "het" still names the event', () => {
    const read = resolvePhrase('na het toezenden van de evaluatieopdracht', DATE, calendar);
    expect(read.ok && read.resolution).toMatchObject({ kind: 'event', event: 'het toezenden van de evaluatieopdracht' });
  });

  it('a phrase closed by the verb names no event', () => {
    const read = resolvePhrase('na het afronden van het overleg toezenden', DATE, calendar);
    expect(read.ok && read.resolution.kind === 'event').toBe(false);
  });
});
