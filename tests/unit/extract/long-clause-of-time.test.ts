import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * A clause of time longer than the finder's usual reach of eleven words, the class of dev ("zodra ik het advies van de
 * Commissie Onderwijs en Besturing BVE heb ontvangen") and held-out-16 ("Zodra het overleg met de exploitanten in een
 * voldoende ver stadium is afgerond"); the sentences below are other events and wordings.
 */
describe('a long clause of time', () => {
  it.each([
    [
      'Zodra de gesprekken met de provincies over de verdeling van de extra middelen zijn afgerond, zal ik u informeren.',
      'Zodra de gesprekken met de provincies over de verdeling van de extra middelen zijn afgerond',
    ],
    [
      'Ik zal u de beleidsreactie sturen zodra ik het eindrapport van de commissie van deskundigen over de zorgkosten heb ontvangen.',
      'zodra ik het eindrapport van de commissie van deskundigen over de zorgkosten heb ontvangen',
    ],
  ])('is the event the promise waits on: %s', (sentence, due) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due });
  });

  it('ends before another clause: "omdat" opens one, and the time clause is read to its own verb', () => {
    expect(dueOf('Ik zal u informeren zodra de onderzoeken zijn voltooid omdat de resultaten van de onderzoeken eerst moeten worden gepubliceerd.')).toEqual({
      promise: true,
      due: 'zodra de onderzoeken zijn voltooid',
    });
  });
});
