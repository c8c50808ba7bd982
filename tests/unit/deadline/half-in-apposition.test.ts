import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { phrase: found.phrase, to: found.resolution.to };
};

/**
 * "in augustus, in de tweede helft": a half named without its period, in apposition right after a month, divides that
 * month, as "in de tweede helft van augustus" does; read alone it had been taken for the year's second half.
 */
describe('a half in apposition after a month', () => {
  it('is the month\'s half (heldout24-322)', () => {
    const text = 'Straks zullen we in augustus, in de tweede helft, stilstaan bij de voorbereidingen voor de begroting van volgend jaar.';
    expect(find(text, '2008-06-01')).toEqual({ phrase: 'in augustus, in de tweede helft', to: '2008-08-31' });
    expect(find('Ik stuur de brief in augustus 2009, de eerste helft.', '2008-06-01')).toEqual({ phrase: 'in augustus 2009, de eerste helft', to: '2009-08-15' });
  });

  it('leaves a half said alone as the year\'s', () => {
    expect(find('Ik stuur de brief in de tweede helft.', '2008-06-01')).toEqual({ phrase: 'in de tweede helft', to: '2008-12-31' });
  });
});
