import type { Command } from 'commander';
import { suggestions } from '../core/closest.js';
import type { Messages } from '../messages/index.js';
import { commitmentJson, SCHEMA_VERSION } from '../render/commitment-json.js';
import { renderShowText } from '../render/show-text.js';
import { UsageError } from '../cli/errors.js';
import { openOneAndAssess, registerJson } from './open-register.js';
import type { Runner } from '../cli/runner.js';
import { jsonText } from '../render/json-text.js';

export function showCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.cli;
  program
    .command('show')
    .description(m.help.show)
    .argument('<id>', m.help.id)
    .option('--json', m.help.jsonOne)
    .addHelpText('after', m.help.showExamples)
    .action(
      runner.handle(async (ctx, options: { json?: boolean }, [id]) => {
        const { assessment, context, opened } = await openOneAndAssess(ctx, String(id));
        const item = assessment.items.find((candidate) => candidate.commitment.id === id);
        if (!item) {
          const ids = assessment.items.map((candidate) => candidate.commitment.id);
          throw new UsageError(context.messages.cli.unknownId(String(id), suggestions(String(id), ids).join(', ')));
        }
        if (options.json) {
          return { stdout: jsonText({ schemaVersion: SCHEMA_VERSION, asOf: assessment.asOf, register: registerJson(opened), commitment: commitmentJson(item, context.messages) }, context.style.human), exitCode: 0 };
        }
        return { stdout: renderShowText(item, assessment, context.messages, context.style), exitCode: 0 };
      }),
    );
}
