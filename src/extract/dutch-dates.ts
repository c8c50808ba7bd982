import { daysInMonth, makeDate, type CivilDate } from '../core/civil-date.js';
import { monthNumber } from '../core/deadline/normalize.js';

/** A full Dutch date in running text: "8 december 2025", "1 sept. 2025", "12-09-2024". */
export const FULL_DATE = /\b(\d{1,2})\s+([a-z]{3,9})\.?\s+((?:19|20)\d{2})\b|\b(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})\b/gi;

/** The date a match of FULL_DATE names, if it exists. */
export function dateOfMatch(match: RegExpMatchArray): CivilDate | undefined {
  const [day, month, year] = match[1] !== undefined ? [Number(match[1]), monthNumber(match[2]!.toLowerCase()), Number(match[3])] : [Number(match[4]), Number(match[5]), Number(match[6])];
  if (month === undefined || month < 1 || month > 12 || day! < 1 || day! > daysInMonth(year!, month)) return undefined;
  return makeDate(year!, month, day!);
}

/** The first full date in `text`. */
export function firstDate(text: string): CivilDate | undefined {
  for (const match of text.matchAll(FULL_DATE)) {
    const date = dateOfMatch(match);
    if (date) return date;
  }
  return undefined;
}
