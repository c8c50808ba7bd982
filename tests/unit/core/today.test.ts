import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../../src/core/today.js';

const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const viaIntl = (instant: Date) => amsterdam.format(instant);

describe('today in Amsterdam', () => {
  it('switches date at Dutch midnight, in winter and in summer', () => {
    expect(todayInAmsterdam(new Date('2026-11-27T22:59:59Z'))).toBe('2026-11-27');
    expect(todayInAmsterdam(new Date('2026-11-27T23:00:00Z'))).toBe('2026-11-28');
    expect(todayInAmsterdam(new Date('2026-07-02T21:59:59Z'))).toBe('2026-07-02');
    expect(todayInAmsterdam(new Date('2026-07-02T22:00:00Z'))).toBe('2026-07-03');
  });

  it('agrees with the time-zone database every 37 minutes around each change, 2000–2037', () => {
    for (let year = 2000; year <= 2037; year++) {
      for (const month of [2, 3, 9, 10]) {
        const start = Date.UTC(year, month, 1) - 3 * 86_400_000;
        for (let t = start; t < start + 40 * 86_400_000; t += 37 * 60_000) {
          const instant = new Date(t);
          if (todayInAmsterdam(instant) !== viaIntl(instant)) throw new Error(`differs at ${instant.toISOString()}`);
        }
      }
    }
    expect(true).toBe(true);
  });
});
