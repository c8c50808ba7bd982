import { oneLine } from './clean-text.js';
import type { Draft, SkipReason } from './model.js';

/**
 * The draft with the commitments of these ids moved to what was skipped, each with the reason, and taken out of every
 * other commitment's dependencies: what a pass does once it finds drafted sentences that are not promises after all.
 */
export function skipDrafted(text: string, draft: Draft, ids: ReadonlySet<string>, why: SkipReason): Draft {
  if (ids.size === 0) return draft;
  const skipped = [...draft.skipped];
  for (const commitment of draft.commitments) {
    if (ids.has(commitment.id)) skipped.push({ text: oneLine(text.slice(commitment.start, commitment.end)), start: commitment.start, why, cues: commitment.cues });
  }
  return {
    ...draft,
    skipped: skipped.sort((a, b) => a.start - b.start),
    commitments: draft.commitments.filter((commitment) => !ids.has(commitment.id)).map((commitment) => ({ ...commitment, dependsOn: commitment.dependsOn.filter((id) => !ids.has(id)) })),
  };
}
