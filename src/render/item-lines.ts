import type { AssessedCommitment } from '../core/assess.js';
import type { Messages } from '../messages/index.js';
import { partialNote } from './describe-item.js';
import type { Style } from './style.js';
import { terminalSafeLine } from './terminal-safe.js';
import { hangingLines, padVisible, truncate, visibleWidth, widest } from './text-width.js';

/** Where the title line of an item starts, under its id. */
const TITLE_INDENT = 6;

/**
 * The lines `status` and `report` print per commitment: its id, where it
 * stands, its window and whether part was delivered, then its title. On a terminal everything fits the
 * width: the window moves under the standing (a hanging indent) when it does
 * not fit beside it, long texts wrap between words, titles are cut between
 * words. Standings line up in a column; when each holds a number ("151 dagen
 * te laat", "89 dagen te laat") they are right-aligned, so the numbers are.
 * Piped, each item is its two lines in full, for mail and grep, aligned alike.
 */
export function itemLines(
  items: readonly AssessedCommitment[],
  standingOf: (item: AssessedCommitment) => string,
  windowOf: (item: AssessedCommitment) => string,
  messages: Messages,
  style: Style,
): string[] {
  const idWidth = widest(items, (item) => item.commitment.id.length);
  const standings = items.map(standingOf);
  const notes = items.map((item) => partialNote(item, messages, style));
  const numeric = standings.every((text) => /\d/.test(text));
  const standingWidth = widest(standings, visibleWidth);
  const lines: string[] = [];
  const indent = ' '.repeat(TITLE_INDENT);
  items.forEach((item, index) => {
    const head = `  ${item.commitment.id.padEnd(idWidth)}  `;
    const window = windowOf(item);
    const title = terminalSafeLine(item.commitment.title);
    const text = standings[index]!;
    const standing = !window ? text : numeric ? ' '.repeat(standingWidth - visibleWidth(text)) + text : padVisible(text, standingWidth);
    if (!style.human) {
      lines.push([`${head}${standing}`, window && style.paint.dim(terminalSafeLine(window)), notes[index]].filter(Boolean).join('  '), indent + title);
      return;
    }
    for (const line of hangingLines(head, [standing, window && style.paint.dim(terminalSafeLine(window)), notes[index]!], style.width, TITLE_INDENT)) lines.push(line);
    lines.push(indent + truncate(title, style.width - TITLE_INDENT));
  });
  return lines;
}
