import type { GroupCount, GroupKey } from '../core/group.js';
import type { Messages } from '../messages/index.js';
import { mdInline } from './export/markdown-text.js';
import type { Style } from './style.js';
import { terminalSafeLine } from './terminal-safe.js';
import { visibleWidth } from './text-width.js';

/** `report --group-by`: the counts of each ministry, party or member. */
export interface GroupsView {
  by: GroupKey;
  counts: GroupCount[];
}

const nameOf = (count: GroupCount, messages: Messages): string => (count.group === null ? messages.report.noGroup : terminalSafeLine(count.group));

/** The groups as a text section: a heading, then one aligned line per group. */
export function groupsText(groups: GroupsView, messages: Messages, style: Style): string[] {
  const m = messages.report;
  const names = groups.counts.map((count) => nameOf(count, messages));
  const width = Math.max(0, ...names.map(visibleWidth));
  return [
    style.paint.bold(`${m.groupHeading[groups.by]} (${groups.counts.length})`),
    ...groups.counts.map((count, index) => `  ${names[index]!.padEnd(width + names[index]!.length - visibleWidth(names[index]!))}  ${m.groupCounts(count.open, count.overdue, count.longestOpenDays)}`),
  ];
}

/** The groups as a Markdown section: a heading and a bullet per group. */
export function groupsMarkdown(groups: GroupsView, messages: Messages): string[] {
  const m = messages.report;
  return [
    `## ${mdInline(m.groupHeading[groups.by])} (${groups.counts.length})`,
    '',
    ...groups.counts.map((count) => `- **${mdInline(count.group ?? m.noGroup)}**: ${mdInline(m.groupCounts(count.open, count.overdue, count.longestOpenDays))}`),
  ];
}
