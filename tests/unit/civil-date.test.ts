import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dateOfIsoWeek,
  fromDayNumber,
  toDayNumber,
  daysBetween,
  isCivilDate,
  isoWeekday,
  nthWeekdayOfMonth,
  parseCivilDate,
  weekdayBefore,
} from '../../src/core/civil-date.js';

describe('civil dates', () => {
  it('rejects days that do not exist', () => {
    expect(parseCivilDate('2026-02-30')).toBeUndefined();
    expect(parseCivilDate('2026-13-01')).toBeUndefined();
    expect(parseCivilDate('2026-2-3')).toBeUndefined();
    expect(isCivilDate('2028-02-29')).toBe(true);
    expect(isCivilDate('2027-02-29')).toBe(false);
  });

  it('counts days across months, leap days and DST changes', () => {
    expect(daysBetween('2026-06-30', '2026-11-28')).toBe(151);
    expect(daysBetween('2026-08-31', '2026-11-28')).toBe(89);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('adds months clamping to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2025-12-15', 3)).toBe('2026-03-15');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('finds weekdays the calendar rules need', () => {
    expect(isoWeekday('2026-07-03')).toBe(5);
    expect(dateOfIsoWeek(2026, 27, 5)).toBe('2026-07-03');
    expect(nthWeekdayOfMonth(2026, 9, 2, 3)).toBe('2026-09-15');
    expect(weekdayBefore('2026-12-25', 5)).toBe('2026-12-18');
  });
});

describe('day numbers', () => {
  it('agree with the UTC calendar for every day from 1900 to 2100', () => {
    const start = Date.UTC(1900, 0, 1) / 86_400_000;
    const end = Date.UTC(2100, 11, 31) / 86_400_000;
    for (let n = start; n <= end; n++) {
      const utc = new Date(n * 86_400_000);
      const iso = utc.toISOString().slice(0, 10);
      if (fromDayNumber(n) !== iso || toDayNumber(iso) !== n || isoWeekday(iso) !== (utc.getUTCDay() || 7)) throw new Error(`differs at ${iso}`);
    }
    expect(fromDayNumber(0)).toBe('1970-01-01');
  });
});
