import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/core/assess.js';
import { buildRegister } from '../../../src/core/build-register.js';
import { digest, DIGEST_LISTS } from '../../../src/core/digest.js';
import { digestInTurn } from '../../../src/core/digest-in-turn.js';
import type { Commitment } from '../../../src/core/model.js';
import { en } from '../../../src/messages/en.js';
import { nl } from '../../../src/messages/nl.js';
import { outputText } from '../../../src/render/chunks.js';
import { assessmentJsonChunks, commitmentJson, JSON_FIELDS, pick, SCHEMA_VERSION, type CommitmentJson } from '../../../src/render/commitment-json.js';
import { jsonText } from '../../../src/render/json-text.js';
import { digestJsonChunks } from '../../../src/render/report-json.js';
import { loadFiles } from '../../../src/register/load.js';
import { asciiJson, fromAsciiText, readCachedJsonHeld, readCachedJsonTwice, readCachedRegister, readCachedSummaries, writeCachedRegister } from '../../../src/register/register-cache.js';
import { assessingTwice } from '../../../src/core/dashboard.js';
import { countedOnce } from '../../../src/core/count-once.js';
import type { JsonReadyCommitment } from '../../../src/render/commitment-json.js';
import { shippedCalendar } from '../../../src/register/shipped-calendar.js';
import { CLEAN_REGISTERS, repeatsLines, yamlCommitment } from '../digest/register-fixture.js';

const REGISTER = { path: '/registers/x', example: false };
const SOME_FIELDS: (keyof CommitmentJson)[] = ['state', 'id', 'due', 'quote', 'file'];

async function builtAndCached(dir: string) {
  const { files } = await loadFiles(dir);
  const built = buildRegister(files, shippedCalendar());
  expect(built.diagnostics).toEqual([]);
  const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-cached-json-'));
  writeCachedRegister(cacheDir, dir, 'key-1', built);
  const cached = readCachedRegister(cacheDir, dir, 'key-1', 'json');
  expect(cached).toBeDefined();
  expect(cached!.register.commitments.every((commitment) => 'fixedJson' in commitment && typeof commitment.fixedJson === 'string')).toBe(true);
  return { built, cached: cached! };
}

// JSON output read from the cache joins text the cache keeps; it must be what the whole commitment gives, byte for byte.
describe('JSON output of a cached register is the whole document’s, byte for byte', () => {
  for (const [name, dir, asOf] of CLEAN_REGISTERS) {
    it(name, async () => {
      const { built, cached } = await builtAndCached(dir);
      const whole = assess(built.register, built.deadlines, asOf);
      const fromCache = assess(cached.register, cached.deadlines, asOf);
      for (const messages of [nl, en]) {
        for (const human of [false, true]) {
          for (const fields of [JSON_FIELDS, SOME_FIELDS]) {
            const commitments = whole.items.map((item) => pick(commitmentJson(item, messages), fields));
            const expected = jsonText({ schemaVersion: SCHEMA_VERSION, asOf, register: REGISTER, summary: { ...whole.summary }, commitments }, human);
            expect(outputText(assessmentJsonChunks(fromCache, fromCache.items, fields, messages, REGISTER, human))).toBe(expected);

            const report = digest(whole, { since: '2026-01-01' });
            const lists = Object.fromEntries(DIGEST_LISTS.map((list) => [list, report[list].map((item) => pick(commitmentJson(item as typeof whole.items[number], messages), fields))]));
            const expectedReport = jsonText({ schemaVersion: SCHEMA_VERSION, asOf, since: report.since, register: REGISTER, ...lists }, human);
            const streamed = digestJsonChunks(digest(fromCache, { since: '2026-01-01' }), messages, REGISTER, { fields: fields === JSON_FIELDS ? undefined : fields, human });
            expect(outputText(streamed)).toBe(expectedReport);
          }
        }
      }
    });
  }

  // The renderer makes what commitments sharing a window have alike once; here many share one, in every state, delivered late by many days.
  it('many commitments sharing one window, delivered on many days', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-shared-window-'));
    const statuses = ['open', 'partial', 'delivered', 'closed', 'lapsed', 'ongoing'];
    const items = Array.from({ length: 120 }, (_, n) => {
      const status = statuses[n % statuses.length]!;
      const day = String((n % 28) + 1).padStart(2, '0');
      const delivered = status === 'delivered' ? `    delivered: {on: 2025-${String((n % 11) + 2).padStart(2, '0')}-${day}}\n` : '';
      const made = n % 5 === 1 && status !== 'delivered' ? `    made: 2025-0${(n % 4) + 1}-${day}\n` : '';
      return `  - id: t-${n}\n    title: Toezegging ${n} é\n    due: zomer 2025\n    status: ${status}\n${delivered}${made}`;
    });
    writeFileSync(join(dir, 'a.yaml'), `source:\n  id: BRON-A\n  type: brief\n  title: Brief “A”\n  date: 2025-01-10\ncommitments:\n${items.join('')}`);
    const { built, cached } = await builtAndCached(dir);
    for (const asOf of ['2025-05-01', '2025-06-20', '2025-08-10', '2025-08-25', '2025-09-15']) {
      const whole = assess(built.register, built.deadlines, asOf);
      const fromCache = assess(cached.register, cached.deadlines, asOf);
      for (const messages of [nl, en]) {
        const commitments = whole.items.map((item) => commitmentJson(item, messages));
        const expected = jsonText({ schemaVersion: SCHEMA_VERSION, asOf, register: REGISTER, summary: { ...whole.summary }, commitments }, false);
        expect(outputText(assessmentJsonChunks(fromCache, fromCache.items, JSON_FIELDS, messages, REGISTER, false))).toBe(expected);
      }
    }
  });

  it('reads the whole commitments back from the same lines', async () => {
    for (const [, dir] of CLEAN_REGISTERS) {
      const { built } = await builtAndCached(dir);
      const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-cached-json-'));
      writeCachedRegister(cacheDir, dir, 'key-1', built);
      expect(readCachedRegister(cacheDir, dir, 'key-1', 'full')?.register.commitments).toEqual(built.register.commitments as Commitment[]);
    }
  });
});

/** A register whose chains run against file order, with promises repeated (some settled) and one made in the period. */
function chainsAndRepeats(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-json-chains-'));
  writeFileSync(
    join(dir, 'a.yaml'),
    [
      'source:\n  id: BRON-A\n  type: brief\n  title: Brief A\n  date: 2025-01-10\ncommitments:\n',
      yamlCommitment('a-na-b', '{after: b-basis, within: 3 maanden}'),
      yamlCommitment('a-open', 'zomer 2025'),
      yamlCommitment('a-herhaald', 'zomer 2026', repeatsLines('b-basis')),
      yamlCommitment('a-gesloten-herhaald', 'zomer 2026', `    status: closed\n${repeatsLines('a-open')}`),
      yamlCommitment('a-elders', 'Q3 2026', repeatsLines('niet-hier')),
      yamlCommitment('a-nieuw', 'eind 2025', '    made: 2025-07-28\n'),
      yamlCommitment('b-basis', 'voor het zomerreces 2025'),
      yamlCommitment('c-geleverd', 'maart 2025', '    status: delivered\n    delivered: {on: 2025-07-30}\n'),
      yamlCommitment('a-na-c', '{after: c-geleverd, within: 2 weken}'),
    ].join(''),
  );
  return dir;
}

/**
 * A register whose details lines are long, of many lengths, some longer than
 * a piece the cache is read in (64 KiB), so that the lines a report holds
 * begin and end anywhere in a piece and run over one or more; its open and
 * settled commitments alternate irregularly, some quotes not in ASCII.
 */
function longLines(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-json-long-'));
  const statuses = ['open', 'delivered', 'closed', 'open', 'open', 'lapsed', 'partial'];
  const commitments = Array.from({ length: 60 }, (_, n) => {
    const status = statuses[(n * n) % statuses.length]!;
    const words = Array.from({ length: ((n * 7919) % 23) * ((n % 5) + 1) * 120 + 1 }, (__, w) => (w % 13 === 0 && n % 4 === 0 ? 'één' : `woord${w}`)).join(' ');
    const delivered = status === 'delivered' ? `    delivered: {on: 2025-07-${String((n % 28) + 1).padStart(2, '0')}}\n` : '';
    return yamlCommitment(`l-${n}`, n % 3 === 0 ? 'voor het zomerreces 2025' : 'eind 2025', `    status: ${status}\n${delivered}    quote: "${words}"\n`);
  });
  writeFileSync(join(dir, 'a.yaml'), ['source:\n  id: BRON-L\n  type: brief\n  title: Brief L\n  date: 2025-01-10\ncommitments:\n', ...commitments].join(''));
  return dir;
}

/**
 * A register of series, some instances delivered, some overdue by as many
 * days as others and made on one day: a report lists each overdue instance
 * on its own, and entries with the same key in register order.
 */
function seriesAndTies(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-json-series-'));
  const phrases = ['maandelijks', 'elk kwartaal', 'ieder half jaar', 'jaarlijks vóór het zomerreces', 'eind maart 2025', 'eind maart 2025'];
  const commitments = Array.from({ length: 24 }, (_, n) => {
    const deliveries = n % 4 === 1 ? '    deliveries:\n      - {instance: 1, on: 2025-02-03}\n' : '';
    const made = n % 5 === 2 ? '    made: 2025-07-28\n' : '';
    return yamlCommitment(`s-${String(23 - n).padStart(2, '0')}`, phrases[n % phrases.length]!, deliveries + made);
  });
  writeFileSync(join(dir, 'a.yaml'), ['source:\n  id: BRON-S\n  type: brief\n  title: Brief S\n  date: 2025-01-10\ncommitments:\n', ...commitments].join(''));
  return dir;
}

// report --format json holds only what its digest may list; the document must be the whole assessment's, byte for byte.
describe('report JSON of a cached register read a commitment at a time is the whole document’s, byte for byte', () => {
  const registers: [string, string, string][] = [
    ...CLEAN_REGISTERS.map(([name, dir, asOf]) => [name, dir, asOf] as [string, string, string]),
    ['chains and repeats', chainsAndRepeats(), '2025-08-01'],
    ['details lines longer than a piece', longLines(), '2025-08-01'],
    ['series, instances overdue alike', seriesAndTies(), '2025-08-01'],
  ];
  for (const [name, dir, asOf] of registers) {
    it(name, async () => {
      const { files } = await loadFiles(dir);
      const built = buildRegister(files, shippedCalendar());
      expect(built.diagnostics).toEqual([]);
      const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-report-in-order-'));
      writeCachedRegister(cacheDir, dir, 'key-1', built);
      const whole = countedOnce(assess(built.register, built.deadlines, asOf));
      for (const period of [{ since: '2025-07-25' }, { since: '2026-01-01', horizon: 30 }, { since: '2020-01-01', horizon: 400 }]) {
        const since = period.since > asOf ? asOf : period.since;
        const options = { ...period, since };
        let builder: ReturnType<typeof digestInTurn<JsonReadyCommitment>> | undefined;
        const read = readCachedJsonHeld(cacheDir, dir, 'key-1', (begun) => (builder = digestInTurn(begun, asOf, options)));
        expect(read).toBeDefined();
        const { summary, digest: digestOf } = builder!.finish();
        expect(summary).toEqual(whole.summary);
        for (const messages of [nl, en]) {
          const expected = outputText(digestJsonChunks(digest(whole, options), messages, REGISTER, { human: false }));
          expect(outputText(digestJsonChunks(digestOf(read!.held), messages, REGISTER, { human: false }))).toBe(expected);
        }
        read!.close();
      }
    });
  }
});

// status --json reads a cached register twice: the counts first (most commitments by their status or window alone), then each commitment in its turn.
describe('status JSON of a cached register read twice is the whole document’s, byte for byte', () => {
  const registers: [string, string, string[]][] = [
    ...CLEAN_REGISTERS.map(([name, dir, asOf]) => [name, dir, [asOf, '2025-03-01', '2027-06-30']] as [string, string, string[]]),
    ['chains and repeats', chainsAndRepeats(), ['2025-03-01', '2025-08-01', '2025-12-01']],
  ];
  for (const [name, dir, dates] of registers) {
    it(name, async () => {
      const { files } = await loadFiles(dir);
      const built = buildRegister(files, shippedCalendar());
      expect(built.diagnostics).toEqual([]);
      const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-json-twice-'));
      writeCachedRegister(cacheDir, dir, 'key-1', built);
      for (const asOf of dates) {
        const whole = countedOnce(assess(built.register, built.deadlines, asOf));
        for (const messages of [nl, en]) {
          for (const human of [false, true]) {
            for (const fields of [JSON_FIELDS, SOME_FIELDS]) {
              let builder: ReturnType<typeof assessingTwice<JsonReadyCommitment>> | undefined;
              const read = readCachedJsonTwice(cacheDir, dir, 'key-1', (begun) => (builder = assessingTwice(begun, asOf)));
              expect(read).toBeDefined();
              const { summary, total, items } = builder!.finish();
              expect(summary).toEqual(whole.summary);
              expect(total).toBe(whole.items.length);
              const expected = outputText(assessmentJsonChunks(whole, whole.items, fields, messages, REGISTER, human));
              expect(outputText(assessmentJsonChunks({ asOf, summary }, items(read!.again), fields, messages, REGISTER, human))).toBe(expected);
            }
          }
        }
      }
    });
  }

  it('counts open commitments by their window alone, never by a summary, and those only', async () => {
    const dir = chainsAndRepeats();
    const { files } = await loadFiles(dir);
    const built = buildRegister(files, shippedCalendar());
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-json-open-'));
    writeCachedRegister(cacheDir, dir, 'key-1', built);
    const added: string[] = [];
    let builder: ReturnType<typeof assessingTwice<JsonReadyCommitment>> | undefined;
    readCachedSummaries(cacheDir, dir, 'key-1', (begun) => {
      builder = assessingTwice(begun, '2025-08-01');
      return { ...builder, add: (summary, window) => (added.push(summary.id), builder!.add(summary as JsonReadyCommitment, window)) };
    });
    // The chains, and the promises that repeat others; every other open commitment was counted by its window.
    expect(added.sort()).toEqual(['a-elders', 'a-herhaald', 'a-na-b', 'a-na-c', 'b-basis', 'c-geleverd'].sort());
    expect(builder!.finish().summary).toEqual(countedOnce(assess(built.register, built.deadlines, '2025-08-01')).summary);
  });
});

describe('fromAsciiText', () => {
  it('gives back the JSON.stringify text of any value the cache escaped to ASCII', () => {
    const strings = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('\\u00e9', '\\\\u00e9', '\ud800', '\udc00x', '\ud83d\ude00', '\u2028', 'é\\', '\u0000\u001f\u007f\u0080'));
    fc.assert(
      fc.property(fc.oneof(strings, fc.array(strings), fc.dictionary(strings, strings)), (value) => {
        expect(fromAsciiText(asciiJson(value))).toBe(JSON.stringify(value));
      }),
      { numRuns: 2000 },
    );
  });
});
