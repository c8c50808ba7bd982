import type { AssessedCommitment } from '../core/assess.js';
import { LISTED, type Dashboard } from '../core/dashboard.js';
import { STATES, type State } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import { showDate, standings, windowSummaries } from './describe-item.js';
import { BATCH_CHARS, type Chunks } from './chunks.js';
import type { Style } from './style.js';
import { itemTexts } from './item-lines.js';

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
    const items = dashboard.listed.filter((item) => item.state === state);
    // Upcoming commitments beyond the horizon are counted, not listed.
    const hidden = summary[state] - items.length;
    yield `\n${paint.bold(`${m.sectionTitle[state]} (${summary[state]})`)}\n`;
    const text = itemTexts(items.sort(ORDER[state]), standings(messages, style), windowSummaries(messages, style), messages, style);
    // Joined into pieces of about BATCH_CHARS: one step of the writer per piece, not per commitment.
    let piece = '';
    for (let index = 0; index < items.length; index++) {
      piece += `${text(index)}\n`;
      if (piece.length >= BATCH_CHARS) {
        yield piece;
        piece = '';
      }
    }
    yield piece;
    if (hidden > 0) yield `${paint.dim(`  ${m.beyondHorizon(hidden, horizon)}`)}\n`;
  }
  if (!LISTED.some((state) => summary[state] > 0) && dashboard.total > 0) {
    yield `\n${m.nothingOpen}\n`;
  }
}
