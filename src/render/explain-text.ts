import type { Resolution } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import { ruleText, showDate } from './describe-item.js';
import type { Style } from './style.js';
import { terminalSafeLine } from './terminal-safe.js';

/** How one phrase resolved: the window and the rule in words (which says when it rests on an inferred date). */
export function renderExplainText(resolution: Resolution, anchor: string, messages: Messages, style: Style): string {
  const m = messages.cli;
  const { paint } = style;
  const date = (value: string | null) => (value === null ? m.openEnd : `${showDate(value, messages, style)}${style.human ? paint.dim(` (${value})`) : ''}`);
  const rows: [string, string][] = [
    [m.field.from, date(resolution.from)],
    [m.field.until, date(resolution.to)],
    [m.field.rule, terminalSafeLine(ruleText(resolution, messages))],
    [m.field.anchor, date(anchor)],
  ];
  const width = Math.max(...rows.map(([label]) => [...label].length));
  return `${[paint.bold(terminalSafeLine(resolution.phrase)), ...rows.map(([label, value]) => `  ${paint.dim(label.padEnd(width))}  ${value}`)].join('\n')}\n`;
}
