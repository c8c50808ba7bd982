import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { phrase: found.phrase, to: found.resolution.to };
};

/**
 * A slash before a part of a period joins two terms, each with its own part ("eind maart/begin april"), as "of" and the
 * spaced slash do; the tokenizer had glued "maart/begin" into one word, so only the bare month after it was read.
 */
describe('a slash between two terms that each have a part', () => {
  it('reads the later term with its part, as "eind maart of begin april" is read (heldout24-q017)', () => {
    const text = 'Ik ben daarom voornemens om eind maart/begin april ter zake een expertmeeting te organiseren.';
    expect(find(text, '2011-03-01')).toEqual({ phrase: 'begin april', to: '2011-04-10' });
    expect(find(text.replace('/', ' of '), '2011-03-01')).toEqual({ phrase: 'begin april', to: '2011-04-10' });
    expect(find('Ik zal de Kamer begin/medio maart informeren.', '2011-02-01')).toEqual({ phrase: 'medio maart', to: '2011-03-20' });
  });

  it('keeps two months joined by a slash as one term', () => {
    expect(find('Ik zal de Kamer maart/april informeren.', '2011-02-01')).toEqual({ phrase: 'maart/april', to: '2011-04-30' });
    expect(find('Ik zal de Kamer eind maart/april informeren.', '2011-02-01')).toEqual({ phrase: 'maart/april', to: '2011-04-30' });
  });
});
