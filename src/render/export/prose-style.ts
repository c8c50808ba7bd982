import { makeStyle } from '../style.js';

/**
 * The style for text that leaves the terminal (Markdown, calendar entries):
 * no colour codes, dates in words, nothing truncated, whatever stdout is.
 */
export const PROSE_STYLE = makeStyle(0, true, Number.MAX_SAFE_INTEGER);
