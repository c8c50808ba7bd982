import type { Command } from 'commander';
import { COMMITMENT_FIELDS } from '../core/validate/commitment.js';
import type { Messages } from '../messages/index.js';
import { terminalSafeLine } from '../render/terminal-safe.js';
import { UsageError } from '../cli/errors.js';
import type { Runner } from '../cli/runner.js';
import { changeRegister, changeResult, commitmentOrFail, commitmentPath } from './change-register.js';
import { editableText } from '../register/register-change.js';
import { appendItem } from '../write/yaml-edit.js';

export function noteCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.write.help;
  program
    .command('note')
    .description(m.note)
    .argument('<id>', messages.cli.help.id)
    .argument('<text...>', m.noteText)
    .option('--dry-run', m.dryRun)
    .addHelpText('after', m.noteExamples)
    .action(
      runner.handle(async (ctx, options: { dryRun?: boolean }, [idArg, words]) => {
        const id = String(idArg);
        const note = (words as string[]).join(' ').trim();
        if (note === '') throw new UsageError(ctx.messages.write.emptyNote);
        const on = ctx.asOf;
        const change = await changeRegister(
          ctx,
          (state, context) => {
            const commitment = commitmentOrFail(state, id, context);
            const text = appendItem(editableText(state, commitment.file), [...commitmentPath(id), 'history'], { on, note }, { order: COMMITMENT_FIELDS });
            return { edits: [{ path: commitment.file, text }], outcome: commitment };
          },
          { dryRun: Boolean(options.dryRun) },
        );
        const w = change.context.messages.write;
        return changeResult(change, [(options.dryRun ? w.wouldNote : w.noted)(id, on, terminalSafeLine(note))], Boolean(options.dryRun));
      }),
    );
}
