import type { Command } from 'commander';
import { parseCivilDate } from '../core/civil-date.js';
import { resolvePhrase } from '../core/deadline/resolve.js';
import type { Messages } from '../messages/index.js';
import { SCHEMA_VERSION } from '../render/commitment-json.js';
import { ruleText } from '../render/describe-item.js';
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
    .argument('<phrase...>', m.help.phrase)
    .option('--anchor <date>', m.help.anchor)
    .option('--json', m.help.jsonOne)
    .addHelpText('after', m.help.explainExamples)
    .action(
      runner.handle(async (ctx, options: { anchor?: string; json?: boolean }, [words]) => {
        const phrase = (words as string[]).join(' ');
        if (options.anchor !== undefined && !parseCivilDate(options.anchor)) {
          throw new UsageError(ctx.messages.cli.badDate('--anchor', options.anchor));
        }
        const anchor = options.anchor ?? ctx.asOf;
        const { calendar, context } = await openCalendar(ctx);
        const outcome = resolvePhrase(phrase, anchor, calendar);
        if (!outcome.ok) {
          return { stdout: '', stderr: context.messages.cli.unknownPhrase(phrase, outcome.suggestions), exitCode: 1 };
        }
        const resolution = outcome.resolution;
        if (options.json) {
          const json = {
            schemaVersion: SCHEMA_VERSION,
            phrase,
            anchor,
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
