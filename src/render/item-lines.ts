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
 * Gives the text of the item at an index, its lines joined by newlines, so a
 * long list is made an item at a time as it is written.
 */
export function itemTexts(
  items: readonly AssessedCommitment[],
  standingOf: (item: AssessedCommitment) => string,
  windowOf: (item: AssessedCommitment) => string,
  messages: Messages,
  style: Style,
): (index: number) => string {
  const idWidth = widest(items, (item) => item.commitment.id.length);
  const standings = items.map(standingOf);
  // Items share their standings and windows (see describe-item.ts): each distinct text is measured, aligned and made safe once.
  const distinct = new Set(standings);
  const numeric = [...distinct].every((text) => /\d/.test(text));
  const standingWidth = widest(distinct, visibleWidth);
  const aligned = new Map<string, string>();
  const align = (text: string): string => {
    let done = aligned.get(text);
    if (done === undefined) aligned.set(text, (done = numeric ? ' '.repeat(standingWidth - visibleWidth(text)) + text : padVisible(text, standingWidth)));
    return done;
  };
  const shown = new Map<string, string>();
  const show = (window: string): string => {
    let done = shown.get(window);
    if (done === undefined) shown.set(window, (done = style.paint.dim(terminalSafeLine(window))));
    return done;
  };
  const indent = `\n${' '.repeat(TITLE_INDENT)}`;
  return (index) => {
    const item = items[index]!;
    const head = `  ${item.commitment.id.padEnd(idWidth)}  `;
    const window = windowOf(item);
    const title = terminalSafeLine(item.commitment.title);
    const text = standings[index]!;
    const standing = window ? align(text) : text;
    const shownWindow = window && show(window);
    const note = partialNote(item, messages, style);
    if (!style.human) return `${head}${standing}${shownWindow ? `  ${shownWindow}` : ''}${note ? `  ${note}` : ''}${indent}${title}`;
    return `${hangingLines(head, [standing, shownWindow, note], style.width, TITLE_INDENT).join('\n')}${indent}${truncate(title, style.width - TITLE_INDENT)}`;
  };
}
