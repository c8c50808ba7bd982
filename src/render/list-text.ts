import type { AssessedCommitment } from '../core/assess.js';
import type { Messages } from '../messages/index.js';
import { dueOf, showDate, standing } from './describe-item.js';
import type { Style } from './style.js';
import { terminalSafeLine } from './terminal-safe.js';
import { padVisible, truncate, visibleWidth, widest } from './text-width.js';

/**
 * On a terminal an aligned table with a header; piped, tab-separated values
 * without a header (id, state, from, to, days late, days left, title), so
 * `cut` and `awk` work on it.
 */
export function renderListText(items: readonly AssessedCommitment[], messages: Messages, style: Style): string {
  const m = messages.cli;
  if (!style.human) {
    return items
      .map((item) => {
        const due = dueOf(item);
        return [item.commitment.id, item.state, due?.from ?? '', due?.to ?? '', item.daysLate ?? '', item.daysLeft ?? '', terminalSafeLine(item.commitment.title)].join('\t');
      })
      .map((line) => `${line}\n`)
      .join('');
  }
  if (items.length === 0) return `${m.noMatches}\n`;
  const rows = items.map((item) => {
    const to = dueOf(item)?.to;
    return {
      id: item.commitment.id,
      state: m.stateLabel[item.state],
      to: to ? showDate(to, messages, style) : '—',
      standing: standing(item, messages, style),
      title: terminalSafeLine(item.commitment.title),
    };
  });
  const header = { id: m.column.id, state: m.column.state, to: m.column.due, standing: m.column.standing };
  const width = (key: keyof typeof header) => widest(rows, (row) => visibleWidth(row[key]), visibleWidth(header[key]));
  const widths = { id: width('id'), state: width('state'), to: width('to'), standing: width('standing') };
  const used = widths.id + widths.state + widths.to + widths.standing + 8;
  const row = (cells: Record<keyof typeof header, string>, title: string) =>
    [padVisible(cells.id, widths.id), padVisible(cells.state, widths.state), padVisible(cells.to, widths.to), padVisible(cells.standing, widths.standing), title].join('  ');
  const lines = [style.paint.bold(row(header, m.column.title))];
  for (const cells of rows) lines.push(row(cells, truncate(cells.title, Math.max(20, style.width - used))));
  return `${lines.join('\n')}\n`;
}
