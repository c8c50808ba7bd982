import { oneLine } from './clean-text.js';
import type { Draft, DraftCommitment } from './model.js';
import { STILL_STANDING } from './promise-cues.js';
import { EXPECTED_TERM } from './term-nearby.js';
import { pointsBack } from '../core/deadline/event.js';
import { TOLD_BEFORE } from './earlier-promises.js';

/**
 * The letter says a term is not met: "niet binnen de gestelde termijn",
 * "deze termijn niet gehaald", "niet mogelijk … voor 1 maart 2012", "heb ik
 * een aantal dagen extra tijd nodig", "verwacht ons het rapport pas in
 * december te kunnen zenden".
 */
const TERM_MISSED = /\bniet\b[^.;]{0,60}\b(?:termijn|gehaald|haalbaar|mogelijk)\b|\btermijn\b[^.;]{0,40}\bniet\b|\b(?:extra|meer)\s+tijd\s+nodig\b|\bpas\s+(?:in|na|begin|eind|medio)\b/i;

/** A blank line: the next promise is more than a paragraph away. */
const PARAGRAPHS_APART = /\n\s*\n[^]*\n\s*\n/;

/** Words of a restated promise that say how it was made, not what it delivers. */
const NOT_A_DELIVERABLE = new Set([
  'toegezegd', 'toezegging', 'toezeggingen', 'aangegeven', 'aangekondigd', 'gemeld', 'bericht', 'hebben', 'daarin', 'daarna', 'kunnen', 'worden', 'zullen', 'indien',
  'informeren', 'sturen', 'toesturen', 'toezenden', 'zenden', 'kabinet', 'kamer', 'regering', 'minister', 'staatssecretaris',
]);

/**
 * A deliverable is named by a common noun, written in lower case; names of
 * offices and bodies ("de Staatssecretaris van Binnenlandse Zaken", "de
 * Huishoudelijke Commissie") are capitalised and shared by unrelated promises.
 */
function deliverables(quote: string): string[] {
  return (quote.match(/(?<!\p{L})\p{Ll}\p{L}{5,}/gu) ?? []).filter((word) => !NOT_A_DELIVERABLE.has(word));
}

/**
 * An uitstelbrief restates the promise it cannot keep ("We hebben daarin
 * toegezegd u in december 2011 een voortgangsbrief te sturen") before it
 * names the new term ("… de voortgangsbrief begin volgend jaar aan uw Kamer
 * te sturen"). A restated term the letter says is not met, with no new one,
 * leaves no promise; and a later promise of the letter with a term of its own that
 * names the same deliverable (also as a compound's head: "standpunt",
 * "kabinetstandpunt"), or in a letter that says the term is missed the
 * promise right after it, is that promise rescheduled: one existing
 * commitment.
 */
export function rescheduled(text: string, draft: Draft): Draft {
  const termMissed = TERM_MISSED.test(text.replace(/\s+/g, ' '));
  const commitments: DraftCommitment[] = [];
  const skipped = [...draft.skipped];
  const replaced = new Map<string, string>();
  const given = new Set<string>();
  draft.commitments.forEach((commitment, index) => {
    // A restated promise is one typed `existing` or one told as said before ("In de visienota is aangekondigd dat het kabinet met een beschouwing … zal komen"), which earlier-promises.ts types only after this step.
    // A restated promise given its term by a sentence that says when it is now expected is the rescheduled promise itself.
    // Earlier promises said to stand ("… blijven uiteraard staan") are kept as they were, not moved.
    if ((commitment.type !== 'existing' && !TOLD_BEFORE.test(commitment.quote)) || EXPECTED_TERM.test(commitment.quote) || STILL_STANDING.test(commitment.quote.toLowerCase())) {
      commitments.push(commitment);
      return;
    }
    const words = deliverables(commitment.quote);
    const next = draft.commitments[index + 1];
    const later =
      draft.commitments
        .slice(index + 1)
        .find((other) => other.due?.kind === 'phrase' && !pointsBack(other.due.phrase) && deliverables(other.quote).some((word) => words.some((own) => word === own || word.endsWith(own)))) ??
      // In a letter that says the term is missed, the promise right after the restated one, in its paragraph or the next, is its new term, whatever it calls the deliverable ("U zult deze informatie … ontvangen").
      (termMissed && next && next.type === 'new' && !PARAGRAPHS_APART.test(text.slice(commitment.end, next.start)) ? next : undefined);
    if (later) {
      replaced.set(commitment.id, later.id);
      skipped.push({ text: oneLine(text.slice(commitment.start, commitment.end)), start: commitment.start, why: 'repeat', cues: [...commitment.cues, { kind: 'repeat', text: later.id }] });
      return;
    }
    // A restated term the letter gives up without a new one leaves no promise ("is het niet mogelijk dat ik voor 1 maart 2012 … zend").
    if (termMissed && commitment.due?.kind === 'phrase') {
      skipped.push({ text: oneLine(text.slice(commitment.start, commitment.end)), start: commitment.start, why: 'negation', cues: commitment.cues });
      given.add(commitment.id);
      return;
    }
    commitments.push(commitment);
  });
  if (replaced.size === 0 && given.size === 0) return { ...draft, commitments };
  const rescheduledIds = new Set(replaced.values());
  return {
    ...draft,
    skipped: skipped.sort((a, b) => a.start - b.start),
    commitments: commitments.map((commitment) => ({
      ...commitment,
      type: rescheduledIds.has(commitment.id) ? 'existing' : commitment.type,
      dependsOn: [...new Set(commitment.dependsOn.map((id) => replaced.get(id) ?? id))].filter((id) => !given.has(id)),
    })),
  };
}
