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
