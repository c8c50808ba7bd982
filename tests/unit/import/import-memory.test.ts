import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyImport, type ImportRequest } from '../../../src/import/tk/apply-import.js';
import { memoryAfter, recallFrom, recordFingerprint, type ImportMemory } from '../../../src/import/tk/import-memory.js';
import { nl } from '../../../src/messages/nl.js';
import { readSaved } from '../../../src/import/tk/saved-records.js';
import { rawRecords, records } from './helpers.js';

// Counts the work a re-import must not do: parsing YAML, finding deadlines in text, reading the register's commitments.
const calls = vi.hoisted(() => ({ parse: 0, find: 0, read: 0 }));
vi.mock('../../../src/core/parse-yaml.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/parse-yaml.js')>();
  return {
    ...actual,
    parseFile: (...args: Parameters<typeof actual.parseFile>) => (calls.parse++, actual.parseFile(...args)),
    parseYaml: (...args: Parameters<typeof actual.parseYaml>) => (calls.parse++, actual.parseYaml(...args)),
  };
});
vi.mock('../../../src/core/deadline/find-in-text.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/deadline/find-in-text.js')>();
  return { ...actual, findDeadline: (...args: Parameters<typeof actual.findDeadline>) => (calls.find++, actual.findDeadline(...args)) };
});

vi.mock('../../../src/register/register-cache.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/register/register-cache.js')>();
  return { ...actual, readCachedRegister: (...args: Parameters<typeof actual.readCachedRegister>) => (calls.read++, actual.readCachedRegister(...args)) };
});

afterEach(() => {
  calls.parse = 0;
  calls.find = 0;
  calls.read = 0;
});

const request = (root: string, version: 'v1' | 'v2', cacheDir: string | undefined): ImportRequest => ({
  root,
  records: records(version),
  filter: { statuses: [] },
  dryRun: false,
  remember: false,
  messages: nl,
  lockTimeoutMs: 5_000,
  cacheDir,
});

/** Every file under a folder, with its bytes and modification time. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length), `${statSync(path).mtimeMs}:${readFileSync(path, 'utf8')}`);
  }
  return files;
}

/** The same import into a register that remembers nothing (no cache): what the memory must never change. */
async function withoutMemory(version: 'v1' | 'v2', before?: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), 'toezegging-import-plain-'));
  await applyImport(request(root, 'v1', undefined));
  before?.(root);
  const outcome = await applyImport(request(root, version, undefined));
  return { root, summary: outcome.plan.summary, files: snapshot(root) };
}

describe('import tk remembers unchanged records', () => {
  it('a re-import of the same records parses no YAML, finds no deadline, reads no commitment and writes nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'toezegging-import-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-import-cache-'));
    await applyImport(request(root, 'v1', cacheDir));
    const register = snapshot(root);
    const cache = snapshot(cacheDir);
    calls.parse = 0;
    calls.find = 0;
    calls.read = 0;
    const again = await applyImport(request(root, 'v1', cacheDir));
    expect(calls).toEqual({ parse: 0, find: 0, read: 0 });
    expect(again.files).toEqual([]);
    expect(again.plan.summary.unchanged).toBeGreaterThan(0);
    expect(again.plan.recalled).toBe(again.plan.summary.unchanged);
    expect(snapshot(root)).toEqual(register);
    expect(snapshot(cacheDir)).toEqual(cache);
    // Counted as a run that maps every record counts them.
    expect(again.plan.summary).toEqual((await withoutMemory('v1')).summary);
  });

  it('maps only the records that changed, and gives what an import without memory gives', async () => {
    const root = mkdtempSync(join(tmpdir(), 'toezegging-import-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-import-cache-'));
    await applyImport(request(root, 'v1', cacheDir));
    await applyImport(request(root, 'v1', cacheDir));
    const v1 = new Map(records('v1').map((record) => [record.id, recordFingerprint(record)]));
    const changed = records('v2').filter((record) => v1.get(record.id) !== recordFingerprint(record));
    calls.find = 0;
    const outcome = await applyImport(request(root, 'v2', cacheDir));
    expect(calls.find).toBeLessThanOrEqual(changed.length);
    expect(outcome.plan.recalled).toBeGreaterThan(0);
    const plain = await withoutMemory('v2');
    expect(outcome.plan.summary).toEqual(plain.summary);
    const contents = (files: Map<string, string>) => new Map([...files].map(([path, stamped]) => [path, stamped.slice(stamped.indexOf(':') + 1)]));
    expect(contents(snapshot(root))).toEqual(contents(plain.files));
    // And again: now nothing is mapped at all.
    calls.find = 0;
    expect((await applyImport(request(root, 'v2', cacheDir))).files).toEqual([]);
    expect(calls.find).toBe(0);
  });

  it('a record changed in one month rewrites that month only: every other file keeps its bytes and its modification time', async () => {
    const root = mkdtempSync(join(tmpdir(), 'toezegging-import-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-import-cache-'));
    await applyImport(request(root, 'v1', cacheDir));
    const before = snapshot(root);
    const deleted = records('v1').map((record, index) => (index === 0 ? { ...record, verwijderd: true } : record));
    expect(deleted[0]!.nummer).toMatch(/^TZ202412-/);
    const outcome = await applyImport({ ...request(root, 'v1', cacheDir), records: deleted });
    expect(outcome.files.map((file) => file.path)).toEqual(['tk/2024-12.yaml']);
    const after = snapshot(root);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, stamped] of before) if (path !== '/tk/2024-12.yaml') expect(after.get(path), path).toBe(stamped);
    expect(after.get('/tk/2024-12.yaml')).not.toBe(before.get('/tk/2024-12.yaml'));
  });

  it('a deletion among recalled records is applied, as without memory', async () => {
    const root = mkdtempSync(join(tmpdir(), 'toezegging-import-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-import-cache-'));
    await applyImport(request(root, 'v1', cacheDir));
    await applyImport(request(root, 'v1', cacheDir));
    const deleted = records('v1').map((record, index) => (index === 0 ? { ...record, verwijderd: true } : record));
    const outcome = await applyImport({ ...request(root, 'v1', cacheDir), records: deleted });
    expect(outcome.plan.summary.removed).toBe(1);
    expect(outcome.plan.recalled).toBe(outcome.plan.summary.unchanged);
    const plain = mkdtempSync(join(tmpdir(), 'toezegging-import-plain-'));
    await applyImport(request(plain, 'v1', undefined));
    expect((await applyImport({ ...request(plain, 'v1', undefined), records: deleted })).plan.summary).toEqual(outcome.plan.summary);
    expect(readFileSync(join(root, 'tk', '2024-12.yaml'), 'utf8')).toBe(readFileSync(join(plain, 'tk', '2024-12.yaml'), 'utf8'));
  });

  it('a month file edited by hand is compared again, record by record', async () => {
    const root = mkdtempSync(join(tmpdir(), 'toezegging-import-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-import-cache-'));
    await applyImport(request(root, 'v1', cacheDir));
    await applyImport(request(root, 'v1', cacheDir));
    // A person rewrites a title the Kamer owns: the next import puts the Kamer's back.
    const retitle = (dir: string) => {
      const month = join(dir, 'tk', '2024-12.yaml');
      writeFileSync(month, readFileSync(month, 'utf8').replace(/(- id: tz202412-116\n\s+title: ).*/, '$1Met de hand herschreven'));
    };
    retitle(root);
    expect(readFileSync(join(root, 'tk', '2024-12.yaml'), 'utf8')).toContain('Met de hand herschreven');
    const outcome = await applyImport(request(root, 'v1', cacheDir));
    expect(outcome.plan.summary.updated).toBe(1);
    expect(calls.find).toBeGreaterThan(0);
    expect(outcome.plan.summary).toEqual((await withoutMemory('v1', retitle)).summary);
    expect(readFileSync(join(root, 'tk', '2024-12.yaml'), 'utf8')).not.toContain('Met de hand herschreven');
  });
});

describe('import tk remembers the lines of saved NDJSON', () => {
  const ndjson = (raw: ReadonlyArray<Record<string, unknown>>): string => raw.map((record) => JSON.stringify(record)).join('\n');
  const saved = (root: string, text: string, cacheDir: string | undefined): ImportRequest => ({ ...request(root, 'v1', cacheDir), records: (known) => readSaved(text, known) });
  const changedOne = rawRecords('v1').map((record) => (record.Nummer === 'TZ202412-116' ? { ...record, Status: 'Afgedaan' } : record));
  /** The numbers of the records whose lines JSON.parse read during `run`. */
  async function linesRead<T>(run: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const result = await run();
      const lines = parse.mock.calls.map(([text]) => text).filter((text) => typeof text === 'string' && text.startsWith('{"Id"') && !text.includes('\n'));
      return { result, lines: lines.map((text) => (JSON.parse(text) as { Nummer: string }).Nummer).sort() };
    } finally {
      parse.mockRestore();
    }
  }
  async function imported(cacheDir: string | undefined, ...texts: string[]) {
    const root = mkdtempSync(join(tmpdir(), 'toezegging-import-'));
    let outcome;
    for (const text of texts) outcome = await applyImport(saved(root, text, cacheDir));
    return { root, outcome: outcome! };
  }

  it('a file every line of which an earlier import read is not read at all, and gives what an import without memory gives', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-import-cache-'));
    const text = ndjson(rawRecords('v1'));
    const { root } = await imported(cacheDir, text, text);
    const register = snapshot(root);
    calls.find = 0;
    const { result, lines } = await linesRead(() => applyImport(saved(root, text, cacheDir)));
    // Only the line of the record no import takes (its status is unknown) is read again.
    expect(lines).toEqual(['TZ202501-005']);
    expect(calls.find).toBe(0);
    expect(result.files).toEqual([]);
    expect(result.plan.recalled).toBe(result.plan.summary.unchanged);
    expect(result.plan.summary).toEqual((await imported(undefined, text, text)).outcome.plan.summary);
    expect(snapshot(root)).toEqual(register);
  });

  it('a changed line among known ones has every line read, and is updated as without memory', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-import-cache-'));
    const text = ndjson(rawRecords('v1'));
    const { root } = await imported(cacheDir, text, text);
    const { result, lines } = await linesRead(() => applyImport(saved(root, ndjson(changedOne), cacheDir)));
    expect(lines).toEqual(['TZ202412-116', 'TZ202501-005']);
    expect(result.plan.summary.updated).toBe(1);
    const plain = await imported(undefined, text, ndjson(changedOne));
    expect(result.plan.summary).toEqual(plain.outcome.plan.summary);
    expect(readFileSync(join(root, 'tk', '2024-12.yaml'), 'utf8')).toBe(readFileSync(join(plain.root, 'tk', '2024-12.yaml'), 'utf8'));
  });

  it('known lines the memory cannot vouch for (their file edited by hand) are read after all', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-import-cache-'));
    const text = ndjson(rawRecords('v1'));
    const { root } = await imported(cacheDir, text, text);
    const month = join(root, 'tk', '2024-12.yaml');
    writeFileSync(month, readFileSync(month, 'utf8').replace(/(- id: tz202412-116\n\s+title: ).*/, '$1Met de hand herschreven'));
    const { result, lines } = await linesRead(() => applyImport(saved(root, text, cacheDir)));
    // The lines of the edited file's records, and the one no import takes.
    expect(lines).toEqual(rawRecords('v1').map((record) => String(record.Nummer)).filter((nummer) => nummer.startsWith('TZ202412') || nummer === 'TZ202501-005').sort());
    expect(result.plan.summary.updated).toBe(1);
    expect(readFileSync(month, 'utf8')).not.toContain('Met de hand herschreven');
  });
});

describe('the memory', () => {
  const memory: ImportMemory = { context: 'c', files: { 'tk/2024-12.yaml': { hash: 'h1', records: { 'tz202412-116': ['fp', 1, 'text'] } } } };
  const hashes = new Map([['tk/2024-12.yaml', 'h1']]);

  it('recalls a record only under the same build and calendar, for the same file content and fingerprint', () => {
    expect(recallFrom(memory, 'c', hashes).recall('tk/2024-12.yaml', 'tz202412-116', 'fp')).toEqual({ eventBound: true, dueFrom: 'text' });
    expect(recallFrom(memory, 'other', hashes).recall('tk/2024-12.yaml', 'tz202412-116', 'fp')).toBeUndefined();
    expect(recallFrom(memory, 'c', new Map([['tk/2024-12.yaml', 'h2']])).recall('tk/2024-12.yaml', 'tz202412-116', 'fp')).toBeUndefined();
    expect(recallFrom(memory, 'c', hashes).recall('tk/2024-12.yaml', 'tz202412-116', 'other')).toBeUndefined();
    expect(recallFrom(memory, 'c', hashes).recall('tk/2024-12.yaml', 'constructor', 'fp')).toBeUndefined();
    expect(recallFrom(undefined, 'c', hashes).recall('tk/2024-12.yaml', 'tz202412-116', 'fp')).toBeUndefined();
  });

  it('after an import keeps what still holds, forgets what was written or edited, and adds what was learnt', () => {
    const before: ImportMemory = {
      context: 'c',
      files: {
        'a.yaml': { hash: 'a1', records: { x: ['fx', 0, 'date'], y: ['fy', 0, 0] } },
        'b.yaml': { hash: 'b1', records: { z: ['fz', 0, 'text'] } },
      },
    };
    // a.yaml written by the import (y changed), b.yaml edited by hand before it, c.yaml new.
    const after = memoryAfter(
      before,
      'c',
      new Map([['a.yaml', 'a1'], ['b.yaml', 'b2']]),
      new Map([['a.yaml', 'a2'], ['b.yaml', 'b2'], ['c.yaml', 'c1']]),
      new Set(['y', 'w']),
      [{ file: 'a.yaml', id: 'y', fingerprint: 'fy2', eventBound: true, dueFrom: 'text' }, { file: 'c.yaml', id: 'w', fingerprint: 'fw', eventBound: false, dueFrom: undefined }],
    );
    expect(after).toEqual({
      context: 'c',
      files: {
        'a.yaml': { hash: 'a2', records: { x: ['fx', 0, 'date'], y: ['fy2', 1, 'text'] } },
        'c.yaml': { hash: 'c1', records: { w: ['fw', 0, 0] } },
      },
    });
    expect(memoryAfter(before, 'new build', new Map([['a.yaml', 'a1']]), new Map([['a.yaml', 'a1']]), new Set(), [])).toEqual({ context: 'new build', files: {} });
  });
});
