import type { AssessedCommitment } from '../core/assess.js';
import type { Messages } from '../messages/index.js';
import { partialNote } from './describe-item.js';
import type { Style } from './style.js';
import { terminalSafeLine } from './terminal-safe.js';
import { hangingLines, padVisible, truncate, visibleWidth, widest } from './text-width.js';

/** Where the title line of an item starts, under its id. */
const TITLE_INDENT = 6;

/**
 * What `status` and `report` print of one commitment, each text as shown but
 * before the list's column widths are known: `status` makes it as it reads
 * a large register and then holds these few strings, not the commitment.
 */
export interface ItemRow {
  id: string;
  /** Where it stands ("151 dagen te laat"). */
  standing: string;
  /** Whether it has a window: its standing is then aligned with the others'. */
  windowed: boolean;
  /** Its window, made safe and styled; empty when it has none. */
  window: string;
  /** That part was delivered; empty for most. */
  note: string;
  /** Made safe for one line. */
  title: string;
}

/**
 * The row of an item whose window reads `window` (empty: none). Commitments
 * share their windows, so each distinct text is made safe and styled once,
 * kept in `shown` for the rows of one list or of many.
 */
export function itemRow(item: AssessedCommitment, standing: string, window: string, messages: Messages, style: Style, shown: Map<string, string>): ItemRow {
  let shownWindow = '';
  if (window) {
    const known = shown.get(window);
    if (known === undefined) shown.set(window, (shownWindow = style.paint.dim(terminalSafeLine(window))));
    else shownWindow = known;
  }
  return { id: item.commitment.id, standing, windowed: window !== '', window: shownWindow, note: partialNote(item, messages, style), title: terminalSafeLine(item.commitment.title) };
}

/**
 * The lines `status` and `report` print per commitment: its id, where it
 * stands, its window and whether part was delivered, then its title. On a terminal everything fits the
 * width: the window moves under the standing (a hanging indent) when it does
 * not fit beside it, long texts wrap between words, titles are cut between
 * words. Standings line up in a column; when each holds a number ("151 dagen
 * te laat", "89 dagen te laat") they are right-aligned, so the numbers are.
 * Piped, each item is its two lines in full, for mail and grep, aligned alike.
 * Gives the text of the row at an index, its lines joined by newlines, so a
 * long list is made an item at a time as it is written.
 */
export function itemTexts(rows: readonly ItemRow[], style: Style): (index: number) => string {
  const idWidth = widest(rows, (row) => row.id.length);
  // Items share their standings (see describe-item.ts): each distinct text is measured and aligned once.
  const distinct = new Set(rows.map((row) => row.standing));
  const numeric = [...distinct].every((text) => /\d/.test(text));
  const standingWidth = widest(distinct, visibleWidth);
  const aligned = new Map<string, string>();
  const align = (text: string): string => {
    let done = aligned.get(text);
    if (done === undefined) aligned.set(text, (done = numeric ? ' '.repeat(standingWidth - visibleWidth(text)) + text : padVisible(text, standingWidth)));
    return done;
  };
  const indent = `\n${' '.repeat(TITLE_INDENT)}`;
  return (index) => {
    const { id, standing: text, windowed, window, note, title } = rows[index]!;
    const head = `  ${id.padEnd(idWidth)}  `;
    const standing = windowed ? align(text) : text;
    if (!style.human) return `${head}${standing}${window ? `  ${window}` : ''}${note ? `  ${note}` : ''}${indent}${title}`;
    return `${hangingLines(head, [standing, window, note], style.width, TITLE_INDENT).join('\n')}${indent}${truncate(title, style.width - TITLE_INDENT)}`;
  };
}

/** The rows of a list of items, for `itemTexts`. */
export function itemRows(
  items: readonly AssessedCommitment[],
  standingOf: (item: AssessedCommitment) => string,
  windowOf: (item: AssessedCommitment) => string,
  messages: Messages,
  style: Style,
): ItemRow[] {
  const shown = new Map<string, string>();
  return items.map((item) => itemRow(item, standingOf(item), windowOf(item), messages, style, shown));
}
