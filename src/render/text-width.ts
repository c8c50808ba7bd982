import { stripVTControlCharacters } from 'node:util';

/** Shortens text to `width` columns with an ellipsis; code points, not UTF-16 units, so accents stay whole. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width || width < 2) return text;
  return `${chars.slice(0, width - 1).join('')}…`;
}

/** Columns the text takes on screen, colour codes not counted. */
export function visibleWidth(text: string): number {
  return [...stripVTControlCharacters(text)].length;
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
