import type { Caseless } from './caseless.js';

const CLAUSE_MARK = /[,;:!?]/u;

/** A clause that a word or frame opens before the phrase: its part before the phrase, and all of it. */
export interface OpenedClause {
  before: string;
  whole: string;
}

/**
 * The clause the last match of `opener` in `before` (the sentence up to the phrase) opens, running on through `ahead`
 * (the phrase and what follows it) to the next clause mark; null when nothing opens one. A forecast's "dat" clause and
 * an inquiry's indirect question are read this way: what the phrase belongs to is what that clause says.
 */
export function clauseOpenedBefore(before: string, ahead: string, opener: Caseless): OpenedClause | null {
  let opened = -1;
  for (const match of before.matchAll(opener.for(before))) opened = match.index + match[0].length;
  if (opened < 0) return null;
  const inside = before.slice(opened);
  const closes = ahead.search(CLAUSE_MARK);
  return { before: inside, whole: `${inside} ${closes < 0 ? ahead : ahead.slice(0, closes)}` };
}
