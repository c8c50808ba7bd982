import type { Draft, DraftCommitment } from './model.js';

/** A participle that calls a thing promised or announced before: "de eerder toegezegde brief", "De aangekondigde afbouw …". */
const PROMISED_THING = /\b(?:toegezegde|aangekondigde|beloofde)\b/gi;

/**
 * Whether the promise calls what it undertakes promised before: "Tevens zal ik u dan de eerder toegezegde brief
 * sturen", "De toegezegde informatie zal ik u uiterlijk … doen toekomen". Inside the term the participle names the
 * occasion, not the thing ("voor het aangekondigde Algemeen Overleg van 1 december").
 */
function namesItsThingAsPromised(text: string, commitment: DraftCommitment): boolean {
  const due = commitment.due?.kind === 'phrase' ? commitment.due : undefined;
  for (const match of text.slice(commitment.start, commitment.end).matchAll(PROMISED_THING)) {
    const at = commitment.start + match.index;
    if (!due || at < due.start || at >= due.end) return true;
  }
  return false;
}

/** A promise of a thing the letter calls promised before is that earlier promise, restated: `existing` (issue 11, "new or restating"). */
export function withEarlierPromisesNamed(text: string, draft: Draft): Draft {
  return {
    ...draft,
    commitments: draft.commitments.map((commitment) => (commitment.type === 'new' && namesItsThingAsPromised(text, commitment) ? { ...commitment, type: 'existing' } : commitment)),
  };
}
