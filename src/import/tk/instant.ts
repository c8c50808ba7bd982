import { isInRange, type CivilDate } from '../../core/civil-date.js';
import { todayInAmsterdam } from '../../core/today.js';
import { compareText } from '../../core/text-order.js';

/** `2024-12-12T10:23:45.69+01:00`, with or without seconds and fraction; `Z` or an offset. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.(\d+))?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch, or undefined for text that is not an ISO instant with a zone. */
export function parseInstant(text: string | undefined): number | undefined {
  if (text === undefined || !ISO_INSTANT.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * A key that sorts instants exactly, to the 100 ns the source writes
 * (`.5222825`): milliseconds alone would call two distinct change times equal.
 */
export function instantKey(text: string | undefined): string | undefined {
  const ms = parseInstant(text);
  if (ms === undefined) return undefined;
  const fraction = ISO_INSTANT.exec(text!)?.[1] ?? '';
  // Offset so that instants before 1970 (the 0001 sentinel) still sort as text.
  return `${String(ms + 62_200_000_000_000).padStart(16, '0')}${fraction.slice(3, 7).padEnd(4, '0')}`;
}

/** Orders two instants exactly; text that is not an instant sorts first. */
export function compareInstants(a: string | undefined, b: string | undefined): number {
  const x = instantKey(a) ?? '';
  const y = instantKey(b) ?? '';
  return compareText(x, y);
}

/** The instant `ms` milliseconds before `text`, in UTC: where an incremental run starts reading, a little before the last one ended. */
export function instantBefore(text: string, ms: number): string {
  return new Date(parseInstant(text)! - ms).toISOString();
}

/**
 * The Dutch calendar day of an instant the Tweede Kamer wrote. Its "no date"
 * sentinel `0001-01-01T00:00:00Z` (and anything before 1900) is no date; nor
 * is a day outside the dates toezegging handles (a typo'd year 9999 becomes a
 * day of year 10000 in Amsterdam), which the register would refuse.
 */
export function dayInAmsterdam(text: string | undefined): CivilDate | undefined {
  const ms = parseInstant(text);
  if (ms === undefined || Number(text!.slice(0, 4)) < 1900) return undefined;
  const day = todayInAmsterdam(new Date(ms));
  return isInRange(day) ? day : undefined;
}

/** The instant at which a Dutch calendar day begins, for `--since 2025-01-01`. */
export function startOfDayInAmsterdam(day: CivilDate): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(y, m - 1, d);
  // 22:30 UTC the evening before is already this day in summer time (+2) and still the day before in winter time (+1).
  const offsetHours = todayInAmsterdam(new Date(midnightUtc - 1.5 * 3_600_000)) === day ? 2 : 1;
  return new Date(midnightUtc - offsetHours * 3_600_000).toISOString().replace('.000Z', 'Z');
}
