import { skipDrafted } from './skip-drafted.js';
import type { Draft } from './model.js';

/**
 * A sentence that says the term cannot be met because of what the paragraph
 * just said ("Dit maakt het niet mogelijk om u van een reactie te voorzien
 * binnen het voorgestelde moment", "Hierdoor is het niet haalbaar …",
 * "Daardoor lukt het niet …").
 */
const THEREFORE_LATE = /(?:^\s*|[.!?]\s+)(?:dit|dat|hierdoor|daardoor|daarom|om die reden|om deze reden)\b[^.;]{0,80}?\b(?:niet\s+(?:mogelijk|haalbaar|gelukt|lukken|lukt)|(?:extra|meer)\s+tijd)\b/i;
/** A blank line ends a paragraph. */
const BLANK_LINE = /\n[ \t]*\n/;

/**
 * An uitstelbrief's reason for the delay, told as what the writer wants to do
 * first ("Omdat ik recht wil doen aan het onderwerp, wil ik … het
 * adviesrapport zorgvuldig bestuderen. Daarbij hoort tevens
 * interdepartementale afstemming. Dit maakt het niet mogelijk om u van een
 * reactie te voorzien binnen het voorgestelde moment."): read as one
 * structure with the sentence of its paragraph that draws the delay from it,
 * it is why the term is missed, not a promise. An intention with a term of
 * its own, or one that brings the Kamer something, stays a promise; the new
 * term the letter gives is read as before.
 */
export function withReasonsForDelay(text: string, draft: Draft): Draft {
  const reasons = new Set<string>();
  for (const commitment of draft.commitments) {
    if (commitment.due || commitment.cues.some((cue) => cue.kind === 'deliver' || cue.kind === 'deadline')) continue;
    const rest = text.slice(commitment.end);
    const blank = BLANK_LINE.exec(rest);
    const paragraphRest = blank ? rest.slice(0, blank.index) : rest;
    const late = THEREFORE_LATE.exec(paragraphRest);
    if (!late) continue;
    // Only when nothing else is promised between the intention and the sentence that draws the delay from it.
    const lateAt = commitment.end + late.index;
    if (draft.commitments.some((other) => other.start >= commitment.end && other.start < lateAt)) continue;
    reasons.add(commitment.id);
  }
  return skipDrafted(text, draft, reasons, 'statement');
}
