import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../../src/core/build-register.js';
import { buildCache } from '../../../src/register/build-cache.js';
import { registerKey } from '../../../src/register/cache-key.js';
import { rebuildingPaths, rebuildsFromCache } from '../../../src/register/file-check-from-cache.js';
import { loadFiles } from '../../../src/register/load.js';
import { writeCachedRegister } from '../../../src/register/register-cache.js';
import { shippedCalendar } from '../../../src/register/shipped-calendar.js';
import { storeFileValidations, validateFiles } from '../../../src/register/validate-files.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** Every folder of fixtures that holds YAML: each is a register, good or bad. */
function registers(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const own = entries.some((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name)) ? [dir] : [];
  return [...own, ...entries.filter((entry) => entry.isDirectory()).flatMap((entry) => registers(join(dir, entry.name)))];
}

/** Both cache files and the per-file entries, as bytes by name; hidden files (spools, drafts) too, so that none is left behind. */
function cacheContents(cache: string): Map<string, string> {
  const contents = new Map<string, string>();
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else contents.set(`${prefix}${entry.name}`, readFileSync(join(dir, entry.name), 'latin1'));
    }
  };
  walk(cache, '');
  return contents;
}

/** The cache as the whole read makes it: every file checked, the register built whole, then written. */
async function wholeRead(dir: string, cache: string): Promise<boolean> {
  return (await wholeReadOf(dir, cache)).clean;
}

async function wholeReadOf(dir: string, cache: string) {
  const { files } = await loadFiles(dir);
  const key = registerKey(files, 'test', undefined)!;
  const checked = validateFiles(files, cache, dir, key);
  const built = buildRegister(files, shippedCalendar());
  const clean = built.diagnostics.length === 0;
  storeFileValidations(cache, dir, checked, clean ? rebuildsFromCache : undefined);
  if (clean) writeCachedRegister(cache, dir, key, built, rebuildingPaths(checked.validations));
  return { clean, commitments: built.register.commitments };
}

async function streamed(dir: string, cache: string): Promise<boolean> {
  const { files } = await loadFiles(dir);
  return buildCache(cache, dir, files, registerKey(files, 'test', undefined)!, shippedCalendar());
}

function withCaches<T>(use: (whole: string, stream: string) => Promise<T>): Promise<T> {
  const whole = mkdtempSync(join(tmpdir(), 'toezegging-build-whole-'));
  const stream = mkdtempSync(join(tmpdir(), 'toezegging-build-stream-'));
  return use(whole, stream).finally(() => {
    rmSync(whole, { recursive: true, force: true });
    rmSync(stream, { recursive: true, force: true });
  });
}

describe('the register cache made a file at a time', () => {
  const folders = registers(FIXTURES);

  it.each(folders.map((folder) => [folder.slice(FIXTURES.length + 1), folder]))('is byte for byte the cache a whole read makes, or none when that is not clean: %s', (_, folder) =>
    withCaches(async (whole, stream) => {
      const { clean, commitments } = await wholeReadOf(folder, whole);
      const made = await streamed(folder, stream);
      if (made) {
        expect(clean).toBe(true);
        expect(cacheContents(stream)).toEqual(cacheContents(whole));
      } else {
        // Nothing written, not even the spooled lines; a clean register is left to the whole read only for a deadline counted from another file's delivery.
        expect([...cacheContents(stream).keys()].filter((name) => !name.includes('.files/'))).toEqual([]);
        const fileOf = new Map(commitments.map((commitment) => [commitment.id, commitment.file]));
        if (clean) expect(commitments.some(({ due, file }) => due?.kind === 'after' && fileOf.get(due.after) !== file)).toBe(true);
      }
    }),
  );

  it('covers clean and unclean fixtures', () =>
    withCaches(async (_, stream) => {
      let made = 0;
      let refused = 0;
      for (const [index, folder] of folders.entries()) {
        if (await streamed(folder, join(stream, String(index)))) made += 1;
        else refused += 1;
      }
      expect(made).toBeGreaterThan(8);
      expect(refused).toBeGreaterThan(10);
    }));

  it('checks links across files: a dependency on a later file, a link to nothing, a cycle, a deadline after another file\'s delivery', () =>
    withCaches(async (whole, stream) => {
      const dir = mkdtempSync(join(tmpdir(), 'toezegging-build-links-'));
      const file = (name: string, source: string, commitments: string) =>
        writeFileSync(join(dir, name), `source:\n  id: ${source}\n  type: brief\n  title: Brief ${source}\n  date: 2026-01\ncommitments:\n${commitments}`);
      const commitment = (id: string, extra = '') => `  - id: ${id}\n    title: Toezegging ${id}\n    due: zomer 2026\n${extra}`;
      try {
        file('a.yaml', 'A', commitment('a-1', '    depends_on: [b-1]\n'));
        file('b.yaml', 'B', commitment('b-1', '    status: voldaan\n    delivered: {on: 2026-03-01}\n'));
        expect(await streamed(dir, join(stream, '1'))).toBe(true);
        expect(await wholeRead(dir, join(whole, '1'))).toBe(true);
        expect(cacheContents(join(stream, '1'))).toEqual(cacheContents(join(whole, '1')));

        file('a.yaml', 'A', commitment('a-1', '    depends_on: [b-2]\n'));
        expect(await streamed(dir, join(stream, '2'))).toBe(false);

        file('a.yaml', 'A', commitment('a-1', '    depends_on: [b-1]\n'));
        file('b.yaml', 'B', commitment('b-1', '    depends_on: [a-1]\n'));
        expect(await streamed(dir, join(stream, '3'))).toBe(false);

        file('b.yaml', 'B', commitment('b-1', '    status: voldaan\n    delivered: {on: 2026-03-01}\n'));
        file('a.yaml', 'A', '  - id: a-1\n    title: Na b-1\n    due: {after: b-1, within: 3 maanden}\n');
        expect(await streamed(dir, join(stream, '4'))).toBe(false);
        expect(await wholeRead(dir, join(whole, '4'))).toBe(true);

        file('a.yaml', 'A', commitment('b-1'));
        expect(await streamed(dir, join(stream, '5'))).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }));

  it('makes no cache where it cannot write, and leaves nothing behind', () =>
    withCaches(async (_, stream) => {
      const blocked = join(stream, 'blocked');
      mkdirSync(stream, { recursive: true });
      writeFileSync(blocked, 'a file where the cache folder would be');
      expect(await streamed(join(FIXTURES, 'every-field'), blocked)).toBe(false);
      expect(readdirSync(stream)).toEqual(['blocked']);
    }));
});
