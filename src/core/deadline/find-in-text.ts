import type { Calendar } from '../calendar.js';
import type { CivilDate } from '../civil-date.js';
import type { Resolution } from '../model.js';
import { monthNumber, simplify } from './normalize.js';
import { matchPhrase } from './resolve.js';

/** A deadline phrase found in running text: `phrase` is exactly `text.slice(index, index + phrase.length)`. */
export interface FoundPhrase {
  phrase: string;
  index: number;
  resolution: Resolution;
}

interface Token {
  start: number;
  end: number;
  word: string;
  /** True when only spaces or commas separate this token from the one before: a phrase may span that gap. */
  joined: boolean;
}

// Dots, slashes and hyphens inside a token keep "z.s.m.", "2026-03-01" and "2-3" whole.
const TOKEN = /[\p{L}\p{N}]+(?:[-./'’][\p{L}\p{N}]+)*/gu;
const JOINING_GAP = /^[\s,]*$/;

/** Words a deadline phrase ends on: without one of these, no phrase of the grammar is complete. */
const LAST_WORDS = new Set([
  'voorjaar', 'lente', 'zomer', 'najaar', 'herfst', 'winter',
  'zomerreces', 'kerstreces', 'herfstreces', 'voorjaarsreces', 'krokusreces', 'meireces', 'verkiezingsreces', 'kerst',
  'prinsjesdag', 'verantwoordingsdag', 'voorjaarsnota', 'najaarsnota', 'begrotingsbehandeling', 'begrotingsbehandelingen',
  'kwartaal', 'helft', 'jaar', 'jaren', 'termijn', 'mogelijk', 'binnenkort', 'doorlopend',
  'dag', 'dagen', 'week', 'weken', 'maand', 'maanden',
]);
const LAST_WORD_SHAPES = [/^\d{4}$/, /^\d{4}-\d{2}(?:-\d{2})?$/, /^\d{1,2}-\d{1,2}-\d{4}$/, /^\d{4}-[qh]\d$/, /^[qh][1-4]$/];

/** Words a deadline phrase may open with, besides the last words themselves ("zomer 2026"). */
const FIRST_WORDS = new Set([
  'uiterlijk', 'ten', 'voor', 'na', 'rond', 'rondom', 'omstreeks', 'bij', 'met', 'in', 'de', 'het', 'op', 'per', 'tijdens', 'gedurende',
  'begin', 'start', 'medio', 'midden', 'half', 'eind', 'einde', 'eerste', 'tweede', 'derde', 'vierde', 'laatste', '1e', '2e', '3e', '4e',
  'dit', 'deze', 'volgend', 'volgende', 'komend', 'komende', 'later', 'zo', 'korte', 'binnen', 'over', 'loop',
  'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'anderhalf',
]);

/** The longest phrase of the grammar has eight words ("uiterlijk voor het einde van het jaar ..."); a margin costs little. */
const MAX_WORDS = 9;

function isLastWord(word: string): boolean {
  return LAST_WORDS.has(word) || monthNumber(word) !== undefined || LAST_WORD_SHAPES.some((shape) => shape.test(word));
}

function isFirstWord(word: string): boolean {
  return FIRST_WORDS.has(word) || /^\d{1,2}$/.test(word) || isLastWord(word);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const joined = tokens.length > 0 && JOINING_GAP.test(text.slice(previousEnd, start));
    tokens.push({ start, end: start + match[0].length, word: simplify(match[0]), joined });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/**
 * Finds a deadline phrase inside running text, such as a Tweede Kamer record's
 * `Tekst` ("De Kamer wordt voor de zomer geïnformeerd over ..."), with the
 * same grammar as `due`. Only spans that end on a word no phrase can do
 * without (a month, a year, "zomer", "kwartaal", ...) and start within a few
 * words before it are tried, so the work grows with the text, not its square.
 *
 * Of the spans that resolve, a window that is not over before the anchor wins
 * (a promise is about the future: "op 12 maart 2024" in a text from June 2024
 * is the debate, not the deadline); then the longest, then the first.
 * Undefined when the text holds no phrase: a deadline is never invented.
 */
export function findDeadlineInText(text: string, anchor: CivilDate, calendar: Calendar): FoundPhrase | undefined {
  const tokens = tokenize(text);
  let best: { found: FoundPhrase; future: boolean } | undefined;
  for (let last = 0; last < tokens.length; last++) {
    if (!isLastWord(tokens[last]!.word)) continue;
    for (let first = last; first >= 0 && last - first < MAX_WORDS; first--) {
      const token = tokens[first]!;
      if (isFirstWord(token.word)) {
        const phrase = text.slice(token.start, tokens[last]!.end);
        const resolution = matchPhrase(phrase, anchor, calendar);
        if (resolution) {
          const future = resolution.to === null || resolution.to >= anchor;
          const found = { phrase, index: token.start, resolution };
          if (!best || isBetter(found, future, best.found, best.future)) best = { found, future };
        }
      }
      if (!token.joined) break;
    }
  }
  return best?.found;
}

function isBetter(found: FoundPhrase, future: boolean, other: FoundPhrase, otherFuture: boolean): boolean {
  if (future !== otherFuture) return future;
  if (found.phrase.length !== other.phrase.length) return found.phrase.length > other.phrase.length;
  return found.index < other.index;
}
