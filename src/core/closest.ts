import { compareText } from './text-order.js';

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Suggestions for a name that is not there: first the candidates that hold
 * it as a part (`wodc` → `wodc-onderzoek`), shortest first, then the nearest
 * by spelling. Case is ignored.
 */
export function suggestions(word: string, candidates: readonly string[], limit = 3): string[] {
  const needle = word.toLowerCase();
  // Two letters are a part of too many names to point at any.
  const holding = needle.length < 3 ? [] : candidates.filter((candidate) => candidate.toLowerCase().includes(needle));
  holding.sort((a, b) => a.length - b.length || compareText(a, b));
  return [...new Set([...holding.slice(0, limit), ...closest(word, candidates, limit)])].slice(0, limit);
}

/**
 * The candidates nearest to `word`, nearest first; only those close enough to
 * be a plausible typo or variant (distance at most `maxRatio` of the longer word).
 */
export function closest(word: string, candidates: readonly string[], limit = 3, maxRatio = 0.5): string[] {
  const needle = word.toLowerCase();
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(needle, candidate.toLowerCase()) }))
    .filter(({ candidate, distance }) => distance <= Math.max(2, Math.ceil(Math.max(needle.length, candidate.length) * maxRatio)))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
