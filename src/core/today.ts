import { addDays, fromDayNumber, isoWeekday, makeDate, type CivilDate } from './civil-date.js';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** The last Sunday of a month, as milliseconds since the epoch at 01:00 UTC: when EU summer time starts or ends. */
function lastSundayAt0100Utc(year: number, month: number): number {
  const last = makeDate(year, month, 31);
  const sunday = addDays(last, -(isoWeekday(last) % 7));
  const [y, m, d] = sunday.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 1);
}

/** A year's summer time, start and end, made once per year: an import asks for the Dutch day of every record's instants. */
const summerTimes = new Map<number, readonly [start: number, end: number]>();

function summerTime(year: number): readonly [start: number, end: number] {
  let times = summerTimes.get(year);
  if (times === undefined) summerTimes.set(year, (times = [lastSundayAt0100Utc(year, 3), lastSundayAt0100Utc(year, 10)]));
  return times;
}

/**
 * Today's date as it is in the Netherlands, whatever the machine's time zone:
 * a promise is late from the Dutch midnight, not the server's.
 *
 * Computed from the EU summer-time rule (CET, CEST from the last Sunday of
 * March to the last Sunday of October, switching at 01:00 UTC) rather than
 * with Intl: loading the time-zone database costs about 20 ms, a fifth of
 * the program's start-up. A unit test checks this against Intl over decades,
 * so a change in the rule cannot slip by unnoticed.
 */
export function todayInAmsterdam(now: Date): CivilDate {
  const instant = now.getTime();
  const [start, end] = summerTime(now.getUTCFullYear());
  const summer = instant >= start && instant < end;
  const local = instant + (summer ? 2 : 1) * MS_PER_HOUR;
  return fromDayNumber(Math.floor(local / MS_PER_DAY));
}
