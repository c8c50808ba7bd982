import { stripVTControlCharacters } from 'node:util';
import { LINK_KINDS, type Commitment } from '../core/model.js';
import type { AssessedCommitment, Assessment } from '../core/assess.js';
import type { Messages } from '../messages/index.js';
import { dueOf, duePhrase, ruleText, showDate, standing } from './describe-item.js';
import type { Style } from './style.js';
import { terminalSafe, terminalSafeLine } from './terminal-safe.js';
import { hangingLines, visibleWidth, wrapWords } from './text-width.js';

/** Everything about one commitment, including how its deadline resolved and what it hangs on. */
export function renderShowText(item: AssessedCommitment<Commitment>, assessment: Assessment<Commitment>, messages: Messages, style: Style): string {
  const m = messages.cli;
  const { paint } = style;
  const c = item.commitment;
  const byId = new Map(assessment.items.map((other) => [other.commitment.id, other]));
  const fields: [string, string][] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') fields.push([label, value]);
  };
  // Another commitment with its state; one not in this register (a linked promise an import filtered out) by its id alone.
  const stateOf = (id: string) => {
    const other = byId.get(id);
    if (!other) return id;
    const undated = other.state === 'delivered' && other.commitment.delivered?.on === undefined;
    return `${id} (${m.stateLabel[other.state]}${undated ? `, ${m.deliveryDateUnknown}` : ''})`;
  };

  const label = m.stateLabel[item.state];
  const detail = standing(item, messages, style);
  const plainDetail = stripVTControlCharacters(detail);
  // "geleverd (datum onbekend)" already says the state; "geleverd — geleverd (…)" would say it twice.
  add(m.field.state, visibleWidth(detail) === 0 ? label : plainDetail.toLowerCase().startsWith(label.toLowerCase()) ? detail : `${label} — ${detail}`);
  add(m.field.status, m.statusLabel[c.status]);
  const source = item.source;
  if (source) {
    const when = source.date.precision === 'day' ? showDate(source.date.anchor, messages, style) : source.date.text;
    add(m.field.source, `${source.id} (${when}) ${terminalSafeLine(source.title)}`);
    add(m.field.by, source.by && terminalSafeLine(source.by));
    add(m.field.url, source.url && terminalSafeLine(source.url));
  }
  add(m.field.question, c.question === undefined ? undefined : String(c.question));
  add(m.field.made, c.made && showDate(c.made, messages, style));
  if (c.imported) {
    const origin = [c.imported.from, c.imported.nummer, c.imported.ministerie].filter((part): part is string => Boolean(part)).join(' · ');
    const notes = [
      c.imported.status && m.importedStatus(c.imported.status),
      c.imported.dueFrom === 'text' && m.dueFromText,
      c.imported.removed && m.importedRemoved,
    ].filter((part): part is string => Boolean(part));
    add(m.field.imported, terminalSafeLine([origin, ...notes].join('; ')));
    for (const kind of LINK_KINDS) {
      const ids = c.imported.links?.[kind];
      if (ids?.length) add(m.link[kind], terminalSafeLine(ids.map(stateOf).join(', ')));
    }
  }
  const due = dueOf(item);
  if (due) {
    add(m.field.due, terminalSafeLine(duePhrase(item, due, messages)));
    if (due.from !== null || due.to !== null) {
      add(m.field.window, m.range(due.from ? showDate(due.from, messages, style) : '…', due.to ? showDate(due.to, messages, style) : '…'));
    }
    add(m.field.rule, terminalSafeLine(ruleText(due, messages)));
  }
  if (item.event) {
    add(m.field.event, `${terminalSafeLine(item.event.event)} (${item.event.date === null ? m.eventDateUnknown : showDate(item.event.date, messages, style)})`);
  }
  if (c.delivered) {
    const on = c.delivered.on ? showDate(c.delivered.on, messages, style) : c.delivered.dateUnknown ? m.deliveryDateUnknown : undefined;
    const parts = [on, c.delivered.ref, c.delivered.url].filter((part): part is string => Boolean(part));
    add(m.field.delivered, terminalSafeLine(parts.join(' · ')));
  }
  add(m.field.dependsOn, c.dependsOn.map(stateOf).join(', '));
  if (item.waitingRoot) {
    // A chain longer than the links kept shows its start, an ellipsis and the commitment it ultimately waits on.
    const shown = item.waitingChain.map((link) => stateOf(link.id));
    const rest = item.waitingDepth > item.waitingChain.length ? ['…', stateOf(item.waitingRoot.id)] : [];
    add(m.field.waitingChain, [c.id, ...shown, ...rest].join(' → '));
  }
  const dependents = assessment.items.filter(
    (other) => other.commitment.dependsOn.includes(c.id) || (other.commitment.due?.kind === 'after' && other.commitment.due.after === c.id),
  );
  add(m.field.dependents, dependents.map((other) => stateOf(other.commitment.id)).join(', '));
  add(m.field.to, c.to.map(terminalSafeLine).join(', '));
  add(m.field.tags, c.tags.map(terminalSafeLine).join(', '));
  add(m.field.file, `${c.position.file}:${c.position.line}`);

  const labelWidth = Math.max(...fields.map(([label]) => [...label].length));
  // On a terminal a long value wraps between words under itself; piped, each field stays one line for grep.
  const field = (head: string, value: string) => (style.human ? hangingLines(head, [value], style.width, 4) : [`${head}${value}`]);
  const lines = [...field(`${c.id}  `, terminalSafeLine(c.title)).map((line) => paint.bold(line))];
  for (const [label, value] of fields) lines.push(...field(`  ${paint.dim(label.padEnd(labelWidth))}  `, value));
  const block = (label: string, text: string | undefined) => {
    if (!text) return;
    lines.push('', `  ${paint.dim(label)}`, ...wrapWords(terminalSafe(text), Math.max(40, style.width - 4)).map((line) => `    ${line}`));
  };
  block(m.field.quote, c.quote && `“${c.quote.trim()}”`);
  block(m.field.notes, c.notes);
  if (item.recurrence) {
    const deliveries = new Map((c.deliveries ?? []).map((delivery) => [delivery.instance, delivery]));
    const range = (from: string, to: string) => m.range(showDate(from, messages, style), showDate(to, messages, style));
    lines.push('', `  ${paint.dim(m.field.instances)}`);
    for (const instance of item.recurrence.instances) {
      const delivery = deliveries.get(instance.n);
      const said = delivery
        ? terminalSafeLine([m.deliveredOn(showDate(delivery.on, messages, style)), delivery.ref].filter(Boolean).join(' · '))
        : instance.n === item.recurrence.instance
          ? standing(item, messages, style)
          : '';
      lines.push(`    ${String(instance.n).padStart(2)}  ${range(instance.from, instance.to)}  ${said}`.trimEnd());
    }
  }
  if (c.history.length > 0) {
    lines.push('', `  ${paint.dim(m.field.history)}`, ...c.history.map((entry) => `    ${showDate(entry.on, messages, style)}  ${terminalSafeLine(entry.note)}`));
  }
  return `${lines.join('\n')}\n`;
}
