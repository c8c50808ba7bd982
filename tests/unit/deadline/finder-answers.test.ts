import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
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
 * the letter's date, on generated Tweede Kamer record texts, and on an
 * eighth of the real and letter sentences written otherwise (mutations), recorded in
 * tests/fixtures/finder-answers.json as a digest of the answers per group of
 * inputs, under a digest of the inputs: a corpus that grows or changes
 * brings new groups, which are not compared. Changes made for speed must
 * leave every recorded answer as it was; a rule changed on purpose is
 * recorded again with `RECORD_FINDER_ANSWERS=1 npx vitest run
 * tests/unit/deadline/finder-answers.test.ts`, after checking that only the
 * answers it meant to change did.
 */
interface Input {
  text: string;
  anchor: string;
  keepPast: boolean;
}

const fixtures = new URL('../../fixtures/', import.meta.url);
const recordFile = new URL('finder-answers.json', fixtures);

/** Groups of inputs: 25 rows of a real-sentences file, the sentences of one letter, 100 generated record texts, and each of the first two written otherwise. */
function groups(): Input[][] {
  const list: Input[][] = [];
  for (const split of ['dev', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5', 'heldout-6', 'heldout-7']) {
    const rows = JSON.parse(readFileSync(new URL(`real-sentences/${split}.json`, fixtures), 'utf8')) as Array<{ text: string; date: string }>;
    for (let at = 0; at < rows.length; at += 25) {
      list.push(
        rows.slice(at, at + 25).flatMap(({ text, date }) => {
          const year = Number(date.slice(0, 4));
          return [date, `${year - 1}${date.slice(4)}`, `${year + 2}-01-01`].map((anchor) => ({ text, anchor, keepPast: false })).concat({ text, anchor: date, keepPast: true });
        }),
      );
    }
  }
  const corpus = parse(readFileSync(new URL('extract/corpus.yaml', fixtures), 'utf8')) as Array<{ file: string; date: string }>;
  for (const { file, date: anchor } of corpus) {
    const letter = readFileSync(new URL(`extract/letters/${file}`, fixtures), 'utf8');
    list.push(letter.split(/\n\s*\n/).flatMap((paragraph) => splitSentences(paragraph).map(({ text }) => ({ text, anchor, keepPast: false }))));
  }
  // An eighth of each group's distinct texts (chosen by their digest, so a group's choice stays when others change), at their dates.
  const written = list.map((group, at) => {
    const texts = [...new Map(group.filter(({ keepPast }) => !keepPast).map((input) => [input.text, input])).values()];
    const chosen = texts.filter(({ text }) => digest([text]).charCodeAt(0) % 8 === 0).flatMap(mutations);
    // Every eighth group also as one long text: a letter whole, or 25 sentences in a row.
    return at % 8 === 0 && texts.length > 0 ? chosen.concat({ text: texts.map(({ text }) => text).join(at % 16 === 0 ? ' ' : '\n\n'), anchor: texts[0]!.anchor, keepPast: false }) : chosen;
  });
  for (let at = 0; at < GENERATED; at += 100) {
    const texts: Input[] = [];
    for (let n = at; n < at + 100; n++) {
      const record = tkRecord(n * 7, { texts: 'distinct' }) as { Tekst: string; Aanmaakdatum: string };
      texts.push({ text: record.Tekst, anchor: record.Aanmaakdatum.slice(0, 10), keepPast: false });
    }
    list.push(texts);
  }
  return list.concat(written.filter((group) => group.length > 0));
}

const GENERATED = 2000;
const WHOLE_RUN_TIMEOUT = 180_000;

/**
 * A text written otherwise: in capitals and in lower case, with accents, with line breaks and double spaces, with
 * footnote numbers glued to words and years, and with letters that fold to "s" and "k". Their answers were recorded from the finder as it was before any change
 * made for speed, so a shortcut that reads text its own way shows here.
 */
function mutations({ text, anchor }: Input, n: number): Input[] {
  let seed = text.length + n;
  const random = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  return [
    text.toUpperCase(),
    text.toLowerCase(),
    text.replace(/[aeiou]/g, (vowel) => (random() < 0.15 ? ACCENTED[vowel]! : vowel)),
    text.replace(/ /g, () => (random() < 0.2 ? '\n' : random() < 0.05 ? '  ' : ' ')),
    text.replace(/([\p{L}\d])([ .,])/gu, (all, last: string, next: string) => (random() < 0.12 ? `${last}${1 + Math.floor(random() * 30)}${next}` : all)),
    // The long s and the Kelvin sign, which only Unicode case folding reads as "s" and "k".
    text.replace(/[sk]/g, (letter) => (random() < 0.3 ? (letter === 's' ? 'ſ' : 'K') : letter)),
  ].map((written) => ({ text: written, anchor, keepPast: n % 10 === 0 }));
}

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'ï', o: 'ó', u: 'ü' };

const answer = ({ text, anchor, keepPast }: Input): string =>
  JSON.stringify(findDeadline(text, anchor, calendar, keepPast ? { anchorIsPromiseDate: false } : {}));

const digest = (parts: readonly string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\n');
  return hash.digest('hex').slice(0, 16);
};
const inputsDigest = (group: readonly Input[]): string => digest(group.map(({ text, anchor, keepPast }) => `${anchor} ${keepPast} ${text}`));

describe('the finder answers', () => {
  const all = groups();

  // Every answer of some 50,000 inputs: about 15 s alone, more than the default 30 s on a machine shared by several runs.
  it('are the ones recorded, on real sentences, letters and generated record texts', () => {
    const answers = Object.fromEntries(all.map((group) => [inputsDigest(group), digest(group.map(answer))]));
    if (process.env.RECORD_FINDER_ANSWERS) writeFileSync(recordFile, `${JSON.stringify(answers, null, 1)}\n`);
    const recorded = JSON.parse(readFileSync(recordFile, 'utf8')) as Record<string, string>;
    const compared = Object.keys(recorded).filter((key) => key in answers);
    // Most of what was recorded is still there to compare: the test never passes for want of inputs.
    expect(compared.length).toBeGreaterThan(0.9 * Object.keys(recorded).length);
    const changed = all.filter((group) => recorded[inputsDigest(group)] !== undefined && recorded[inputsDigest(group)] !== answers[inputsDigest(group)]);
    expect(changed.map((group) => group[0]!.text.slice(0, 80))).toEqual([]);
  }, WHOLE_RUN_TIMEOUT);

  it('do not depend on what the finder kept from texts read before', () => {
    const sample = all.flat().filter((_, i) => i % 7 === 0);
    const forwards = sample.map(answer);
    expect([...sample].reverse().map(answer).reverse()).toEqual(forwards);
    // More distinct phrases than any of the finder's memos keeps: what was kept is let go, and found again.
    for (let n = 0; n < 20_000; n++) matchPhrase(`voor ${n} mei`, '2025-01-01', calendar);
    expect(sample.map(answer)).toEqual(forwards);
  });
});
