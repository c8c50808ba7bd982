import type { Command } from 'commander';
import type { Messages } from '../messages/index.js';
import { SCHEMA_VERSION } from '../render/commitment-json.js';
import { diagnosticJson } from '../render/diagnostic-json.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { checkRegister } from './open-register.js';
import type { Runner } from '../cli/runner.js';
import { jsonText } from '../render/json-text.js';

export function checkCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.cli;
  program
    .command('check')
    .description(m.help.check)
    .option('--json', m.help.jsonCheck)
    .addHelpText('after', m.help.checkExamples)
    .action(
      runner.handle(async (ctx, options: { json?: boolean }) => {
        const { diagnostics, texts, context, register } = await checkRegister(ctx);
        const exitCode = diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
        if (options.json) {
          const json = { schemaVersion: SCHEMA_VERSION, register, ok: exitCode === 0, diagnostics: diagnostics.map((d) => diagnosticJson(d, context.messages)) };
          return { stdout: jsonText(json, context.style.human), exitCode };
        }
        // Problems are the result of `check`, so they go to stdout; a clean register prints nothing.
        return { stdout: diagnostics.length === 0 ? '' : renderDiagnostics(diagnostics, texts, context.messages, { color: context.style.paint.level > 0 }), exitCode };
      }),
    );
}
