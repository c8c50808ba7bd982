import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/extract/draft.js';
import { calendar } from '../deadline/fixture.js';

/** A letter as HTML often gives it: soft hyphens where a word may break, a zero-width space before a footnote. */
const LETTER = [
  'Den Haag, 15 december 2025',
  '',
  'Geachte voorzitter,',
  '',
  'In deze brief informeer ik uw Kamer over de voort\u00ADgang van de uit\u00ADvoering.\u200B1 Het onderzoek loopt nog.',
  'Ik zal uw Kamer in het voorjaar van 2026 infor\u00ADmeren over de uitkomsten.',
  'Heeft de minister het rapport al ontvangen?',
  '',
].join('\n');

describe('offsets point into the letter as given, soft hyphens and zero-width spaces included', () => {
  // cleanLetter takes these characters out; the offsets made in the cleaned text were given as they were, one character short per character taken out before them.
  it('a commitment, its deadline and a skipped sentence', () => {
    const draft = draftFromText(LETTER, { calendar, fallbackDate: '2025-12-15' });
    const [commitment] = draft.commitments;
    expect(LETTER.slice(commitment!.start, commitment!.end)).toBe('Ik zal uw Kamer in het voorjaar van 2026 infor\u00ADmeren over de uitkomsten.');
    expect(commitment!.quote).toBe('Ik zal uw Kamer in het voorjaar van 2026 informeren over de uitkomsten.');
    const due = commitment!.due;
    expect(due?.kind === 'phrase' && LETTER.slice(due.start, due.end)).toBe('in het voorjaar van 2026');
    for (const skipped of draft.skipped) expect(LETTER.slice(skipped.start).replace(/[\u00AD\u200B]/g, '').startsWith(skipped.text.slice(0, 20))).toBe(true);
    expect(draft.skipped.length).toBeGreaterThan(0);
  });

  it('a span that a soft hyphen ends or starts right after keeps to its own characters', () => {
    const letter = 'Den Haag, 15 december 2025\n\nIk zal uw Kamer voor 1 maart 2026\u00AD informeren.\n';
    const due = draftFromText(letter, { calendar, fallbackDate: '2025-12-15' }).commitments[0]?.due;
    expect(due?.kind === 'phrase' && letter.slice(due.start, due.end)).toBe('voor 1 maart 2026');
  });

  it('a letter whose accents are typed as combining marks: the promise is read, its offsets point into the letter as given', () => {
    const letter = 'Den Haag, 15 december 2025\n\nIk zal uw Kamer vo\u0301o\u0301r 1 maart 2026 gei\u0308nformeerd houden over de uitvoering.\n';
    const [commitment] = draftFromText(letter, { calendar, fallbackDate: '2025-12-15' }).commitments;
    expect(commitment!.quote).toBe('Ik zal uw Kamer vóór 1 maart 2026 geïnformeerd houden over de uitvoering.');
    expect(letter.slice(commitment!.start, commitment!.end)).toBe('Ik zal uw Kamer vo\u0301o\u0301r 1 maart 2026 gei\u0308nformeerd houden over de uitvoering.');
    const due = commitment!.due;
    expect(due?.kind === 'phrase' && letter.slice(due.start, due.end)).toBe('vo\u0301o\u0301r 1 maart 2026');
  });
});
