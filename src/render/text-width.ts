import { stripVTControlCharacters } from 'node:util';

/**
 * Shortens text to `width` columns with an ellipsis; by columns (see
 * `columnsOf`), not UTF-16 units or code points, so accents stay whole, also
 * those typed as a letter and a combining mark. The cut falls between words
 * when one ends in the last third, so no word is left half.
 */
export function truncate(text: string, width: number): string {
  const chars = columnsOf(text);
  if (chars.length <= width || width < 2) return text;
  const kept = chars.slice(0, width - 1);
  const space = chars[width - 1] === ' ' ? kept.length : kept.lastIndexOf(' ');
  const cut = space >= (width * 2) / 3 ? kept.slice(0, space) : kept;
  return `${cut.join('').trimEnd()}…`;
}

/**
 * Greedy word wrap to `width` columns, colour codes not counted; the text's
 * own line breaks are kept. A word longer than the width (a URL) gets a line
 * of its own rather than being cut, so it can still be copied.
 */
export function wrapWords(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const out: string[] = [];
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && visibleWidth(line) + 1 + visibleWidth(word) > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
    return out;
  });
}

/** Below this many columns a hanging indent reads worse than starting the text on a line of its own. */
export const MIN_HANGING_COLUMNS = 24;

/**
 * `head` followed by `parts`, laid out within `width` columns: each part goes
 * on the current line, two spaces after the one before, when it fits there;
 * otherwise on a new line at the column where the first part began (a
 * hanging indent), word-wrapped to the width. When that column leaves too
 * little room, continuation lines start at `fallback` columns instead.
 */
export function hangingLines(head: string, parts: readonly string[], width: number, fallback: number): string[] {
  const column = visibleWidth(head);
  const indent = ' '.repeat(width - column >= MIN_HANGING_COLUMNS ? column : fallback);
  const lines: string[] = [];
  let line = head;
  let empty = true;
  for (const part of parts) {
    if (visibleWidth(part) === 0) continue;
    const joined = empty ? `${line}${part}` : `${line}  ${part}`;
    if (visibleWidth(joined) <= width) {
      line = joined;
      empty = false;
      continue;
    }
    if (!empty || visibleWidth(line) > indent.length) {
      lines.push(line.trimEnd());
      line = indent;
    }
    wrapWords(part, width - indent.length).forEach((piece, index) => {
      if (index > 0) {
        lines.push(line);
        line = indent;
      }
      line += piece;
    });
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines;
}
// eslint-disable-next-line no-control-regex
const ESCAPE_OR_SURROGATE = /[\u001b\u009b\ud800-\udfff]/;
// Drawn on the letter before them (an accent typed as a letter and a combining mark) or not at all.
const NO_COLUMN = /[\u200b\p{M}]/u;
const ONLY_NO_COLUMN = /^[\u200b\p{M}]$/u;

/**
 * The text cut where `visibleWidth` counts a column: each character with the
 * marks drawn on it (an accent typed as a combining mark stays with its letter).
 */
function columnsOf(text: string): string[] {
  if (!NO_COLUMN.test(text)) return [...text];
  const columns: string[] = [];
  for (const character of text) {
    if (columns.length > 0 && ONLY_NO_COLUMN.test(character)) columns[columns.length - 1] += character;
    else columns.push(character);
  }
  return columns;
}

/** Columns the text takes on screen, colour codes not counted. */
export function visibleWidth(text: string): number {
  // Most texts have no colour codes, marks or characters beyond one UTF-16 unit: then the width is the length, without a list of their characters.
  if (!ESCAPE_OR_SURROGATE.test(text) && !NO_COLUMN.test(text)) return text.length;
  let width = 0;
  for (const character of stripVTControlCharacters(text)) if (!ONLY_NO_COLUMN.test(character)) width++;
  return width;
}

/** Pads to `width` columns, ignoring colour codes. */
export function padVisible(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
}

/**
 * The largest `measure(item)`, at least `floor`. A loop rather than
 * `Math.max(...list)`: spreading a list of 100,000 or more into a call
 * overflows the stack.
 */
export function widest<T>(items: Iterable<T>, measure: (item: T) => number, floor = 0): number {
  let width = floor;
  for (const item of items) width = Math.max(width, measure(item));
  return width;
}
