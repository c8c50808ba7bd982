import { describe, expect, it } from 'vitest';
import { Caseless } from '../../../src/core/deadline/caseless.js';

describe('a caseless pattern', () => {
  const patterns = [
    /\b(?:zal|zullen|will|shall)\b/iu,
    /\bniet\s+(?:mogelijk|haalbaar)\b|\blukt\s+(?:het\s+)?niet\b/iu,
    /\b(?:heb|hebben)\b[^.;:!?]*?\b(?:toegezegd|beloofd)\b[^.;:!?]*$/iu,
    /(?:^|\s)(?:vanaf|sinds|tot)\s*$/iu,
    /\b(?:geïnformeerd|kamer)\b/giu,
  ];
  const texts = [
    'Ik zal u voor de zomer informeren',
    'IK ZAL U VOOR DE ZOMER INFORMEREN',
    'Het is niet mogelijk de brief te sturen',
    'Het lukt niet 😀 voor 1 mei',
    'Ik heb 𝐀 toegezegd te sturen',
    'De Kamer wordt GEÏNFORMEERD vanaf',
    // The long s and the Kelvin sign fold to "s" and "k" only under the u flag.
    'Ik heb ſnel toegezegd',
    'Het luKt niet',
    'De Kamer is ſinds',
    'De Ka\u212Amer wordt geïnformeerd',
    'xſtuur',
  ];

  it('matches what the pattern as written matches, at the same places, on any text', () => {
    for (const pattern of patterns) {
      const caseless = new Caseless(pattern);
      for (const text of texts) {
        if (pattern.global) {
          expect([...text.matchAll(caseless.for(text))].map((match) => [match.index, match[0]])).toEqual([...text.matchAll(pattern)].map((match) => [match.index, match[0]]));
        } else {
          expect(caseless.test(text)).toBe(pattern.test(text));
          expect(caseless.exec(text)?.index).toBe(pattern.exec(text)?.index);
        }
      }
    }
  });

  it('reads a text with a long s or a Kelvin sign with the pattern as written', () => {
    const past = new Caseless(/\bsinds\b/iu);
    expect(past.test('ſinds')).toBe(true);
    expect(past.for('ſinds').flags).toBe('iu');
    expect(past.for('sinds').flags).toBe('i');
  });

  it('is refused for a pattern that needs the u flag or ignores no case', () => {
    expect(() => new Caseless(/\p{L}+/iu)).toThrow();
    expect(() => new Caseless(/a.b/iu)).toThrow();
    expect(() => new Caseless(/zal/u)).toThrow();
    expect(() => new Caseless(/zal/i)).toThrow();
    expect(new Caseless(/[.;:]\s/iu).test('. ')).toBe(true);
    // A build may write a letter outside ASCII as an escape of four digits.
    expect(new Caseless(new RegExp('\\bge\\u00efnformeerd\\b', 'iu')).test('Geïnformeerd')).toBe(true);
    expect(() => new Caseless(new RegExp('\\u{1F600}', 'iu'))).toThrow();
  });
});
