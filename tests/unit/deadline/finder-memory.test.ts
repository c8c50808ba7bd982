import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { normalizePhrase } from '../../../src/core/deadline/normalize.js';
import { calendar } from './fixture.js';

const rows = ['dev', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5'].flatMap(
  (split) => JSON.parse(readFileSync(new URL(`../../fixtures/real-sentences/${split}.json`, import.meta.url), 'utf8')) as Array<{ text: string; date: string }>,
);

const findAll = (list: ReadonlyArray<{ text: string; date: string }>) => list.map(({ text, date }) => findDeadline(text, date, calendar));

describe('the normal forms the finder keeps', () => {
  it('change no finding: the corpus gives the same forwards, backwards and after what was kept was let go', () => {
    const forwards = findAll(rows);
    expect(findAll([...rows].reverse()).reverse()).toEqual(forwards);
    // More distinct phrases than are kept: what was kept is let go, and found again.
    for (let n = 0; n < 5000; n++) normalizePhrase(`voor ${n} mei`);
    expect(findAll(rows)).toEqual(forwards);
  });

  it('give each phrase its own normal form, kept or not', () => {
    const phrases = ['Vóór  het Zomerreces,', 'z.s.m.', "najaar '26", 'mid-2026', 'In de eerste helft van 2026.'];
    const first = phrases.map(normalizePhrase);
    expect(first).toEqual(['voor het zomerreces', 'zo spoedig mogelijk', 'najaar 2026', 'mid 2026', 'in de eerste helft van 2026']);
    expect(phrases.map(normalizePhrase)).toEqual(first);
  });
});
