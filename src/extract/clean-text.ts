import { readableText, type ReadableText } from '../core/readable-text.js';

/**
 * The letter's text as the rest of the pipeline reads it: no carriage
 * returns, no control characters, no word-processor footnote anchors
 * ("[footnoteRef:1]", whose notes Word exports apart, at the end). Each is
 * replaced by spaces of its own length, so offsets into this text are
 * offsets into the letter as read; only what `readableText` takes out or
 * composes (soft hyphens, zero-width spaces, letters with combining marks)
 * changes lengths, and its `start` and `end` give the offsets in the letter.
 */
export function cleanLetter(raw: string): ReadableText {
  return readableText(
    raw
      .replace(/^\uFEFF/, ' ')
      .replace(/\r(?=\n)/g, ' ')
      .replace(/\r/g, '\n')
      .replace(/\[footnoteRef:\d+\]/g, (marker) => ' '.repeat(marker.length))
      .replace(/[\u00A0\u2007\u202F]/g, ' ')
      .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, ' '),
  );
}

/** A sentence as one line: line breaks and runs of spaces inside it become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Footnote markers glued to the word or year before them ("in het voorjaar
 * van 20261.", "onderzoek3,") taken off, so a deadline phrase reads as
 * written. Lengths are kept (markers become spaces), so offsets still match.
 */
export function withoutFootnoteMarkers(text: string): string {
  return text
    .replace(/\b((?:19|20)\d{2})(\d{1,2})(?=[.,;:)]|\s|$)/g, (_, year: string, marker: string) => `${year}${' '.repeat(marker.length)}`)
    .replace(/(?<!\p{Ll})(\p{Ll}{3,})(\d{1,2})(?=[.,;:)]|\s|$)/gu, (_, word: string, marker: string) => `${word}${' '.repeat(marker.length)}`);
}
