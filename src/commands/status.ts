import { countedOnce } from '../core/count-once.js';
import { dashboardOf } from '../core/dashboard.js';
import type { RegisterConfig } from '../core/model.js';
import { byParty, hasPartyFilter, type PartyFilter } from '../core/parties.js';
import type { Command } from 'commander';
import type { Messages } from '../messages/index.js';
import { assessmentJsonChunks } from '../render/commitment-json.js';
import { statusChunks, statusRows, type StatusRow } from '../render/status-text.js';
import { failOnCountsExitCode, failOnExitCode } from '../cli/fail-on.js';
import { jsonFields } from '../cli/json-fields.js';
import { openAndAssess, openAssessedInTurn, openDashboard, registerJson } from './open-register.js';
import { parsePositiveInt, parseStates } from '../cli/options.js';
import type { Runner } from '../cli/runner.js';
import type { Context } from '../cli/context.js';

export const DEFAULT_HORIZON = 90;

interface StatusOptions {
  horizon?: string;
  failOn?: string[];
  json?: string | boolean;
  to?: string;
  by?: string;
}

export function statusCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.cli;
  program
    .command('status')
    .description(m.help.status)
    .option('--horizon <days>', m.help.horizon)
    .option('--fail-on <states>', m.help.failOn, (value: string, previous: string[] = []) => [...previous, value])
    .option('--json [fields]', m.help.json)
    .option('--to <text>', m.help.to)
    .option('--by <text>', m.help.by)
    .addHelpText('after', m.help.statusExamples)
    .action(
      runner.handle(async (ctx, options: StatusOptions) => {
        const failOn = parseStates(options.failOn, '--fail-on', ctx.messages);
        const fields = jsonFields(options.json, ctx.messages);
        const horizonFlag = parsePositiveInt(options.horizon, '--horizon', ctx.messages);
        const party: PartyFilter = { to: options.to, by: options.by };
        if (fields && hasPartyFilter(party)) {
          // Addressees and ministries are in the details: filtered by them, the register is read whole.
          const { context, opened, assessment } = await openAndAssess(ctx, 'full');
          const reported = countedOnce(byParty(assessment, party));
          const stdout = assessmentJsonChunks(reported, reported.items, fields, context.messages, registerJson(opened), context.style.human);
          return { stdout, exitCode: failOnExitCode(reported.items, failOn) };
        }
        if (fields) {
          // Each commitment is read, assessed and printed in its turn, from its summary and the JSON the cache keeps of the rest.
          const { assessment, opened, context } = await openAssessedInTurn(ctx);
          const stdout = assessmentJsonChunks(assessment, assessment.items, fields, context.messages, registerJson(opened), context.style.human);
          return { stdout, exitCode: failOnCountsExitCode(assessment.summary, failOn) };
        }
        const horizonOf = (config: RegisterConfig) => horizonFlag ?? config.horizon ?? DEFAULT_HORIZON;
        // The dashboard needs only each commitment's summary, and holds only those it lists: the cheapest read of a large
        // register. Addressees and ministries are in the details: filtered by them, the register is read whole.
        const shown = hasPartyFilter(party) ? await partyDashboard(ctx, party, horizonOf) : await openDashboard(ctx, horizonOf, rowsIn);
        const { dashboard, context } = shown;
        return { stdout: statusChunks(shown, context.messages, context.style), exitCode: failOnCountsExitCode(dashboard.summary, failOn) };
      }),
    );
}

/** What the dashboard keeps of each commitment it lists: its row, as printed in the register's language. */
const rowsIn = (context: Context) => statusRows(context.messages, context.style);

/** The dashboard of the commitments to or by the parties asked for, as `openDashboard` gives it for all. */
async function partyDashboard(ctx: Context, party: PartyFilter, horizonOf: (config: RegisterConfig) => number): ReturnType<typeof openDashboard<StatusRow>> {
  const { opened, context, assessment } = await openAndAssess(ctx, 'full');
  const horizon = horizonOf(opened.config);
  return { dashboard: dashboardOf(countedOnce(byParty(assessment, party)), horizon, rowsIn(context)), horizon, sourceCount: opened.register.sources.length, context };
}
