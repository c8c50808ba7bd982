import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCalendar } from '../../../src/cli/open-register.js';
import { readCachedRegister, writeCachedRegister } from '../../../src/cli/register-cache.js';
import { buildRegister } from '../../../src/core/build-register.js';
import { loadFiles } from '../../../src/core/load.js';
import { BUNDLED, TRICKY } from '../digest/register-fixture.js';

async function built(dir: string) {
  const { files } = await loadFiles(dir);
  const result = buildRegister(files, shippedCalendar());
  expect(result.diagnostics).toEqual([]);
  return result;
}

async function cached(dir: string) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-cache-unit-'));
  const value = await built(dir);
  await writeCachedRegister(cacheDir, dir, 'key-1', value);
  const [name] = readdirSync(cacheDir);
  return { cacheDir, value, file: join(cacheDir, name!) };
}

describe('the register cache file', () => {
  for (const [name, dir] of [
    ['the bundled register', BUNDLED],
    ['titles with quotes, line breaks and multi-byte text', TRICKY],
  ] as const) {
    it(`gives back exactly what was stored: ${name}`, async () => {
      const { cacheDir, value } = await cached(dir);
      const read = readCachedRegister(cacheDir, dir, 'key-1');
      expect(read?.register).toEqual(value.register);
      expect(read?.config).toEqual(value.config);
      expect(read?.calendar).toEqual(value.calendar);
      expect(read?.deadlines.windows).toEqual(value.deadlines.windows);
      expect(read?.deadlines.spans).toEqual(value.deadlines.spans);
    });
  }

  it('is plain ASCII, one line per commitment after a header', async () => {
    const { file, value } = await cached(TRICKY);
    const bytes = readFileSync(file);
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    expect(bytes.toString('latin1').trimEnd().split('\n')).toHaveLength(1 + value.register.commitments.length);
  });

  it('is a miss for another key', async () => {
    const { cacheDir } = await cached(BUNDLED);
    expect(readCachedRegister(cacheDir, BUNDLED, 'key-2')).toBeUndefined();
  });

  it('is a miss when cut short, never a register with commitments missing', async () => {
    const { cacheDir, file } = await cached(BUNDLED);
    const lines = readFileSync(file, 'latin1').trimEnd().split('\n');
    writeFileSync(file, `${lines.slice(0, -1).join('\n')}\n`);
    expect(readCachedRegister(cacheDir, BUNDLED, 'key-1')).toBeUndefined();
    writeFileSync(file, lines.join('\n').slice(0, -10));
    expect(readCachedRegister(cacheDir, BUNDLED, 'key-1')).toBeUndefined();
  });

  it('is a miss when missing or not JSON', async () => {
    const { cacheDir, file } = await cached(BUNDLED);
    writeFileSync(file, 'not json\n');
    expect(readCachedRegister(cacheDir, BUNDLED, 'key-1')).toBeUndefined();
    expect(readCachedRegister(join(cacheDir, 'nowhere'), BUNDLED, 'key-1')).toBeUndefined();
  });
});
