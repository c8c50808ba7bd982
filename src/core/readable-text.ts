import { DUTCH_MONTH_ALTERNATION } from './dutch-months.js';

/**
 * A text as the finder and the extractor read it, with the way back to the text as given. Two things in real
 * documents hide words from every pattern while looking the same on screen: soft hyphens and zero-width spaces inside a
 * word ("zo\u00ADmer", HTML's hyphenation hints), and accents typed as a letter and a combining mark ("vo\u0301o\u0301r",
 * from macOS file names, some PDF text layers and copy-paste): a word pattern stops at the mark. So the invisible
 * characters are taken out and each letter with its marks is composed (Unicode NFC). A third comes from PDF text
 * layers: the space where a line broke is lost, and a term's words run together ("Voor heteinde van 2024", "in de
 * zomervan 2025", "voor eind februari2025"); the space is put back. Offsets found in the readable text are mapped back,
 * so that `raw.slice(start(a), end(b))` is what the readable text's `a`..`b` shows.
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

/** The nouns of a term that a lost space runs into the word before or after them. */
const TERM_NOUN = `einde|eind|begin|helft|kwartaal|voorjaar|zomer|najaar|herfst|winter|${DUTCH_MONTH_ALTERNATION}`;
const RECESS_OR_NOTE = 'zomerreces|kerstreces|voorjaarsreces|krokusreces|meireces|herfstreces|voorjaarsnota|najaarsnota';
/**
 * Two words of a term run together where a PDF's text layer lost the space of a line break; the match is the first
 * word, and the space goes after it: an article, a demonstrative or a preposition before a term's noun or "uiterlijk" ("heteinde",
 * "ditvoorjaar", "devoorjaarsnota", "omuiterlijk"), "eind", "begin" or "medio" before a month ("eindjuni"), a term's noun
 * before "van" ("zomervan"), a month before its year ("februari2025"), "mogelijk(e)" before "termijn". Only whole words
 * of these two parts: Dutch writes none of them as one word. "voor" and "na" are left out, because "voorzomer", "najaar"
 * and "nazomer" are words; a month and a year inside a file name or a web address ("/brief-juni2024/") are left alone.
 */
const RUN_TOGETHER = new RegExp(
  String.raw`(?<![\p{L}\d])(?:` +
    [
      String.raw`(het|de|dit|deze|een|om|in|op|vóór|tot|van|uiterlijk)(?=(?:${TERM_NOUN}|${RECESS_OR_NOTE}|uiterlijk)(?![\p{L}\d]))`,
      String.raw`(eind|begin|medio)(?=(?:${DUTCH_MONTH_ALTERNATION})(?![\p{L}\d]))`,
      String.raw`(${TERM_NOUN})(?=van(?![\p{L}\d]))`,
      String.raw`(?<![\/_-])(${DUTCH_MONTH_ALTERNATION})(?=\d{4}(?![\p{L}\d\/_-]))`,
      String.raw`(mogelijke?)(?=termijn(?![\p{L}\d]))`,
    ].join('|') +
    ')',
  'giu',
);
const ANY_RUN_TOGETHER = new RegExp(RUN_TOGETHER.source, 'iu');

/** A change of the text as given: `length` characters at `at` shown as `shown`; an inserted space has none. */
interface Change {
  at: number;
  length: number;
  shown: string;
}

function changes(raw: string, runTogether: boolean): Change[] {
  const hidden = [...raw.matchAll(HIDDEN)].map((match) => ({ at: match.index, length: match[0].length, shown: match[0].length === 1 ? '' : match[0].normalize('NFC') }));
  if (!runTogether) return hidden;
  const spaces = [...raw.matchAll(RUN_TOGETHER)].map((match) => ({ at: match.index + match[0].length, length: 0, shown: ' ' }));
  return [...hidden, ...spaces].sort((a, b) => a.at - b.at);
}

/**
 * `lostSpaces`: put back the spaces a PDF's text layer lost between a term's words, for the deadline finder, which reads
 * the term; a letter's sentences are drafted as written, the extractor reading it without them.
 */
export function readableText(raw: string, { lostSpaces = false }: { lostSpaces?: boolean } = {}): ReadableText {
  const runTogether = lostSpaces && ANY_RUN_TOGETHER.test(raw);
  // Nearly every text has none of them: it is read as it is, at no cost.
  if (!ANY_HIDDEN.test(raw) && !runTogether) return { text: raw, start: same, end: same };
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
  for (const { at, length, shown } of changes(raw, runTogether)) {
    keep(at);
    const end = at + length;
    for (let unit = 0; unit < shown.length; unit++) {
      starts.push(at + unit);
      ends.push(unit === shown.length - 1 ? end : at + unit + 1);
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
