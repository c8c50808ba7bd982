import type { Command } from 'commander';
import { isWebAddress } from '../core/web-address.js';
import { COMMITMENT_FIELDS } from '../core/validate/commitment.js';
import type { Messages } from '../messages/index.js';
import { standing, windowSummary } from '../render/describe-item.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { dateOption } from '../cli/date-option.js';
import { UsageError } from '../cli/errors.js';
import type { Runner } from '../cli/runner.js';
import { assessedAfter, changeRegister, changeResult, commitmentOrFail, commitmentPath } from './change-register.js';
import { editableText, windowOf } from '../register/register-change.js';
import { spellStatus } from '../write/status-spelling.js';
import { appendItem, readScalar, removeKey, scalarsInItems, setValue } from '../write/yaml-edit.js';
import { currentInstance } from '../core/assess.js';

interface DeliverOptions {
  on?: string;
  ref?: string;
  url?: string;
  partial?: boolean;
  dryRun?: boolean;
}

export function deliverCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.write.help;
  program
    .command('deliver')
    .description(m.deliver)
    .argument('<id>', messages.cli.help.id)
    .option('--on <date>', m.on)
    .option('--ref <text>', m.ref)
    .option('--url <url>', m.url)
    .option('--partial', m.partial)
    .option('--dry-run', m.dryRun)
    .addHelpText('after', m.deliverExamples)
    .action(
      runner.handle(async (ctx, options: DeliverOptions, [idArg]) => {
        const id = String(idArg);
        const on = options.on === undefined ? ctx.asOf : dateOption(options.on, '--on', ctx.asOf, ctx.messages);
        if (on > ctx.asOf) throw new UsageError(ctx.messages.write.deliveredInFuture(on, ctx.asOf));
        // A flag's mistake is the user's typing, not a problem in the register's files.
        if (options.url !== undefined && !isWebAddress(options.url)) throw new UsageError(ctx.messages.write.badUrl(options.url));
        const status = options.partial ? 'partial' : 'delivered';
        const change = await changeRegister(
          ctx,
          (state, context) => {
            const commitment = commitmentOrFail(state, id, context);
            const path = commitmentPath(id);
            let text = editableText(state, commitment.file);
            const series = windowOf(state, id);
            if (series?.kind === 'recurring') {
              if (options.partial) throw new UsageError(context.messages.write.partialInstance(id));
              // The instance a delivery is for: the oldest one not yet delivered, as the state reports it.
              const delivered = new Set((commitment.deliveries ?? []).map((delivery) => delivery.instance));
              const instance = currentInstance(series, delivered, state.calendar);
              if (!instance) throw new UsageError(context.messages.write.noInstance(id));
              text = appendItem(text, [...path, 'deliveries'], { instance: instance.n, on, ref: options.ref, url: options.url }, { order: COMMITMENT_FIELDS });
              return { edits: [{ path: commitment.file, text }], outcome: { commitment, instance: instance.n } };
            }
            const spelled = spellStatus(status, readScalar(text, [...path, 'status']), scalarsInItems(text, ['commitments'], 'status'));
            text = setValue(text, [...path, 'status'], spelled, { order: COMMITMENT_FIELDS });
            // The day is known now: a `date_unknown` an import wrote would contradict it.
            if (commitment.delivered?.dateUnknown) text = removeKey(text, [...path, 'delivered', 'date_unknown']);
            text = setValue(text, [...path, 'delivered'], { on, ref: options.ref, url: options.url }, { order: COMMITMENT_FIELDS });
            return { edits: [{ path: commitment.file, text }], outcome: { commitment, instance: undefined as number | undefined } };
          },
          { dryRun: Boolean(options.dryRun) },
        );
        const { messages: words, style } = change.context;
        const item = assessedAfter(change, id);
        const instance = change.outcome.instance;
        const w = words.write;
        const dryRun = Boolean(options.dryRun);
        const summary = [
          instance !== undefined
            ? (dryRun ? w.wouldDeliverInstance : w.deliveredInstance)(id, instance, on)
            : options.partial
              ? (dryRun ? w.wouldDeliverPartly : w.deliveredPartly)(id, on)
              : (dryRun ? w.wouldDeliver : w.delivered)(id, on),
        ];
        if (item) {
          const window = windowSummary(item, words, style);
          summary.push(`  ${standing(item, words, style)}${window ? ` — ${words.cli.field.due}: ${window}` : ''}`);
        }
        // A day before the promise was made passes as "on time", yet is most likely a typo: the register's own warning says so.
        const early = change.after.diagnostics.filter((d) => d.code === 'W_DELIVERED_BEFORE_MADE' && d.file === change.outcome.commitment.file && d.args.on === on);
        if (early.length > 0) ctx.notices.push(renderDiagnostics(early, change.after.texts, words, { color: false }));
        // Delivering again corrects the day, and keeps a ref or url not given anew: said, so that no earlier day goes unnoticed.
        const previous = change.outcome.commitment.delivered?.on;
        if (!dryRun && instance === undefined && previous !== undefined && previous !== on) {
          ctx.notices.push(w.replacedDelivery(id, previous, on, change.outcome.commitment.status === 'partial'));
        }
        return changeResult(change, summary, dryRun);
      }),
    );
}
