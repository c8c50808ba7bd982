/**
 * A text as the finder and the extractor read it, with the way back to the text as given. Two things in real
 * documents hide words from every pattern while looking the same on screen: soft hyphens and zero-width spaces inside a
 * word ("zo\u00ADmer", HTML's hyphenation hints), and accents typed as a letter and a combining mark ("vo\u0301o\u0301r",
 * from macOS file names, some PDF text layers and copy-paste): a word pattern stops at the mark. So the invisible
 * characters are taken out and each letter with its marks is composed (Unicode NFC); offsets found in the readable
 * text are mapped back, so that `raw.slice(start(a), end(b))` is what the readable text's `a`..`b` shows.
 */
export interface ReadableText {
  readonly text: string;
  /** Where a span starting at `at` in `text` starts in the text as given: at its first visible character. */
  start(at: number): number;
  /** Where a span ending at `at` in `text` ends in the text as given: invisible characters after its last one stay out. */
  end(at: number): number;
}

/** The superscript digits of a footnote's marker ("van 2026¹", "uitkomsten.²"), as the inside of a character class. */
export const SUPERSCRIPT_DIGITS = String.raw`¹²³\u2070\u2074-\u2079`;

// An invisible character inside a word, a footnote's marker in superscript digits ("van 2026¹", "zomerreces²": glued
// to the word, it made another word), or a character followed by its combining marks.
const HIDDEN = new RegExp(String.raw`[\u00AD\u200B${SUPERSCRIPT_DIGITS}]|\P{M}\p{M}+`, 'gu');
const ANY_HIDDEN = new RegExp(String.raw`[\u00AD\u200B${SUPERSCRIPT_DIGITS}\p{M}]`, 'u');

export function readableText(raw: string): ReadableText {
  // Nearly every text has neither: it is read as it is, at no cost.
  if (!ANY_HIDDEN.test(raw)) return { text: raw, start: same, end: same };
  let text = '';
  // For each code unit of `text`: where it starts in `raw`, and where it ends there.
  const starts: number[] = [];
  const ends: number[] = [];
  let copied = 0;
  const keep = (upTo: number): void => {
    for (let at = copied; at < upTo; at++) {
      starts.push(at);
      ends.push(at + 1);
    }
    text += raw.slice(copied, upTo);
  };
  for (const match of raw.matchAll(HIDDEN)) {
    keep(match.index);
    const end = match.index + match[0].length;
    const shown = match[0].length === 1 ? '' : match[0].normalize('NFC');
    for (let unit = 0; unit < shown.length; unit++) {
      starts.push(match.index + unit);
      ends.push(unit === shown.length - 1 ? end : match.index + unit + 1);
    }
    text += shown;
    copied = end;
  }
  keep(raw.length);
  return {
    text,
    start: (at) => (at < starts.length ? starts[at]! : raw.length),
    end: (at) => (at > 0 ? ends[at - 1]! : 0),
  };
}

function same(at: number): number {
  return at;
}
