import { SOURCE_TYPES } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import { splitList } from '../core/split-list.js';
import type { AddInput } from './add-commitment.js';
import type { Prompter } from './prompter.js';

/** What the questions may check answers against, so a wrong answer is asked again rather than refused at the end. */
export interface PromptChecks {
  sources: ReadonlyArray<{ id: string; title: string }>;
  asOf: string;
  /** A suggested id for a title. */
  idFor(title: string): string;
  /** Undefined when the id is usable, else why not. */
  checkId(id: string): string | undefined;
  /** Undefined when the source date is usable, else why not. */
  checkSourceDate(date: string): string | undefined;
  /** The resolved window in words, or why the phrase is not understood (with the nearest forms). */
  checkDue(phrase: string, source: { id: string; date?: string }): { ok: true; shown: string } | { ok: false; problem: string };
}

/** Asks for a new commitment question by question, re-asking until each answer is usable. */
export async function promptCommitment(prompter: Prompter, checks: PromptChecks, messages: Messages): Promise<AddInput> {
  const m = messages.write.prompt;
  const askUntil = async (question: string, fallback: string | undefined, problem: (answer: string) => string | undefined): Promise<string> => {
    for (;;) {
      const answer = await prompter.ask(question, fallback);
      const why = problem(answer);
      if (why === undefined) return answer;
      prompter.tell(why);
    }
  };

  if (checks.sources.length > 0) {
    prompter.tell(m.sourcesHeading);
    checks.sources.forEach((source, index) => prompter.tell(`  ${index + 1}) ${source.id} — ${source.title}`));
  }
  const sourceAnswer = await askUntil(m.source, checks.sources.at(-1)?.id, (answer) => (answer === '' ? m.required : undefined));
  const byNumber = /^\d+$/.test(sourceAnswer) ? checks.sources[Number(sourceAnswer) - 1] : undefined;
  const source = byNumber?.id ?? sourceAnswer;
  const input: AddInput = { source, title: '', tags: [], to: [], dependsOn: [] };
  if (!checks.sources.some((known) => known.id === source)) {
    prompter.tell(m.newSource(source));
    input.sourceTitle = await askUntil(m.sourceTitle, undefined, (answer) => (answer === '' ? m.required : undefined));
    input.sourceDate = await askUntil(m.sourceDate, checks.asOf, (answer) => checks.checkSourceDate(answer));
    input.sourceType = await askUntil(m.sourceType(SOURCE_TYPES.join(', ')), 'overig', (answer) =>
      (SOURCE_TYPES as readonly string[]).includes(answer.toLowerCase()) ? undefined : m.choose(SOURCE_TYPES.join(', ')),
    );
  }
  input.title = await askUntil(m.title, undefined, (answer) => (answer === '' ? m.required : undefined));
  input.id = await askUntil(m.id, checks.idFor(input.title), (answer) => checks.checkId(answer));
  let shown: string | undefined;
  const due = await askUntil(m.due, undefined, (answer) => {
    if (answer === '') return undefined;
    const outcome = checks.checkDue(answer, { id: source, date: input.sourceDate });
    if (!outcome.ok) return outcome.problem;
    shown = outcome.shown;
    return undefined;
  });
  if (due !== '') {
    input.due = due;
    if (shown) prompter.tell(shown);
  }
  const quote = await prompter.ask(m.quote);
  if (quote !== '') input.quote = quote;
  input.tags = splitList(await prompter.ask(m.tags));
  input.to = splitList(await prompter.ask(m.to));
  return input;
}
