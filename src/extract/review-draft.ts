import type { PhraseOutcome } from '../core/deadline/resolve.js';
import type { Messages } from '../messages/index.js';
import type { Prompter } from '../write/prompter.js';
import { dueRefused } from '../write/resolve-due.js';
import type { Draft, DraftCommitment } from './model.js';

export interface ReviewChecks {
  /** What is wrong with a deadline phrase, or undefined when it reads. */
  checkDue(phrase: string): string | undefined;
}

/**
 * Goes through the drafted commitments one by one, like `git add -p`: each
 * is shown with its quote, deadline, cues and confidence, then kept, edited
 * (title, deadline) or skipped; stopping skips the rest. A commitment that
 * depended on a skipped one no longer does.
 */
export async function reviewDraft(draft: Draft, prompter: Prompter, checks: ReviewChecks, messages: Messages): Promise<Draft> {
  const m = messages.extract.review;
  const kept: DraftCommitment[] = [];
  let stopped = false;
  for (const [index, original] of draft.commitments.entries()) {
    if (stopped) break;
    let commitment = original;
    for (;;) {
      prompter.tell('');
      prompter.tell(m.heading(index + 1, draft.commitments.length, commitment.confidence));
      prompter.tell(`  ${commitment.title}`);
      prompter.tell(`  «${commitment.quote}»`);
      prompter.tell(`  ${m.due}: ${dueText(commitment, m) ?? m.noDue}`);
      const cues = commitment.cues.filter((cue) => cue.text !== '').map((cue) => `"${cue.text}"`);
      if (cues.length > 0) prompter.tell(`  ${m.cues}: ${cues.join(', ')}`);
      const answer = (await prompter.ask(m.question)).toLowerCase().slice(0, 1);
      if (answer === m.keys.accept) {
        kept.push(commitment);
        break;
      }
      if (answer === m.keys.skip) break;
      if (answer === m.keys.quit) {
        stopped = true;
        break;
      }
      if (answer === m.keys.edit) {
        const title = (await prompter.ask(m.editTitle, commitment.title)).trim();
        if (title !== '') commitment = { ...commitment, title };
      } else if (answer === m.keys.due) {
        commitment = { ...commitment, due: await askDue(prompter, checks, messages, commitment) };
      } else {
        prompter.tell(m.help);
      }
    }
  }
  prompter.tell(m.kept(kept.length, draft.commitments.length));
  const ids = new Set(kept.map((commitment) => commitment.id));
  const commitments = kept.map((commitment) => ({
    ...commitment,
    dependsOn: commitment.dependsOn.filter((id) => ids.has(id)),
    due: commitment.due?.kind === 'after' && !ids.has(commitment.due.after) ? undefined : commitment.due,
  }));
  return { ...draft, commitments };
}

/**
 * Why a deadline typed in the review is refused, or undefined when it reads. A phrase the calendar cannot place (a
 * herfstreces in a year it does not list) or one outside the dates handled is known: said as such, as `explain` and
 * `add` say it, not called unknown.
 */
export function dueProblem(phrase: string, outcome: PhraseOutcome, messages: Messages): string | undefined {
  return outcome.ok ? undefined : dueRefused(phrase, outcome, messages.extract.review);
}

function dueText(commitment: DraftCommitment, m: Messages['extract']['review']): string | undefined {
  if (!commitment.due) return undefined;
  return commitment.due.kind === 'phrase' ? commitment.due.phrase : m.after(commitment.due.after);
}

async function askDue(prompter: Prompter, checks: ReviewChecks, messages: Messages, commitment: DraftCommitment): Promise<DraftCommitment['due']> {
  const m = messages.extract.review;
  for (;;) {
    const phrase = (await prompter.ask(m.editDue, commitment.due?.kind === 'phrase' ? commitment.due.phrase : undefined)).trim();
    if (phrase === '') return undefined;
    const problem = checks.checkDue(phrase);
    if (!problem) return { kind: 'phrase', phrase, start: -1, end: -1, event: false };
    prompter.tell(problem);
  }
}
