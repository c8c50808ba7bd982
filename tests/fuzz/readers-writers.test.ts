import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, NEUTRAL_CWD, ROOT, runCli, runJson } from '../e2e/run-cli.js';
import { memoryBoundKb, PEAK_RSS_PRELOAD, peakRss } from './peak-rss.js';

/** How many processes run at once; `npm run fuzz` raises it (FAULT_PROCESSES=50). */
const PROCESSES = Number(process.env.FAULT_PROCESSES ?? 16);

interface Outcome {
  kind: 'writer' | 'reader';
  note: string;
  code: number | null;
  killed: boolean;
  /** The file-size limit the writer ran under (the stand-in for a full disk), if any. */
  fsize: number | undefined;
  stdout: string;
  stderr: string;
  peakKb: number | undefined;
}

const IDS = ['wodc-onderzoek', 'spine-eindrapportage', 'plan-van-aanpak', 'motie-ceder-leeftijdsverificatie'];

/** util-linux `prlimit` sets a child's RLIMIT_FSIZE: a write past it fails with EFBIG, as on a full disk. */
const HAS_PRLIMIT = spawnSync('prlimit', ['--version'], { stdio: 'ignore' }).status === 0;

function start(kind: Outcome['kind'], args: string[], note: string, env: Record<string, string>, killAfterMs: number | undefined, fsize: number | undefined): Promise<Outcome> {
  return new Promise((resolve) => {
    const node = [process.execPath, '--require', PEAK_RSS_PRELOAD, BIN, ...args];
    const [command, ...rest] = fsize === undefined ? node : ['prlimit', `--fsize=${fsize}`, '--', ...node];
    const child = spawn(command!, rest, { cwd: NEUTRAL_CWD, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_LOCK_TIMEOUT: '60', ...env } });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => (killed = child.kill('SIGKILL')), killAfterMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const peak = peakRss(stderr);
      resolve({ kind, note, code, killed, fsize, stdout, stderr: peak.stderr, peakKb: peak.kb });
    });
  });
}

/**
 * Where the register lives. As root, a small tmpfs of its own, where a full
 * disk and a read-only folder are real (ENOSPC, EROFS); otherwise a folder
 * under the temporary directory, made read-only by its mode (EACCES), with
 * file-size limits alone standing in for a full disk.
 */
interface Disk {
  dir: string;
  fill(): void;
  unfill(): void;
  readOnly(on: boolean): void;
  release(): void;
}

function tmpfsDisk(): Disk | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-faults-tmpfs-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' }).status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const filler = join(dir, '.filler');
  return {
    dir,
    fill() {
      const [size, used] = execFileSync('df', ['--output=size,used', '-B1', dir], { encoding: 'utf8' }).split('\n')[1]!.trim().split(/\s+/).map(Number);
      try {
        writeFileSync(filler, Buffer.alloc(size! - used!));
      } catch {
        // Full before the filler was whole: that is the point.
      }
    },
    unfill: () => rmSync(filler, { force: true }),
    readOnly: (on) => void spawnSync('mount', ['-o', on ? 'remount,ro' : 'remount,rw', dir]),
    release() {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function plainDisk(): Disk {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-faults-'));
  return {
    dir,
    fill: () => undefined,
    unfill: () => undefined,
    readOnly: (on) => chmodSync(dir, on ? 0o555 : 0o755),
    release: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const tmpfs = tmpfsDisk();
const disk = tmpfs ?? plainDisk();
afterAll(() => disk.release());

describe('readers and writers together: some killed at random, the disk full and the folder read-only for a while', () => {
  it(`${PROCESSES} processes: every read a whole register, every reported write kept, failures exit 3 with a message, memory bounded, the register valid after`, async () => {
    const dir = disk.dir;
    cpSync(join(ROOT, 'tests', 'fixtures', 'write', 'plain'), dir, { recursive: true });
    const file = join(dir, '2025Z19579.yaml');
    const cache = mkdtempSync(join(tmpdir(), 'toezegging-faults-cache-'));
    const common = ['--data', dir, '--as-of', '2026-11-28'];
    const before = runJson<{ commitments: unknown[] }>(['list', '--json', ...common]).commitments.length;

    // The faults come and go while the processes run, one after the other in a random order, each for 400 ms.
    const faults = (async () => {
      const full = { on: disk.fill, off: disk.unfill };
      const readOnly = { on: () => disk.readOnly(true), off: () => disk.readOnly(false) };
      for (const fault of Math.random() < 0.5 ? [full, readOnly] : [readOnly, full]) {
        await sleep(Math.floor(Math.random() * 500));
        fault.on();
        await sleep(400);
        fault.off();
      }
    })();
    const outcomes = await Promise.all(
      Array.from({ length: PROCESSES }, (_, index) => {
        const killAfter = Math.random() < 0.25 ? Math.floor(Math.random() * 1500) : undefined;
        const note = `fout-${index}-${Math.random().toString(36).slice(2, 8)}`;
        // One writer in three may not write more than a few bytes: from nothing at all (not even the lock) to part of the file.
        const fsize = HAS_PRLIMIT && index % 6 === 0 ? [0, 64, 2048][index % 18 / 6]! : undefined;
        return index % 2 === 0
          ? start('writer', ['note', IDS[index % IDS.length]!, note, ...common], note, {}, killAfter, fsize)
          : start('reader', ['list', '--json', ...common], note, index % 4 === 1 ? { TOEZEGGING_CACHE_DIR: cache } : { TOEZEGGING_NO_CACHE: '1' }, killAfter, undefined);
      }),
    );
    await faults;

    const text = readFileSync(file, 'utf8');
    const bound = memoryBoundKb(statSync(file).size);
    for (const outcome of outcomes) {
      if (outcome.killed) continue;
      expect([0, 3], outcome.stderr).toContain(outcome.code);
      expect(outcome.stderr).not.toMatch(/interne fout|internal error|\n\s+at /);
      expect(outcome.peakKb, outcome.stderr).toBeDefined();
      expect(outcome.peakKb!).toBeLessThanOrEqual(bound);
      if (outcome.code === 3) expect(outcome.stderr.trim()).not.toBe('');
      if (outcome.kind === 'writer' && outcome.code === 0) expect(text).toContain(`note: ${outcome.note}`);
      if (outcome.kind === 'reader') {
        expect(outcome.code).toBe(0);
        expect((JSON.parse(outcome.stdout) as { commitments: unknown[] }).commitments).toHaveLength(before);
      }
    }
    // A full disk never leaves an empty lock file; a writer killed while holding the lock leaves a whole one, which the next breaks.
    const lock = join(dir, '.toezegging.lock');
    if (existsSync(lock)) expect(statSync(lock).size).toBeGreaterThan(0);
    expect(runCli(['note', IDS[0]!, 'daarna', ...common], { env: { TOEZEGGING_LOCK_TIMEOUT: '30' } }).code).toBe(0);
    expect(runCli(['check', ...common])).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(file, 'utf8')).toContain('note: daarna');
    if (process.env.FUZZ_REPORT) {
      const count = (test: (outcome: Outcome) => boolean) => outcomes.filter(test).length;
      console.log(
        JSON.stringify({
          processes: PROCESSES,
          writers: count((o) => o.kind === 'writer'),
          readers: count((o) => o.kind === 'reader'),
          killed: count((o) => o.killed),
          fileSizeLimited: count((o) => o.fsize !== undefined),
          writesKept: count((o) => o.kind === 'writer' && o.code === 0),
          refusedExit3: count((o) => !o.killed && o.code === 3),
          tmpfs: tmpfs !== undefined,
          peakRssMaxKb: Math.max(...outcomes.map((o) => o.peakKb ?? 0)),
          boundKb: bound,
        }),
      );
    }
  }, 300_000);
});
