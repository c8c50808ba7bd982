import { daysBetween, type CivilDate } from './civil-date.js';

/**
 * Warning lead time in proportion to the time the promise gave itself: a
 * share of the days from the promise (or the window's start, if that is
 * earlier) to the deadline. A two-week deadline warns a few days ahead; a
 * deadline a year out warns weeks ahead, never months.
 */
const LEAD_SHARE = 0.15;
const MIN_LEAD_DAYS = 2;
const MAX_LEAD_DAYS = 42;

export function leadDays(anchor: CivilDate, windowFrom: CivilDate | null, windowTo: CivilDate): number {
  const start = windowFrom !== null && windowFrom < anchor ? windowFrom : anchor;
  const available = Math.max(1, daysBetween(start, windowTo));
  return Math.min(MAX_LEAD_DAYS, Math.max(MIN_LEAD_DAYS, Math.ceil(available * LEAD_SHARE)));
}

/** True when an undelivered commitment's deadline is within its proportional lead time. */
export function isDueSoon(asOf: CivilDate, anchor: CivilDate, windowFrom: CivilDate | null, windowTo: CivilDate | null): boolean {
  if (windowTo === null || asOf > windowTo) return false;
  return daysBetween(asOf, windowTo) <= leadDays(anchor, windowFrom, windowTo);
}
