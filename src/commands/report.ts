import type { Command } from 'commander';
import { parseCivilDate, type CivilDate } from '../core/civil-date.js';
import { digest, periodStart, type DigestOptions } from '../core/digest.js';
import type { State } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import { REPORT_FORMATS, type ReportFormat, type ReportView } from '../render/report-formats.js';
import { UsageError } from '../cli/errors.js';
import { failOnExitCode } from '../cli/fail-on.js';
import { jsonFields } from '../cli/json-fields.js';
import { openAndAssess, registerJson } from './open-register.js';
import { collect, parsePositiveInt, parseStates } from '../cli/options.js';
import type { Context } from '../cli/context.js';
import type { CommitmentDetail, Detail } from '../register/register-cache.js';
import type { Runner } from '../cli/runner.js';

/** A weekly digest unless told otherwise: the period a Monday-morning cron job covers. */
export const DEFAULT_PERIOD_DAYS = 7;

interface ReportOptions {
  since?: string;
  days?: string;
  horizon?: string;
  format?: string;
  failOn?: string[];
  json?: string | boolean;
}

export function reportCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.report.help;
  program
    .command('report')
    .description(m.description)
    .option('--since <date>', m.since)
    .option('--days <n>', m.days)
    .option('--horizon <days>', m.horizon)
    .option('--format <format>', m.format)
    .option('--fail-on <states>', m.failOn, collect)
    .option('--json [fields]', m.json)
    .addHelpText('after', m.examples)
    .action(
      runner.handle(async (ctx, options: ReportOptions) => {
        const since = periodOf(ctx, options);
        const horizon = parsePositiveInt(options.horizon, '--horizon', ctx.messages);
        const fields = jsonFields(options.json, ctx.messages);
        const format = formatOf(ctx, options.format, fields !== undefined);
        const failOn = parseStates(options.failOn, '--fail-on', ctx.messages);
        const period: DigestOptions = { since, ...(horizon === undefined ? {} : { horizon }) };
        const rest = { period, fields, failOn };
        // JSON prints every field of a commitment; the other formats read only the summaries, which is faster on a large register.
        return format === 'json' ? report(ctx, 'full', REPORT_FORMATS.json, rest) : report(ctx, 'summary', REPORT_FORMATS[format], rest);
      }, { forMachines: true }),
    );
}

async function report<D extends Detail>(
  ctx: Context,
  detail: D,
  render: (view: ReportView<CommitmentDetail[D]>) => string,
  { period, fields, failOn }: { period: DigestOptions; fields: ReportView['fields']; failOn: readonly State[] },
) {
  const { assessment, context, opened } = await openAndAssess(ctx, detail);
  const stdout = render({ digest: digest(assessment, period), messages: context.messages, style: context.style, register: registerJson(opened), ...(fields ? { fields } : {}) });
  return { stdout, exitCode: failOnExitCode(assessment.items, failOn) };
}

function periodOf(ctx: Context, options: ReportOptions): CivilDate {
  if (options.since !== undefined && options.days !== undefined) throw new UsageError(ctx.messages.report.sinceAndDays);
  if (options.since === undefined) {
    return periodStart(ctx.asOf, parsePositiveInt(options.days, '--days', ctx.messages) ?? DEFAULT_PERIOD_DAYS);
  }
  if (!parseCivilDate(options.since)) throw new UsageError(ctx.messages.cli.badDate('--since', options.since));
  if (options.since > ctx.asOf) throw new UsageError(ctx.messages.report.sinceAfterAsOf(options.since, ctx.asOf));
  return options.since;
}

function formatOf(ctx: Context, format: string | undefined, json: boolean): ReportFormat {
  const names = Object.keys(REPORT_FORMATS);
  const chosen = format?.toLowerCase();
  if (chosen !== undefined && !names.includes(chosen)) throw new UsageError(ctx.messages.cli.badChoice('--format', String(format), names.join(', ')));
  if (json && chosen !== undefined && chosen !== 'json') throw new UsageError(ctx.messages.report.jsonAndFormat(chosen));
  return json ? 'json' : ((chosen ?? 'text') as ReportFormat);
}
