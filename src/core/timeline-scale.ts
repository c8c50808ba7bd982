import { addDays, addMonths, daysBetween, lastDayOfMonth, makeDate, maxDate, minDate, partsOf, type CivilDate } from './civil-date.js';

/** The dates a timeline spans, both inclusive. */
export interface TimelineRange {
  from: CivilDate;
  to: CivilDate;
}

/** A window as the chart needs it; a null end is open (no start, or no end date). */
export interface Span {
  from: CivilDate | null;
  to: CivilDate | null;
}

/** Maps days onto `columns` character cells; every day falls in exactly one column. */
export interface Scale {
  range: TimelineRange;
  columns: number;
  /** Days in the range, inclusive. */
  days: number;
}

/** Where a window lands on the chart. */
export type Placement =
  | { kind: 'bar'; start: number; end: number; clippedLeft: boolean; clippedRight: boolean }
  | { kind: 'before' }
  | { kind: 'after' };

/** How far the default range looks back and ahead of today. */
export const LOOK_BACK_MONTHS = 6;
export const LOOK_AHEAD_MONTHS = 6;
/** Beyond this the months become too narrow to name at 80 columns. */
export const MAX_DEFAULT_MONTHS = 24;

/**
 * The range a timeline shows when the user gives none:
 * - it starts at the earliest window start, but goes back no further than six
 *   months before today (older history is clipped, with an arrow), and never
 *   starts after today, so the today marker is always on the chart;
 * - it ends at the latest window end, but no sooner than six months after
 *   today (what is coming matters most), and it spans at most 24 months;
 * - both ends are widened to whole months so the month axis starts and ends
 *   on a month boundary.
 * An end the user gave is kept as given; the other one is derived as above,
 * or six months away from the given end when that is far from today.
 * Open ends do not stretch the range: they are drawn to the edge.
 */
export function defaultRange(spans: readonly Span[], asOf: CivilDate, given: Partial<TimelineRange> = {}): TimelineRange {
  const starts = spans.flatMap((span) => (span.from === null ? [] : [span.from]));
  const ends = spans.flatMap((span) => (span.to === null ? [] : [span.to]));
  const earliest = starts.length > 0 ? starts.reduce(minDate) : asOf;
  const latest = ends.length > 0 ? ends.reduce(maxDate) : asOf;

  let from = given.from ?? firstOfMonth(minDate(asOf, maxDate(earliest, addMonths(asOf, -LOOK_BACK_MONTHS))));
  // With only one end given and it far from today, the other end follows it rather than today.
  if (given.to !== undefined && given.from === undefined && from > given.to) from = firstOfMonth(addMonths(given.to, -LOOK_BACK_MONTHS));
  const cap = addDays(addMonths(from, MAX_DEFAULT_MONTHS), -1);
  let to = given.to ?? endOfMonth(minDate(cap, maxDate(latest, addMonths(asOf, LOOK_AHEAD_MONTHS))));
  if (given.to === undefined && to < from) to = endOfMonth(addMonths(from, LOOK_AHEAD_MONTHS));
  return { from, to };
}

export function makeScale(range: TimelineRange, columns: number): Scale {
  if (columns < 1) throw new RangeError(`a timeline needs at least one column, not ${columns}`);
  return { range, columns, days: daysBetween(range.from, range.to) + 1 };
}

/** The column a day falls in; negative before the range and `columns` or more after it. */
export function columnOf(scale: Scale, date: CivilDate): number {
  return Math.floor((daysBetween(scale.range.from, date) * scale.columns) / scale.days);
}

/** The first column that belongs to `date` and the last; a day wider than a column covers several. */
function columnsOf(scale: Scale, date: CivilDate): [number, number] {
  const offset = daysBetween(scale.range.from, date);
  const first = Math.floor((offset * scale.columns) / scale.days);
  const last = Math.ceil(((offset + 1) * scale.columns) / scale.days) - 1;
  return [first, Math.max(first, last)];
}

/**
 * Places a window on the scale, clipped to the range. A window wholly outside
 * the range is `before` or `after` it, so the row can still say where it is.
 */
export function place(scale: Scale, span: Span): Placement {
  const { from, to } = scale.range;
  if (span.to !== null && span.to < from) return { kind: 'before' };
  if (span.from !== null && span.from > to) return { kind: 'after' };
  const clippedLeft = span.from === null || span.from < from;
  const clippedRight = span.to === null || span.to > to;
  const start = clippedLeft ? 0 : columnsOf(scale, span.from!)[0];
  const end = clippedRight ? scale.columns - 1 : columnsOf(scale, span.to!)[1];
  return { kind: 'bar', start, end: Math.min(scale.columns - 1, end), clippedLeft, clippedRight };
}

/** Whether any day of the window lies in the range. */
export function overlaps(range: TimelineRange, span: Span): boolean {
  return (span.to === null || span.to >= range.from) && (span.from === null || span.from <= range.to);
}

/** A month boundary on the axis. */
export interface MonthTick {
  year: number;
  month: number;
  column: number;
}

/** The first day of every month that starts inside the range (and the range's own first month), with its column. */
export function monthTicks(scale: Scale): MonthTick[] {
  const ticks: MonthTick[] = [];
  for (let date = firstOfMonth(scale.range.from); date <= scale.range.to; date = addMonths(date, 1)) {
    const { year, month } = partsOf(date);
    ticks.push({ year, month, column: Math.max(0, columnOf(scale, date)) });
  }
  return ticks;
}

function firstOfMonth(date: CivilDate): CivilDate {
  const { year, month } = partsOf(date);
  return makeDate(year, month, 1);
}

function endOfMonth(date: CivilDate): CivilDate {
  const { year, month } = partsOf(date);
  return lastDayOfMonth(year, month);
}
