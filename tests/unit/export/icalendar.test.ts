import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, escapeTextList, foldLine, icsDate, icsLines } from '../../../src/render/export/icalendar.js';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');

/** Undoes folding as RFC 5545 §3.1 says: remove every CRLF followed by one space or tab. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('escapeText (RFC 5545 §3.3.11)', () => {
  it.each([
    ['a\\b', 'a\\\\b'],
    ['a;b', 'a\\;b'],
    ['a,b', 'a\\,b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['a\rb', 'a\\nb'],
    ['colon: stays', 'colon: stays'],
    ['tab\tstays', 'tab\tstays'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });

  it('drops control characters TEXT does not allow', () => {
    expect(escapeText('bell\u0007 esc\u001b[31m del\u007f')).toBe('bell esc[31m del');
  });

  it('escapes the backslash before adding its own', () => {
    expect(escapeText('\\n')).toBe('\\\\n');
  });

  it('keeps the separators of a list unescaped and escapes inside the items', () => {
    expect(escapeTextList(['a', 'b,c', 'd;e'])).toBe('a,b\\,c,d\\;e');
  });
});

describe('foldLine (RFC 5545 §3.1)', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds the 76th octet onto a continuation line starting with a space', () => {
    const line = `SUMMARY:${'x'.repeat(68)}`;
    expect(foldLine(line)).toBe(`SUMMARY:${'x'.repeat(67)}\r\n x`);
  });

  it('keeps every physical line within 75 octets, the leading space included, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(40)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((physical) => physical.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it.each([
    ['two-octet', 'é'],
    ['three-octet', '€'],
    ['four-octet', '🚀'],
  ])('never splits a %s character, whatever its offset', (_, char) => {
    for (let prefix = 0; prefix < 8; prefix += 1) {
      const line = `SUMMARY:${'x'.repeat(prefix)}${char.repeat(60)}`;
      const folded = foldLine(line);
      for (const physical of folded.split('\r\n')) {
        expect(octets(physical)).toBeLessThanOrEqual(75);
        // A split inside a character would leave a lone surrogate, which does not survive a trip through UTF-8 bytes.
        expect(Buffer.from(physical, 'utf8').toString('utf8')).toBe(physical);
      }
      expect(unfold(folded)).toBe(line);
    }
  });

  it('fills lines as far as a multi-byte character allows', () => {
    // 8 + 22 × 3 = 74 octets; the 23rd € would make 77, so it goes to the next line.
    const folded = foldLine(`SUMMARY:${'€'.repeat(23)}`);
    expect(folded.split('\r\n').map(octets)).toEqual([74, 4]);
  });
});

describe('content lines and documents', () => {
  it('writes parameters before the value', () => {
    expect(contentLine('DTSTART', icsDate('2026-06-30'), { VALUE: 'DATE' })).toBe('DTSTART;VALUE=DATE:20260630');
  });

  it('ends every line with CRLF and folds each one', () => {
    const text = [...icsLines(['BEGIN:VCALENDAR', `X-LONG:${'y'.repeat(80)}`, 'END:VCALENDAR'])].join('');
    expect(text).toBe(`BEGIN:VCALENDAR\r\nX-LONG:${'y'.repeat(68)}\r\n ${'y'.repeat(12)}\r\nEND:VCALENDAR\r\n`);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
