import { addDays, addMonths, dateOfIsoWeek, daysInMonth, isoWeekday, lastDayOfMonth, makeDate, type CivilDate } from '../civil-date.js';
import { prinsjesdagOf, recessOf, verantwoordingsdagOf, type Calendar, type CalendarFlag } from '../calendar.js';
import type { RuleRef } from '../model.js';
import type { Part, Season, Target } from './grammar.js';

/** The days a target covers in one year, before any modifier ("voor", "uiterlijk") is applied. */
export interface Window {
  from: CivilDate;
  to: CivilDate;
  /** Flags of the calendar rows the first and the last day come from; absent for plain date arithmetic. */
  fromFlag?: CalendarFlag;
  toFlag?: CalendarFlag;
  /** What the explanation needs beyond the target itself, e.g. the recess's own days. */
  args: RuleRef['args'];
}

const PART_DAYS: Record<Part, readonly [number, number]> = { begin: [1, 10], medio: [11, 20], eind: [21, 31] };
const YEAR_PART_MONTHS: Record<Part, readonly [number, number]> = { begin: [1, 3], medio: [6, 7], eind: [11, 12] };
const SEASON_START: Record<Season, number> = { voorjaar: 3, zomer: 6, najaar: 9, winter: 12 };

const validMonth = (month: number): boolean => month >= 1 && month <= 12;

function months(year: number, first: number, last: number): Window {
  return { from: makeDate(year, first, 1), to: lastDayOfMonth(year, last), args: {} };
}

function event(date: CivilDate, flag: CalendarFlag, name: string): Window {
  return { from: date, to: date, fromFlag: flag, toFlag: flag, args: { [name]: date } };
}

/** The target's window in `year`; undefined when it has none (30 February, a herfstreces beyond the table). */
export function windowOf(target: Target, year: number, calendar: Calendar): Window | undefined {
  switch (target.kind) {
    case 'day': {
      if (!validMonth(target.month) || target.day < 1 || target.day > daysInMonth(year, target.month)) return undefined;
      const date = makeDate(year, target.month, target.day);
      return { from: date, to: date, args: { date } };
    }
    // A range of days that runs into the next year when its last month comes before its first.
    case 'days': {
      if (!validMonth(target.month) || !validMonth(target.toMonth)) return undefined;
      const toYear = target.toMonth < target.month ? year + 1 : year;
      if (target.day < 1 || target.day > daysInMonth(year, target.month) || target.toDay < 1 || target.toDay > daysInMonth(toYear, target.toMonth)) return undefined;
      const from = makeDate(year, target.month, target.day);
      const to = makeDate(toYear, target.toMonth, target.toDay);
      return from <= to ? { from, to, args: {} } : undefined;
    }
    case 'month':
      return validMonth(target.month) ? months(year, target.month, target.month) : undefined;
    case 'month-part': {
      const [first, last] = PART_DAYS[target.part];
      return { from: makeDate(year, target.month, first), to: makeDate(year, target.month, last), args: {} };
    }
    case 'months':
      return validMonth(target.month) && validMonth(target.toMonth) ? months(year, target.month, target.toMonth) : undefined;
    // Whole weeks only: the first week of March 2015 is 2-8 March, as 1 March is a Sunday.
    case 'month-week': {
      if (!validMonth(target.month)) return undefined;
      const first = makeDate(year, target.month, 1);
      const last = lastDayOfMonth(year, target.month);
      const from =
        target.week > 0
          ? addDays(first, (8 - isoWeekday(first)) % 7 + 7 * (target.week - 1))
          : addDays(last, -(isoWeekday(last) % 7) - 6);
      const to = addDays(from, 6);
      return to <= last ? { from, to, args: {} } : undefined;
    }
    // The first half of a month is days 1-15, the second the rest.
    case 'month-half':
      return target.half === 1
        ? { from: makeDate(year, target.month, 1), to: makeDate(year, target.month, 15), args: {} }
        : { from: makeDate(year, target.month, 16), to: lastDayOfMonth(year, target.month), args: {} };
    // Monday to Sunday of the ISO week; week 53 only in a year that has one (its Monday falls by 28 December).
    case 'week': {
      if (target.week < 1 || target.week > 53) return undefined;
      const from = dateOfIsoWeek(year, target.week, 1);
      if (target.week === 53 && from > makeDate(year, 12, 28)) return undefined;
      return { from, to: addDays(from, 6), args: { week: target.week } };
    }
    case 'quarter':
      return months(year, target.quarter * 3 - 2, target.quarter * 3);
    case 'half':
      return months(year, target.half * 6 - 5, target.half * 6);
    case 'year':
    case 'during-year':
      return months(year, 1, 12);
    case 'year-part':
      return months(year, ...YEAR_PART_MONTHS[target.part]);
    case 'season': {
      const from = makeDate(year, SEASON_START[target.season], 1);
      return { from, to: addDays(addMonths(from, 3), -1), args: {} };
    }
    // "het einde van het meireces": its last day.
    case 'recess-end': {
      const recess = recessOf(calendar, target.recess, year);
      if (!recess) return undefined;
      return {
        from: recess.last,
        to: recess.last,
        fromFlag: recess.lastFlag,
        toFlag: recess.lastFlag,
        args: { recess: recess.name, first: recess.first, last: recess.last },
      };
    }
    case 'recess': {
      const recess = recessOf(calendar, target.recess, year);
      if (!recess) return undefined;
      return {
        from: recess.first,
        to: recess.last,
        fromFlag: recess.flag,
        toFlag: recess.lastFlag,
        args: { recess: recess.name, first: recess.first, last: recess.last },
      };
    }
    case 'prinsjesdag': {
      const { date, flag } = prinsjesdagOf(calendar, year);
      return event(date, flag, 'prinsjesdag');
    }
    case 'verantwoordingsdag': {
      const { date, flag } = verantwoordingsdagOf(calendar, year);
      return event(date, flag, 'verantwoordingsdag');
    }
    case 'voorjaarsnota':
      return { from: makeDate(year, 4, 1), to: makeDate(year, 6, 1), args: {} };
    // The reference gives only "by 1 December"; the window mirrors the Voorjaarsnota's two months up to its deadline.
    case 'najaarsnota':
      return { from: makeDate(year, 10, 1), to: makeDate(year, 12, 1), args: {} };
    // Christmas Day and Boxing Day: "voor de kerst" ends on 24 December.
    case 'christmas':
      return { from: makeDate(year, 12, 25), to: makeDate(year, 12, 26), args: {} };
    case 'year-turn':
      return { from: makeDate(year, 12, 15), to: makeDate(year + 1, 1, 15), args: {} };
    case 'begrotingsbehandeling': {
      const prinsjesdag = prinsjesdagOf(calendar, year);
      const kerstreces = recessOf(calendar, 'kerstreces', year);
      if (!kerstreces) return undefined;
      return {
        from: prinsjesdag.date,
        to: addDays(kerstreces.first, -1),
        fromFlag: prinsjesdag.flag,
        toFlag: kerstreces.flag,
        args: { prinsjesdag: prinsjesdag.date, first: kerstreces.first },
      };
    }
  }
}
