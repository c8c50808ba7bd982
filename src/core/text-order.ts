/**
 * Orders two strings by their UTF-16 code units, not by locale: file paths,
 * ids and keys sort the same on every machine, in every language, and as the
 * cache and git list them.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
