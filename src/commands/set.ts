import type { Command } from 'commander';
import type { CivilDate } from '../core/civil-date.js';
import { dateOption } from '../cli/date-option.js';
import { closest } from '../core/closest.js';
import type { DeadlineResolution } from '../core/model.js';
import { anchorOf } from '../core/resolve-deadlines.js';
import { eventWindow } from '../core/deadline/event.js';
import { COMMITMENT_FIELDS } from '../core/validate/commitment.js';
import { statusOf, STATUS_SPELLINGS } from '../core/validate/status-alias.js';
import type { Messages } from '../messages/index.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { renderExplainText } from '../render/explain-text.js';
import { terminalSafeLine } from '../render/terminal-safe.js';
import { UsageError } from '../cli/errors.js';
import { splitList } from '../core/split-list.js';
import type { Runner } from '../cli/runner.js';
import { resolveDueOrFail } from '../write/resolve-due.js';
import { assessedAfter, changeRegister, changeResult, commitmentOrFail, commitmentPath } from './change-register.js';
import { standing } from '../render/describe-item.js';
import { editableText, registerSources, windowOf } from '../register/register-change.js';
import { setValue, type YamlValue } from '../write/yaml-edit.js';

/** The fields `set` changes; the others have their own command (`deliver`, `note`) or are edited by hand. */
export const SETTABLE_FIELDS = ['status', 'due', 'title', 'tags', 'event-date'] as const;
type SettableField = (typeof SETTABLE_FIELDS)[number];

export function setCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.write.help;
  program
    .command('set')
    .description(m.set)
    .argument('<id>', messages.cli.help.id)
    .argument('<field>', m.field(SETTABLE_FIELDS.join(', ')))
    .argument('<value...>', m.value)
    .option('--dry-run', m.dryRun)
    .addHelpText('after', m.setExamples)
    .action(
      runner.handle(async (ctx, options: { dryRun?: boolean }, [idArg, fieldArg, valueWords]) => {
        const id = String(idArg);
        const field = fieldOrFail(String(fieldArg), ctx.messages);
        const raw = (valueWords as string[]).join(' ').trim();
        const value = valueOrFail(field, raw, ctx.asOf, ctx.messages);
        let resolution: DeadlineResolution | undefined;
        let anchor = '';
        const change = await changeRegister(
          ctx,
          (state, context) => {
            const commitment = commitmentOrFail(state, id, context);
            if (field === 'status' && statusOf(raw) === 'delivered' && commitment.delivered?.on === undefined) {
              throw new UsageError(context.messages.write.useDeliver(id));
            }
            if (field === 'event-date') {
              const found = windowOf(state, id);
              if (found?.kind !== 'event' || !commitment.due) throw new UsageError(context.messages.write.notEventBound(id));
              // A window that closed before the promise was made cannot be met, so it cannot be meant: a typo, refused before it is written.
              const made = anchorOf(commitment, registerSources(state).find((source) => source.id === commitment.sourceId)) ?? context.asOf;
              const window = eventWindow(found.relation, String(value), made, found.within);
              if (window.to !== null && window.to < made) throw new UsageError(context.messages.write.eventBeforeMade(id, String(value), made, window.to));
              // The event keeps the words it was written in; its date is added beside them.
              const written = commitment.due.kind === 'event' ? commitment.due : { event: found.phrase };
              const due: YamlValue = { event: written.event, date: String(value), ...(commitment.due.kind === 'event' && commitment.due.relation ? { relation: commitment.due.relation } : {}) };
              const text = setValue(editableText(state, commitment.file), [...commitmentPath(id), 'due'], due, { order: COMMITMENT_FIELDS });
              return { edits: [{ path: commitment.file, text: keptByImport(text, commitment.imported !== undefined, id) }], outcome: commitment };
            }
            if (field === 'due') {
              anchor = anchorOf(commitment, registerSources(state).find((source) => source.id === commitment.sourceId)) ?? context.asOf;
              resolution = resolveDueOrFail(raw, anchor, state, context.messages);
            }
            const text = setValue(editableText(state, commitment.file), [...commitmentPath(id), field], value, { order: COMMITMENT_FIELDS });
            return { edits: [{ path: commitment.file, text: field === 'due' ? keptByImport(text, commitment.imported !== undefined, id) : text }], outcome: commitment };
          },
          { dryRun: Boolean(options.dryRun) },
        );
        const { messages: words, style } = change.context;
        const shown = Array.isArray(value) ? value.join(', ') : String(value);
        const summary = [(options.dryRun ? words.write.wouldSet : words.write.set)(id, field, terminalSafeLine(shown))];
        if (resolution) summary.push(renderExplainText(resolution, anchor, words, style).trimEnd());
        const item = field === 'event-date' ? assessedAfter(change, id) : undefined;
        if (item) summary.push(`  ${standing(item, words, style)}`);
        // An event before the promise whose window still reaches past it (after the event, within a while) is written, with the register's own warning.
        const early = change.after.diagnostics.filter((d) => d.code === 'W_EVENT_BEFORE_MADE' && d.file === change.outcome.file && d.args.date === value);
        if (early.length > 0) ctx.notices.push(renderDiagnostics(early, change.after.texts, words, { color: false }));
        return changeResult(change, summary, Boolean(options.dryRun));
      }),
    );
}

/** A deadline corrected on an imported promise, or the date given to its event, is the user's from now on: the next import keeps it. */
function keptByImport(text: string, imported: boolean, id: string): string {
  return imported ? setValue(text, [...commitmentPath(id), 'imported', 'due_from'], 'local') : text;
}

function fieldOrFail(field: string, messages: Messages): SettableField {
  const found = SETTABLE_FIELDS.find((candidate) => candidate === field);
  if (found) return found;
  throw new UsageError(messages.write.badField(field, closest(field, SETTABLE_FIELDS, 1)[0], SETTABLE_FIELDS.join(', ')));
}

function valueOrFail(field: SettableField, raw: string, today: CivilDate, messages: Messages): YamlValue {
  if (field === 'tags') return splitList(raw);
  if (raw === '') throw new UsageError(messages.write.emptyValue(field));
  // The forms every date flag takes (30-11-2026, 30 november 2026, vandaag), written to the file as the one form it reads.
  if (field === 'event-date') return dateOption(raw, field, today, messages);
  if (field === 'status' && statusOf(raw) === undefined) {
    throw new UsageError(messages.write.badStatus(raw, closest(raw, STATUS_SPELLINGS, 1)[0], STATUS_SPELLINGS.join(', ')));
  }
  return field === 'status' ? raw.trim().toLowerCase() : raw;
}
