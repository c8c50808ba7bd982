/**
 * Calendar dates as `YYYY-MM-DD` strings. All arithmetic goes through a day
 * number (days since 1970-01-01, proleptic Gregorian) so that no result ever
 * depends on the machine's time zone: a `Date` is only used as a UTC calculator.
 */
export type CivilDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Parses `YYYY-MM-DD`; undefined for malformed text and for days that do not exist (2026-02-30). */
export function parseCivilDate(text: string): DateParts | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isCivilDate(text: unknown): text is CivilDate {
  return typeof text === 'string' && parseCivilDate(text) !== undefined;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Builds a date from parts; the day is clamped to the month's last day (31 Feb → 28/29 Feb). */
export function makeDate(year: number, month: number, day: number): CivilDate {
  const clamped = Math.min(day, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(clamped, 2)}`;
}

export function partsOf(date: CivilDate): DateParts {
  const parts = parseCivilDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  return parts;
}

export function toDayNumber(date: CivilDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return makeDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day. */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  return makeDate(Math.floor(index / 12), (index % 12) + 1, day);
}

export function addYears(date: CivilDate, years: number): CivilDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: CivilDate, b: CivilDate): CivilDate {
  return a <= b ? a : b;
}

export function maxDate(a: CivilDate, b: CivilDate): CivilDate {
  return a >= b ? a : b;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CivilDate): number {
  const weekday = new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The date of the given ISO weekday (1 = Monday) in ISO week `week` of ISO year `year`. */
export function dateOfIsoWeek(year: number, week: number, weekday: number): CivilDate {
  const jan4 = makeDate(year, 1, 4);
  const mondayOfWeek1 = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(mondayOfWeek1, (week - 1) * 7 + (weekday - 1));
}

/** The `n`-th given weekday (1 = Monday) of a month, e.g. the third Tuesday of September. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): CivilDate {
  const first = makeDate(year, month, 1);
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** The last given weekday strictly before `date`. */
export function weekdayBefore(date: CivilDate, weekday: number): CivilDate {
  const back = (isoWeekday(date) - weekday + 7) % 7 || 7;
  return addDays(date, -back);
}

export function lastDayOfMonth(year: number, month: number): CivilDate {
  return makeDate(year, month, daysInMonth(year, month));
}

export function yearOf(date: CivilDate): number {
  return partsOf(date).year;
}
