import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { textDeadlines, toOwnedFields, type TextDeadline } from '../../../src/import/tk/to-commitment.js';
import { calendar } from '../deadline/fixture.js';
import { records } from './helpers.js';

/** Every text the finder is tested on, with its day: the real-sentence corpus (all splits) and the import fixtures' records. */
function texts(): Array<{ text: string; anchor: string }> {
  const rows: Array<{ text: string; anchor: string }> = [];
  for (const split of ['dev', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5']) {
    const file = new URL(`../../fixtures/real-sentences/${split}.json`, import.meta.url);
    for (const row of JSON.parse(readFileSync(file, 'utf8')) as Array<{ text: string; date: string }>) rows.push({ text: row.text, anchor: row.date });
  }
  for (const record of [...records('v1'), ...records('v2')]) {
    if (record.tekst !== undefined) rows.push({ text: record.tekst, anchor: record.aanmaakdatum?.slice(0, 10) ?? '2025-01-01' });
  }
  return rows;
}

/** What the finder itself says, each text on its own. */
function direct(text: string, anchor: string): TextDeadline | undefined {
  const found = findDeadline(text, anchor, calendar);
  return found ? { phrase: found.phrase, eventBound: found.resolution.kind === 'event' && found.resolution.date === null } : undefined;
}

describe('the import finds each distinct text and day once', () => {
  const rows = texts();

  it('gives what the finder gives on its own, for every text, first time and again, on the same day and another', () => {
    expect(rows.length).toBeGreaterThan(300);
    const shared = textDeadlines(calendar);
    const expected = rows.map(({ text, anchor }) => direct(text, anchor));
    expect(expected.filter((found) => found !== undefined).length).toBeGreaterThan(100);
    // Twice over, the second time from what was kept; then each text a year later, which must not be taken for the first.
    expect(rows.map(({ text, anchor }) => shared(text, anchor))).toEqual(expected);
    expect(rows.map(({ text, anchor }) => shared(text, anchor))).toEqual(expected);
    const later = rows.slice(0, 150).map(({ text, anchor }) => ({ text, anchor: `${Number(anchor.slice(0, 4)) + 1}${anchor.slice(4)}` }));
    expect(later.map(({ text, anchor }) => shared(text, anchor))).toEqual(later.map(({ text, anchor }) => direct(text, anchor)));
  });

  it('gives what the finder gives on its own when each text is asked on many days, in any order (what it keeps of a text serves every day)', () => {
    const shared = textDeadlines(calendar);
    const shift = (anchor: string, years: number, monthDay = anchor.slice(4)): string => `${Number(anchor.slice(0, 4)) + years}${monthDay}`;
    const days = rows.flatMap(({ text, anchor }) => [shift(anchor, 2, '-01-01'), anchor, shift(anchor, -1), shift(anchor, 1, '-07-15'), shift(anchor, 5, '-12-31')].map((day) => ({ text, anchor: day })));
    // Texts interleaved: each text's days are asked apart from one another, the later years before the earlier ones too.
    const order = days.map((_, at) => at).sort((a, b) => (a % 5) - (b % 5) || b - a);
    const found = order.map((at) => shared(days[at]!.text, days[at]!.anchor));
    expect(found).toEqual(order.map((at) => direct(days[at]!.text, days[at]!.anchor)));
    expect(new Set(found.map((each) => each?.phrase)).size).toBeGreaterThan(100);
  });

  it('gives the same when it keeps only a few texts at a time, or a few ready for the finder', () => {
    const sample = rows.slice(0, 40);
    const later = sample.map(({ text, anchor }) => ({ text, anchor: `${Number(anchor.slice(0, 4)) + 1}${anchor.slice(4)}` }));
    const expected = [...sample, ...sample, ...later].map(({ text, anchor }) => direct(text, anchor));
    for (const few of [textDeadlines(calendar, 3), textDeadlines(calendar, 4096, 3), textDeadlines(calendar, 3, 1)]) {
      expect([...sample, ...sample, ...later].map(({ text, anchor }) => few(text, anchor))).toEqual(expected);
    }
  });

  it('maps every fixture record as a mapping of its own would', () => {
    const shared = textDeadlines(calendar);
    for (const record of [...records('v1'), ...records('v2'), ...records('v1')]) {
      expect(toOwnedFields(record, calendar, shared), record.id).toEqual(toOwnedFields(record, calendar));
    }
  });
});
