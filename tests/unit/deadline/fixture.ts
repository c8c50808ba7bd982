import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { calendarFromData, type Calendar } from '../../../src/core/calendar.js';
import type { CivilDate } from '../../../src/core/civil-date.js';
import type { DeadlineResolution } from '../../../src/core/model.js';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';

export const calendarData: unknown = JSON.parse(
  readFileSync(new URL('../../../calendar/parliamentary-calendar.json', import.meta.url), 'utf8'),
);
export const calendar: Calendar = calendarFromData(calendarData);

/** The deadline the finder reads in `text`, written on `anchor`, with the shipped calendar. */
export const find = (text: string, anchor: string) => findDeadline(text, anchor, calendar);

/** The date the example letter answered its questions: most tests resolve against it. */
export const ANCHOR = '2025-12-15';

export function resolved(phrase: string, anchor: CivilDate = ANCHOR, cal: Calendar = calendar): DeadlineResolution {
  const outcome = resolvePhrase(phrase, anchor, cal);
  if (!outcome.ok) throw new Error(`"${phrase}" did not resolve: ${outcome.problem === 'unknown' ? `suggestions: ${outcome.suggestions.join(' | ')}` : 'out of range'}`);
  return outcome.resolution;
}

export function window(phrase: string, anchor: CivilDate = ANCHOR, cal: Calendar = calendar): [CivilDate | null, CivilDate | null] {
  const { from, to } = resolved(phrase, anchor, cal);
  return [from, to];
}

/** A table row: a phrase and the window it resolves to, against `anchor` (default ANCHOR). */
export type WindowRow = readonly [phrase: string, from: string, to: string, anchor?: string];

/** One test per row, under `title`. */
export function windowRows(title: string, cases: readonly WindowRow[]): void {
  describe(title, () => {
    for (const [phrase, from, to, anchor = ANCHOR] of cases) {
      it(`${phrase} at ${anchor} → ${from} .. ${to}`, () => {
        expect(window(phrase, anchor)).toEqual([from, to]);
      });
    }
  });
}
