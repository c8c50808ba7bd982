import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

/** A copy of the loader with the build beside it, as scripts/build.mjs stages a new build: dist/ not yet in place. */
function stagedCopy(): { dir: string; staged: string } {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-rebuild-'));
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(ROOT, 'bin', 'toezegging.cjs'), join(dir, 'bin', 'toezegging.cjs'));
  const staged = join(dir, '.build-next');
  mkdirSync(staged);
  for (const file of readdirSync(join(ROOT, 'dist'))) copyFileSync(join(ROOT, 'dist', file), join(staged, file));
  return { dir, staged };
}

function run(dir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(dir, 'bin', 'toezegging.cjs'), ...args], { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('a command started while the program is rebuilt', () => {
  // The build removed dist/ before it made the new one: for the whole build, every command failed.
  it('waits for dist/ between the two renames that put the new build in place, and runs it', async () => {
    const { dir, staged } = stagedCopy();
    const started = run(dir, ['--version']);
    // Well after the run has looked for its pack (start-up takes some 50 ms) and within the loader's wait.
    await new Promise((resolve) => setTimeout(resolve, 400));
    renameSync(staged, join(dir, 'dist'));
    const { code, stdout, stderr } = await started;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  // A checkout without a build used to end in a stack trace of the loader.
  it('says, without a stack trace, that there is no build and how to make one, once the wait is over', async () => {
    const { dir } = stagedCopy();
    const dutch = await run(dir, ['--version']);
    expect(dutch.code).toBe(3);
    expect(dutch.stderr).toMatch(/^toezegging: het programma is niet gebouwd \(.*cli\.cjs ontbreekt\)\. Voer `npm ci` of `npm run build` uit in .*\.\n$/);
    const english = await run(dir, ['status', '--lang', 'en']);
    expect(english.code).toBe(3);
    expect(english.stderr).toMatch(/^toezegging: the program is not built \(.*cli\.cjs is missing\)\. Run `npm ci` or `npm run build` in .*\.\n$/);
  });
});
