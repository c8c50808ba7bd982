import { dateInWords } from '../core/deadline/describe.js';
import { DIGEST_LISTS, isEmptyDigest, type Digest } from '../core/digest.js';
import type { Messages } from '../messages/index.js';
import { windowSummary } from './describe-item.js';
import { mdInline, mdLink } from './export/markdown-text.js';
import { PROSE_STYLE } from './export/prose-style.js';
import { reportStanding } from './report-text.js';

/**
 * `report --format md`: an e-mail body, read raw or rendered, so dates are
 * written out in words either way; a heading per list and a bullet per commitment.
 */
export function renderReportMarkdown(digest: Digest, messages: Messages): string {
  const m = messages.report;
  const words = messages.deadline;
  if (isEmptyDigest(digest)) return `${m.nothing(dateInWords(digest.since, words))}\n`;
  const lines = [`# ${mdInline(m.heading(dateInWords(digest.asOf, words), dateInWords(digest.since, words)))}`];
  for (const list of DIGEST_LISTS) {
    const items = digest[list];
    if (items.length === 0) continue;
    lines.push('', `## ${mdInline(m.section[list])} (${items.length})`, '');
    for (const item of items) {
      const url = item.source?.url;
      const title = mdInline(item.commitment.title);
      const window = list === 'delivered' ? '' : windowSummary(item, messages, PROSE_STYLE, true);
      const details = [reportStanding(item, list === 'dueSoon', messages, PROSE_STYLE), window].filter(Boolean).map(mdInline).join(' · ');
      lines.push(`- **${url ? mdLink(title, url) : title}** (\`${item.commitment.id}\`)`, `  ${details}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
