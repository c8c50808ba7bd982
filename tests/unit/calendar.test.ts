import { describe, expect, it } from 'vitest';
import {
  calendarFromData,
  prinsjesdagOf,
  recessFromPattern,
  recessOf,
  verantwoordingsdagOf,
  withOverrides,
} from '../../src/core/calendar.js';
import { isoWeekday, yearOf } from '../../src/core/civil-date.js';
import { calendar, calendarData } from './deadline/fixture.js';

const shipped = calendarData as { recesses: Record<string, unknown>[] };

/** The shipped data with its first row of the reference table (zomerreces 2024) changed and put first. */
function withRecess(change: Record<string, unknown>): unknown {
  const at = shipped.recesses.findIndex((row) => row.source === undefined);
  return { ...shipped, recesses: [{ ...shipped.recesses[at], ...change }, ...shipped.recesses.filter((_, index) => index !== at)] };
}

describe('the shipped calendar', () => {
  it('holds every row of the reference table, after the sourced rows of past years', () => {
    expect(calendar.recesses.map((row) => `${row.name} ${row.first} ${row.last} ${row.flag}/${row.lastFlag}`)).toEqual([
      'herfstreces 2017-10-13 2017-10-23 S/S',
      'kerstreces 2017-12-22 2018-01-15 S/S',
      'voorjaarsreces 2018-02-23 2018-03-05 S/S',
      'meireces 2018-04-27 2018-05-14 S/S',
      'zomerreces 2018-07-06 2018-09-03 S/S',
      'voorjaarsreces 2020-02-21 2020-03-02 S/I',
      'voorjaarsreces 2021-02-12 2021-02-22 S/I',
      'meireces 2023-04-21 2023-05-08 S/S',
      'zomerreces 2023-07-07 2023-09-04 S/S',
      'herfstreces 2023-10-13 2023-10-23 S/S',
      'kerstreces 2023-12-22 2024-01-15 S/S',
      'voorjaarsreces 2024-02-16 2024-02-26 S/S',
      'meireces 2024-04-26 2024-05-13 S/S',
      'zomerreces 2024-07-05 2024-09-02 S/S',
      'herfstreces 2024-10-18 2024-10-28 I/I',
      'kerstreces 2024-12-20 2025-01-13 S/I',
      'voorjaarsreces 2025-02-14 2025-02-24 I/I',
      'meireces 2025-04-25 2025-05-12 I/I',
      'zomerreces 2025-07-04 2025-09-01 S2/S2',
      'verkiezingsreces 2025-10-03 2025-11-10 S/I',
      'kerstreces 2025-12-19 2026-01-12 S/S',
      'voorjaarsreces 2026-02-13 2026-02-23 S2/S2',
      'meireces 2026-04-24 2026-05-11 S2/S2',
      'zomerreces 2026-07-03 2026-08-31 S2/S2',
      'herfstreces 2026-10-16 2026-10-26 I/I',
      'kerstreces 2026-12-18 2027-01-11 I/I',
      'voorjaarsreces 2027-02-19 2027-03-01 I/I',
      'meireces 2027-04-23 2027-05-10 I/I',
      'zomerreces 2027-07-09 2027-09-06 I/I',
      'kerstreces 2027-12-17 2028-01-10 I/I',
      'zomerreces 2028-07-07 2028-09-04 I/I',
    ]);
    expect(calendar.prinsjesdag.map((day) => day.date)).toEqual(['2024-09-17', '2025-09-16', '2026-09-15', '2027-09-21', '2028-09-19']);
    expect(calendar.verantwoordingsdag.map((day) => day.date)).toEqual(['2025-05-21', '2026-05-20', '2027-05-19']);
  });

  it('has recesses that run Friday to Monday', () => {
    for (const row of calendar.recesses) {
      expect([isoWeekday(row.first), isoWeekday(row.last)], `${row.name} ${row.first}`).toEqual([5, 1]);
    }
  });

  it('reproduces every I row that has a pattern from that pattern', () => {
    const inferred = calendar.recesses.filter((row) => row.flag === 'I' && row.name !== 'herfstreces');
    expect(inferred).toHaveLength(8);
    for (const row of inferred) expect(recessFromPattern(row.name, yearOf(row.first))).toEqual(row);
  });

  it('has the pattern reproduce every sourced (S, S2) day of the reference table', () => {
    let checked = 0;
    for (const row of calendar.recesses.filter((recess) => recess.source === undefined)) {
      const computed = recessFromPattern(row.name, yearOf(row.first));
      if (!computed) continue;
      if (row.flag !== 'I') {
        expect(computed.first, `${row.name} ${row.first}`).toBe(row.first);
        checked++;
      }
      if (row.lastFlag !== 'I') {
        expect(computed.last, `${row.name} ${row.first}`).toBe(row.last);
        checked++;
      }
    }
    // zomerreces 2024-2026, kerstreces 2024 (start) and 2025, voorjaarsreces 2026, meireces 2026.
    expect(checked).toBe(13);
  });

  it('gives every sourced row of a past year its source, and keeps the pattern for years without a row', () => {
    const past = calendar.recesses.filter((row) => row.source !== undefined);
    expect(past).toHaveLength(13);
    for (const row of past) expect(row.source, `${row.name} ${row.first}`).toMatch(/^https:\/\//);
    // Where a source contradicts the pattern, its row wins: the voorjaarsreces of 2018 and 2020 began in ISO week 8, 2021's in week 6,
    // the meireces of 2018 on Koningsdag itself (a Friday). The herfstreces has no pattern.
    const differs = past.filter((row) => row.name !== 'herfstreces' && recessFromPattern(row.name, yearOf(row.first))?.first !== row.first);
    expect(differs.map((row) => `${row.name} ${row.first}`)).toEqual([
      'voorjaarsreces 2018-02-23',
      'meireces 2018-04-27',
      'voorjaarsreces 2020-02-21',
      'voorjaarsreces 2021-02-12',
    ]);
    expect(recessOf(calendar, 'voorjaarsreces', 2018)).toMatchObject({ first: '2018-02-23', last: '2018-03-05', flag: 'S' });
    expect(recessOf(calendar, 'voorjaarsreces', 2019)).toMatchObject({ first: '2019-02-15', last: '2019-02-25', flag: 'I' });
  });

  it('rejects a source that is no text', () => {
    expect(() => calendarFromData(withRecess({ source: '' }))).toThrow(/recesses\[0\]\.source/);
  });

  it('starts the kerstreces on the last Friday before 24 December, a week earlier when the 24th is a Friday', () => {
    expect(recessFromPattern('kerstreces', 2021)).toMatchObject({ first: '2021-12-17', last: '2022-01-10' });
    expect(recessFromPattern('kerstreces', 2027)).toMatchObject({ first: '2027-12-17', last: '2028-01-10' });
    expect(recessFromPattern('kerstreces', 2026)).toMatchObject({ first: '2026-12-18', last: '2027-01-11' });
  });

  it('has Prinsjesdag on the third Tuesday of September and Verantwoordingsdag on the third Wednesday of May', () => {
    const bare = calendarFromData({ recesses: [], prinsjesdag: [], verantwoordingsdag: [] });
    for (const day of calendar.prinsjesdag) {
      expect(prinsjesdagOf(bare, yearOf(day.date))).toEqual({ date: day.date, flag: 'I' });
    }
    for (const day of calendar.verantwoordingsdag) {
      expect(verantwoordingsdagOf(bare, yearOf(day.date))).toEqual({ date: day.date, flag: 'I' });
    }
  });
});

describe('lookups', () => {
  it('find a listed recess by name and the year of its first day', () => {
    expect(recessOf(calendar, 'kerstreces', 2024)).toMatchObject({ first: '2024-12-20', last: '2025-01-13', flag: 'S', lastFlag: 'I' });
  });

  it('find the recess that replaced another that year', () => {
    expect(recessOf(calendar, 'herfstreces', 2025)).toMatchObject({ name: 'verkiezingsreces', first: '2025-10-03' });
  });

  it('compute years beyond the table from the patterns, flagged inferred', () => {
    expect(recessOf(calendar, 'zomerreces', 2029)).toEqual({
      name: 'zomerreces',
      first: '2029-07-06',
      last: '2029-09-03',
      flag: 'I',
      lastFlag: 'I',
    });
    expect(recessOf(calendar, 'meireces', 2028)).toMatchObject({ first: '2028-04-21', last: '2028-05-08' });
    expect(recessOf(calendar, 'voorjaarsreces', 2028)).toMatchObject({ first: '2028-02-18', last: '2028-02-28' });
    expect(recessOf(calendar, 'kerstreces', 2028)).toMatchObject({ first: '2028-12-22', last: '2029-01-15' });
  });

  it('move the meireces when Koningsdag falls on a Sunday', () => {
    // 27 April 2025 is a Sunday: Koningsdag is Saturday 26 April, the recess starts Friday 25 April.
    expect(recessFromPattern('meireces', 2025)).toMatchObject({ first: '2025-04-25' });
    // 27 April 2029 is a Friday: the recess starts the Friday before.
    expect(recessFromPattern('meireces', 2029)).toMatchObject({ first: '2029-04-20' });
  });

  it('find no herfstreces beyond the table: it has no pattern', () => {
    expect(recessOf(calendar, 'herfstreces', 2027)).toBeUndefined();
  });

  it('take Prinsjesdag from the table, else from the pattern', () => {
    expect(prinsjesdagOf(calendar, 2026)).toEqual({ date: '2026-09-15', flag: 'S' });
    expect(prinsjesdagOf(calendar, 2029)).toEqual({ date: '2029-09-18', flag: 'I' });
    expect(verantwoordingsdagOf(calendar, 2028)).toEqual({ date: '2028-05-17', flag: 'I' });
  });
});

describe('withOverrides', () => {
  it('replaces the shipped row for the same name and year, flagged config', () => {
    const corrected = withOverrides(calendar, [{ name: 'Zomerreces', first: '2026-07-10', last: '2026-09-07' }]);
    expect(recessOf(corrected, 'zomerreces', 2026)).toEqual({
      name: 'zomerreces',
      first: '2026-07-10',
      last: '2026-09-07',
      flag: 'config',
      lastFlag: 'config',
    });
    expect(corrected.recesses.filter((row) => row.name === 'zomerreces')).toHaveLength(7);
  });

  it('adds a recess for a year the table lacks and leaves the shipped calendar as it was', () => {
    const added = withOverrides(calendar, [{ name: 'herfstreces', first: '2027-10-15', last: '2027-10-25' }]);
    expect(recessOf(added, 'herfstreces', 2027)?.flag).toBe('config');
    expect(recessOf(calendar, 'herfstreces', 2027)).toBeUndefined();
  });

  it('wins over a row standing in for the recess', () => {
    const corrected = withOverrides(calendar, [{ name: 'herfstreces', first: '2025-10-17', last: '2025-10-27' }]);
    expect(recessOf(corrected, 'herfstreces', 2025)?.first).toBe('2025-10-17');
  });
});

describe('calendarFromData', () => {
  it.each([
    [null, /\(root\): expected an object/],
    [[], /\(root\): expected an object/],
    [{ ...shipped, recesses: undefined }, /recesses: expected a list/],
    [withRecess({ first: '2024-13-05' }), /recesses\[0\]\.first: expected an existing date as YYYY-MM-DD, got "2024-13-05"/],
    [withRecess({ last: '2024-07-01' }), /recesses\[0\]\.last: 2024-07-01 is before the first day 2024-07-05/],
    [withRecess({ flag: 'X' }), /recesses\[0\]\.flag: expected one of S, S2, I, got "X"/],
    [withRecess({ lastFlag: 'config' }), /recesses\[0\]\.lastFlag: expected one of S, S2, I/],
    [withRecess({ name: '' }), /recesses\[0\]\.name: expected a non-empty text/],
    [withRecess({ first: '2025-07-04', last: '2025-09-01' }), /recesses\[18\]: zomerreces 2025 is listed twice/],
    [{ ...shipped, prinsjesdag: [{ date: '2026-09-15' }] }, /prinsjesdag\[0\]\.flag: expected one of/],
    [{ ...shipped, prinsjesdag: [{ date: '2026-09-15', flag: 'S' }, { date: '2026-09-16', flag: 'S' }] }, /prinsjesdag\[1\]: a second date in 2026/],
    [{ ...shipped, verantwoordingsdag: 'mei' }, /verantwoordingsdag: expected a list/],
  ])('rejects malformed data (%#)', (data, message) => {
    expect(() => calendarFromData(data)).toThrow(message);
  });

  it('rejects with a plain Error that names the calendar', () => {
    expect(() => calendarFromData({})).toThrow(Error);
    expect(() => calendarFromData({})).toThrow(/^parliamentary calendar: /);
  });
});
