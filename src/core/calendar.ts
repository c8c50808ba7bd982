import {
  addDays,
  dateOfIsoWeek,
  isCivilDate,
  isoWeekday,
  makeDate,
  nthWeekdayOfMonth,
  weekdayBefore,
  yearOf,
  type CivilDate,
} from './civil-date.js';
import type { RecessOverride } from './model.js';

/**
 * Where a calendar date comes from: S a public source, S2 a secondary source,
 * I inferred from a pattern (also every date computed beyond the table),
 * config a register's own `toezegging.config.yaml`.
 */
export type CalendarFlag = 'S' | 'S2' | 'I' | 'config';

export interface Recess {
  name: string;
  first: CivilDate;
  last: CivilDate;
  flag: CalendarFlag;
  /** Some rows are sourced for their start only (the end of kerstreces 2024 is inferred). */
  lastFlag: CalendarFlag;
  /** The recess this one replaces that year (verkiezingsreces 2025 instead of herfstreces). */
  instead?: string;
  /** Where a sourced row of a past year says so (a page's address), kept so the data can be checked again. */
  source?: string;
}

export interface CalendarDay {
  date: CivilDate;
  flag: CalendarFlag;
}

export interface Calendar {
  recesses: readonly Recess[];
  prinsjesdag: readonly CalendarDay[];
  verantwoordingsdag: readonly CalendarDay[];
}

export function isInferred(flag: CalendarFlag): boolean {
  return flag === 'I';
}

const SHIPPED_FLAGS: readonly string[] = ['S', 'S2', 'I'];

function fail(path: string, problem: string): never {
  throw new Error(`parliamentary calendar: ${path}: ${problem}`);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'expected an object');
  return value as Record<string, unknown>;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'expected a list');
  return value;
}

function date(value: unknown, path: string): CivilDate {
  if (!isCivilDate(value)) fail(path, `expected an existing date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

function flag(value: unknown, path: string): CalendarFlag {
  if (typeof value !== 'string' || !SHIPPED_FLAGS.includes(value)) {
    fail(path, `expected one of ${SHIPPED_FLAGS.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as CalendarFlag;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'expected a non-empty text');
  return value;
}

function recessFromData(value: unknown, path: string): Recess {
  const row = record(value, path);
  const first = date(row.first, `${path}.first`);
  const last = date(row.last, `${path}.last`);
  if (last < first) fail(`${path}.last`, `${last} is before the first day ${first}`);
  const firstFlag = flag(row.flag, `${path}.flag`);
  const recess: Recess = {
    name: text(row.name, `${path}.name`),
    first,
    last,
    flag: firstFlag,
    lastFlag: row.lastFlag === undefined ? firstFlag : flag(row.lastFlag, `${path}.lastFlag`),
  };
  if (row.instead !== undefined) recess.instead = text(row.instead, `${path}.instead`);
  if (row.source !== undefined) recess.source = text(row.source, `${path}.source`);
  return recess;
}

function firstRepeat<T>(values: readonly T[]): { index: number; value: T } | undefined {
  const index = values.findIndex((value, at) => values.indexOf(value) !== at);
  return index < 0 ? undefined : { index, value: values[index]! };
}

function daysFromData(value: unknown, path: string): CalendarDay[] {
  const days = list(value, path).map((item, index) => {
    const row = record(item, `${path}[${index}]`);
    return { date: date(row.date, `${path}[${index}].date`), flag: flag(row.flag, `${path}[${index}].flag`) };
  });
  const repeat = firstRepeat(days.map((day) => yearOf(day.date)));
  if (repeat) fail(`${path}[${repeat.index}]`, `a second date in ${repeat.value}`);
  return days;
}

const recessKey = (recess: { name: string; first: CivilDate }): string => `${recess.name} ${yearOf(recess.first)}`;

/** Validates the shipped calendar file; throws an Error naming the offending entry. */
export function calendarFromData(data: unknown): Calendar {
  const root = record(data, '(root)');
  const recesses = list(root.recesses, 'recesses').map((row, index) => recessFromData(row, `recesses[${index}]`));
  const repeat = firstRepeat(recesses.map(recessKey));
  if (repeat) fail(`recesses[${repeat.index}]`, `${repeat.value} is listed twice`);
  return {
    recesses,
    prinsjesdag: daysFromData(root.prinsjesdag, 'prinsjesdag'),
    verantwoordingsdag: daysFromData(root.verantwoordingsdag, 'verantwoordingsdag'),
  };
}

/** A register's own recess dates: each replaces the shipped row with the same name and year, or adds one. */
export function withOverrides(calendar: Calendar, overrides: readonly RecessOverride[]): Calendar {
  const added: Recess[] = overrides.map((override) => ({
    name: override.name.trim().toLowerCase(),
    first: override.first,
    last: override.last,
    flag: 'config',
    lastFlag: 'config',
  }));
  const replaced = new Set(added.map(recessKey));
  return { ...calendar, recesses: [...calendar.recesses.filter((row) => !replaced.has(recessKey(row))), ...added] };
}

const FRIDAY = 5;

/** Koningsdag moves to the 26th when the 27th is a Sunday. */
function koningsdag(year: number): CivilDate {
  const day = makeDate(year, 4, 27);
  return isoWeekday(day) === 7 ? makeDate(year, 4, 26) : day;
}

/** First day and length in days after it, per recess with a known pattern. */
const RECESS_PATTERNS: Record<string, (year: number) => { first: CivilDate; extra: number }> = {
  zomerreces: (year) => ({ first: dateOfIsoWeek(year, 27, FRIDAY), extra: 59 }),
  // Strictly before 24 December: when the 24th is itself a Friday the recess began a week earlier (17 December 2021).
  kerstreces: (year) => ({ first: weekdayBefore(makeDate(year, 12, 24), FRIDAY), extra: 24 }),
  meireces: (year) => ({ first: weekdayBefore(koningsdag(year), FRIDAY), extra: 17 }),
  voorjaarsreces: (year) => ({ first: dateOfIsoWeek(year, 7, FRIDAY), extra: 10 }),
};

/** Whether a recess has a pattern its years can be computed from (the herfstreces and a verkiezingsreces have none). */
export function followsAPattern(name: string): boolean {
  return Object.hasOwn(RECESS_PATTERNS, name);
}

/** The recess as its pattern predicts it, flagged inferred; undefined for a recess without a pattern. */
export function recessFromPattern(name: string, year: number): Recess | undefined {
  const pattern = RECESS_PATTERNS[name];
  if (!pattern) return undefined;
  const { first, extra } = pattern(year);
  return { name, first, last: addDays(first, extra), flag: 'I', lastFlag: 'I' };
}

/** Recess `name` of `year` (the year of its first day): a listed row, the row replacing it, or the pattern. */
export function recessOf(calendar: Calendar, name: string, year: number): Recess | undefined {
  const inYear = calendar.recesses.filter((row) => yearOf(row.first) === year);
  return (
    inYear.find((row) => row.name === name) ??
    inYear.find((row) => row.instead === name) ??
    recessFromPattern(name, year)
  );
}

/**
 * Every recess of the years around `year`, listed or predicted by a pattern, in the order they start: where "het
 * reces" without a name looks for the first one. A year whose herfstreces is neither listed nor patterned skips it.
 */
export function recessesAround(calendar: Calendar, year: number): Recess[] {
  const years = [year - 1, year, year + 1];
  const listed = calendar.recesses.filter((row) => years.includes(yearOf(row.first)));
  const predicted = years.flatMap((y) => Object.keys(RECESS_PATTERNS).map((name) => recessOf(calendar, name, y)));
  const byKey = new Map<string, Recess>();
  for (const recess of [...listed, ...predicted]) if (recess) byKey.set(recessKey(recess), recess);
  return [...byKey.values()].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
}

function dayOf(days: readonly CalendarDay[], year: number, pattern: (year: number) => CivilDate): CalendarDay {
  return days.find((day) => yearOf(day.date) === year) ?? { date: pattern(year), flag: 'I' };
}

/** Prinsjesdag: the listed date, else the third Tuesday of September (inferred). */
export function prinsjesdagOf(calendar: Calendar, year: number): CalendarDay {
  return dayOf(calendar.prinsjesdag, year, (y) => nthWeekdayOfMonth(y, 9, 2, 3));
}

/** Verantwoordingsdag: the listed date, else the third Wednesday of May (inferred). */
export function verantwoordingsdagOf(calendar: Calendar, year: number): CalendarDay {
  return dayOf(calendar.verantwoordingsdag, year, (y) => nthWeekdayOfMonth(y, 5, 3, 3));
}
