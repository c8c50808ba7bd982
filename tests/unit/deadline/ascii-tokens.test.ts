import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../../src/core/deadline/find-in-text.js';

const texts = ['dev', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5', 'heldout-6', 'heldout-7'].flatMap((split) =>
  (JSON.parse(readFileSync(new URL(`../../fixtures/real-sentences/${split}.json`, import.meta.url), 'utf8')) as Array<{ text: string }>).map(({ text }) => text),
);

describe('the words of a text in ASCII, read from the text lowercased at once', () => {
  // A closing quotation mark after the final full stop is no word and closes nothing the stop did not: the same text read
  // the way a text outside ASCII is read, word by word with Unicode letters, must give the very same spans.
  const ascii = texts.filter((text) => /^[\x00-\x7f]*\.$/.test(text));

  it('covers enough real sentences to mean something', () => {
    expect(ascii.length).toBeGreaterThan(200);
  });

  it('give the spans the Unicode reading gives', () => {
    for (const text of ascii) expect(prepareText(text).spans, text).toEqual(prepareText(`${text} ’`).spans);
  });

  it('lowercase as each word alone would be ("Prinsjesdag 2026" ends a span as "prinsjesdag 2026" does)', () => {
    expect(prepareText('De Kamer ontvangt de brief voor Prinsjesdag 2026.').spans).toEqual(prepareText('De Kamer ontvangt de brief voor Prinsjesdag 2026. ’').spans);
    expect(prepareText('De Kamer ontvangt de brief voor Prinsjesdag 2026.').spans.length).toBeGreaterThan(0);
  });
});
