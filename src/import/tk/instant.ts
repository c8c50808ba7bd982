import type { CivilDate } from '../../core/civil-date.js';
import { todayInAmsterdam } from '../../core/today.js';

/** `2024-12-12T10:23:45.69+01:00`, with or without seconds and fraction; `Z` or an offset. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch, or undefined for text that is not an ISO instant with a zone. */
export function parseInstant(text: string | undefined): number | undefined {
  if (text === undefined || !ISO_INSTANT.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The Dutch calendar day of an instant the Tweede Kamer wrote. Its "no date"
 * sentinel `0001-01-01T00:00:00Z` (and anything before 1900) is no date.
 */
export function dayInAmsterdam(text: string | undefined): CivilDate | undefined {
  const ms = parseInstant(text);
  if (ms === undefined || Number(text!.slice(0, 4)) < 1900) return undefined;
  return todayInAmsterdam(new Date(ms));
}

/** The instant at which a Dutch calendar day begins, for `--since 2025-01-01`. */
export function startOfDayInAmsterdam(day: CivilDate): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(y, m - 1, d);
  // 22:30 UTC the evening before is already this day in summer time (+2) and still the day before in winter time (+1).
  const offsetHours = todayInAmsterdam(new Date(midnightUtc - 1.5 * 3_600_000)) === day ? 2 : 1;
  return new Date(midnightUtc - offsetHours * 3_600_000).toISOString().replace('.000Z', 'Z');
}
