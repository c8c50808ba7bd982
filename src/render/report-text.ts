import type { AssessedCommitment } from '../core/assess.js';
import { DIGEST_LISTS, isEmptyDigest, type Digest } from '../core/digest.js';
import type { Messages } from '../messages/index.js';
import { showDate, standing, windowSummaries } from './describe-item.js';
import type { Style } from './style.js';
import { itemRows, itemTexts } from './item-lines.js';

/** `report` for a terminal or a plain-text mail: a heading, then one section per non-empty list. */
export function renderReportText(digest: Digest, messages: Messages, style: Style): string {
  const m = messages.report;
  const { paint } = style;
  if (isEmptyDigest(digest)) return `${m.nothing(showDate(digest.since, messages, style))}\n`;
  const lines = [paint.bold(m.heading(showDate(digest.asOf, messages, style), showDate(digest.since, messages, style)))];
  for (const list of DIGEST_LISTS) {
    const items = digest[list];
    if (items.length === 0) continue;
    lines.push('', paint.bold(`${m.section[list]} (${items.length})`));
    const standingOf = (item: AssessedCommitment) => reportStanding(item, list === 'dueSoon', messages, style);
    const summaries = windowSummaries(messages, style, true);
    const windowOf = (item: AssessedCommitment) => (list === 'delivered' ? '' : summaries(item));
    const text = itemTexts(itemRows(items, standingOf, windowOf, messages, style), style);
    for (let index = 0; index < items.length; index++) lines.push(text(index));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Where an item stands, as a digest says it: due-soon items by the days left
 * to their deadline (even before their window opens), deliveries with their day.
 */
export function reportStanding(item: AssessedCommitment, dueSoon: boolean, messages: Messages, style: Style): string {
  const m = messages.cli;
  if (dueSoon && item.daysLeft !== null) return style.paint.yellow.bold(m.daysLeft(item.daysLeft));
  const on = item.commitment.delivered?.on;
  if (item.state === 'delivered' && item.daysLate !== null && on !== undefined) {
    const timeliness = item.daysLate === 0 ? m.deliveredOnTime : m.deliveredLate(item.daysLate);
    return style.paint.green(messages.report.deliveredWhen(timeliness, showDate(on, messages, style)));
  }
  return standing(item, messages, style);
}
