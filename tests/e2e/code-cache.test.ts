import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

describe("the loader's code cache", () => {
  // V8 checks a code cache only against the source's length: a rebuilt bundle of
  // the same length ran the previous build's code, and the build's own cache run
  // then saved that old code as the new cache.
  it('is not used for a bundle rebuilt after it, even one of the same length', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-code-cache-'));
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist'));
    copyFileSync(join(ROOT, 'bin', 'toezegging.cjs'), join(dir, 'bin', 'toezegging.cjs'));
    // Every pack with its cache, so that the cache of the pack changed below is the one in question.
    for (const file of readdirSync(join(ROOT, 'dist'))) copyFileSync(join(ROOT, 'dist', file), join(dir, 'dist', file));
    const bundle = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'latin1');
    expect(bundle).toContain('Gebruik:');
    writeFileSync(join(dir, 'dist', 'cli.cjs'), bundle.replace('Gebruik:', 'Gebruuk:'), 'latin1');
    const cached = statSync(join(dir, 'dist', 'cli.cjs.code-cache')).mtime;
    utimesSync(join(dir, 'dist', 'cli.cjs'), cached, new Date(cached.getTime() + 10_000));

    const run = spawnSync(process.execPath, [join(dir, 'bin', 'toezegging.cjs'), '--help'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', TOEZEGGING_LANG: 'NL', NO_COLOR: '1', COLUMNS: '80' },
    });
    expect(run.stdout).toMatch(/^Gebruuk: /);
  });
});
