/**
 * Calendar dates as `YYYY-MM-DD` strings. All arithmetic goes through a day
 * number (days since 1970-01-01, proleptic Gregorian), computed with integer
 * arithmetic, so no result can depend on the machine's time zone; it is also
 * the hot path of assessing 100,000 commitments, hence no regex and no `Date`.
 */
export type CivilDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * The dates toezegging works with: every date read from a register, a flag or
 * an import, and every window a deadline resolves to, lies in this range, or
 * is refused where it enters. The year of margin on either side keeps every
 * date computed from them (a calendar export's exclusive end, a timeline's
 * last month) a four-digit year that the arithmetic below handles.
 */
export const FIRST_DATE: CivilDate = '1800-01-01';
export const LAST_DATE: CivilDate = '9998-12-31';

/** Whether a date (as text, possibly a computed one with a year of other than four digits) lies within FIRST_DATE..LAST_DATE. */
export function isInRange(date: CivilDate): boolean {
  return date.length === 10 && date >= FIRST_DATE && date <= LAST_DATE;
}

/** A `YYYY-MM-DD` that exists and lies within the range: what a date given on the command line must be. */
export function isDateInRange(text: string): boolean {
  return parseCivilDate(text) !== undefined && isInRange(text);
}

/** Whether a `YYYY-MM-DD` that exists lies outside the range; for saying "out of range" rather than "not a date". */
export function isOutOfRange(text: string): boolean {
  return parseCivilDate(text) !== undefined && !isInRange(text);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The value of the ASCII digits text[from..to), or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Parses `YYYY-MM-DD`; undefined for malformed text and for days that do not exist (2026-02-30). */
export function parseCivilDate(text: string): DateParts | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
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

/** Years past 9999: arithmetic may pass through them before a window is found to be out of range. */
const LONG_YEAR = /^(\d{5,})-(\d\d)-(\d\d)$/;

export function partsOf(date: CivilDate): DateParts {
  const parts = parseCivilDate(date);
  if (parts) return parts;
  const long = LONG_YEAR.exec(date);
  if (!long) throw new RangeError(`not a calendar date: ${date}`);
  return { year: Number(long[1]), month: Number(long[2]), day: Number(long[3]) };
}

// Day numbers after Howard Hinnant's days_from_civil / civil_from_days: eras of 400 years, March-based years.
export function toDayNumber(date: CivilDate): number {
  // Assessing reads several dates per commitment: a well-formed one is read without building its parts.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digits(date, 0, 4);
    const month = digits(date, 5, 7);
    const day = digits(date, 8, 10);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return dayNumberOf(year, month, day);
  }
  const { year, month, day } = partsOf(date);
  return dayNumberOf(year, month, day);
}

function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return makeDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
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

/** ISO weekday: 1 = Monday … 7 = Sunday. Day 0, 1970-01-01, was a Thursday. */
export function isoWeekday(date: CivilDate): number {
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
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
