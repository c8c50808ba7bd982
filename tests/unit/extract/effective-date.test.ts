import { describe, expect, it } from 'vitest';
import { findTermOfAPromise } from '../../../src/extract/find-due.js';
import { calendar } from '../deadline/fixture.js';
import { DATE, dueOf } from './due-of.js';

/**
 * The day from which the promised act takes effect ("per" or "met ingang van" a date), for a sentence judged a promise
 * with no other term. The class of held-out-24 (sgd-0000151574, "… zal per 1 januari 1983 gerealiseerd worden";
 * sgd-0000039522, "Thans streef ik naar invoering van een budgetfinancieringssysteem per 1 januari 1992"), held-out-20
 * (ah-tk-20242025-571, "Per 1 juli 2025 zal de aanwijzing … zijn afgerond") and held-out-22 (kst-25600-XV-49,
 * "Inwerkingtreding is voorzien met ingang van 1 januari 1999" of the ministers' own regulation); the sentences below
 * are other wordings.
 */
describe('the day the promised act takes effect', () => {
  it.each([
    ['De nieuwe subsidieregeling zal per 1 maart 2026 worden ingevoerd.', 'per 1 maart 2026'],
    ['Invoering van de nieuwe regeling is voorzien met ingang van 1 januari 2027.', 'met ingang van 1 januari 2027'],
    ['Ik streef naar invoering van het nieuwe bekostigingsmodel per 1 januari 2027.', 'per 1 januari 2027'],
  ])('%s', (sentence, due) => {
    expect(dueOf(sentence)).toEqual({ promise: true, due });
  });

  // The finder reads some of these in running text itself; here its fallback for a promise is asked alone.
  it('not the date of what the act is about, of a law entering into force, or a day gone by', () => {
    expect(findTermOfAPromise('Uw Kamer zal in een brief nader worden geïnformeerd over deze overgang per 1 juli 2026.', DATE, calendar)).toBeUndefined();
    expect(findTermOfAPromise('Ik zal de uitvoeringsorganisaties voorbereiden op de inwerkingtreding van de wet per 1 juli 2026.', DATE, calendar)).toBeUndefined();
    expect(findTermOfAPromise('De regeling zal per 1 december 2025 worden aangepast.', DATE, calendar)).toBeUndefined();
    expect(findTermOfAPromise('De regeling zal per 1 december 2026 worden aangepast.', DATE, calendar)?.phrase).toBe('per 1 december 2026');
  });

  it('a term the finder reads beats it', () => {
    expect(dueOf('Ik zal u voor de zomer van 2026 informeren over de invoering per 1 januari 2027.')).toEqual({ promise: true, due: 'voor de zomer van 2026' });
  });
});
