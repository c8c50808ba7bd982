import type { Command } from 'commander';
import { dateOption } from '../cli/date-option.js';
import { findDeadline } from '../core/deadline/find-in-text.js';
import { recessWithoutDatesIn, resolvePhrase } from '../core/deadline/resolve.js';
import type { Messages } from '../messages/index.js';
import { SCHEMA_VERSION } from '../render/commitment-json.js';
import { deadlineKindJson } from '../render/deadline-json.js';
import { ruleText } from '../render/describe-item.js';
import { foundDeadlineJson, renderFoundText } from '../render/explain-found.js';
import { renderExplainText } from '../render/explain-text.js';
import { UsageError } from '../cli/errors.js';
import { openCalendar } from './open-register.js';
import type { Runner } from '../cli/runner.js';
import { jsonText } from '../render/json-text.js';

export function explainCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.cli;
  program
    .command('explain')
    .description(m.help.explain)
    .argument('[phrase...]', m.help.phrase)
    .option('--text <sentence>', m.help.text)
    .option('--anchor <date>', m.help.anchor)
    .option('--json', m.help.jsonOne)
    .addHelpText('after', m.help.explainExamples)
    .action(
      runner.handle(async (ctx, options: { anchor?: string; json?: boolean; text?: string }, [words]) => {
        const phrase = (words as string[]).join(' ');
        // A blank sentence (`--text ""`, an empty shell variable) is no sentence: without this it printed an empty line.
        const text = options.text?.trim() === '' ? undefined : options.text;
        if (phrase === '' && options.text !== undefined && text === undefined) throw new UsageError(ctx.messages.cli.explainEmptyText);
        if ((phrase === '') === (text === undefined)) throw new UsageError(ctx.messages.cli.explainNeedsInput);
        const anchor = options.anchor === undefined ? ctx.asOf : dateOption(options.anchor, '--anchor', ctx.asOf, ctx.messages);
        const { calendar, context } = await openCalendar(ctx);
        if (text !== undefined) {
          // Without --anchor, today is not the day the promise was made: a window already over may still be its deadline.
          const found = findDeadline(text, anchor, calendar, { anchorIsPromiseDate: options.anchor !== undefined });
          if (options.json) {
            const deadline = found && foundDeadlineJson(found, context.messages);
            return { stdout: jsonText({ schemaVersion: SCHEMA_VERSION, text, anchor, deadline }, context.style.human), exitCode: 0 };
          }
          const withoutDates = found === null ? recessWithoutDatesIn(text, anchor, calendar) : undefined;
          return { stdout: renderFoundText(text, found, anchor, context.messages, context.style, withoutDates), exitCode: 0 };
        }
        const outcome = resolvePhrase(phrase, anchor, calendar);
        if (!outcome.ok && outcome.problem === 'out-of-range') return { stdout: '', stderr: context.messages.cli.phraseOutOfRange(phrase), exitCode: 1 };
        if (!outcome.ok && outcome.problem === 'recess-without-dates') {
          return { stdout: '', stderr: context.messages.cli.recessWithoutDates(phrase, outcome.recess, outcome.year), exitCode: 1 };
        }
        if (!outcome.ok) {
          return { stdout: '', stderr: context.messages.cli.unknownPhrase(phrase, outcome.suggestions), exitCode: 1 };
        }
        const resolution = outcome.resolution;
        if (options.json) {
          const json = {
            schemaVersion: SCHEMA_VERSION,
            phrase,
            anchor,
            ...deadlineKindJson(resolution),
            from: resolution.from,
            to: resolution.to,
            rule: ruleText(resolution, context.messages),
            ruleId: resolution.rule.id,
            inferred: resolution.inferred,
          };
          return { stdout: jsonText(json, context.style.human), exitCode: 0 };
        }
        return { stdout: renderExplainText({ ...resolution, phrase }, anchor, context.messages, context.style), exitCode: 0 };
      }),
    );
}
