import type { Command } from 'commander';
import { isDateInRange } from '../core/civil-date.js';
import { select } from '../core/select.js';
import { defaultRange, type Span } from '../core/timeline-scale.js';
import type { Messages } from '../messages/index.js';
import { CHARTED_STATES, OPEN_CHARTED_STATES, renderTimeline } from '../render/timeline.js';
import { UsageError } from '../cli/errors.js';
import { openAndAssess } from './open-register.js';
import { collect, parseStates } from '../cli/options.js';
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
    .option('--state <states>', m.state, collect)
    .option('--tag <tags>', m.tag, collect)
    .addHelpText('after', m.examples)
    .action(
      runner.handle(async (ctx, options: TimelineOptions) => {
        const cli = ctx.messages.cli;
        for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) {
          if (value !== undefined && !isDateInRange(value)) throw new UsageError(cli.badDate(flag, value));
        }
        if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
          throw new UsageError(ctx.messages.timeline.badRange(options.from, options.to));
        }
        const states = parseStates(options.state, '--state', ctx.messages);
        const unchartable = states.find((state) => !CHARTED_STATES.includes(state));
        if (unchartable) throw new UsageError(cli.badChoice('--state', unchartable, CHARTED_STATES.join(', ')));

        const { assessment, context } = await openAndAssess(ctx, 'summary');
        const items = select(assessment.items, { states, tags: splitList(options.tag) }, 'due');
        const spans: Span[] = items.flatMap((item) => (OPEN_CHARTED_STATES.includes(item.state) && item.window ? [item.window] : []));
        const given = { ...(options.from === undefined ? {} : { from: options.from }), ...(options.to === undefined ? {} : { to: options.to }) };
        const range = defaultRange(spans, assessment.asOf, given);
        return { stdout: renderTimeline({ items, range, asOf: assessment.asOf }, context.messages, context.style), exitCode: 0 };
      }),
    );
}
