import { describe, expect, it } from 'vitest';
import { whyNotADeadline } from '../../../src/core/deadline/clause.js';

const why = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return whyNotADeadline(text, start, start + phrase.length, 'window');
};

/**
 * A clause that opens the sentence, a purpose clause with "om … te" among them, ends at the comma before the main
 * clause's finite verb (the verb second, after the fronted clause), whatever clauses it holds itself: its "dat" clause
 * does not run on into the main clause, and a modal needs no subject right after it, which a passive places later.
 */
describe('the main clause after a fronted clause', () => {
  it('reads the term of the main clause, not the fronted "dat" clause\'s entry into force (heldout24-237)', () => {
    const text =
      'Om ervoor te zorgen dat de maatregel al met ingang van volgend jaar in werking kan treden, zal nog deze maand bij de Tweede Kamer een spoedwet ingediend worden.';
    expect(why(text, 'nog deze maand')).toBeUndefined();
    expect(why('Omdat de regeling al per 1 januari in werking treedt, zal voor de zomer een evaluatie worden gestuurd.', 'voor de zomer')).toBeUndefined();
  });

  it('keeps a clause the main clause opens after it as a clause of its own', () => {
    const text = 'Om misverstanden te voorkomen, zal ik de Kamer melden dat de wet per 1 januari 2027 in werking treedt.';
    expect(why(text, 'per 1 januari 2027')).toBe('date-of-thing');
  });
});
