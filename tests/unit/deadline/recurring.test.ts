import { describe, expect, it } from 'vitest';
import type { RecurringResolution } from '../../../src/core/model.js';
import { isInRange } from '../../../src/core/civil-date.js';
import { instanceOf, instancesOf, resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar, resolved } from './fixture.js';

function series(phrase: string, anchor = '2025-12-15'): RecurringResolution {
  const found = resolved(phrase, anchor);
  if (found.kind !== 'recurring') throw new Error(`"${phrase}" resolved to a ${found.kind}, not a series`);
  return found;
}

function instances(phrase: string, anchor: string, count: number): [string, string][] {
  const { recurrence } = series(phrase, anchor);
  return Array.from({ length: count }, (_, i) => {
    const instance = instanceOf(recurrence, i + 1, calendar);
    if (!instance) throw new Error(`no instance ${i + 1}`);
    return [instance.from, instance.to];
  });
}

/** The reference's second table, "recurring": the first instance is the one ending first after A. */
describe('a yearly series with a phase', () => {
  it('jaarlijks vóór het zomerreces at A = 2024-09-23: A … 2025-07-03, then up to each next zomerreces', () => {
    expect(instances('jaarlijks vóór het zomerreces', '2024-09-23', 3)).toEqual([
      ['2024-09-23', '2025-07-03'],
      ['2025-07-04', '2026-07-02'],
      ['2026-07-03', '2027-07-08'],
    ]);
  });

  it.each([
    ['elk jaar voor Prinsjesdag', '2025-12-15', '2026-09-14'],
    ['ieder jaar vóór Prinsjesdag', '2025-12-15', '2026-09-14'],
    ['jaarlijks, voor het kerstreces', '2025-12-15', '2025-12-18'],
    ['voor het zomerreces van elk jaar', '2025-12-15', '2026-07-02'],
    ['annually before the summer recess', '2025-12-15', '2026-07-02'],
    ['jaarlijks rond Prinsjesdag', '2025-12-15', '2026-09-22'],
    ['jaarlijks bij de Voorjaarsnota', '2025-12-15', '2026-06-01'],
  ])('%s (A = %s) ends first on %s', (phrase, anchor, to) => {
    const found = series(phrase, anchor);
    expect(found.to).toBe(to);
    expect(found.recurrence.every).toEqual({ unit: 'year', count: 1 });
    expect(found.recurrence.phase).not.toBeNull();
  });

  it('each next instance of a whole-window phase is that window a year on', () => {
    expect(instances('jaarlijks rond Prinsjesdag', '2025-12-15', 2)).toEqual([
      ['2026-09-01', '2026-09-22'],
      ['2027-09-07', '2027-09-28'],
    ]);
  });
});

describe('a series without a phase: instance n is A + (n − 1)·period … A + n·period', () => {
  it.each([
    ['halfjaarlijks', { unit: 'month', count: 6 }],
    ['twee keer per jaar', { unit: 'month', count: 6 }],
    ['tweemaal per jaar', { unit: 'month', count: 6 }],
    ['elk half jaar', { unit: 'month', count: 6 }],
    ['elk kwartaal', { unit: 'month', count: 3 }],
    ['per kwartaal', { unit: 'month', count: 3 }],
    ['vier keer per jaar', { unit: 'month', count: 3 }],
    ['maandelijks', { unit: 'month', count: 1 }],
    ['elke maand', { unit: 'month', count: 1 }],
    ['jaarlijks', { unit: 'year', count: 1 }],
    ['elk jaar', { unit: 'year', count: 1 }],
    ['tweejaarlijks', { unit: 'year', count: 2 }],
    ['om de twee jaar', { unit: 'year', count: 2 }],
    ['elke zes weken', { unit: 'week', count: 6 }],
    ['quarterly', { unit: 'month', count: 3 }],
    ['twice a year', { unit: 'month', count: 6 }],
  ])('%s', (phrase, every) => {
    const found = series(phrase);
    expect(found.recurrence).toEqual({ every, phase: null, start: '2025-12-15' });
  });

  it('halfjaarlijks from 2025-12-15', () => {
    expect(instances('halfjaarlijks', '2025-12-15', 3)).toEqual([
      ['2025-12-15', '2026-06-15'],
      ['2026-06-15', '2026-12-15'],
      ['2026-12-15', '2027-06-15'],
    ]);
  });

  it('maandelijks from the last day of a month keeps to month ends where they exist', () => {
    expect(instances('maandelijks', '2026-01-31', 2)).toEqual([
      ['2026-01-31', '2026-02-28'],
      ['2026-02-28', '2026-03-31'],
    ]);
  });
});

/**
 * Every spelling of a weekly series: "weken" and "wekelijks" do not contain "week", so a pre-filter of a series by the
 * name of its period must not take "week" as the only spelling of weeks (found by review).
 */
describe('a series of weeks, in every spelling', () => {
  it.each([
    ['wekelijks', 1],
    ['tweewekelijks', 2],
    ['elke twee weken', 2],
    ['om de 2 weken', 2],
    ['om de twee weken', 2],
    ['iedere 3 weken', 3],
    ['Elke Twee Weken', 2],
  ])('%s is a series of %i weeks', (phrase, count) => {
    expect(series(phrase).recurrence.every).toEqual({ unit: 'week', count });
  });

  it.each(['elke twee weken', 'om de 2 weken', 'iedere 3 weken'])('the finder reads "%s" in running text as that series', (phrase) => {
    const found = findDeadline(`De minister informeert de Kamer ${phrase} over de voortgang.`, '2026-03-10', calendar);
    expect(found?.phrase).toBe(phrase);
    expect(found?.resolution.kind).toBe('recurring');
  });
});

describe('what is not a series', () => {
  it.each(['drie keer per jaar voor het zomerreces', 'halfjaarlijks voor het zomerreces', 'jaarlijks in 2026', 'jaarlijks bla', 'zeven keer per jaar'])(
    '%s does not resolve',
    (phrase) => {
      expect(resolvePhrase(phrase, '2025-12-15', calendar).ok).toBe(false);
    },
  );
});

/** Instances were computed on past 9999 (a five-digit year, which then compares below 9999 as text): a calendar export never ended. */
describe('a series near the end of the range', () => {
  /** At most 100 instances, so that a series without end fails the test rather than hanging it. */
  const all = (phrase: string, anchor: string) => {
    const found = [];
    for (const instance of instancesOf(series(phrase, anchor).recurrence, calendar)) if (found.push(instance) === 100) break;
    return found;
  };

  it.each([
    ['maandelijks', '9998-11-15', 1],
    ['wekelijks', '9998-11-15', 6],
    ['jaarlijks', '9997-03-01', 1],
  ])('%s from %s: the %i instances within 9998-12-31, then no more', (phrase, anchor, count) => {
    const found = all(phrase, anchor);
    expect(found).toHaveLength(count);
    for (const instance of found) expect(isInRange(instance.from) && isInRange(instance.to)).toBe(true);
    expect(instanceOf(series(phrase, anchor).recurrence, count + 1, calendar)).toBeUndefined();
  });

  it.each([
    ['elke 2 jaar', '9998-11-15'],
    ['elk kwartaal', '9998-11-15'],
    ['jaarlijks voor het zomerreces', '9998-11-15'],
  ])('%s from %s: a known phrase whose first instance falls out of range', (phrase, anchor) => {
    expect(resolvePhrase(phrase, anchor, calendar)).toEqual({ ok: false, problem: 'out-of-range' });
  });
});

/** Once every so many years: the form "ten minste …" was lost when "ten" was read as the English number (a defect). */
describe('once every so many years, at least', () => {
  it.each(['eens in de vijf jaar', 'ten minste eens in de vijf jaar', 'minstens eens in de 5 jaar', 'Ten minste eens per 5 jaar'])('"%s" is every five years', (phrase) => {
    expect(series(phrase).recurrence.every).toEqual({ unit: 'year', count: 5 });
  });

  it('is read in running text with its "ten minste"', () => {
    expect(findDeadline('De minister zegt toe dat er ten minste eens in de vijf jaar een rapportage aan de Kamer wordt gezonden.', '2023-05-16', calendar)).toMatchObject({ phrase: 'ten minste eens in de vijf jaar', kind: 'recurring' });
  });
});
