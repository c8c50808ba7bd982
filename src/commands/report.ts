import type { Assessment } from '../core/assess.js';
import { countedOnce } from '../core/count-once.js';
import { GROUP_KEYS, groupCounts, type GroupKey } from '../core/group.js';
import type { Commitment } from '../core/model.js';
import { byParty, hasPartyFilter, type PartyFilter } from '../core/parties.js';
import type { Command } from 'commander';
import type { CivilDate } from '../core/civil-date.js';
import { dateOption } from '../cli/date-option.js';
import { digest, periodStart, type DigestOptions } from '../core/digest.js';
import type { State } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import type { Output } from '../render/chunks.js';
import { REPORT_FORMATS, type ReportFormat, type ReportView } from '../render/report-formats.js';
import { digestJsonChunks } from '../render/report-json.js';
import { UsageError } from '../cli/errors.js';
import { failOnCountsExitCode, failOnExitCode } from '../cli/fail-on.js';
import { jsonFields } from '../cli/json-fields.js';
import { valuesTypedBare } from '../cli/localized-command.js';
import { openAndAssess, openDigest, registerJson } from './open-register.js';
import { collect, parsePositiveInt, parseStates } from '../cli/options.js';
import type { Context } from '../cli/context.js';
import type { CommitmentDetail, Detail } from '../register/register-cache.js';
import type { Runner } from '../cli/runner.js';
import { capYoungGeneration } from '../register/young-generation.js';

/** A weekly digest unless told otherwise: the period a Monday-morning cron job covers. */
export const DEFAULT_PERIOD_DAYS = 7;

interface ReportOptions {
  since?: string;
  days?: string;
  horizon?: string;
  format?: string;
  failOn?: string[];
  json?: string | boolean;
  to?: string;
  by?: string;
  groupBy?: string;
}

export function reportCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.report.help;
  valuesTypedBare(program.command('report'), '--format', Object.keys(REPORT_FORMATS))
    .description(m.description)
    .option('--since <date>', m.since)
    .option('--days <n>', m.days)
    .option('--horizon <days>', m.horizon)
    .option('--format <format>', m.format)
    .option('--fail-on <states>', m.failOn, collect)
    .option('--json [fields]', m.json)
    .option('--to <text>', m.to)
    .option('--by <text>', m.by)
    .option('--group-by <key>', m.groupBy)
    .addHelpText('after', m.examples)
    .action(
      runner.handle(async (ctx, options: ReportOptions) => {
        const since = periodOf(ctx, options);
        const horizon = parsePositiveInt(options.horizon, '--horizon', ctx.messages);
        const fields = jsonFields(options.json, ctx.messages);
        const format = formatOf(ctx, options.format, fields !== undefined);
        const failOn = parseStates(options.failOn, '--fail-on', ctx.messages);
        const period: DigestOptions = { since, ...(horizon === undefined ? {} : { horizon }) };
        const party: PartyFilter = { to: options.to, by: options.by };
        const groupBy = groupKeyOf(ctx, options.groupBy);
        const rest = { period, fields, failOn, party, groupBy };
        // Addressees and ministries are details. JSON prints every field of a commitment, from its summary and the JSON the cache keeps of the rest, and only of those its digest lists; the other formats print from the summaries, which is faster on a large register.
        if (hasPartyFilter(party) || groupBy !== undefined) return report(ctx, 'full', REPORT_FORMATS[format], rest);
        if (format === 'json') return jsonReport(ctx, rest);
        return report(ctx, 'summary', REPORT_FORMATS[format], rest);
      }, { forMachines: true }),
    );
}

async function report<D extends Detail>(
  ctx: Context,
  detail: D,
  render: (view: ReportView<CommitmentDetail[D]>) => Output,
  { period, fields, failOn, party, groupBy }: { period: DigestOptions; fields: ReportView['fields']; failOn: readonly State[]; party: PartyFilter; groupBy?: GroupKey },
) {
  const opening = await openAndAssess(ctx, detail);
  const { context, opened } = opening;
  // The filters and groups read details, which the caller then asked for: the assessment holds whole commitments.
  const full = (): Assessment<Commitment> => opening.assessment as Assessment<Commitment>;
  const narrowed = hasPartyFilter(party) ? (byParty(full(), party) as Assessment<CommitmentDetail[D]>) : opening.assessment;
  const assessment = countedOnce(narrowed);
  const groups = groupBy === undefined ? undefined : { by: groupBy, counts: groupCounts((assessment as Assessment<Commitment>).items, groupBy) };
  const view = { digest: digest(assessment, period), messages: context.messages, style: context.style, register: registerJson(opened), ...(fields ? { fields } : {}), ...(groups ? { groups } : {}) };
  return { stdout: render(view), exitCode: failOnExitCode(assessment.items, failOn) };
}

/**
 * The young generation's cap while `report --format json` reads a cached
 * register, in MiB a semi-space (young-generation.ts; V8's own is 16). The
 * report held what its digest may list (50,000 of 100,000 generated
 * commitments) while it read on, and left to itself V8 grew the young
 * generation to its largest for these survivors: on these machines the
 * newly mapped memory cost more than the collections it saved. Since the
 * report keeps of those only where their lines are (`openDigest`), the cap
 * still saves at 100,000 (without it, 5 interleaved rounds at load 4: wall
 * clock 1.07×, CPU time 1.03×, peak 98 MiB instead of 76) and costs at
 * 300,000 (0.97× / 0.95× without it, the same peak). It is
 * looked at from the first summary line on: what finding the register grew
 * before (to 4 MiB a semi-space at 100,000) is kept, and growth stops
 * there; at 300,000 it has reached V8's largest by then (6,000 files
 * listed, the index and the summary header read). When 455d423 set it,
 * at 100,000 (flat, 11 interleaved rounds, load 10) CPU time 1.34×
 * warm `status` instead of 1.46×, peak 126 MiB instead of 149 (9 rounds
 * at load 6-9: 1.26× instead of 1.48×; at 1 MiB 1.31×, at 4 MiB 1.31×, at
 * 8 MiB 1.34×). Stopped at V8's first size instead (no growth at all), the
 * same at 100,000 but 7% more CPU time at 300,000.
 */
const JSON_REPORT_SEMI_SPACE_MIB = 2;

/**
 * `report --format json` of the whole register: read a commitment at a time
 * from the cache, keeping of each commitment the digest lists only where its
 * lines are (see `openDigest`).
 */
async function jsonReport(ctx: Context, { period, fields, failOn }: { period: DigestOptions; fields: ReportView['fields']; failOn: readonly State[] }) {
  capYoungGeneration(JSON_REPORT_SEMI_SPACE_MIB);
  const { digest: lists, summary, opened, context, close } = await openDigest(ctx, period);
  const chunks = digestJsonChunks(lists, context.messages, registerJson(opened), { ...(fields ? { fields } : {}), human: context.style.human });
  return { stdout: thenClosed(chunks, close), exitCode: failOnCountsExitCode(summary, failOn) };
}

/** The chunks, `close` called once they are written, or the writer stops. */
function* thenClosed(chunks: Iterable<string>, close: () => void): Generator<string> {
  try {
    yield* chunks;
  } finally {
    close();
  }
}

function groupKeyOf(ctx: Context, value: string | undefined): GroupKey | undefined {
  if (value === undefined) return undefined;
  const key = GROUP_KEYS.find((candidate) => candidate === value.toLowerCase());
  if (key === undefined) throw new UsageError(ctx.messages.cli.badChoice('--group-by', value, GROUP_KEYS.join(', ')));
  return key;
}

function periodOf(ctx: Context, options: ReportOptions): CivilDate {
  if (options.since !== undefined && options.days !== undefined) throw new UsageError(ctx.messages.report.sinceAndDays);
  if (options.since === undefined) {
    return periodStart(ctx.asOf, parsePositiveInt(options.days, '--days', ctx.messages) ?? DEFAULT_PERIOD_DAYS);
  }
  const since = dateOption(options.since, '--since', ctx.asOf, ctx.messages);
  if (since > ctx.asOf) throw new UsageError(ctx.messages.report.sinceAfterAsOf(since, ctx.asOf));
  return since;
}

function formatOf(ctx: Context, format: string | undefined, json: boolean): ReportFormat {
  const names = Object.keys(REPORT_FORMATS);
  const chosen = format?.toLowerCase();
  if (chosen !== undefined && !names.includes(chosen)) throw new UsageError(ctx.messages.cli.badChoice('--format', String(format), names.join(', ')));
  if (json && chosen !== undefined && chosen !== 'json') throw new UsageError(ctx.messages.report.jsonAndFormat(chosen));
  return json ? 'json' : ((chosen ?? 'text') as ReportFormat);
}
