import type { DeadlineResolution } from '../core/model.js';
import { everyInWords, rangeInWords } from '../core/deadline/describe.js';
import type { Messages } from '../messages/index.js';
import { ruleText, showDate } from './describe-item.js';
import type { Style } from './style.js';
import { terminalSafeLine } from './terminal-safe.js';

/**
 * How one phrase resolved: the window and the rule in words (which says when
 * it rests on an inferred date). An event without a date shows no window at
 * all; a series shows how often it comes back and its first instance.
 */
export function renderExplainText(resolution: DeadlineResolution, anchor: string, messages: Messages, style: Style): string {
  const m = messages.cli;
  const { paint } = style;
  const date = (value: string | null) => (value === null ? m.openEnd : `${showDate(value, messages, style)}${style.human ? paint.dim(` (${value})`) : ''}`);
  const window: [string, string][] = [
    [m.field.from, date(resolution.from)],
    [m.field.until, date(resolution.to)],
  ];
  const rows: [string, string][] = [];
  if (resolution.kind === 'window') rows.push(...window);
  else if (resolution.kind === 'event') {
    rows.push([m.field.kind, m.deadlineKind.event], [m.field.event, terminalSafeLine(resolution.event)]);
    rows.push([m.field.eventDate, resolution.date === null ? m.eventDateUnknown : date(resolution.date)]);
    if (resolution.date !== null) rows.push(...window);
  } else {
    const every = everyInWords({ unit: resolution.recurrence.every.unit, count: resolution.recurrence.every.count }, messages.deadline) ?? '';
    const phase = resolution.recurrence.phase === null ? '' : ` ${terminalSafeLine(resolution.recurrence.phase)}`;
    rows.push([m.field.kind, m.deadlineKind.recurring], [m.field.every, `${every}${phase}`]);
    rows.push([m.field.firstInstance, style.human ? rangeInWords(resolution.from, resolution.to, messages.deadline) : `${resolution.from} – ${resolution.to}`]);
  }
  rows.push([m.field.rule, terminalSafeLine(ruleText(resolution, messages))], [m.field.anchor, date(anchor)]);
  const width = Math.max(...rows.map(([label]) => [...label].length));
  return `${[paint.bold(terminalSafeLine(resolution.phrase)), ...rows.map(([label, value]) => `  ${paint.dim(label.padEnd(width))}  ${value}`)].join('\n')}\n`;
}
