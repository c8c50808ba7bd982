import { oneLine } from './clean-text.js';
import type { Draft } from './model.js';

/** The next sentence of the same paragraph: only space, at most one line break, between the two. */
const NEXT_IN_PARAGRAPH = /^[ \t]*\n?[ \t]*$/;

/**
 * A restated promise the letter goes on to keep ("Op 10 oktober heeft de
 * minister toegezegd een onderzoek … toe te zenden zodra zij dit ontvangt.
 * U ontvangt bij deze de rapportage …"): when the very next sentence of its
 * paragraph sends something with this letter, the promise is kept by the
 * letter itself and is no open commitment.
 */
export function withKeptByLetter(text: string, draft: Draft): Draft {
  const kept = new Set<string>();
  for (const commitment of draft.commitments) {
    if (commitment.type !== 'existing' || commitment.status !== 'open') continue;
    const next = draft.skipped.find((skipped) => skipped.start >= commitment.end);
    if (next?.why === 'this-letter' && NEXT_IN_PARAGRAPH.test(text.slice(commitment.end, next.start))) kept.add(commitment.id);
  }
  if (kept.size === 0) return draft;
  const skipped = [...draft.skipped];
  for (const commitment of draft.commitments) {
    if (kept.has(commitment.id)) skipped.push({ text: oneLine(text.slice(commitment.start, commitment.end)), start: commitment.start, why: 'this-letter', cues: commitment.cues });
  }
  return {
    ...draft,
    skipped: skipped.sort((a, b) => a.start - b.start),
    commitments: draft.commitments.filter((commitment) => !kept.has(commitment.id)).map((commitment) => ({ ...commitment, dependsOn: commitment.dependsOn.filter((id) => !kept.has(id)) })),
  };
}
