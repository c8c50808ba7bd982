import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../../src/core/build-register.js';
import { isKeyedContent, registerKey, type CacheIndex } from '../../../src/register/cache-key.js';
import { fileCacheFolder } from '../../../src/register/file-cache.js';
import { listFiles, loadFiles } from '../../../src/register/load.js';
import { CACHE_FORMAT, writeCachedRegister } from '../../../src/register/register-cache.js';
import { shippedCalendar } from '../../../src/register/shipped-calendar.js';
import { updateCachedRegister } from '../../../src/register/update-cache.js';
import { validateFiles } from '../../../src/register/validate-files.js';

const source = (n: number, title: string) => `source:\n  id: S${n}\n  type: brief\n  title: T\n  date: 2026-01-10\ncommitments:\n  - id: c${n}\n    title: ${title}\n    due: zomer 2026\n`;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function register(): { dir: string; cache: string } {
  const work = mkdtempSync(join(tmpdir(), 'toezegging-keyed-content-'));
  const dir = join(work, 'register');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.yaml'), source(1, 'Een'));
  writeFileSync(join(dir, 'b.yaml'), source(2, 'Twee'));
  return { dir, cache: join(work, 'cache') };
}

/**
 * The index a run left when each file held `contents`, with the files'
 * stamps as they are now and settled long before: the next key trusts every
 * file by its stamp and reads none, as it would the moment before a file is
 * edited in the same tick of the file system's clock.
 */
function settledIndex(dir: string, contents: Record<string, string>): CacheIndex {
  const files = Object.entries(contents).map(([path, text]) => {
    const info = statSync(join(dir, path), { bigint: true });
    return { path, stamp: `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}`, hash: sha(text) };
  });
  return { format: CACHE_FORMAT, key: 'before', takenAtNs: String((BigInt(Date.now()) + 60_000n) * 1_000_000n), files };
}

describe('a file trusted by its stamp and read later', () => {
  it('is known by the bytes read: the hash the key holds, or another', () => {
    const bytes = new TextEncoder().encode('a: 1\n');
    expect(isKeyedContent(bytes, sha('a: 1\n'))).toBe(true);
    expect(isKeyedContent(bytes, sha('a: 2\n'))).toBe(false);
  });

  it('edited after the key was made, is parsed as it now is and cached under no hash', () => {
    const { dir, cache } = register();
    // The key was made while a.yaml held an older text; a.yaml was edited before it was read.
    const key = registerKey(listFiles(dir).files, 'test', settledIndex(dir, { 'a.yaml': source(1, 'Oud'), 'b.yaml': source(2, 'Twee') }))!;
    expect(key.hashed).toBe(0);
    const loaded = listFiles(dir);
    const checked = validateFiles(loaded.files, cache, dir, key);
    expect(checked.validations[0]!.source?.commitments[0]?.checked?.commitment.title).toBe('Een');
    expect(checked.unkeyed).toEqual(['a.yaml']);
    // b.yaml, read as the key names it, is cached; a.yaml is not, under the hash of the text it no longer holds.
    expect(checked.fresh.size).toBe(1);
    expect([...checked.fresh.values()].map((validation) => validation.path)).toEqual(['b.yaml']);
  });

  it('is not copied into the register cache under the hash of a text it no longer holds', async () => {
    const { dir, cache } = register();
    const loaded = await loadFiles(dir);
    const key = registerKey(loaded.files, 'test', undefined)!;
    writeCachedRegister(cache, dir, key, buildRegister(loaded.files, shippedCalendar()));
    // The index names a version of b.yaml the cache does not hold, trusted by b.yaml's stamp; b.yaml now holds another.
    const index = settledIndex(dir, { 'a.yaml': source(1, 'Een'), 'b.yaml': source(2, 'Drie') });
    writeFileSync(join(dir, 'a.yaml'), source(1, 'Anders'));
    const changed = listFiles(dir);
    const later = registerKey(changed.files, 'test', index)!;
    expect(updateCachedRegister(cache, dir, changed.files, later)).toBe(false);
    const entries = fileCacheFolder(cache, dir);
    expect(existsSync(entries) ? readdirSync(entries) : []).toEqual([]);
  });

  // A first run hashed every file for the key and kept its bytes until the cache build let them go: a register's size of memory at the start.
  it('is hashed by the key without its bytes being kept, and read again to be parsed', () => {
    const { dir, cache } = register();
    const loaded = listFiles(dir);
    const key = registerKey(loaded.files, 'test', undefined)!;
    expect(key.hashed).toBe(2);
    expect(key.files.map((file) => file.hash)).toEqual([sha(source(1, 'Een')), sha(source(2, 'Twee'))]);
    expect(loaded.files.map((file) => file.bytes)).toEqual([undefined, undefined]);
    const checked = validateFiles(loaded.files, cache, dir, key);
    expect(checked.unkeyed).toEqual([]);
    expect(checked.validations.map((validation) => validation.source?.commitments[0]?.checked?.commitment.title)).toEqual(['Een', 'Twee']);
  });

  it('read before the key, is hashed from the bytes read, which stay', async () => {
    const { dir } = register();
    const loaded = await loadFiles(dir);
    const key = registerKey(loaded.files, 'test', undefined)!;
    expect(key.files.map((file) => file.hash)).toEqual([sha(source(1, 'Een')), sha(source(2, 'Twee'))]);
    expect(loaded.files.every((file) => file.bytes !== undefined)).toBe(true);
  });

  it('that is no longer a regular file leaves no key, and is refused as a read would refuse it', () => {
    const { dir } = register();
    const loaded = listFiles(dir);
    rmSync(join(dir, 'b.yaml'));
    mkdirSync(join(dir, 'b.yaml'));
    expect(registerKey(loaded.files, 'test', undefined)).toBeUndefined();
    expect(loaded.files[1]!.refused).toEqual({ kind: 'not-a-file' });
  });
});
