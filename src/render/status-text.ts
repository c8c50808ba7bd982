import type { AssessedCommitment } from '../core/assess.js';
import { LISTED, type Dashboard } from '../core/dashboard.js';
import { STATES, type State } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import { showDate, standings, windowSummaries } from './describe-item.js';
import type { Style } from './style.js';
import { itemLines } from './item-lines.js';

export interface StatusView {
  dashboard: Dashboard;
  /** Days ahead the dashboard lists upcoming commitments. */
  horizon: number;
  sourceCount: number;
}

/** Sort orders within each section of the dashboard. */
const ORDER: Partial<Record<State, (a: AssessedCommitment, b: AssessedCommitment) => number>> = {
  overdue: (a, b) => (b.daysLate ?? 0) - (a.daysLate ?? 0),
  due: (a, b) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity),
  upcoming: (a, b) => (a.daysUntilStart ?? 0) - (b.daysUntilStart ?? 0),
  waiting: (a, b) => (b.ageDays ?? 0) - (a.ageDays ?? 0),
  'no-deadline': (a, b) => (b.ageDays ?? 0) - (a.ageDays ?? 0),
};

/** The `status` dashboard: counts per state, then the sections that need attention. */
export function renderStatusText(view: StatusView, messages: Messages, style: Style): string {
  const { dashboard, horizon } = view;
  const { summary } = dashboard;
  const m = messages.cli;
  const { paint } = style;
  const lines: string[] = [];

  lines.push(paint.bold(m.statusHeading(showDate(dashboard.asOf, messages, style), dashboard.total, view.sourceCount)));
  const counts = STATES.filter((state) => summary[state] > 0).map((state) => `${m.stateLabel[state]} ${summary[state]}`);
  lines.push(counts.length > 0 ? `  ${counts.join(' · ')}` : `  ${m.emptyRegister}`);

  for (const state of LISTED) {
    if (summary[state] === 0) continue;
    const items = dashboard.listed.filter((item) => item.state === state);
    // Upcoming commitments beyond the horizon are counted, not listed.
    const hidden = summary[state] - items.length;
    lines.push('', paint.bold(`${m.sectionTitle[state]} (${summary[state]})`));
    renderItems(lines, items.sort(ORDER[state]), messages, style);
    if (hidden > 0) lines.push(paint.dim(`  ${m.beyondHorizon(hidden, horizon)}`));
  }
  if (!LISTED.some((state) => summary[state] > 0) && dashboard.total > 0) {
    lines.push('', m.nothingOpen);
  }
  return `${lines.join('\n')}\n`;
}

function renderItems(lines: string[], items: readonly AssessedCommitment[], messages: Messages, style: Style): void {
  for (const line of itemLines(items, standings(messages, style), windowSummaries(messages, style), messages, style)) lines.push(line);
}
