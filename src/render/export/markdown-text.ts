import { terminalSafe } from '../terminal-safe.js';

/**
 * Register text placed in Markdown must read as the words it is, never as
 * markup: a title with `*`, `_`, `[` or `<` must not turn bold, into a link
 * or into HTML. CommonMark lets any ASCII punctuation be escaped with a
 * backslash; these are the characters that start inline markup.
 */
const INLINE_MARKUP = /[\\`*_[\]<>|~&#!]/g;

/**
 * One line of running text, e.g. in a list item: markup escaped, line breaks
 * folded into spaces, control characters made visible (the text may well be
 * printed on a terminal).
 */
export function mdInline(text: string): string {
  return terminalSafe(text.replace(/\s*[\r\n]+\s*/g, ' ').trim()).replace(INLINE_MARKUP, (char) => `\\${char}`);
}

/** A table cell: like `mdInline` (so `|` cannot end the cell), with line breaks kept as `<br>`. */
export function mdCell(text: string): string {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => terminalSafe(line.trim()).replace(INLINE_MARKUP, (char) => `\\${char}`))
    .join('<br>');
}

/** A link to a web address; characters that would end the destination are percent-encoded. */
export function mdLink(text: string, url: string): string {
  // encodeURIComponent leaves parentheses alone, and those are what would end the destination.
  const destination = url.replace(/\s/g, encodeURIComponent).replace(/[()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${text}](${destination})`;
}
