import { extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { addDays, addMonths, parseCivilDate, type CivilDate } from '../core/civil-date.js';
import { writeFileAtomic } from '../register/atomic-write.js';
import type { Messages } from '../messages/index.js';
import { batched, type Chunks } from '../render/chunks.js';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, EXTENSION_FORMATS, type ExportFormat } from '../render/export/formats.js';
import type { Context } from '../cli/context.js';
import { UsageError } from '../cli/errors.js';
import { valuesTypedBare } from '../cli/localized-command.js';
import { openAndAssess, registerJson } from './open-register.js';
import type { Runner } from '../cli/runner.js';

interface ExportOptions {
  format?: string;
  output?: string;
  horizon?: string;
}

export function exportCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.export.help;
  valuesTypedBare(program.command('export'), '--format', EXPORT_FORMAT_NAMES)
    .description(m.description)
    .option('--format <format>', m.format)
    .option('-o, --output <file>', m.output)
    .option('--horizon <span|date>', m.horizon)
    .addHelpText('after', m.examples)
    .action(
      runner.handle(async (ctx, options: ExportOptions) => {
        const format = formatOf(ctx, options);
        const seriesUntil = options.horizon === undefined ? undefined : horizonEnd(ctx, options.horizon);
        const { assessment, context, opened } = await openAndAssess(ctx, 'full', seriesUntil === undefined ? {} : { seriesUntil });
        const chunks = EXPORT_FORMATS[format](assessment, context.messages, registerJson(opened));
        if (options.output === undefined) return { stdout: chunks, exitCode: 0 };
        await writeOutput(context, options.output, chunks);
        return { stdout: '', exitCode: 0 };
      }, { forMachines: true }),
    );
}

/** `--format`, or else the extension of `-o`: `export -o toezeggingen.ics` needs no more. */
function formatOf(ctx: Context, options: ExportOptions): ExportFormat {
  const { format, output } = options;
  if (format !== undefined) {
    const lower = format.toLowerCase();
    if ((EXPORT_FORMAT_NAMES as readonly string[]).includes(lower)) return lower as ExportFormat;
    throw new UsageError(ctx.messages.cli.badChoice('--format', format, EXPORT_FORMAT_NAMES.join(', ')));
  }
  const fromExtension = output === undefined ? undefined : EXTENSION_FORMATS[extname(output).toLowerCase()];
  if (fromExtension) return fromExtension;
  throw new UsageError(ctx.messages.export.formatMissing(EXPORT_FORMAT_NAMES.join(', ')));
}

/** `--horizon`: a span from the assessment date (`2y`, `18m`, `26w`, `90d`) or the last day itself. */
function horizonEnd(ctx: Context, text: string): CivilDate {
  const span = /^\s*(\d{1,4})\s*([dwmy])\s*$/i.exec(text);
  if (span) {
    const count = Number(span[1]);
    const unit = span[2]!.toLowerCase();
    return unit === 'd' ? addDays(ctx.asOf, count) : unit === 'w' ? addDays(ctx.asOf, count * 7) : addMonths(ctx.asOf, unit === 'm' ? count : count * 12);
  }
  const day = text.trim();
  if (parseCivilDate(day) !== undefined && day >= ctx.asOf) return day;
  throw new UsageError(ctx.messages.export.badHorizon(text));
}

async function writeOutput(ctx: Context, file: string, chunks: Chunks): Promise<void> {
  try {
    await writeFileAtomic(resolve(ctx.io.cwd, file), batched(chunks));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new UsageError(ctx.messages.export.writeFailed(file, reason));
  }
}
