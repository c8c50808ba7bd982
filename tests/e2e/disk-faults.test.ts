import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockHeldBy } from './lock-holder.js';
import { BIN, BUNDLED, looksLikeCrash, NEUTRAL_CWD, runCli } from './run-cli.js';

const AS_OF = ['--as-of', '2026-01-01'];
const SOURCE = 'source:\n  id: S1\n  type: brief\n  title: T\n  date: 2025-12-01\ncommitments:\n  - id: c1\n    title: x\n    due: binnen 3 maanden\n';

function register(dir = mkdtempSync(join(tmpdir(), 'toezegging-disk-'))): string {
  writeFileSync(join(dir, 'a.yaml'), SOURCE);
  return dir;
}

describe('a lock that cannot be used', () => {
  it('a folder where the lock should be: exit 3 naming it, nothing written', () => {
    const dir = register();
    mkdirSync(join(dir, '.toezegging.lock'));
    const result = runCli(['note', 'c1', 'x', '--data', dir, ...AS_OF, '--lang', 'en']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`cannot take the register's lock ${join(dir, '.toezegging.lock')}: it is a folder (EISDIR)`);
    expect(looksLikeCrash(result.stderr)).toBe(false);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(SOURCE);
  });

  it("prints a live holder's fields without their terminal escapes", () => {
    const dir = register();
    const holder = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dir, '.toezegging.lock'), lockHeldBy(holder.pid!, '\u001b]0;pwned\u0007\u001b[2J'));
      const result = runCli(['note', 'c1', 'x', '--data', dir, ...AS_OF], { env: { TOEZEGGING_LOCK_TIMEOUT: '0.3' } });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(`proces ${holder.pid}`);
      expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    } finally {
      holder.kill();
    }
  });
});

/** util-linux `prlimit` sets a child's RLIMIT_FSIZE: any user can make a write fail with EFBIG, as a full disk makes it fail. */
const HAS_PRLIMIT = spawnSync('prlimit', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!HAS_PRLIMIT)('a writer under a file-size limit', () => {
  // EFBIG was "the system refused".
  it.each([
    [0, "cannot take the register's lock"],
    [1024, 'cannot write'],
  ])('of %i bytes: exit 3 saying the file would grow too large, the file as it was, no lock left', (bytes, what) => {
    // A register file larger than the limit, and a lock file (some 150 bytes) smaller.
    const text = `${SOURCE}    notes: ${'x'.repeat(2048)}\n`;
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-disk-'));
    writeFileSync(join(dir, 'a.yaml'), text);
    const result = spawnSync('prlimit', [`--fsize=${bytes}`, '--', process.execPath, BIN, 'note', 'c1', 'te groot', '--data', dir, ...AS_OF, '--lang', 'en'], {
      cwd: NEUTRAL_CWD,
      env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_NO_CACHE: '1' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(what);
    expect(result.stderr).toContain('the file would grow past the size allowed (EFBIG)');
    expect(looksLikeCrash(result.stderr)).toBe(false);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });
});

/** A tiny tmpfs, where a full disk and a read-only folder are real: needs root (skipped elsewhere). */
function mountSmall(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-tmpfs-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
  return mounted.status === 0 ? dir : undefined;
}

const small = process.getuid?.() === 0 ? mountSmall() : undefined;

describe.skipIf(small === undefined)('a full disk and a read-only folder (tmpfs)', () => {
  const disk = small!;
  const clear = () => {
    for (const name of readdirSync(disk)) rmSync(join(disk, name), { recursive: true, force: true });
  };
  /** Fills the disk, leaving `free` bytes. */
  const fill = (free: number) => {
    const total = Number(execFileSync('df', ['--output=size', '-B1', disk], { encoding: 'utf8' }).split('\n')[1]);
    writeFileSync(join(disk, 'fill'), Buffer.alloc(total - free - 4096));
  };
  beforeAll(() => clear());
  afterAll(() => {
    spawnSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  });

  it.each([
    ['no room even for the lock', 0, 'lock'],
    ['room for the lock, none for the file', 4096, 'file'],
  ])('%s: exit 3, the file as it was, no lock file left', (_, free, what) => {
    clear();
    register(disk);
    fill(free);
    const result = runCli(['note', 'c1', 'past niet meer', '--data', disk, ...AS_OF, '--lang', 'en']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('the disk is full (ENOSPC)');
    expect(result.stderr).toContain(what === 'lock' ? "cannot take the register's lock" : `cannot write ${join(disk, 'a.yaml')}`);
    expect(looksLikeCrash(result.stderr)).toBe(false);
    expect(readFileSync(join(disk, 'a.yaml'), 'utf8')).toBe(SOURCE);
    expect(readdirSync(disk).sort()).toEqual(['a.yaml', 'fill']);
    // Reading a full disk works, cache or not.
    expect(runCli(['status', '--data', disk, ...AS_OF], { env: { TOEZEGGING_CACHE_DIR: join(disk, '.cache') } }).code).toBe(0);
  });

  it('a read-only folder: writers exit 3, readers go on', () => {
    clear();
    register(disk);
    spawnSync('mount', ['-o', 'remount,ro', disk]);
    try {
      const result = runCli(['deliver', 'c1', '--on', '2025-12-20', '--data', disk, ...AS_OF, '--lang', 'en']);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('read-only file system (EROFS)');
      expect(looksLikeCrash(result.stderr)).toBe(false);
      expect(runCli(['check', '--data', disk, ...AS_OF])).toMatchObject({ code: 0, stdout: '' });
      expect(runCli(['status', '--data', disk, ...AS_OF], { env: { TOEZEGGING_CACHE_DIR: join(disk, '.cache') } }).code).toBe(0);
      const exported = runCli(['export', '--format', 'json', '-o', join(disk, 'out.json'), '--data', disk, ...AS_OF]);
      // A bad -o is export's own usage error; never an internal one.
      expect(exported.code).toBe(2);
      expect(looksLikeCrash(exported.stderr)).toBe(false);
    } finally {
      spawnSync('mount', ['-o', 'remount,rw', disk]);
    }
    expect(readFileSync(join(disk, 'a.yaml'), 'utf8')).toBe(SOURCE);
  });
});


// /dev/full takes no byte: every write to it fails with ENOSPC, as output to a full disk does.
describe.skipIf(!existsSync('/dev/full'))('output to a full disk', () => {
  function intoFullDisk(args: readonly string[]): { code: number | null; stderr: string } {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, ...args], {
        cwd: NEUTRAL_CWD,
        env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam' },
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        timeout: 20_000,
      });
      return { code: result.status, stderr: result.stderr };
    } finally {
      closeSync(full);
    }
  }

  it.each([
    ['status --json', ['status', '--json']],
    ['status', ['status']],
    ['export --format csv', ['export', '--format', 'csv']],
  ])('%s: exit 3 saying the output could not be written, in Dutch and in English', (_name, command) => {
    const nl = intoFullDisk([...command, '--data', BUNDLED, ...AS_OF]);
    expect(nl.code).toBe(3);
    expect(nl.stderr).toBe('toezegging: kan de uitvoer niet schrijven: de schijf is vol (ENOSPC); wat er staat, is niet volledig.\n');
    const en = intoFullDisk([...command, '--data', BUNDLED, ...AS_OF, '--lang', 'en']);
    expect(en.code).toBe(3);
    expect(en.stderr).toBe('toezegging: cannot write the output: the disk is full (ENOSPC); what was written is incomplete.\n');
  });
});
