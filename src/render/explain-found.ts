import type { FoundDeadline } from '../core/deadline/find-in-text.js';
import type { Messages } from '../messages/index.js';
import { periodDuration } from './deadline-json.js';
import { renderExplainText } from './explain-text.js';
import { ruleText } from './describe-item.js';
import type { Style } from './style.js';
import { terminalSafe } from './terminal-safe.js';
import { visibleWidth } from './text-width.js';

/** The `deadline` of `explain --text --json`: where the phrase stands in the text, and what it resolves to. */
export interface FoundDeadlineJson {
  phrase: string;
  start: number;
  end: number;
  kind: FoundDeadline['kind'];
  from: string | null;
  to: string | null;
  event: string | null;
  every: string | null;
  rule: string;
  ruleId: string;
  inferred: boolean;
}

export function foundDeadlineJson(found: FoundDeadline, messages: Messages): FoundDeadlineJson {
  const { resolution } = found;
  return {
    phrase: found.phrase,
    start: found.start,
    end: found.end,
    kind: found.kind,
    from: resolution.from,
    to: resolution.to,
    event: resolution.kind === 'event' ? resolution.event : null,
    every: resolution.kind === 'recurring' ? periodDuration(resolution.recurrence.every) : null,
    rule: ruleText(resolution, messages),
    ruleId: resolution.rule.id,
    inferred: resolution.inferred,
  };
}

/**
 * The text with the deadline phrase marked (bold on a terminal, and carets
 * under it everywhere), then how the phrase resolved; or that the text holds
 * no deadline, or one naming a recess the calendar has no dates for.
 */
export function renderFoundText(
  text: string,
  found: FoundDeadline | null,
  anchor: string,
  messages: Messages,
  style: Style,
  withoutDates?: { phrase: string; recess: string; year?: number },
): string {
  // Line breaks become spaces so that the carets stand under the phrase; the spaces around the phrase stay.
  const line = (part: string) => terminalSafe(part.replace(/[\t\r\n]/g, ' '));
  if (found === null && withoutDates) {
    return `${line(text)}\n  ${messages.cli.recessWithoutDatesInText(line(withoutDates.phrase), withoutDates.recess, withoutDates.year)}\n`;
  }
  if (found === null) return `${line(text)}\n  ${messages.cli.noDeadlineInText}\n`;
  const before = line(text.slice(0, found.start));
  const phrase = line(found.phrase);
  const marked = `${before}${style.paint.bold(phrase)}${line(text.slice(found.end))}`;
  const carets = `${' '.repeat(visibleWidth(before))}${'^'.repeat(Math.max(1, visibleWidth(phrase)))}`;
  return `${marked}\n${carets}\n${renderExplainText(found.resolution, anchor, messages, style)}`;
}
