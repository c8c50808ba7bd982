import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { BIN, NEUTRAL_CWD, runCli } from './run-cli.js';

/** A register of several source files, each with a few commitments, one depending on another file's. */
function makeRegister(): { dir: string; cache: string } {
  const work = mkdtempSync(join(tmpdir(), 'toezegging-incremental-'));
  const dir = join(work, 'register');
  const cache = join(work, 'cache');
  mkdirSync(dir);
  for (let s = 0; s < 5; s += 1) {
    const lines = ['source:', `  id: BRON-${s}`, '  type: brief', `  title: Brief ${s}`, `  date: 2026-0${s + 1}-10`, 'commitments:'];
    for (let c = 0; c < 4; c += 1) {
      lines.push(`  - id: t-${s}-${c}`, `    title: Toezegging ${s}.${c}`, `    due: ${['zomer 2026', 'eind 2026', 'binnen drie maanden', 'Q1 2027'][c]}`);
      if (s > 0 && c === 0) lines.push(`    depends_on: [t-${s - 1}-1]`);
    }
    writeFileSync(join(dir, `bron-${s}.yaml`), `${lines.join('\n')}\n`, { flag: 'w' });
  }
  return { dir, cache };
}

const env = (cache: string) => ({ TOEZEGGING_CACHE_DIR: cache });
const run = (args: string[], dir: string, cache?: string) =>
  runCli([...args, '--data', dir, '--as-of', '2026-11-28'], { env: cache === undefined ? { TOEZEGGING_NO_CACHE: '1' } : env(cache) });
const entries = (cache: string) => {
  const folder = join(cache, readdirSync(cache).find((name) => name.endsWith('.files'))!);
  return new Map(readdirSync(folder).map((name) => [name, statSync(join(folder, name), { bigint: true }).mtimeNs]));
};
const summaryStamp = (cache: string) => {
  const name = readdirSync(cache).find((file) => /^register-[0-9a-f]+\.json$/.test(file))!;
  return statSync(join(cache, name), { bigint: true }).mtimeNs;
};

describe('the per-file cache', () => {
  it('parses only the file that changed, and answers as a run without a cache does', () => {
    const { dir, cache } = makeRegister();
    expect(run(['status', '--json'], dir, cache).stdout).toBe(run(['status', '--json'], dir).stdout);
    const before = entries(cache);
    // bron-0 links to nothing: the register cache gives its check back, and it needs no entry.
    expect(before.size).toBe(4);
    const file = join(dir, 'bron-2.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Toezegging 2.1', 'Toezegging twee.een').replace('due: zomer 2026', 'due: zomer 2027'));
    const changed = run(['status', '--json'], dir, cache);
    expect(changed.stdout).toBe(run(['status', '--json'], dir).stdout);
    expect(changed.stdout).toContain('twee.een');
    const after = entries(cache);
    expect(after.size).toBe(4);
    // Three entries kept as they were; the edited file's old entry gone and its new one written.
    expect([...after].filter(([name, stamp]) => before.get(name) === stamp)).toHaveLength(3);
  });

  /** A cached register whose per-file entries are gone and one file of which is then edited by hand, clean: what a run reads shows in the entries it writes. */
  function editedByHandWithNoEntries(): { dir: string; cache: string; folder: string } {
    const { dir, cache } = makeRegister();
    run(['status'], dir, cache);
    const folder = join(cache, readdirSync(cache).find((name) => name.endsWith('.files'))!);
    for (const name of readdirSync(folder)) rmSync(join(folder, name));
    const file = join(dir, 'bron-3.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Toezegging 3.2', 'Toezegging drie.twee'));
    return { dir, cache, folder };
  }

  it('after a hand edit that keeps the register clean, parses the edited file only, not even reading the others\' entries', () => {
    const { dir, cache, folder } = editedByHandWithNoEntries();
    for (const args of [['status', '--json'], ['show', 't-3-2'], ['list']]) expect(run(args, dir, cache).stdout).toBe(run(args, dir).stdout);
    expect(run(['show', 't-3-2'], dir, cache).stdout).toContain('drie.twee');
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('a write after a hand edit parses the edited and the written file only', () => {
    const { dir, cache, folder } = editedByHandWithNoEntries();
    const noted = runCli(['note', 't-1-2', 'na de hand', '--data', dir, '--as-of', '2026-11-28'], { env: env(cache) });
    expect(noted.code).toBe(0);
    expect(readdirSync(folder)).toHaveLength(2);
    for (const args of [['status', '--json'], ['show', 't-1-2'], ['show', 't-3-2']]) expect(run(args, dir, cache).stdout).toBe(run(args, dir).stdout);
    expect(run(['show', 't-1-2'], dir, cache).stdout).toContain('na de hand');
  });

  it('sees a file added, removed or renamed between two runs', () => {
    const { dir, cache } = makeRegister();
    run(['status'], dir, cache);
    renameSync(join(dir, 'bron-4.yaml'), join(dir, 'hernoemd.yaml'));
    expect(run(['list', '--json'], dir, cache).stdout).toBe(run(['list', '--json'], dir).stdout);
    // Into a subfolder: same content, size, times and inode, under another path.
    mkdirSync(join(dir, 'archief'));
    renameSync(join(dir, 'bron-3.yaml'), join(dir, 'archief', 'bron-3.yaml'));
    const moved = run(['list', '--json'], dir, cache);
    expect(moved.stdout).toBe(run(['list', '--json'], dir).stdout);
    expect(moved.stdout).toContain('"file":"archief/bron-3.yaml"');
    expect(moved.stdout).not.toContain('"file":"bron-3.yaml"');
    rmSync(join(dir, 'hernoemd.yaml'));
    const removed = run(['list', '--json'], dir, cache);
    expect(removed.stdout).toBe(run(['list', '--json'], dir).stdout);
    expect(removed.stdout).not.toContain('t-4-0');
    writeFileSync(join(dir, 'nieuw.yaml'), 'source:\n  id: NIEUW\n  type: brief\n  title: Nieuw\n  date: 2026-06-01\ncommitments:\n  - id: nieuw-1\n    title: Nieuw\n    due: eind 2026\n');
    const added = run(['list', '--json'], dir, cache);
    expect(added.stdout).toBe(run(['list', '--json'], dir).stdout);
    expect(added.stdout).toContain('nieuw-1');
  });

  it('finds a reference broken by a change in another file from the others\' cached checks', () => {
    const { dir, cache } = makeRegister();
    run(['status'], dir, cache);
    const file = join(dir, 'bron-1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: t-1-1', 'id: t-1-x'));
    const result = run(['check'], dir, cache);
    expect(result.code).toBe(1);
    const uncached = run(['check'], dir);
    expect(result.stdout + result.stderr).toContain('bron-2.yaml');
    expect(result.stdout + result.stderr).toContain('t-1-1');
    expect([result.stdout, result.stderr]).toEqual([uncached.stdout, uncached.stderr]);
  });

  it('takes an entry that does not verify for a miss', () => {
    const { dir, cache } = makeRegister();
    const plain = run(['status', '--json'], dir).stdout;
    run(['status'], dir, cache);
    const folder = join(cache, readdirSync(cache).find((name) => name.endsWith('.files'))!);
    const [changed, cut] = readdirSync(folder);
    // A changed state that would still be valid JSON: only the checksum tells.
    writeFileSync(join(folder, changed!), readFileSync(join(folder, changed!), 'latin1').replace(/"open"/g, '"lapsed"'), 'latin1');
    const whole = readFileSync(join(folder, cut!), 'latin1');
    writeFileSync(join(folder, cut!), whole.slice(0, whole.lastIndexOf('}')), 'latin1');
    // Without the register cache the entries are read (with it, its segments give the checks back and the entries are never read:
    // an edit of another file, as this test had it before, proved nothing).
    for (const name of readdirSync(cache)) if (/^register-[0-9a-f]+\.(?:details\.)?json$/.test(name)) rmSync(join(cache, name));
    expect(run(['status', '--json'], dir, cache).stdout).toBe(plain);
  });

  it('leaves a write\'s result in the cache: the next status reads it without parsing', () => {
    const { dir, cache } = makeRegister();
    run(['status'], dir, cache);
    const noted = runCli(['note', 't-3-2', 'uitstelbericht ontvangen', '--data', dir, '--as-of', '2026-11-28'], { env: env(cache) });
    expect(noted.code).toBe(0);
    const stamp = summaryStamp(cache);
    const kept = entries(cache);
    for (const args of [['status', '--json'], ['show', 't-3-2'], ['list']]) expect(run(args, dir, cache).stdout).toBe(run(args, dir).stdout);
    expect(summaryStamp(cache)).toBe(stamp);
    expect(entries(cache)).toEqual(kept);
    expect(run(['show', 't-3-2'], dir, cache).stdout).toContain('uitstelbericht ontvangen');
  });

  it('sees a file edited by hand while a write is under way, though the write cached the register it read before', async () => {
    const { dir, cache } = makeRegister();
    run(['status'], dir, cache);
    // The writer stops between writing its file and putting it in place: the hand edit lands after the writer read the register,
    // and more than the few seconds before the writer caches the register that make a file's stamp too recent to trust.
    const writer = spawn(process.execPath, [BIN, 'note', 't-1-2', 'tijdens de hand', '--data', dir, '--as-of', '2026-11-28'], {
      cwd: NEUTRAL_CWD,
      env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_CACHE_DIR: cache, TOEZEGGING_TEST_PAUSE_BEFORE_RENAME_MS: '4500' },
    });
    const exited = new Promise<number | null>((resolve) => writer.on('exit', (code) => resolve(code)));
    const end = Date.now() + 15_000;
    while (!readdirSync(dir).some((name) => name.endsWith('.tmp'))) {
      if (Date.now() > end) throw new Error('the writer never wrote');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const file = join(dir, 'bron-3.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Toezegging 3.2', 'Toezegging drie.twee'));
    expect(await exited).toBe(0);
    for (const args of [['status', '--json'], ['show', 't-3-2'], ['show', 't-1-2']]) expect(run(args, dir, cache).stdout).toBe(run(args, dir).stdout);
    expect(run(['show', 't-3-2'], dir, cache).stdout).toContain('drie.twee');
  }, 40_000);
});
