import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tkRecord } from '../../../bench/generate-tk-records.mjs';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { matchPhrase } from '../../../src/core/deadline/resolve.js';
import { splitSentences } from '../../../src/extract/sentences.js';
import { calendar } from './fixture.js';

/**
 * The finder's whole answers (phrase, offsets, kind, window and rule) on
 * every real sentence, at its date, a year earlier and two years later and
 * with past windows kept, on every sentence of the extract corpus letters at
 * the letter's date, and on generated Tweede Kamer record texts, recorded
 * with the snapshot below. Changes made for speed must leave every answer
 * as it was; a rule changed on purpose is recorded again with
 * `npx vitest run -u tests/unit/deadline/finder-answers.test.ts`, after
 * checking that only the answers it meant to change did.
 */
interface Input {
  text: string;
  anchor: string;
  keepPast: boolean;
}

const fixtures = new URL('../../fixtures/', import.meta.url);

function inputs(): Input[] {
  const list: Input[] = [];
  for (const split of ['dev', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5', 'heldout-6', 'heldout-7']) {
    const rows = JSON.parse(readFileSync(new URL(`real-sentences/${split}.json`, fixtures), 'utf8')) as Array<{ text: string; date: string }>;
    for (const { text, date } of rows) {
      const year = Number(date.slice(0, 4));
      for (const anchor of [date, `${year - 1}${date.slice(4)}`, `${year + 2}-01-01`]) list.push({ text, anchor, keepPast: false });
      list.push({ text, anchor: date, keepPast: true });
    }
  }
  const corpus = parse(readFileSync(new URL('extract/corpus.yaml', fixtures), 'utf8')) as Array<{ file: string; date: string }>;
  for (const { file, date: anchor } of corpus) {
    const letter = readFileSync(new URL(`extract/letters/${file}`, fixtures), 'utf8');
    for (const paragraph of letter.split(/\n\s*\n/)) for (const { text } of splitSentences(paragraph)) list.push({ text, anchor, keepPast: false });
  }
  for (let n = 0; n < GENERATED; n++) {
    const record = tkRecord(n * 7, { texts: 'distinct' }) as { Tekst: string; Aanmaakdatum: string };
    list.push({ text: record.Tekst, anchor: record.Aanmaakdatum.slice(0, 10), keepPast: false });
  }
  return list;
}

const GENERATED = 2000;
/** Answers are compared in groups: a digest per group keeps the record small, and a changed group is named. */
const GROUP = 100;

const answer = ({ text, anchor, keepPast }: Input): string =>
  JSON.stringify(findDeadline(text, anchor, calendar, keepPast ? { anchorIsPromiseDate: false } : {}));

function digests(list: readonly Input[]): string[] {
  const groups: string[] = [];
  for (let at = 0; at < list.length; at += GROUP) {
    const hash = createHash('sha256');
    for (const input of list.slice(at, at + GROUP)) hash.update(answer(input)).update('\n');
    groups.push(`${at}: ${hash.digest('hex').slice(0, 16)}`);
  }
  return groups;
}

describe('the finder answers', () => {
  const list = inputs();

  it('are the ones recorded, on real sentences, letters and generated record texts', () => {
    expect(list.length).toBeGreaterThan(10_000);
    expect(digests(list)).toMatchSnapshot();
  });

  it('do not depend on what the finder kept from texts read before', () => {
    const sample = list.filter((_, i) => i % 7 === 0);
    const forwards = sample.map(answer);
    expect([...sample].reverse().map(answer).reverse()).toEqual(forwards);
    // More distinct phrases than any of the finder's memos keeps: what was kept is let go, and found again.
    for (let n = 0; n < 20_000; n++) matchPhrase(`voor ${n} mei`, '2025-01-01', calendar);
    expect(sample.map(answer)).toEqual(forwards);
  });
});
