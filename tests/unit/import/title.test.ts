import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tkRecord } from '../../../bench/generate-tk-records.mjs';
import { titleFromText } from '../../../src/import/tk/title.js';
import { rawRecords } from './helpers.js';

/** The title as the rule says it in patterns: the text's whitespace runs made one space, up to the first `.`, `!` or `?` before a space and a capital or at the end, cut at a word past 140 characters. */
function byPatterns(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?= \p{Lu}|$)/u.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  if (sentence.length <= 140) return sentence;
  const cut = sentence.slice(0, 139);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 70 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Pieces at the edges of the rule: its stops, spaces of every kind, capitals in and out of the BMP, lone surrogates, lowercase. */
const PIECES = ['.', '!', '?', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', 'A', 'É', 'a', 'z.s.m.', 'nr. 12', '𝐀', '𝐚', '\ud835', '\udc00', 'Ω', 'ω', ',', ':', ';', '…', 'informeert de Kamer ', 'x'.repeat(70)];

describe('titleFromText', () => {
  it('gives what the rule in patterns gives, on every record text the tests and the benchmark know', () => {
    const texts = [...rawRecords('v1'), ...rawRecords('v2')].map((raw) => raw.Tekst).filter((text): text is string => typeof text === 'string');
    for (const split of ['dev', 'heldout-2', 'heldout-3']) {
      for (const row of JSON.parse(readFileSync(new URL(`../../fixtures/real-sentences/${split}.json`, import.meta.url), 'utf8')) as Array<{ text: string }>) texts.push(row.text);
    }
    for (let n = 0; n < 2000; n++) texts.push((tkRecord(n, { texts: 'distinct' }) as { Tekst: string }).Tekst);
    for (const text of texts) expect(titleFromText(text), text).toBe(byPatterns(text));
  });

  it('gives what the rule in patterns gives, on texts made of its edge cases', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(fc.property(text, (each) => titleFromText(each) === byPatterns(each)), { numRuns: 2000 });
  });
});
