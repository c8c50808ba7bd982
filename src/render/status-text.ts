import type { AssessedCommitment } from '../core/assess.js';
import { LISTED, type Dashboard } from '../core/dashboard.js';
import { groupBy } from '../core/list-map.js';
import { STATES, type State } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import { showDate, standings, windowSummaries } from './describe-item.js';
import { joinedTexts, type Chunks } from './chunks.js';
import type { Style } from './style.js';
import { itemRow, itemTexts, type ItemRow } from './item-lines.js';

export interface StatusView {
  dashboard: Dashboard<StatusRow>;
  /** Days ahead the dashboard lists upcoming commitments. */
  horizon: number;
  sourceCount: number;
}

/** The order within each section of the dashboard: by a whole number of days, most or fewest first. */
const ORDER: Partial<Record<State, [key: (item: AssessedCommitment) => number, descending: boolean]>> = {
  overdue: [(item) => item.daysLate ?? 0, true],
  due: [(item) => item.daysLeft ?? Infinity, false],
  upcoming: [(item) => item.daysUntilStart ?? 0, false],
  waiting: [(item) => item.ageDays ?? 0, true],
  'no-deadline': [(item) => item.ageDays ?? 0, true],
};

/** What `status` prints of a listed commitment, with its section and its place there. */
export interface StatusRow extends ItemRow {
  state: State;
  /** The key its section is sorted by (see ORDER). */
  order: number;
}

/**
 * The row of each listed commitment, made as the register is read: on a
 * large register the dashboard then holds tens of thousands of these few
 * strings rather than each commitment and its assessment, which the
 * collector copied until the end. The texts many share are made once.
 */
export function statusRows(messages: Messages, style: Style): (item: AssessedCommitment) => StatusRow {
  const standingOf = standings(messages, style);
  const windowOf = windowSummaries(messages, style);
  const shown = new Map<string, string>();
  return (item) => ({ state: item.state, order: ORDER[item.state]?.[0](item) ?? 0, ...itemRow(item, standingOf(item), windowOf(item), messages, style, shown) });
}

/**
 * The rows sorted by their key, those with equal keys in the order they came:
 * by buckets, since a section of a large register holds many items with few
 * distinct days (a comparison sort called its comparator a million times).
 */
function sortedBy(rows: readonly StatusRow[], descending: boolean): StatusRow[] {
  const buckets = groupBy(rows, (row) => row.order);
  return [...buckets.keys()].sort((a, b) => (descending ? b - a : a - b)).flatMap((days) => buckets.get(days)!);
}

/**
 * The `status` dashboard: counts per state, then the sections that need
 * attention; made a line at a time (see chunks.ts), since on a large
 * register it lists tens of thousands of commitments.
 */
export function* statusChunks(view: StatusView, messages: Messages, style: Style): Chunks {
  const { dashboard, horizon } = view;
  const { summary } = dashboard;
  const m = messages.cli;
  const { paint } = style;

  yield `${paint.bold(m.statusHeading(showDate(dashboard.asOf, messages, style), dashboard.total, view.sourceCount))}\n`;
  const counts = STATES.filter((state) => summary[state] > 0).map((state) => `${m.stateLabel[state]} ${summary[state]}`);
  yield counts.length > 0 ? `  ${counts.join(' · ')}\n` : `  ${m.emptyRegister}\n`;

  for (const state of LISTED) {
    if (summary[state] === 0) continue;
    const rows = dashboard.listed.filter((row) => row.state === state);
    // Upcoming commitments beyond the horizon are counted, not listed.
    const hidden = summary[state] - rows.length;
    yield `\n${paint.bold(`${m.sectionTitle[state]} (${summary[state]})`)}\n`;
    const text = itemTexts(sortedBy(rows, ORDER[state]![1]), style);
    yield* joinedTexts(rows.keys(), (index) => `${text(index)}\n`);
    if (hidden > 0) yield `${paint.dim(`  ${m.beyondHorizon(hidden, horizon)}`)}\n`;
  }
  if (!LISTED.some((state) => summary[state] > 0) && dashboard.total > 0) {
    yield `\n${m.nothingOpen}\n`;
  }
}
