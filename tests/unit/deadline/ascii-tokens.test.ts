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

  it('keep a word whole across a hyphen, full stop, slash or apostrophe only where a letter or digit follows it', () => {
    // Read a character at a time: each text also read the way a text outside ASCII is, by the pattern, must give the same spans.
    const joined = [
      'Ik stuur u z.s.m. en uiterlijk 2026-03-01 een brief over de a.s. evaluatie.',
      'De evaluatie volgt in Q1-2027/Q2-2027 of anders voor 1-2 juni 2027.',
      "Wij informeren u over het 's-Hertogenbosch-project voor het zomerreces 2026.",
      'Het rapport komt eind 2026- of uiterlijk begin 2027 naar de Kamer.',
      'Ik kom er in mei.. op terug, uiterlijk medio 2027, en zeker voor 12/3.',
      "De minister's brief volgt voor het zomerreces 2026 -- of in het najaar van 2026'.",
      'Na 2026./ volgt in de eerste helft van 2027 de reactie op het advies-.',
    ];
    for (const text of joined) {
      expect(prepareText(text).spans.length, text).toBeGreaterThan(0);
      expect(prepareText(text).spans, text).toEqual(prepareText(`${text} ’`).spans);
    }
  });

  it('lowercase as each word alone would be ("Prinsjesdag 2026" ends a span as "prinsjesdag 2026" does)', () => {
    expect(prepareText('De Kamer ontvangt de brief voor Prinsjesdag 2026.').spans).toEqual(prepareText('De Kamer ontvangt de brief voor Prinsjesdag 2026. ’').spans);
    expect(prepareText('De Kamer ontvangt de brief voor Prinsjesdag 2026.').spans.length).toBeGreaterThan(0);
  });
});
