import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { readSourceDateInput } from '../core/date-input.js';
import { resolvePhrase } from '../core/deadline/resolve.js';
import type { Messages } from '../messages/index.js';
import { standing } from '../render/describe-item.js';
import { renderExplainText } from '../render/explain-text.js';
import type { Context } from '../cli/context.js';
import { InterruptedError, UsageError } from '../cli/errors.js';
import { collect } from '../cli/options.js';
import { splitList } from '../core/split-list.js';
import type { Runner } from '../cli/runner.js';
import { planAdd, type AddInput } from '../write/add-commitment.js';
import { idFromTitle } from '../write/commitment-id.js';
import { dueRefused } from '../write/resolve-due.js';
import { assessedAfter, changeRegister, changeResult, readWritableState } from './change-register.js';
import { PromptAbortedError, readlinePrompter } from '../write/prompter.js';
import { promptCommitment, type PromptChecks } from '../write/prompt-commitment.js';
import type { RegisterState } from '../register/register-change.js';
import { schemaReference, SOURCE_SCHEMA } from '../write/schema-reference.js';

/** The flags as commander gives them: the fields of `AddInput`, with the lists as typed (repeated, or comma-separated). */
interface AddOptions extends Partial<Omit<AddInput, 'tags' | 'to' | 'dependsOn'>> {
  tag?: string[];
  to?: string[];
  dependsOn?: string[];
  dryRun?: boolean;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export function addCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.write.help;
  program
    .command('add')
    .description(m.add)
    .option('--source <id>', m.source)
    .option('--title <text>', m.title)
    .option('--id <id>', m.id)
    .option('--due <phrase>', m.due)
    .option('--after <id>', m.after)
    .option('--within <span>', m.within)
    .option('--quote <text>', m.quote)
    .option('--question <number>', m.question)
    .option('--status <status>', m.status)
    .option('--tag <tags>', m.tag, collect)
    .option('--to <names>', m.to, collect)
    .option('--depends-on <ids>', m.dependsOn, collect)
    .option('--source-title <text>', m.sourceTitle)
    .option('--source-date <date>', m.sourceDate)
    .option('--source-type <type>', m.sourceType)
    .option('--dry-run', m.dryRun)
    .addHelpText('after', m.addExamples)
    .action(
      runner.handle(async (ctx, options: AddOptions) => {
        const dryRun = Boolean(options.dryRun);
        const input = options.title === undefined ? await askOrFail(ctx, options) : inputFrom(options, options.title);
        const change = await changeRegister(
          ctx,
          (state, context) =>
            planAdd(state, context, input, {
              exists: (relative) => existsSync(path.join(state.root, relative)),
              schemaFor: (folder) => schemaReference(path.join(state.root, folder), state.root, SOURCE_SCHEMA),
            }),
          { dryRun },
        );
        const { outcome, context } = change;
        const words = context.messages;
        const w = words.write;
        const summary = [
          outcome.newSource
            ? (dryRun ? w.wouldAddWithSource : w.addedWithSource)(outcome.id, outcome.file, input.source ?? '')
            : (dryRun ? w.wouldAdd : w.added)(outcome.id, outcome.file),
        ];
        if (outcome.resolution) summary.push(renderExplainText(outcome.resolution, outcome.anchor, words, context.style).trimEnd());
        const item = assessedAfter(change, outcome.id);
        if (item) summary.push(`${words.cli.field.state}: ${standing(item, words, context.style)}`);
        return changeResult(change, summary, dryRun);
      }),
    );
}

function inputFrom({ dryRun: _, tag, to, dependsOn, ...fields }: AddOptions, title: string): AddInput {
  return { ...fields, title, tags: splitList(tag), to: splitList(to), dependsOn: splitList(dependsOn) };
}

/** Without `--title`: questions on a terminal, a usage error anywhere else (a script must say what it adds). */
async function askOrFail(ctx: Context, options: AddOptions): Promise<AddInput> {
  const flagsGiven = Object.entries(options).some(([key, value]) => key !== 'dryRun' && value !== undefined);
  if (flagsGiven || !process.stdin.isTTY) throw new UsageError(ctx.messages.write.titleRequired);
  const { state, context } = await readWritableState(ctx);
  const prompter = readlinePrompter(process.stdin, process.stderr);
  try {
    return await promptCommitment(prompter, promptChecks(state, context), context.messages);
  } catch (error) {
    if (error instanceof PromptAbortedError) {
      throw error.interrupted ? new InterruptedError(context.messages.write.prompt.aborted) : new UsageError(context.messages.write.prompt.aborted);
    }
    throw error;
  } finally {
    prompter.close();
  }
}

function promptChecks(state: RegisterState, context: Context): PromptChecks {
  const m = context.messages.write;
  const { sources, commitments } = state.validated.register;
  const taken = new Set(commitments.map((commitment) => commitment.id));
  return {
    sources: sources.map(({ id, title }) => ({ id, title })),
    asOf: context.asOf,
    idFor: (title) => idFromTitle(title, taken),
    checkId: (id) => (!ID_PATTERN.test(id) ? m.badId(id) : taken.has(id) ? m.idTaken(id) : undefined),
    checkSourceDate: (date) => (readSourceDateInput(date, context.asOf).ok ? undefined : m.prompt.badSourceDate(date)),
    checkDue: (phrase, source) => {
      const known = sources.find((candidate) => candidate.id === source.id);
      const typed = source.date === undefined ? undefined : readSourceDateInput(source.date, context.asOf);
      const anchor = known?.date.anchor ?? (typed?.ok ? typed.anchor : context.asOf);
      const outcome = resolvePhrase(phrase, anchor, state.calendar);
      if (!outcome.ok) return { ok: false, problem: dueRefused(phrase, outcome, context.messages.write) };
      return { ok: true, shown: renderExplainText({ ...outcome.resolution, phrase }, anchor, context.messages, context.style).trimEnd() };
    },
  };
}
