import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeCrash, runCli } from './run-cli.js';

const AS_OF = ['--as-of', '2026-01-01'];

function source(id: string, commitment: string): string {
  return `source:\n  id: ${id}\n  type: brief\n  title: T\n  date: 2025-12-01\ncommitments:\n  - id: ${commitment}\n    title: x\n    due: binnen 3 maanden\n`;
}

function register(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-hostile-'));
  writeFileSync(join(dir, 'a.yaml'), source('S1', 'c1'));
  return dir;
}

/** Runs a reading command, which must end within the test's time and never crash. */
function read(args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const result = runCli([...args, ...AS_OF], { env });
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(looksLikeCrash(result.stdout + result.stderr)).toBe(false);
  return result;
}

describe('readers refuse what is not a file of the register', () => {
  it('a link to a file outside is named, never followed, its content never quoted', () => {
    const dir = register();
    const secret = join(mkdtempSync(join(tmpdir(), 'toezegging-secret-')), 'credentials');
    writeFileSync(secret, 'aws_secret_access_key: SECRET-4711\n');
    symlinkSync(secret, join(dir, 'notes.yaml'));
    const check = read(['check', '--data', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^notes\.yaml:1:1: error E_LINK_OUTSIDE/m);
    const status = read(['status', '--data', dir]);
    expect(status.code).toBe(3);
    for (const output of [check.stdout, check.stderr, status.stdout, status.stderr]) expect(output).not.toContain('SECRET-4711');
  });

  it.each(['/dev/zero', '/dev/urandom'])('a link to %s ends at once with a diagnostic', (device) => {
    const dir = register();
    symlinkSync(device, join(dir, 'device.yaml'));
    expect(read(['check', '--data', dir]).stdout).toMatch(/^device\.yaml:1:1: error E_LINK_OUTSIDE/m);
    expect(read(['status', '--data', dir]).code).toBe(3);
  });

  it('a FIFO, directly or through a link inside the register, is not waited on', () => {
    const dir = register();
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    mkdirSync(join(dir, 'sub'));
    symlinkSync(join(dir, 'pipe.yaml'), join(dir, 'sub', 'pipe-link.yaml'));
    const check = read(['check', '--data', dir]);
    expect(check.stdout).toMatch(/^pipe\.yaml:1:1: error E_NOT_A_FILE/m);
    expect(read(['status', '--data', dir]).code).toBe(3);
  });

  it('a file larger than the limit is refused unread', () => {
    const dir = register();
    // Sparse: 65 MB that take no room on disk.
    writeFileSync(join(dir, 'huge.yaml'), '');
    truncateSync(join(dir, 'huge.yaml'), 65 * 1024 * 1024);
    expect(read(['check', '--data', dir]).stdout).toMatch(/^huge\.yaml:1:1: error E_FILE_TOO_LARGE/m);
  });

  it('a FIFO where a cache file should be is a cache miss, not a hang', () => {
    const dir = register();
    const cache = mkdtempSync(join(tmpdir(), 'toezegging-cache-'));
    const env = { TOEZEGGING_CACHE_DIR: cache };
    const first = read(['list', '--data', dir], env);
    expect(first.code).toBe(0);
    const files = (readdirSync(cache, { recursive: true }) as string[]).filter((file) => statSync(join(cache, file)).isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      rmSync(join(cache, file));
      execFileSync('mkfifo', [join(cache, file)]);
    }
    expect(read(['list', '--data', dir], env)).toMatchObject({ code: 0, stdout: first.stdout });
    expect(read(['show', 'c1', '--data', dir], env).code).toBe(0);
  });
});

describe('symbolically linked folders', () => {
  it('a linked folder inside the register is read, once, under the link\'s name when it is not otherwise reached', () => {
    const dir = register();
    mkdirSync(join(dir, '.archive'));
    writeFileSync(join(dir, '.archive', 'b.yaml'), source('S2', 'c2'));
    symlinkSync(join(dir, '.archive'), join(dir, 'current'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'c.yaml'), source('S3', 'c3'));
    // Links back into the register: its own folder, a folder and a file already read.
    symlinkSync('.', join(dir, 'self'));
    symlinkSync('sub', join(dir, 'sub-again'));
    symlinkSync('a.yaml', join(dir, 'alias.yaml'));
    expect(read(['check', '--data', dir])).toMatchObject({ code: 0, stdout: '' });
    const list = read(['list', '--data', dir, '--sort', 'id']);
    expect(list.stdout.split('\n').filter(Boolean).map((line) => line.split('\t')[0])).toEqual(['c1', 'c2', 'c3']);
    expect(read(['show', 'c2', '--data', dir]).stdout).toContain('current/b.yaml');
  });

  it('a linked folder outside the register is reported, not read', () => {
    const dir = register();
    const outside = mkdtempSync(join(tmpdir(), 'toezegging-outside-'));
    // An id that no temporary folder's random name can contain, so that finding it means the file was read.
    writeFileSync(join(outside, 'b.yaml'), source('S2', 'outside-only-commitment'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    const check = read(['check', '--data', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^elsewhere:1:1: error E_LINK_OUTSIDE/m);
    expect(check.stdout).not.toContain('outside-only-commitment');
  });
});
