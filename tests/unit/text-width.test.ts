import { describe, expect, it } from 'vitest';
import { hangingLines, truncate, visibleWidth, wrapWords } from '../../src/render/text-width.js';

describe('truncate', () => {
  it('cuts between words when a word ends in the last third, else within the word', () => {
    expect(truncate('Kamer informeren over de resultaten', 20)).toBe('Kamer informeren…');
    expect(truncate('Sekswerkadvertentieplatforms aanpakken', 12)).toBe('Sekswerkadv…');
    expect(truncate('kort', 20)).toBe('kort');
  });

  it('counts code points, so accents stay whole', () => {
    expect(visibleWidth(truncate('één twee drie vier vijf zes', 14))).toBeLessThanOrEqual(14);
  });

  // Found in review (closing note 28): truncate counted a combining mark as a column, so a title whose accents are typed as
  // marks was cut short, and a cut right after a letter left its accent off.
  it('cuts accents typed as combining marks as it cuts the same accents written whole, never between a letter and its mark', () => {
    const decomposed = (text: string) => text.normalize('NFD');
    for (const [text, width] of [
      ['Kamer geïnformeerd over de resultaten', 20],
      ['Geïnformeerd vóór de zomer over de coördinatie', 20],
      ['één twee drie', 6],
      ['Coördinatie café', 6],
      ['Coördinatie café', 3],
    ] as const) {
      expect(truncate(decomposed(text), width)).toBe(decomposed(truncate(text, width)));
    }
    expect(truncate('abcde\u0301fgh', 6)).toBe('abcde\u0301…');
  });
});

describe('visibleWidth', () => {
  it('gives an accent typed as a combining mark and a zero-width space no column of their own', () => {
    expect(visibleWidth('vo\u0301o\u0301r 1 maart')).toBe(visibleWidth('vóór 1 maart'));
    expect(visibleWidth('zo\u200Bmer')).toBe(5);
  });

  it('counts code points and leaves colour codes out, with or without them in the text', () => {
    expect(visibleWidth('89 dagen te laat')).toBe(16);
    expect(visibleWidth('\u001b[31m89 dagen\u001b[39m')).toBe(8);
    expect(visibleWidth('\u009b31m89')).toBe(2);
    expect(visibleWidth('één 😀')).toBe(5);
    expect(visibleWidth('')).toBe(0);
  });
});

describe('wrapWords', () => {
  it('wraps between words and keeps a word longer than the width whole', () => {
    expect(wrapWords('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
    expect(wrapWords('zie https://example.org/een/lang/adres hier', 10)).toEqual(['zie', 'https://example.org/een/lang/adres', 'hier']);
  });
});

describe('hangingLines', () => {
  it('keeps parts on one line when they fit, two spaces apart', () => {
    expect(hangingLines('  id  ', ['89 dagen te laat', 'zomer 2026'], 80, 6)).toEqual(['  id  89 dagen te laat  zomer 2026']);
  });

  it('moves a part that does not fit under the first, and wraps it there', () => {
    expect(hangingLines('  id  ', ['89 dagen te laat', 'zomer 2026 (1 juni 2026 t/m 31 augustus 2026)'], 40, 6)).toEqual([
      '  id  89 dagen te laat',
      '      zomer 2026 (1 juni 2026 t/m 31',
      '      augustus 2026)',
    ]);
  });

  it('starts on the next line at the fallback column when the hanging column leaves too little room', () => {
    expect(hangingLines(`  ${'x'.repeat(30)}  `, ['wacht op plan-van-aanpak'], 40, 4)).toEqual([`  ${'x'.repeat(30)}`, '    wacht op plan-van-aanpak']);
  });
});
