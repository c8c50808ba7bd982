import type { CivilDate } from '../core/civil-date.js';

/**
 * Today's date as it is in the Netherlands, whatever the machine's time zone:
 * a promise is late from the Dutch midnight, not the server's.
 */
export function todayInAmsterdam(now: Date): CivilDate {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
