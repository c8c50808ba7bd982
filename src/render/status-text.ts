import type { AssessedCommitment, Assessment } from '../core/assess.js';
import { STATES, type State } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import { showDate, standings, windowSummaries } from './describe-item.js';
import type { Style } from './style.js';
import { itemLines } from './item-lines.js';

export interface StatusView {
  assessment: Assessment;
  /** Days ahead to list upcoming commitments. */
  horizon: number;
  sourceCount: number;
}

const LISTED: readonly State[] = ['overdue', 'due', 'upcoming', 'waiting', 'no-deadline'];

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
  const { assessment, horizon } = view;
  const m = messages.cli;
  const { paint } = style;
  const lines: string[] = [];

  lines.push(paint.bold(m.statusHeading(showDate(assessment.asOf, messages, style), assessment.items.length, view.sourceCount)));
  const counts = STATES.filter((state) => assessment.summary[state] > 0).map((state) => `${m.stateLabel[state]} ${assessment.summary[state]}`);
  lines.push(counts.length > 0 ? `  ${counts.join(' · ')}` : `  ${m.emptyRegister}`);

  for (const state of LISTED) {
    let items = assessment.items.filter((item) => item.state === state);
    if (items.length === 0) continue;
    let hidden = 0;
    if (state === 'upcoming') {
      const shown = items.filter((item) => (item.daysUntilStart ?? 0) <= horizon);
      hidden = items.length - shown.length;
      items = shown;
    }
    lines.push('', paint.bold(`${m.sectionTitle[state]} (${items.length + hidden})`));
    renderItems(lines, [...items].sort(ORDER[state]), messages, style);
    if (hidden > 0) lines.push(paint.dim(`  ${m.beyondHorizon(hidden, horizon)}`));
  }
  if (!LISTED.some((state) => assessment.summary[state] > 0) && assessment.items.length > 0) {
    lines.push('', m.nothingOpen);
  }
  return `${lines.join('\n')}\n`;
}

function renderItems(lines: string[], items: readonly AssessedCommitment[], messages: Messages, style: Style): void {
  for (const line of itemLines(items, standings(messages, style), windowSummaries(messages, style), messages, style)) lines.push(line);
}
