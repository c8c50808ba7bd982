import type { AssessedCommitment, Assessment } from '../../core/assess.js';
import type { Commitment } from '../../core/model.js';
import { compareDates } from '../../core/civil-date.js';
import { dateInWords } from '../../core/deadline/describe.js';
import { STATES, type State } from '../../core/model.js';
import type { Messages } from '../../messages/index.js';
import { standing, windowSummary } from '../describe-item.js';
import { mdCell, mdInline, mdLink } from './markdown-text.js';
import type { Chunks } from '../chunks.js';
import { PROSE_STYLE } from './prose-style.js';

type Order = (a: AssessedCommitment<Commitment>, b: AssessedCommitment<Commitment>) => number;

/** Within a state, what a reader looks for first; other states keep register order. */
const ORDER: Partial<Record<State, Order>> = {
  overdue: (a, b) => (b.daysLate ?? 0) - (a.daysLate ?? 0),
  due: (a, b) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity),
  upcoming: (a, b) => (a.daysUntilStart ?? 0) - (b.daysUntilStart ?? 0),
  waiting: (a, b) => (b.ageDays ?? 0) - (a.ageDays ?? 0),
  'no-deadline': (a, b) => (b.ageDays ?? 0) - (a.ageDays ?? 0),
  delivered: (a, b) => compareDates(b.commitment.delivered?.on ?? '', a.commitment.delivered?.on ?? ''),
};

/** `export --format md`: a heading, then a table per state with links to the sources and deliveries. */
export function* renderMarkdownExport(assessment: Assessment<Commitment>, messages: Messages): Chunks {
  const m = messages.export;
  yield `# ${mdInline(m.heading(dateInWords(assessment.asOf, messages.deadline)))}\n`;
  if (assessment.items.length === 0) {
    yield `\n${m.empty}\n`;
    return;
  }
  const { id, title, due, standing: standingColumn, source } = m.column;
  for (const state of STATES) {
    const items = assessment.items.filter((item) => item.state === state).sort(ORDER[state] ?? (() => 0));
    if (items.length === 0) continue;
    yield `\n## ${mdInline(messages.cli.sectionTitle[state])} (${items.length})\n\n`;
    yield `| ${id} | ${title} | ${due} | ${standingColumn} | ${source} |\n| --- | --- | --- | --- | --- |\n`;
    for (const item of items) yield `${tableRow(item, messages)}\n`;
  }
}

function tableRow(item: AssessedCommitment<Commitment>, messages: Messages): string {
  const c = item.commitment;
  const said = mdCell(standing(item, messages, PROSE_STYLE));
  const deliveryUrl = item.state === 'delivered' ? c.delivered?.url : undefined;
  const sourceUrl = item.source?.url;
  const cells = [
    `\`${c.id}\``,
    mdCell(c.title),
    mdCell(windowSummary(item, messages, PROSE_STYLE)),
    deliveryUrl ? mdLink(said, deliveryUrl) : said,
    sourceUrl ? mdLink(mdCell(c.sourceId), sourceUrl) : mdCell(c.sourceId),
  ];
  return `| ${cells.join(' | ')} |`;
}
