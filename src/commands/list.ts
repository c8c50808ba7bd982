import type { Command } from 'commander';
import { byParty, hasPartyFilter, type PartyFilter } from '../core/parties.js';
import { select, SORT_KEYS, type SortKey } from '../core/select.js';
import { sayUnmatched } from './unmatched-filters.js';
import type { Messages } from '../messages/index.js';
import { assessmentJsonChunks } from '../render/commitment-json.js';
import { renderListText } from '../render/list-text.js';
import { UsageError } from '../cli/errors.js';
import { failOnExitCode } from '../cli/fail-on.js';
import { jsonFields } from '../cli/json-fields.js';
import { openAndAssess, registerJson } from './open-register.js';
import { collect, glossed, parseStates, parseStatuses } from '../cli/options.js';
import { STATES, STATUSES } from '../core/model.js';
import { splitList } from '../core/split-list.js';
import type { Runner } from '../cli/runner.js';

interface ListOptions {
  state?: string[];
  status?: string[];
  tag?: string[];
  source?: string[];
  to?: string;
  by?: string;
  sort: string;
  failOn?: string[];
  json?: string | boolean;
}

export function listCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.cli;
  program
    .command('list')
    .description(m.help.list)
    .option('--state <states>', m.help.state(glossed(STATES, m.stateLabel)), collect)
    .option('--status <statuses>', m.help.status_(glossed(STATUSES, m.statusLabel)), collect)
    .option('--tag <tags>', m.help.tag, collect)
    .option('--source <ids>', m.help.source, collect)
    .option('--to <text>', m.help.to)
    .option('--by <text>', m.help.by)
    .option('--sort <key>', m.help.sort(glossed(SORT_KEYS, m.help.sortLabel)), 'due')
    .option('--fail-on <states>', m.help.failOn, collect)
    .option('--json [fields]', m.help.json)
    .addHelpText('after', m.help.listExamples)
    .action(
      runner.handle(async (ctx, options: ListOptions) => {
        const filter = {
          states: parseStates(options.state, '--state', ctx.messages),
          statuses: parseStatuses(options.status, '--status', ctx.messages),
          tags: splitList(options.tag),
          sources: splitList(options.source),
        };
        const party: PartyFilter = { to: options.to, by: options.by };
        if (!(SORT_KEYS as readonly string[]).includes(options.sort)) {
          throw new UsageError(ctx.messages.cli.badChoice('--sort', options.sort, glossed(SORT_KEYS, ctx.messages.cli.help.sortLabel)));
        }
        const failOn = parseStates(options.failOn, '--fail-on', ctx.messages);
        const fields = jsonFields(options.json, ctx.messages);
        const sort = options.sort as SortKey;
        // Addressees, ministries and ministers are in the details, not the summaries.
        if (fields || hasPartyFilter(party)) {
          const { assessment, context, opened } = await openAndAssess(ctx, 'full');
          const items = select(byParty(assessment, party).items, filter, sort);
          sayUnmatched(ctx, assessment.items, filter, context.messages);
          const stdout = fields
            ? assessmentJsonChunks(assessment, items, fields, context.messages, registerJson(opened), context.style.human)
            : renderListText(items, context.messages, context.style);
          return { stdout, exitCode: failOnExitCode(items, failOn) };
        }
        // The table needs only each commitment's summary, the cheaper read on a large register.
        const { assessment, context } = await openAndAssess(ctx, 'summary');
        const items = select(assessment.items, filter, sort);
        sayUnmatched(ctx, assessment.items, filter, context.messages);
        return { stdout: renderListText(items, context.messages, context.style), exitCode: failOnExitCode(items, failOn) };
      }),
    );
}
