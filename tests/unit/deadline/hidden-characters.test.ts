import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { calendar } from './fixture.js';

interface Row {
  id: string;
  text: string;
  date: string;
}

const dev = JSON.parse(readFileSync(new URL('../../fixtures/real-sentences/dev.json', import.meta.url), 'utf8')) as Row[];

/** The text as a Mac file name, a PDF's text layer or an HTML page with hyphenation hints may give it. */
const decomposed = (text: string): string => text.normalize('NFD');
const hyphenated = (text: string): string => text.replace(/([aeiou])([bcdfghklmnprstvwz])(?=[aeiou])/g, '$1\u00AD$2');

describe('the finder reads through accents typed as combining marks and through soft hyphens', () => {
  it('reads "vóór" with its accents as marks as "voor", not as the day alone (it was 1 March, the phrase "1 maart 2026")', () => {
    const text = 'Ik zal u vo\u0301o\u0301r 1 maart 2026 informeren.';
    const found = findDeadline(text, '2026-01-05', calendar);
    expect(found?.resolution.to).toBe('2026-02-28');
    expect(found && text.slice(found.start, found.end)).toBe(found?.phrase);
    expect(found?.phrase).toBe('vo\u0301o\u0301r 1 maart 2026');
  });

  it('reads a word with a soft hyphen inside ("zo\u00ADmer" was no deadline)', () => {
    const text = 'Dit deelonderzoek wordt in de zo\u00ADmer van 2026 opgeleverd.';
    const found = findDeadline(text, '2026-01-05', calendar);
    expect([found?.resolution.from, found?.resolution.to]).toEqual(['2026-06-01', '2026-08-31']);
    expect(found?.phrase).toBe('in de zo\u00ADmer van 2026');
  });

  it.each([
    // found in review: a footnote marker in superscript glued to a year or a word made it another word
    ['Ik zal u in het voorjaar van 2027¹ informeren.', 'in het voorjaar van 2027', '2027-05-31'],
    ['Ik zal u voor het zomerreces² informeren.', 'voor het zomerreces', '2026-07-02'],
    ['Ik zal u uiterlijk 1 maart 2026.¹³ Daarna volgt meer.', 'uiterlijk 1 maart 2026', '2026-03-01'],
  ])('reads through a superscript footnote marker: "%s"', (text, phrase, to) => {
    const found = findDeadline(text, '2026-01-05', calendar);
    expect(found?.phrase).toBe(phrase);
    expect(found?.resolution.to).toBe(to);
    expect(found && text.slice(found.start, found.end)).toBe(phrase);
  });

  for (const [name, change] of [['decomposed', decomposed], ['hyphenated', hyphenated]] as const) {
    it(`gives every dev sentence, ${name}, the answer it gives the sentence as written, at offsets into the changed text`, () => {
      let changedRows = 0;
      for (const row of dev) {
        const changed = change(row.text);
        if (changed === row.text) continue;
        changedRows++;
        const plain = findDeadline(row.text, row.date, calendar);
        const found = findDeadline(changed, row.date, calendar);
        expect([row.id, found?.resolution.from, found?.resolution.to]).toEqual([row.id, plain?.resolution.from, plain?.resolution.to]);
        if (!found || !plain) continue;
        expect(changed.slice(found.start, found.end)).toBe(found.phrase);
        expect(found.phrase.normalize('NFC').replace(/\u00AD/g, '')).toBe(plain.phrase);
      }
      expect(changedRows).toBeGreaterThan(50);
    });
  }
});

describe('a phrase the finder took from running text resolves as a `due` phrase', () => {
  // `import tk` writes the phrase as found, soft hyphens and marks included; `check` and `status` resolve it again.
  it('with a soft hyphen inside a word, and with accents typed as combining marks (the first was an unknown phrase)', () => {
    const hyphenated = resolvePhrase('in de zo\u00ADmer van 2026', '2026-01-05', calendar);
    expect(hyphenated.ok && [hyphenated.resolution.from, hyphenated.resolution.to]).toEqual(['2026-06-01', '2026-08-31']);
    const decomposed = resolvePhrase('vo\u0301o\u0301r 1 maart 2026', '2026-01-05', calendar);
    expect(decomposed.ok && decomposed.resolution.to).toBe('2026-02-28');
  });

  it('as the finder gives it, for every dev sentence written with soft hyphens', () => {
    for (const row of dev) {
      const found = findDeadline(hyphenated(row.text), row.date, calendar);
      if (found === null || found.resolution.kind === 'event') continue;
      const outcome = resolvePhrase(found.phrase, row.date, calendar);
      expect([row.id, outcome.ok]).toEqual([row.id, true]);
    }
  });
});
