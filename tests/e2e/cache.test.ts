import { createHash } from 'node:crypto';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, ROOT, runCli } from './run-cli.js';

function copyRegister(): { dir: string; cache: string } {
  const work = mkdtempSync(join(tmpdir(), 'toezegging-cache-'));
  const dir = join(work, 'register');
  cpSync(BUNDLED, dir, { recursive: true });
  return { dir, cache: join(work, 'cache') };
}

const statusJson = (dir: string, cache: string) => runCli(['status', '--data', dir, '--as-of', '2026-11-28', '--json'], { env: { TOEZEGGING_CACHE_DIR: cache } });

describe('the validated-register cache', () => {
  // Node's recursive mkdir looped for ever there (procfs answers ENOENT to every try): `status` never ended.
  it.runIf(existsSync('/proc/self'))('works without a cache when its folder can never be made (under /proc)', () => {
    const { dir } = copyRegister();
    const uncached = runCli(['status', '--data', dir, '--as-of', '2026-11-28', '--json'], { env: { TOEZEGGING_NO_CACHE: '1' } });
    const result = statusJson(dir, '/proc/toezegging-no-such/cache');
    expect(result.code).toBe(uncached.code);
    expect(result.stdout).toBe(uncached.stdout);
  });

  it('gives byte-identical output from the cache and without it', () => {
    const { dir, cache } = copyRegister();
    const uncached = runCli(['status', '--data', dir, '--as-of', '2026-11-28', '--json'], { env: { TOEZEGGING_NO_CACHE: '1' } });
    const first = statusJson(dir, cache);
    expect(readdirSync(cache).sort()).toEqual([
      expect.stringMatching(/^register-[0-9a-f]+\.details\.json$/),
      expect.stringMatching(/^register-[0-9a-f]+\.files$/),
      expect.stringMatching(/^register-[0-9a-f]+\.index\.json$/),
      expect.stringMatching(/^register-[0-9a-f]+\.json$/),
    ]);
    const second = statusJson(dir, cache);
    expect(first.stdout).toBe(uncached.stdout);
    expect(second.stdout).toBe(uncached.stdout);
    // A miss would rebuild and rewrite the data files (the index is refreshed on hits too): unchanged ones show that every run below was served from the cache.
    const written = () =>
      readdirSync(cache)
        .filter((name) => name.endsWith('.json') && !name.endsWith('.index.json'))
        .sort()
        .map((name) => [name, statSync(join(cache, name), { bigint: true }).mtimeNs]);
    const before = written();
    // Summaries (status, list, report, timeline) and whole commitments (JSON, show, export) come from different cache files.
    for (const args of [
      ['status'],
      ['list'],
      ['list', '--json'],
      ['list', '--tag', 'wodc'],
      ['show', 'plan-van-aanpak'],
      ['report', '--since', '2026-08-01'],
      ['report', '--since', '2026-08-01', '--format', 'md'],
      ['report', '--since', '2026-08-01', '--format', 'json'],
      ['timeline'],
      ['export', '--format', 'ndjson'],
      ['export', '--format', 'ics'],
    ]) {
      const run = () => runCli([...args, '--data', dir, '--as-of', '2026-11-28'], { env: { TOEZEGGING_CACHE_DIR: cache } }).stdout;
      const plain = runCli([...args, '--data', dir, '--as-of', '2026-11-28'], { env: { TOEZEGGING_NO_CACHE: '1' } }).stdout;
      expect(run()).toBe(plain);
    }
    expect(written()).toEqual(before);
  });

  // Whole commitments are rebuilt from the two cache files: every field the JSON outputs print must come back as the YAML gave it.
  for (const [name, dir] of [
    ['every field', join(ROOT, 'tests', 'fixtures', 'every-field')],
    ['titles with quotes, line breaks and multi-byte text', join(ROOT, 'tests', 'fixtures', 'export', 'tricky')],
  ] as const) {
    it(`gives byte-identical JSON output from the cache and without it: ${name}`, () => {
      const cache = join(mkdtempSync(join(tmpdir(), 'toezegging-cache-')), 'cache');
      const run = (args: string[], env: Record<string, string>) => runCli([...args, '--data', dir, '--as-of', '2026-11-28'], { env }).stdout;
      const ids = (JSON.parse(run(['status', '--json'], { TOEZEGGING_CACHE_DIR: cache })) as { commitments: { id: string }[] }).commitments.map((c) => c.id);
      expect(readdirSync(cache)).toContainEqual(expect.stringMatching(/\.details\.json$/));
      for (const args of [['status', '--json'], ['list', '--json'], ['show', ids[0]!, '--json'], ['show', ids.at(-1)!, '--json'], ['export', '--format', 'json'], ['export', '--format', 'ndjson']]) {
        const plain = run(args, { TOEZEGGING_NO_CACHE: '1' });
        expect(plain.length).toBeGreaterThan(2);
        expect(run(args, { TOEZEGGING_CACHE_DIR: cache })).toBe(plain);
      }
    });
  }

  it('is never stale: an edit that keeps the size and the mtime is seen', () => {
    const { dir, cache } = copyRegister();
    const file = join(dir, '2025Z19579.yaml');
    const before = JSON.parse(statusJson(dir, cache).stdout) as { commitments: { id: string; state: string }[] };
    expect(before.commitments.find((c) => c.id === 'wodc-onderzoek')?.state).toBe('overdue');

    const { atime, mtime, size } = statSync(file);
    // Same length: "zomer 2026" becomes "zomer 2027".
    writeFileSync(file, readFileSync(file, 'utf8').replace('due: zomer 2026', 'due: zomer 2027'));
    utimesSync(file, atime, mtime);
    expect(statSync(file).size).toBe(size);
    expect(Math.trunc(statSync(file).mtimeMs / 1000)).toBe(Math.trunc(mtime.getTime() / 1000));

    const after = JSON.parse(statusJson(dir, cache).stdout) as { commitments: { id: string; state: string }[] };
    expect(after.commitments.find((c) => c.id === 'wodc-onderzoek')?.state).toBe('upcoming');
  });

  it('is never stale for a file trusted by its stamp: an edit in place that keeps size, mtime and inode is seen by its change time', () => {
    const { dir, cache } = copyRegister();
    const file = join(dir, '2025Z19579.yaml');
    // A whole second, which utimes sets exactly: the edit below leaves the modification time as it was to the nanosecond.
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(statusJson(dir, cache).stdout).toContain('"phrase":"zomer 2026"');
    // Every file settled long before the index was taken: the next run trusts each by its stamp and reads none it need not.
    const index = join(cache, readdirSync(cache).find((name) => name.endsWith('.index.json'))!);
    const written = readFileSync(index, 'latin1');
    const settled = JSON.stringify({ ...(JSON.parse(written.slice(written.indexOf('\n') + 1)) as object), takenAtNs: String((BigInt(Date.now()) + 60_000n) * 1_000_000n) });
    writeFileSync(index, `${createHash('sha256').update(settled, 'latin1').digest('hex')}\n${settled}`);
    const before = statSync(file, { bigint: true });
    const text = readFileSync(file);
    const at = text.indexOf('due: zomer 2026') + 'due: zomer 202'.length;
    const fd = openSync(file, 'r+');
    writeSync(fd, '7', at);
    closeSync(fd);
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const after = statSync(file, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
    const result = statusJson(dir, cache);
    expect(result.stdout).toContain('"phrase":"zomer 2027"');
    expect(result.stdout).toBe(runCli(['status', '--data', dir, '--as-of', '2026-11-28', '--json'], { env: { TOEZEGGING_NO_CACHE: '1' } }).stdout);
  });

  it('does not cache a register with problems: every run reports them', () => {
    const { dir, cache } = copyRegister();
    const file = join(dir, '2025Z19579.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('due: zomer 2026', 'due: zomr 2026'));
    expect(statusJson(dir, cache).code).toBe(3);
    expect(statusJson(dir, cache).stderr).toMatch(/E_BAD_DEADLINE/);
  });

  it('takes a malformed or corrupt index for no index: the files are hashed again, never a failure', () => {
    const { dir, cache } = copyRegister();
    const plain = runCli(['status', '--data', dir, '--as-of', '2026-11-28', '--json'], { env: { TOEZEGGING_NO_CACHE: '1' } }).stdout;
    expect(statusJson(dir, cache).stdout).toBe(plain);
    const index = join(cache, readdirSync(cache).find((name) => name.endsWith('.index.json'))!);
    const written = readFileSync(index, 'latin1');
    const body = written.slice(written.indexOf('\n') + 1);
    const sealed = (text: string) => `${createHash('sha256').update(text, 'latin1').digest('hex')}\n${text}`;
    const parsed = JSON.parse(body) as { files: { hash: string }[] };
    for (const bad of [
      'not json',
      body,
      sealed(JSON.stringify({ ...parsed, files: 5 })),
      sealed(JSON.stringify({ ...parsed, files: [null] })),
      sealed(JSON.stringify({ ...parsed, takenAtNs: 'soon' })),
      // A hash that would be trusted for an unchanged stamp: only the checksum tells.
      written.replace(parsed.files[0]!.hash, '0'.repeat(64)),
    ]) {
      writeFileSync(index, bad);
      const result = statusJson(dir, cache);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(plain);
    }
  });

  it('runs without a cache when the cache folder cannot be written', () => {
    const { dir } = copyRegister();
    // A folder below a regular file can never be made.
    const result = statusJson(dir, join(dir, '2025Z19579.yaml', 'cache'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});
