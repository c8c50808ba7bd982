import { parse, parseAllDocuments, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tkRecord } from '../../../bench/generate-tk-records.mjs';
import { BLOCK_YAML_OPTIONS, isPlain, writeBlockYaml } from '../../../src/import/tk/block-yaml.js';
import { monthSource } from '../../../src/import/tk/layout.js';
import { readRecord, type TkRecord } from '../../../src/import/tk/record.js';
import { commitmentData } from '../../../src/import/tk/source-file-yaml.js';
import { toOwnedFields } from '../../../src/import/tk/to-commitment.js';
import { shippedCalendar } from '../../../src/register/shipped-calendar.js';
import { repositoryYamlTexts } from '../core/simple-yaml-differential.js';
import { rightTexts } from './block-yaml-oracle.js';
import { records } from './helpers.js';

const byYaml = (document: Record<string, unknown>): string => stringify(document, BLOCK_YAML_OPTIONS);

/** The month files an import writes of these records, as the documents handed to the writer. */
function monthDocuments(tkRecords: readonly TkRecord[]): Array<Record<string, unknown>> {
  const byMonth = new Map<string, Array<Record<string, unknown>>>();
  for (const record of tkRecords) {
    const mapped = toOwnedFields(record, shippedCalendar());
    if (!mapped.ok) continue;
    const data = commitmentData({ ...mapped.fields, dependsOn: [], tags: [], history: [] });
    byMonth.set(mapped.month, [...(byMonth.get(mapped.month) ?? []), data]);
  }
  return [...byMonth].map(([month, commitments]) => ({ source: monthSource(month), commitments }));
}

/** Strings at the edge of what YAML writes plain. */
const HOSTILE = [
  '', ' ', 'a ', ' a', 'a:', 'a: b', 'a:b', 'a #b', 'a#b', '#a', '- a', '-', '-a', '? a', '?', ':', '"a"', "'a'", "it's", 'say "hi"', `"it's"`,
  'yes', 'no', 'on', 'off', 'y', 'n', 'null', 'Null', 'NULL', '~', 'true', 'True', 'FALSE', '0', '-1', '+1', '007', '0o17', '0x1F', '1e3', '1.5', '.5', '5.',
  '-.inf', '.nan', '.NaN', '2026-03-01', '2026-03', '2026-03-01T10:00:00+01:00', '12:30', '1_000', '---', '--- a', '...', '%YAML', '@a', '`a`', '&a', '*a', '!a',
  '|', '>', '[a]', '{a}', 'a, b', 'a\nb', 'a\n\nb\n', '\n', ' \n', 'a \nb', 'a\n b', 'a\r\nb', 'a\tb', '\ta', 'a\u0085b', 'a\u2028b', '\ufeffa', 'é', 'Kröger',
  '✓', '😀', '\ud83d', 'a\u0000b', 'x'.repeat(5_000), `${'woord '.repeat(400)}einde`, 'https://www.tweedekamer.nl/x?a=b#c', 'Kamerstuk 28638, nr. 250',
];

describe('writeBlockYaml: byte for byte what yaml writes (a string yaml would misread on one double-quoted line)', () => {
  it('the month files of the importer fixtures', () => {
    const documents = monthDocuments([...records('v1'), ...records('v2')]);
    expect(documents.length).toBeGreaterThan(1);
    for (const document of documents) expect(writeBlockYaml(document)).toBe(byYaml(document));
  });

  it("the month files of the benchmark's generated records", () => {
    const generated = Array.from({ length: 1_000 }, (_, n) => readRecord(tkRecord(n * 53, { version: n % 2 ? 2 : 1 }))!);
    for (const document of monthDocuments(generated)) expect(writeBlockYaml(document)).toBe(byYaml(document));
  });

  it('every YAML file of the repository, read as data', () => {
    let compared = 0;
    for (const text of repositoryYamlTexts()) {
      for (const parsed of parseAllDocuments(text, { version: '1.2' })) {
        if (!('toJS' in parsed) || parsed.errors.length > 0) continue;
        let data: unknown;
        try {
          data = parsed.toJS();
        } catch {
          continue; // an alias bomb among the bad fixtures
        }
        if (typeof data !== 'object' || data === null || Array.isArray(data)) continue;
        expect(writeBlockYaml(data as Record<string, unknown>)).toBe(byYaml(data as Record<string, unknown>));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('hostile strings as values, list items and nested values at every depth', () => {
    for (const text of HOSTILE) {
      const document = {
        source: { id: 'TK-2024-12', title: text },
        commitments: [
          { id: text, title: 'x', to: [text, 'b'], history: [{ on: '2026-01-01', note: text }], imported: { links: { repeats: [text] }, notes: text } },
          { id: 'b', quote: text },
        ],
        top: text,
        list: [text],
      };
      expect(rightTexts(document), JSON.stringify(text)).toContain(writeBlockYaml(document));
    }
  });

  it('numbers, booleans and null, and shapes it leaves to yaml whole', () => {
    const documents: Array<Record<string, unknown>> = [
      { a: 1, b: -0, c: 1.5, d: 2 ** 60, e: NaN, f: -Infinity, g: true, h: false, i: null, j: undefined },
      { a: [] },
      { a: {} },
      { a: [[1, 2]] },
      { a: [undefined] },
      { 'needs quotes': 1 },
      { null: 1 },
      { Capital: 1 },
      // yaml writes a key of more than 1,024 characters as an explicit key (`? `), since no implicit key may be longer.
      { ['k'.repeat(1_024)]: 1, ['k'.repeat(1_025)]: 1 },
      { a: [{ ['k'.repeat(1_025)]: 'x' }] },
      {},
      { a: { b: undefined } },
      { a: [{ b: 1, c: [{ d: 'e' }] }, 'f', 3] },
    ];
    for (const document of documents) expect(writeBlockYaml(document), JSON.stringify(document)).toBe(byYaml(document));
  });

  it('writes the strings yaml would misread so that they read back as they were', () => {
    // yaml 2.9 gives a string of only spaces and line breaks a block scalar without the indentation indicator it needs, and
    // escapes a line of one space twice in a double-quoted string over lines (a vertical tab, as Word writes, makes it double-quoted).
    const quote = 'De minister zegt toe de Kamer te informeren\u000b\n \nover de voortgang.';
    for (const text of [' \n', '  \n  \n', ' \t\n', '\n \n', quote, `${quote}\n \n${quote}`]) {
      const document = { source: { id: 'TK-2024-12', title: text }, commitments: [{ id: 'a', quote: text, to: [text], history: [{ on: '2026-01-01', note: text }] }] };
      expect(parse(writeBlockYaml(document), { version: '1.2' }), JSON.stringify(text)).toEqual(document);
      expect(writeBlockYaml(document)).toBe(rightTexts(document)[1]);
    }
  });

  it('writes the usual strings itself, without asking yaml', () => {
    for (const text of ['De minister stuurt de Kamer voor het zomerreces 2026 een brief.', 'tz202412-116', '2026-03-01', '2024-12-03T11:00:00.5Z', 'Vedder (CDA)', 'Kamerstuk 28638, nr. 250'])
      expect(isPlain(text), text).toBe(true);
    for (const text of ['', 'a: b', '1.5', 'true', 'a #b', ' a', 'a\nb']) expect(isPlain(text), text).toBe(false);
  });
});
