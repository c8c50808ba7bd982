import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCalendar } from '../../../src/register/shipped-calendar.js';
import { cacheFile, headerOutline, readCachedJsonTwice, readCachedRegister, writeCachedRegister } from '../../../src/register/register-cache.js';
import { buildRegister } from '../../../src/core/build-register.js';
import { loadFiles } from '../../../src/register/load.js';
import { BUNDLED, TRICKY } from '../digest/register-fixture.js';

async function built(dir: string) {
  const { files } = await loadFiles(dir);
  const result = buildRegister(files, shippedCalendar());
  expect(result.diagnostics).toEqual([]);
  return result;
}

async function cached(dir: string, key = 'key-1') {
  const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-cache-unit-'));
  const value = await built(dir);
  writeCachedRegister(cacheDir, dir, key, value);
  return { cacheDir, value };
}

/**
 * What status --json reads of the cache: the first read (which checks the
 * details file by its bytes alone) and the second, iterated whole so that
 * it closes the files; undefined for a miss.
 */
function readTwice(cacheDir: string, dir: string): unknown[] | undefined {
  const read = readCachedJsonTwice(cacheDir, dir, 'key-1', () => ({ add: () => undefined }));
  return read && [...read.again];
}

describe('the register cache file', () => {
  for (const [name, dir] of [
    ['the bundled register', BUNDLED],
    ['titles with quotes, line breaks and multi-byte text', TRICKY],
  ] as const) {
    it(`gives back exactly what was stored: ${name}`, async () => {
      const { cacheDir, value } = await cached(dir);
      const read = readCachedRegister(cacheDir, dir, 'key-1', 'full');
      expect(read?.register).toEqual(value.register);
      expect(read?.config).toEqual(value.config);
      expect(read?.calendar).toEqual(value.calendar);
      expect(read?.deadlines.windows).toEqual(value.deadlines.windows);
      expect(read?.deadlines.spans).toEqual(value.deadlines.spans);
    });

    it(`gives back each commitment's summary: ${name}`, async () => {
      const { cacheDir, value } = await cached(dir);
      const read = readCachedRegister(cacheDir, dir, 'key-1', 'summary');
      const summaries = value.register.commitments.map(({ id, title, sourceId, status, made, due, delivered, tags }) => ({
        id, title, sourceId, status, made, delivered, tags,
        due: due && Object.fromEntries(Object.entries(due).filter(([key]) => key !== 'position')),
      }));
      expect(read?.register.commitments).toEqual(summaries);
      expect(read?.register.sources).toEqual(value.register.sources);
      expect(read?.deadlines.windows).toEqual(value.deadlines.windows);
    });
  }

  it('is plain ASCII, a header, a line per commitment and a checksum in each file', async () => {
    const { cacheDir, value } = await cached(TRICKY);
    for (const part of ['summary', 'details'] as const) {
      const bytes = readFileSync(cacheFile(cacheDir, TRICKY, part));
      expect(bytes.every((byte) => byte < 0x80)).toBe(true);
      const lines = bytes.toString('latin1').trimEnd().split('\n');
      expect(lines).toHaveLength(2 + value.register.commitments.length);
      expect(lines.at(-1)).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('is a miss, never another register, when any one byte of either file is changed', async () => {
    const { cacheDir } = await cached(TRICKY);
    const whole = readCachedRegister(cacheDir, TRICKY, 'key-1', 'full');
    for (const part of ['summary', 'details'] as const) {
      const file = cacheFile(cacheDir, TRICKY, part);
      const original = readFileSync(file);
      // Every byte of the header and the checksum, and a spread of the lines between: seconds, not minutes.
      const positions = [...Array(original.length).keys()].filter((at) => at < 200 || at >= original.length - 66 || at % 31 === 0);
      let misses = 0;
      for (const at of positions) {
        const corrupt = Buffer.from(original);
        // A change that keeps the text ASCII and, most of the time, the JSON valid: the harder case.
        corrupt[at] = corrupt[at] === 0x30 ? 0x31 : corrupt[at] === 0x0a ? 0x20 : 0x30;
        writeFileSync(file, corrupt);
        const read = readCachedRegister(cacheDir, TRICKY, 'key-1', 'full');
        if (read === undefined) misses += 1;
        else expect(read).toEqual(whole);
        expect(readTwice(cacheDir, TRICKY)).toBeUndefined();
      }
      writeFileSync(file, original);
      expect(readTwice(cacheDir, TRICKY)).toHaveLength(whole!.register.commitments.length);
      writeFileSync(file, original);
      expect(misses).toBe(positions.length);
    }
  });

  it('is a miss for another key', async () => {
    const { cacheDir } = await cached(BUNDLED);
    expect(readCachedRegister(cacheDir, BUNDLED, 'key-2', 'summary')).toBeUndefined();
    expect(readCachedRegister(cacheDir, BUNDLED, 'key-2', 'full')).toBeUndefined();
  });

  it('is a miss when either file is cut short, never a register with commitments missing', async () => {
    for (const [part, cut] of [
      ['summary', (lines: string[]) => `${lines.slice(0, -1).join('\n')}\n`],
      ['summary', (lines: string[]) => lines.join('\n').slice(0, -10)],
      ['details', (lines: string[]) => `${lines.slice(0, -1).join('\n')}\n`],
    ] as const) {
      const { cacheDir } = await cached(BUNDLED);
      const file = cacheFile(cacheDir, BUNDLED, part);
      writeFileSync(file, cut(readFileSync(file, 'latin1').trimEnd().split('\n')));
      expect(readCachedRegister(cacheDir, BUNDLED, 'key-1', 'full')).toBeUndefined();
      expect(readTwice(cacheDir, BUNDLED)).toBeUndefined();
      if (part === 'summary') expect(readCachedRegister(cacheDir, BUNDLED, 'key-1', 'summary')).toBeUndefined();
    }
  });

  it('is a miss when either file has more lines than its header counts', async () => {
    for (const part of ['summary', 'details'] as const) {
      const { cacheDir } = await cached(BUNDLED);
      const file = cacheFile(cacheDir, BUNDLED, part);
      const lines = readFileSync(file, 'latin1').trimEnd().split('\n');
      writeFileSync(file, `${[...lines, lines.at(-1)].join('\n')}\n`);
      expect(readCachedRegister(cacheDir, BUNDLED, 'key-1', 'full')).toBeUndefined();
      expect(readTwice(cacheDir, BUNDLED)).toBeUndefined();
      if (part === 'summary') expect(readCachedRegister(cacheDir, BUNDLED, 'key-1', 'summary')).toBeUndefined();
    }
  });

  it('is a miss in full when the details are of another version of the register', async () => {
    const { cacheDir } = await cached(BUNDLED);
    const older = await cached(BUNDLED, 'key-0');
    copyFileSync(cacheFile(older.cacheDir, BUNDLED, 'details'), cacheFile(cacheDir, BUNDLED, 'details'));
    expect(readCachedRegister(cacheDir, BUNDLED, 'key-1', 'full')).toBeUndefined();
    expect(readTwice(cacheDir, BUNDLED)).toBeUndefined();
    expect(readCachedRegister(cacheDir, BUNDLED, 'key-1', 'summary')).toBeDefined();
  });

  it('is a miss when missing or not JSON', async () => {
    const { cacheDir } = await cached(BUNDLED);
    writeFileSync(cacheFile(cacheDir, BUNDLED, 'details'), 'not json\n');
    expect(readCachedRegister(cacheDir, BUNDLED, 'key-1', 'full')).toBeUndefined();
    expect(readTwice(cacheDir, BUNDLED)).toBeUndefined();
    writeFileSync(cacheFile(cacheDir, BUNDLED, 'summary'), 'not json\n');
    expect(readCachedRegister(cacheDir, BUNDLED, 'key-1', 'summary')).toBeUndefined();
    expect(readCachedRegister(join(cacheDir, 'nowhere'), BUNDLED, 'key-1', 'summary')).toBeUndefined();
  });
});

describe('the summary header read up to its segments', () => {
  const segments = [['a,"segments":[[".yaml', 'h', ['x', 'y'], [['x', 'y']], 1, 2, 's', 't']];

  it('takes the header\'s own member, also when an earlier member holds an object with that key', () => {
    for (const before of [{}, { config: { horizon: 1, segments: [1] } }, { resolutions: [{ rule: { id: 'r', args: { from: 'x', segments: 2 } } }] }, { sources: [{ file: ',"segments":[' }] }]) {
      const header = { format: 15, ...before, linked: ['x', 'y'], segments };
      const { segmentsText, ...outline } = headerOutline(JSON.stringify(header));
      expect({ ...outline, segments: outline.segments() }).toEqual(header);
      expect(segmentsText).toBe(JSON.stringify(segments));
    }
  });

  it('is no header without its segments', () => {
    expect(() => headerOutline(JSON.stringify({ format: 15, linked: [] }))).toThrow();
    expect(() => headerOutline(JSON.stringify({ format: 15, segments }).slice(0, -1))).toThrow();
  });
});
