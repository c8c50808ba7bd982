import type { ReadAsOffices } from './named-officials.js';

/**
 * A word the print broke at the end of a line, as the OCR of a scanned page keeps it on one line ("De resulta-ten van
 * dit overleg", "Zo is het de be-doeling …", "dat de beant-woording zo spoedig mogelijk zal geschieden"): a hyphen
 * between two lower-case letters. A compound written with a hyphen ("politie-inzet", "doe-het-zelf") reads the same to
 * the cues joined; the office "minister-president" is named as written.
 */
const BROKEN = /(?<=\p{Ll})-(?=\p{Ll})(?!president\b)/gu;

/**
 * The sentence with the words the print broke read whole, for the cues and the deadline finder to read; `original`
 * gives an offset in it as an offset in the sentence as written.
 */
export function withBrokenWordsJoined(sentence: string): ReadAsOffices {
  const removed = [...sentence.matchAll(BROKEN)].map((match) => match.index);
  if (removed.length === 0) return { text: sentence, original: (index) => index };
  return {
    text: sentence.replace(BROKEN, ''),
    original(index) {
      // The j-th hyphen taken out stood at `at` as written, where the text read has `at - j`.
      let shift = 0;
      for (const [j, at] of removed.entries()) {
        if (index < at - j) break;
        shift = j + 1;
      }
      return index + shift;
    },
  };
}
