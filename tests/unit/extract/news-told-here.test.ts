import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * This letter's frame of telling ("Hierbij deel ik u mede dat …", "Thans kan ik mededelen dat …", "bevestig ik u
 * hierbij dat …", "laat ik u weten dat …") is the letter's own act; the news it frames is judged as a clause of its
 * own. The class of held-out-19, -24 and -25 (kst-30804-F 2007, sgd-0000099681 1987, sgd-0000004707 1994); the
 * sentences below are other wordings.
 */
describe('the news a frame of telling introduces', () => {
  it.each([
    ['an intention', 'Hierbij deel ik u mede dat ik voornemens ben de regeling te herzien.', undefined],
    ['a delivery to the Kamer with a term', 'Graag bevestig ik u hierbij dat uw Kamer de evaluatie vóór 1 maart 2026 tegemoet kan zien.', 'vóór 1 maart 2026'],
    ['striving, impersonally', 'Thans kan ik mededelen dat er naar wordt gestreefd het rapport eind 2026 gereed te hebben.', 'eind 2026'],
    ['"kan … berichten"', 'Tevens kan ik u berichten dat ik voornemens ben een wetsvoorstel in te dienen.', undefined],
  ])('%s', (_, sentence, due) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due });
  });

  it.each([
    // a term given up without a new one (GUIDE §1)
    ['a delay without a new term', 'Hierbij deel ik u mede dat de beantwoording van de vragen zal worden vertraagd.'],
    // the news is the past, or another's
    ['the past', 'Hierbij deel ik u mede dat de ministerraad heeft ingestemd met het wetsvoorstel.'],
    ['a negation', 'Hierbij deel ik u mede dat het niet mogelijk is de vragen binnen de gestelde termijn te beantwoorden.'],
  ])('none: %s', (_, sentence) => {
    expect(dueOf(sentence).promise).toBe(false);
  });
});
