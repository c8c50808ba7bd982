import type { Commitment, Register, Source } from '../core/model.js';
import { anchorOf } from '../core/resolve-deadlines.js';
import type { Draft } from './model.js';

export type MatchReason = 'ref' | 'title' | 'quote';

/** An open commitment the letter may deliver, or postpone (an uitstelbrief). */
export interface Suggestion {
  id: string;
  action: 'deliver' | 'reschedule';
  /** The new deadline the letter gives, for `set ID due`. */
  phrase?: string;
  reasons: MatchReason[];
}

/** What an uitstelbrief says. */
const POSTPONED = /niet (?:op tijd|tijdig)\b[^.]{0,40}\b(?:nakomen|nagekomen|leveren|sturen|beantwoorden)|later dan (?:toegezegd|gepland|voorzien|verwacht|aangekondigd)|\buitstel\b|\bvertraging\b|niet binnen de (?:gestelde|toegezegde|gebruikelijke|afgesproken) termijn|meer tijd (?:nodig|in beslag)/i;

const SHARE_TITLE = 0.7;
const SHARE_QUOTE = 0.6;

const normalRef = (ref: string) => ref.toLowerCase().replace(/kamerstuk(?:ken)?|[\s,.]|nr/g, '');

/** Lower case with every run of white space one space, as the letter and a drafted quote are compared. */
const flat = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

function telling(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])];
}

function share(words: readonly string[], letter: string): number {
  return words.length === 0 ? 0 : words.filter((word) => letter.includes(word)).length / words.length;
}

/**
 * The register's open commitments this letter may be about: one whose source
 * the letter cites, or whose title (or quote) it nearly repeats. When the
 * letter says it postpones, the suggestion is a new deadline (the one the
 * letter gives for it, if any), otherwise a delivery. Suggestions only.
 */
export function suggestMatches(draft: Draft, text: string, register: Register): Suggestion[] {
  const letter = flat(text);
  const cited = new Set([...draft.source.cited, ...draft.source.refs].map(normalRef));
  const postponed = POSTPONED.test(letter);
  // A letter known to be written before a promise was made can neither deliver nor postpone it; an inferred date is only the earliest it may have been.
  const written = draft.source.dateOrigin === 'stated' || draft.source.dateOrigin === 'given' ? draft.source.date : undefined;
  const sources = new Map(register.sources.map((source) => [source.id, source]));
  const openQuotes = draft.commitments.filter((drafted) => drafted.status === 'open').map((drafted) => flat(drafted.quote));
  const suggestions: Suggestion[] = [];
  for (const commitment of register.commitments) {
    if ((commitment.status !== 'open' && commitment.status !== 'partial') || commitment.sourceId === draft.source.id) continue;
    const source = sources.get(commitment.sourceId);
    const made = anchorOf(commitment, source);
    if (written !== undefined && made !== undefined && written < made) continue;
    const reasons = reasonsFor(commitment, source, cited, letter);
    if (reasons.length === 0 || (!postponed && promisedStill(commitment, openQuotes))) continue;
    const phrase = postponed ? newDeadline(commitment, draft) : undefined;
    suggestions.push({ id: commitment.id, action: postponed ? 'reschedule' : 'deliver', phrase, reasons });
  }
  return suggestions;
}

function reasonsFor(commitment: Commitment, source: Source | undefined, cited: ReadonlySet<string>, letter: string): MatchReason[] {
  const reasons: MatchReason[] = [];
  if ([...(source?.refs ?? []), commitment.sourceId].some((ref) => cited.has(normalRef(ref)))) reasons.push('ref');
  const title = telling(commitment.title);
  if (title.length >= 3 && share(title, letter) >= SHARE_TITLE) reasons.push('title');
  const quote = telling(commitment.quote ?? '');
  if (quote.length >= 4 && share(quote, letter) >= SHARE_QUOTE) reasons.push('quote');
  return reasons;
}

/**
 * The letter makes the commitment again, still to be kept ("Ik zal uw Kamer voor de zomer informeren over de
 * resultaten …", in a progress letter): it restates the promise, it does not deliver it.
 */
function promisedStill(commitment: Commitment, openQuotes: readonly string[]): boolean {
  return openQuotes.some((quote) => reasonsFor(commitment, undefined, new Set(), quote).length > 0);
}

/** The deadline of the drafted promise most like the commitment. */
function newDeadline(commitment: Commitment, draft: Draft): string | undefined {
  const words = telling(`${commitment.title} ${commitment.quote ?? ''}`);
  let best: { phrase: string; score: number } | undefined;
  for (const drafted of draft.commitments) {
    if (drafted.due?.kind !== 'phrase') continue;
    const score = share(words, drafted.quote.toLowerCase());
    if (!best || score > best.score) best = { phrase: drafted.due.phrase, score };
  }
  return best?.phrase;
}
