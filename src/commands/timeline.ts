import type { Command } from 'commander';
import { dateOption } from '../cli/date-option.js';
import { select } from '../core/select.js';
import { sayUnmatched } from './unmatched-filters.js';
import { defaultRange, type Span } from '../core/timeline-scale.js';
import type { Messages } from '../messages/index.js';
import { CHARTED_STATES, OPEN_CHARTED_STATES, renderTimeline } from '../render/timeline.js';
import { UsageError } from '../cli/errors.js';
import { openAndAssess } from './open-register.js';
import { collect, glossed, parseStates } from '../cli/options.js';
import { splitList } from '../core/split-list.js';
import type { Runner } from '../cli/runner.js';

interface TimelineOptions {
  from?: string;
  to?: string;
  state?: string[];
  tag?: string[];
}

export function timelineCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.timeline.help;
  program
    .command('timeline')
    .description(m.description)
    .option('--from <date>', m.from)
    .option('--to <date>', m.to)
    .option('--state <states>', m.state(glossed(CHARTED_STATES, messages.cli.stateLabel)), collect)
    .option('--tag <tags>', m.tag, collect)
    .addHelpText('after', m.examples)
    .action(
      runner.handle(async (ctx, options: TimelineOptions) => {
        const cli = ctx.messages.cli;
        const from = options.from === undefined ? undefined : dateOption(options.from, '--from', ctx.asOf, ctx.messages);
        const to = options.to === undefined ? undefined : dateOption(options.to, '--to', ctx.asOf, ctx.messages);
        if (from !== undefined && to !== undefined && from > to) throw new UsageError(ctx.messages.timeline.badRange(from, to));
        const states = parseStates(options.state, '--state', ctx.messages);
        const unchartable = states.find((state) => !CHARTED_STATES.includes(state));
        if (unchartable) throw new UsageError(cli.badChoice('--state', unchartable, glossed(CHARTED_STATES, cli.stateLabel)));

        const { assessment, context } = await openAndAssess(ctx, 'summary');
        const filter = { states, tags: splitList(options.tag) };
        const items = select(assessment.items, filter, 'due');
        sayUnmatched(ctx, assessment.items, filter, context.messages);
        const spans: Span[] = items.flatMap((item) => (OPEN_CHARTED_STATES.includes(item.state) && item.window ? [item.window] : []));
        const given = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
        const range = defaultRange(spans, assessment.asOf, given);
        return { stdout: renderTimeline({ items, range, asOf: assessment.asOf }, context.messages, context.style), exitCode: 0 };
      }),
    );
}
