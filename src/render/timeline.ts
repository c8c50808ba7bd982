import type { ChalkInstance } from 'chalk';
import type { AssessedCommitment } from '../core/assess.js';
import type { CivilDate } from '../core/civil-date.js';
import type { State } from '../core/model.js';
import { columnOf, makeScale, monthTicks, overlaps, place, type Scale, type TimelineRange } from '../core/timeline-scale.js';
import type { Messages } from '../messages/index.js';
import { showDate } from './describe-item.js';
import type { Style } from './style.js';
import { terminalSafeLine } from './terminal-safe.js';
import { truncate, visibleWidth, widest } from './text-width.js';

/** The states a timeline can draw: open ones, and delivered ones for context. */
export const CHARTED_STATES: readonly State[] = ['overdue', 'due', 'upcoming', 'waiting', 'delivered'];
/** The states whose windows decide the default range; delivered history does not stretch it. */
export const OPEN_CHARTED_STATES: readonly State[] = ['overdue', 'due', 'upcoming'];

export interface TimelineView {
  /** Already filtered by the user; the renderer keeps what it can draw. */
  items: readonly AssessedCommitment[];
  range: TimelineRange;
  asOf: CivilDate;
}

/** How a cell is painted: a state's colour, or the dimmed `note` of waiting rows and off-chart dates. */
type Tone = 'overdue' | 'due' | 'upcoming' | 'delivered' | 'note' | 'today' | 'rule' | 'year' | 'plain';

interface Cell {
  char: string;
  tone: Tone;
}

/**
 * Each state has a bar character of its own so the chart reads without
 * colour (NO_COLOR, pipes); colour only adds to them.
 */
const BAR: Partial<Record<State, { char: string; tone: Tone }>> = {
  overdue: { char: '▓', tone: 'overdue' },
  due: { char: '█', tone: 'due' },
  upcoming: { char: '▒', tone: 'upcoming' },
  delivered: { char: '░', tone: 'delivered' },
};

const LEFT = '◀';
const RIGHT = '▶';
const TODAY_ROW = '│';
const TODAY_AXIS = '▼';
const GAP = 1;
const MIN_BAR_COLUMNS = 12;
/** The label column takes the longest id whole while this many columns are left for the chart. */
const MIN_CHART_COLUMNS = 24;

function painter(paint: ChalkInstance): Record<Tone, (text: string) => string> {
  return {
    overdue: paint.red,
    due: paint.yellow,
    upcoming: paint.cyan,
    delivered: paint.green,
    note: paint.dim,
    today: paint.bold,
    rule: paint.dim,
    year: paint.bold,
    plain: (text) => text,
  };
}

/**
 * A chart of the deadline windows: a month axis, one row per commitment with
 * its window as a bar, and a legend. It is laid out for `style.width` columns
 * (80 when piped), whatever the terminal.
 */
export function renderTimeline(view: TimelineView, messages: Messages, style: Style): string {
  const m = messages.timeline;
  const rows = chartedRows(view.items, view.range);
  if (rows.length === 0) {
    return `${m.empty(showDate(view.range.from, messages, style), showDate(view.range.to, messages, style))}\n`;
  }
  const labels = labelsOf(rows, style.width);
  const labelWidth = widest(labels.text, (label) => [...label].length, 6);
  const scale = makeScale(view.range, Math.max(MIN_BAR_COLUMNS, style.width - labelWidth - GAP));
  const today = view.asOf >= view.range.from && view.asOf <= view.range.to ? columnOf(scale, view.asOf) : undefined;
  const tones = painter(style.paint);
  const indent = ' '.repeat(labelWidth + GAP);
  const line = (cells: Cell[]) => indent + paintCells(cells, tones);

  const lines = [...axis(scale, today, messages).map(line)];
  let clipped = false;
  rows.forEach((item, index) => {
    const cells = blank(scale.columns);
    clipped = drawItem(cells, item, scale, today, messages, style) || clipped;
    if (today !== undefined && cells[today]!.char === ' ') cells[today] = { char: TODAY_ROW, tone: 'rule' };
    lines.push(labels.text[index]!.padEnd(labelWidth) + ' '.repeat(GAP) + paintCells(cells, tones));
  });
  lines.push('', ...legend(rows, today !== undefined, clipped, view.asOf, messages, style, tones));
  if (labels.key.length > 0) lines.push('', ...labels.key);
  return `${lines.map((text) => text.trimEnd()).join('\n')}\n`;
}

/**
 * The row labels: every id whole, so it can be copied, while that leaves the
 * chart room enough; beyond that, an id too long for the column is cut and
 * numbered, and a key under the chart gives it whole.
 */
function labelsOf(rows: readonly AssessedCommitment[], width: number): { text: string[]; key: string[] } {
  const ids = rows.map((item) => terminalSafeLine(item.commitment.id));
  const room = Math.max(10, width - GAP - MIN_CHART_COLUMNS);
  if (widest(ids, (id) => [...id].length) <= room) return { text: ids, key: [] };
  const key: string[] = [];
  const text = ids.map((id) => {
    if ([...id].length <= room) return id;
    const number = `[${key.length + 1}]`;
    key.push(`${number} ${id}`);
    return `${truncate(id, room - number.length - 1)} ${number}`;
  });
  return { text, key };
}

/**
 * Open commitments with a window or waiting, and delivered ones whose window
 * is in view; in date order, then the waiting ones, nearest to being unblocked first.
 */
function chartedRows(items: readonly AssessedCommitment[], range: TimelineRange): AssessedCommitment[] {
  const drawn = items.filter((item) => {
    if (!CHARTED_STATES.includes(item.state)) return false;
    if (item.state === 'waiting') return true;
    const window = item.window;
    if (!window || (window.from === null && window.to === null)) return false;
    return item.state !== 'delivered' || overlaps(range, window);
  });
  const key = (item: AssessedCommitment) => [item.state === 'waiting' ? item.waitingDepth : 0, item.window?.from ?? '', item.window?.to ?? '9999-12-31', item.commitment.id] as const;
  return drawn.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1].localeCompare(kb[1]) || ka[2].localeCompare(kb[2]) || ka[3].localeCompare(kb[3]);
  });
}

/** Draws one row into `cells`; true when the window runs beyond the chart. */
function drawItem(cells: Cell[], item: AssessedCommitment, scale: Scale, today: number | undefined, messages: Messages, style: Style): boolean {
  const m = messages.timeline;
  if (item.state === 'waiting' || !item.window) {
    const text = m.waitingOn(terminalSafeLine(item.waitingOn ?? ''));
    const start = Math.max(0, Math.min(today === undefined ? 0 : today + 1, scale.columns - text.length));
    write(cells, start, truncate(text, scale.columns - start), 'note');
    return false;
  }
  const bar = BAR[item.state]!;
  const placement = place(scale, item.window);
  if (placement.kind === 'before') {
    write(cells, 0, LEFT, bar.tone);
    write(cells, 2, truncate(m.endedBefore(showDate(item.window.to ?? '', messages, style)), scale.columns - 2), 'note');
    return true;
  }
  if (placement.kind === 'after') {
    const text = `${m.startsAfter(showDate(item.window.from ?? '', messages, style))} `;
    const start = Math.max(0, scale.columns - 1 - text.length);
    write(cells, start, truncate(text, scale.columns - 1 - start), 'note');
    write(cells, scale.columns - 1, RIGHT, bar.tone);
    return true;
  }
  for (let column = placement.start; column <= placement.end; column += 1) cells[column] = { char: bar.char, tone: bar.tone };
  if (placement.clippedLeft) cells[placement.start] = { char: LEFT, tone: bar.tone };
  if (placement.clippedRight) cells[placement.end] = { char: RIGHT, tone: bar.tone };
  return placement.clippedLeft || placement.clippedRight;
}

/**
 * Three lines: the years, the months (every month when there is room, else
 * every second, third, sixth or twelfth), and a rule with a tick at each
 * labelled month and today marked.
 */
function axis(scale: Scale, today: number | undefined, messages: Messages): Cell[][] {
  const names = messages.timeline.months;
  const ticks = monthTicks(scale);
  const monthColumns = (scale.columns * 30.44) / scale.days;
  const longest = Math.max(...names.map((name) => name.length));
  const step = [1, 2, 3, 6, 12].find((candidate) => candidate * monthColumns >= longest + 1) ?? 12;
  const labelled = ticks.filter((tick) => (tick.month - 1) % step === 0);

  const years = blank(scale.columns);
  const januaries = ticks.filter((tick) => tick.month === 1);
  for (const tick of januaries) write(years, tick.column, String(tick.year), 'year', true);
  const first = ticks[0];
  if (first && first.month !== 1 && (januaries[0] === undefined || first.column + 4 < januaries[0].column)) write(years, first.column, String(first.year), 'year', true);

  const months = blank(scale.columns);
  let free = 0;
  for (const tick of labelled) {
    const name = names[tick.month - 1] ?? '';
    if (tick.column < free || tick.column + name.length > scale.columns) continue;
    write(months, tick.column, name, 'plain');
    free = tick.column + name.length + 1;
  }

  const rule: Cell[] = Array.from({ length: scale.columns }, () => ({ char: '─', tone: 'rule' }));
  for (const tick of labelled) rule[tick.column] = { char: '┬', tone: 'rule' };
  if (today !== undefined) rule[today] = { char: TODAY_AXIS, tone: 'today' };
  return [years, months, rule];
}

function legend(
  rows: readonly AssessedCommitment[],
  showsToday: boolean,
  clipped: boolean,
  asOf: CivilDate,
  messages: Messages,
  style: Style,
  tones: Record<Tone, (text: string) => string>,
): string[] {
  const present = new Set(rows.map((item) => item.state));
  const label = messages.cli.stateLabel;
  const entries: string[] = [];
  for (const state of CHARTED_STATES) {
    if (!present.has(state)) continue;
    const bar = BAR[state];
    entries.push(bar ? `${tones[bar.tone](bar.char)} ${label[state]}` : `${tones.note(messages.timeline.waitingOn('…'))} = ${label[state]}`);
  }
  if (showsToday) entries.push(`${tones.today(TODAY_AXIS)}${tones.rule(TODAY_ROW)} ${messages.timeline.today(showDate(asOf, messages, style))}`);
  if (clipped) entries.push(`${LEFT}${RIGHT} ${messages.timeline.beyond}`);
  return wrap(entries, style.width);
}

/** Joins legend entries with two spaces, starting a new line before one that would not fit. */
function wrap(entries: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (const entry of entries) {
    const entryWidth = visibleWidth(entry);
    if (current && currentWidth + 2 + entryWidth > width) {
      lines.push(current);
      current = '';
      currentWidth = 0;
    }
    current = current ? `${current}  ${entry}` : entry;
    currentWidth += (currentWidth ? 2 : 0) + entryWidth;
  }
  if (current) lines.push(current);
  return lines;
}

function blank(columns: number): Cell[] {
  return Array.from({ length: columns }, () => ({ char: ' ', tone: 'plain' }));
}

/** Writes text into cells from `start`; with `onlyIfFree`, not over text already there. */
function write(cells: Cell[], start: number, text: string, tone: Tone, onlyIfFree = false): void {
  const chars = [...text];
  if (start < 0 || start + chars.length > cells.length) return;
  if (onlyIfFree && chars.some((_, index) => cells[start + index]!.char !== ' ')) return;
  chars.forEach((char, index) => {
    cells[start + index] = { char, tone };
  });
}

/** Paints runs of one tone at once, so a bar is one colour sequence rather than one per cell. */
function paintCells(cells: readonly Cell[], tones: Record<Tone, (text: string) => string>): string {
  let out = '';
  let run = '';
  let tone: Tone = 'plain';
  for (const cell of cells) {
    if (cell.tone !== tone && run) {
      out += tones[tone](run);
      run = '';
    }
    tone = cell.tone;
    run += cell.char;
  }
  return out + (run ? tones[tone](run) : '');
}
