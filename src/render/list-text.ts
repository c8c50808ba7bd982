import type { AssessedCommitment } from '../core/assess.js';
import type { Messages } from '../messages/index.js';
import { dueOf, partialNote, showDate, standing } from './describe-item.js';
import type { Style } from './style.js';
import { terminalSafeLine } from './terminal-safe.js';
import { hangingLines, MIN_HANGING_COLUMNS, padVisible, truncate, visibleWidth, widest, wrapWords } from './text-width.js';

const GAP = '  ';
/** Fewer columns than this for the title, and it gets a line of its own. */
const MIN_TITLE = 20;
const TITLE_INDENT = 4;

/**
 * On a terminal an aligned table with a header, within the terminal's width;
 * piped, tab-separated values
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
      standing: [standing(item, messages, style), partialNote(item, messages, style)].filter(Boolean).join(' · '),
      title: terminalSafeLine(item.commitment.title),
    };
  });
  const header = { id: m.column.id, state: m.column.state, to: m.column.due, standing: m.column.standing };
  const width = (key: keyof typeof header) => widest(rows, (row) => visibleWidth(row[key]), visibleWidth(header[key]));
  const widths = { id: width('id'), state: width('state'), to: width('to'), standing: width('standing') };
  const fixed = widths.id + widths.state + widths.to + 3 * GAP.length;
  const lines: string[] = [];
  if (fixed + widths.standing + GAP.length + MIN_TITLE <= style.width) {
    const row = (cells: Record<keyof typeof header, string>, title: string) =>
      [padVisible(cells.id, widths.id), padVisible(cells.state, widths.state), padVisible(cells.to, widths.to), padVisible(cells.standing, widths.standing), title].join(GAP).trimEnd();
    const titleWidth = style.width - fixed - widths.standing - GAP.length;
    lines.push(style.paint.bold(row(header, m.column.title)));
    for (const cells of rows) lines.push(row(cells, truncate(cells.title, titleWidth)));
    return `${lines.join('\n')}\n`;
  }
  // Too narrow for one line per commitment: the title goes on a line of its
  // own under the row; so does the standing when its column would be too
  // narrow to read, else it wraps within its column.
  const lead = (cells: Record<keyof typeof header, string>) => [padVisible(cells.id, widths.id), padVisible(cells.state, widths.state), padVisible(cells.to, widths.to)].join(GAP);
  const beside = style.width - fixed >= MIN_HANGING_COLUMNS;
  const indent = ' '.repeat(TITLE_INDENT);
  const entry = (cells: Record<keyof typeof header, string>, title: string) => [
    ...(beside ? hangingLines(lead(cells) + GAP, [cells.standing], style.width, TITLE_INDENT) : [lead(cells).trimEnd(), ...wrapWords(cells.standing, style.width - TITLE_INDENT).map((line) => indent + line)]),
    indent + truncate(title, style.width - TITLE_INDENT),
  ];
  lines.push(...entry(header, m.column.title).map((line) => style.paint.bold(line)));
  for (const cells of rows) lines.push(...entry(cells, cells.title));
  return `${lines.join('\n')}\n`;
}
