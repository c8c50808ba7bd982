import { describe, expect, it } from 'vitest';
import type { AssessedCommitment, Assessment } from '../../src/core/assess.js';
import { dashboardOf } from '../../src/core/dashboard.js';
import { digest } from '../../src/core/digest.js';
import { STATES, type Commitment, type State } from '../../src/core/model.js';
import { nl } from '../../src/messages/nl.js';
import { renderListText } from '../../src/render/list-text.js';
import { renderReportText } from '../../src/render/report-text.js';
import { statusChunks, statusRows } from '../../src/render/status-text.js';
import { outputText } from '../../src/render/chunks.js';
import { makeStyle } from '../../src/render/style.js';
import { renderTimeline } from '../../src/render/timeline.js';

// More items than a function call takes arguments: spreading a list this long into a call throws.
const COUNT = 200_000;

function overdueAssessment(): Assessment {
  const window = { kind: 'window' as const, phrase: 'zomer 2025', from: '2025-06-21', to: '2025-09-22', rule: { id: 'season', args: {} }, inferred: false };
  const items = Array.from({ length: COUNT }, (_, index): AssessedCommitment => {
    const commitment: Commitment = {
      id: `t-${String(index).padStart(7, '0')}`,
      title: `Toezegging ${index}`,
      sourceId: 'BRON',
      status: 'open',
      due: { kind: 'phrase', phrase: window.phrase, position: { file: 'bron.yaml', line: 1, col: 1 } },
      dependsOn: [],
      to: [],
      tags: [],
      history: [],
      file: 'bron.yaml',
      position: { file: 'bron.yaml', line: 1, col: 1 },
    };
    return { commitment, source: undefined, state: 'overdue', window, daysLate: 432, daysLeft: null, daysUntilStart: null, dueSoon: false, waitingOn: null, waitingOnEvent: null, event: null, recurrence: null, waitingChain: [], waitingDepth: 0, waitingRoot: null, ageDays: 500 };
  });
  const summary = Object.fromEntries(STATES.map((state) => [state, state === 'overdue' ? COUNT : 0])) as Record<State, number>;
  return { asOf: '2026-11-28', summary, items };
}

describe('a register with more commitments than a call takes arguments', () => {
  const assessment = overdueAssessment();
  for (const [name, style] of [
    ['piped', makeStyle(0, false, 80)],
    ['on a terminal', makeStyle(0, true, 80)],
  ] as const) {
    it(`status lists every one, ${name}`, () => {
      const text = outputText(statusChunks({ dashboard: dashboardOf(assessment, 90, statusRows(nl, style)), horizon: 90, sourceCount: 1 }, nl, style));
      expect(text.split('\n').length).toBe(2 * COUNT + 5);
    });

    it(`list shows every one, ${name}`, () => {
      const lines = renderListText(assessment.items, nl, style).trimEnd().split('\n');
      expect(lines.length).toBe(style.human ? COUNT + 1 : COUNT);
    });

    it(`report lists every one, ${name}`, () => {
      const text = renderReportText(digest(assessment, { since: '2026-11-01' }), nl, style);
      expect(text).toContain(`(${COUNT})`);
    });
  }

  it('timeline draws every one', () => {
    const text = renderTimeline({ items: assessment.items, range: { from: '2025-01-01', to: '2026-12-31' }, asOf: '2026-11-28' }, nl, makeStyle(0, false, 80));
    expect(text.split('\n').length).toBeGreaterThan(COUNT);
  });
});
