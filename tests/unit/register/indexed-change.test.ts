import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../../src/core/build-register.js';
import { applyChange, RegisterInvalidError } from '../../../src/register/apply-change.js';
import { BUILD_ID } from '../../../src/register/build-id.js';
import { readCacheIndex, registerKey, writeCacheIndex } from '../../../src/register/cache-key.js';
import { loadFiles } from '../../../src/register/load.js';
import { cacheFile, readCachedRegister, writeCachedRegister } from '../../../src/register/register-cache.js';
import { editableText, findCommitment, registerIds, windowOf, type FileEdit, type RegisterState } from '../../../src/register/register-change.js';
import { shippedCalendar } from '../../../src/register/shipped-calendar.js';

const SOURCE = 'source:\n  id: S\n  type: brief\n  title: T\n  date: 2026-01-10\ncommitments:\n  - id: a\n    title: A\n    due: zomer 2026\n';
const B = SOURCE.replace('id: S', 'id: S2').replace('id: a', 'id: b').replace('zomer 2026', 'eind 2026');
const C = `${SOURCE.replace('id: S', 'id: S3').replace('id: a', 'id: c')}    depends_on: [b]\n`;

/** Three source files on disk, the third linking to the second, and a cache of them as a first `status` leaves it. */
async function warmRegister(): Promise<{ dir: string; cache: string }> {
  const work = mkdtempSync(join(tmpdir(), 'toezegging-indexed-change-'));
  const dir = join(work, 'register');
  const cache = join(work, 'cache');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.yaml'), SOURCE);
  writeFileSync(join(dir, 'b.yaml'), B);
  writeFileSync(join(dir, 'c.yaml'), C);
  const loaded = await loadFiles(dir);
  const key = registerKey(loaded.files, BUILD_ID, undefined)!;
  const built = buildRegister(loaded.files, shippedCalendar());
  expect(built.diagnostics).toEqual([]);
  writeCachedRegister(cache, dir, key, built);
  writeCacheIndex(cache, dir, key);
  return { dir, cache };
}

/** The register as checking its files whole gives it, and as the cache now holds it under the files' key. */
async function wholeAndCached(dir: string, cache: string) {
  const loaded = await loadFiles(dir);
  const whole = buildRegister(loaded.files, shippedCalendar());
  const key = registerKey(loaded.files, BUILD_ID, readCacheIndex(cache, dir))!;
  return { whole, cached: readCachedRegister(cache, dir, key.key, 'full') };
}

const change = (dir: string, cache: string, edits: (state: RegisterState) => FileEdit[], dryRun = false) =>
  applyChange(dir, (state) => ({ edits: edits(state), outcome: state }), { dryRun, timeoutMs: 1000, cacheDir: cache });

const EDITS: [string, (state: RegisterState) => FileEdit[]][] = [
  ['a title', (state) => [{ path: 'a.yaml', text: editableText(state, 'a.yaml').replace('title: A', 'title: Anders') }]],
  ['a note', (state) => [{ path: 'b.yaml', text: `${editableText(state, 'b.yaml')}    history:\n      - on: 2026-02-01\n        note: gebeld\n` }]],
  ['a commitment added', (state) => [{ path: 'a.yaml', text: `${editableText(state, 'a.yaml')}  - id: a2\n    title: Nog een\n    due: binnen drie maanden\n    depends_on: [c]\n` }]],
  ['a new file linking to others', () => [{ path: 'd.yaml', text: `${SOURCE.replace('id: S', 'id: S4').replace('id: a', 'id: d')}    depends_on: [a, c]\n` }]],
  ['a deadline after another file\'s commitment', (state) => [{ path: 'a.yaml', text: editableText(state, 'a.yaml').replace('due: zomer 2026', 'due:\n      after: b\n      within: drie maanden') }]],
  ['two files at once', (state) => [{ path: 'a.yaml', text: editableText(state, 'a.yaml').replace('title: A', 'title: Anders') }, { path: 'c.yaml', text: editableText(state, 'c.yaml').replace('[b]', '[a, b]') }]],
];

describe('a change to a register the cache holds', () => {
  for (const [name, edits] of EDITS) {
    it(`is planned from the cache's header, and leaves the cache a whole check makes: ${name}`, async () => {
      const { dir, cache } = await warmRegister();
      let planned: RegisterState | undefined;
      const applied = await change(dir, cache, (state) => {
        planned = state;
        return edits(state);
      });
      expect(applied.written).toBe(true);
      expect(planned?.index).toBeDefined();
      expect(applied.after.index).toBeDefined();
      const { whole, cached } = await wholeAndCached(dir, cache);
      expect(whole.diagnostics).toEqual([]);
      expect(cached?.register).toEqual(whole.register);
      expect(cached?.deadlines.windows).toEqual(whole.deadlines.windows);
      expect(cached?.deadlines.spans).toEqual(whole.deadlines.spans);
      // The state after, asked for the whole register, gives the same.
      expect(applied.after.validated.register).toEqual(whole.register);
      expect(applied.after.deadlines.windows).toEqual(whole.deadlines.windows);
      expect(registerIds(applied.after)).toEqual(whole.register.commitments.map((commitment) => commitment.id));
    });
  }

  it('answers for one commitment from its own file, whatever the other files hold', async () => {
    const { dir, cache } = await warmRegister();
    const register = buildRegister((await loadFiles(dir)).files, shippedCalendar());
    await change(dir, cache, (state) => {
      expect(state.index).toBeDefined();
      expect(findCommitment(state, 'c')).toEqual(register.register.commitments.find((commitment) => commitment.id === 'c'));
      expect(windowOf(state, 'b')).toEqual(register.deadlines.windows.get('b'));
      expect(findCommitment(state, 'nope')).toBeUndefined();
      expect(registerIds(state)).toEqual(['a', 'b', 'c']);
      return [];
    });
  });

  it('refuses what a whole check refuses, writing nothing', async () => {
    const { dir, cache } = await warmRegister();
    const summary = readFileSync(cacheFile(cache, dir, 'summary'));
    const refused = change(dir, cache, (state) => [{ path: 'b.yaml', text: editableText(state, 'b.yaml').replace('id: b', 'id: bb') }]);
    await expect(refused).rejects.toBeInstanceOf(RegisterInvalidError);
    await expect(refused).rejects.toMatchObject({ when: 'after', errors: [{ code: 'E_UNKNOWN_REF' }] });
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe(B);
    expect(readFileSync(cacheFile(cache, dir, 'summary'))).toEqual(summary);
  });

  it('reads a file from the cache only as its own sum allows, and with another file\'s lines corrupt still leaves the right cache', async () => {
    const { dir, cache } = await warmRegister();
    const details = cacheFile(cache, dir, 'details');
    const bytes = readFileSync(details);
    // The note of c's file corrupt on disk: c's segment no longer matches its sum, nor the file its checksum.
    bytes[bytes.indexOf('"c.yaml"') + 1] = 'x'.charCodeAt(0);
    writeFileSync(details, bytes);
    const applied = await change(dir, cache, (state) => {
      expect(findCommitment(state, 'a')?.title).toBe('A');
      expect(findCommitment(state, 'c')?.file).toBe('c.yaml');
      return [{ path: 'a.yaml', text: editableText(state, 'a.yaml').replace('title: A', 'title: Anders') }];
    });
    expect(applied.written).toBe(true);
    const { whole, cached } = await wholeAndCached(dir, cache);
    expect(cached?.register).toEqual(whole.register);
  });
});
