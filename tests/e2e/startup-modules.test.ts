import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, BUNDLED, NEUTRAL_CWD } from './run-cli.js';

/**
 * The Node modules a run loaded beyond those it starts with, and the files of
 * the program it read (`dist/…`), noted when it exits by a script loaded
 * first. stdout goes to a file and stderr into a pipe, as a benchmark or a
 * cron job has them.
 */
function loadedModules(args: readonly string[], cacheDir?: string): { code: number | null; stdout: string; modules: string[]; packs: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-startup-'));
  const probe = join(dir, 'probe.cjs');
  const list = join(dir, 'modules.txt');
  const reads = join(dir, 'reads.txt');
  const out = join(dir, 'out.txt');
  writeFileSync(
    probe,
    [
      `const fs = require('node:fs');`,
      `const read = fs.readFileSync, files = [];`,
      `fs.readFileSync = function (path, ...rest) { files.push(String(path)); return read.call(this, path, ...rest); };`,
      `process.on('exit', () => { fs.writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')); fs.writeFileSync(${JSON.stringify(reads)}, files.join('\\n')); });`,
    ].join('\n'),
  );
  const result = spawnSync('sh', ['-c', `"${process.execPath}" -r "${probe}" "${BIN}" ${args.join(' ')} > "${out}"`], {
    cwd: NEUTRAL_CWD,
    env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_CACHE_DIR: cacheDir ?? join(dir, 'cache') },
    encoding: 'utf8',
    timeout: 20_000,
  });
  const dist = join(dirname(BIN), '..', 'dist');
  const packs = readFileSync(reads, 'utf8')
    .split('\n')
    .filter((path) => dirname(path) === dist && path.endsWith('.cjs'))
    .map((path) => basename(path));
  return { code: result.status, stdout: readFileSync(out, 'utf8'), modules: readFileSync(list, 'utf8').split('\n'), packs };
}

/** The build's record of which source modules each pack of the program holds. */
const PACKS: Record<string, string[]> = JSON.parse(readFileSync(join(dirname(BIN), '..', 'dist', 'packs.json'), 'utf8'));
const packOf = (module: string) => Object.keys(PACKS).filter((pack) => PACKS[pack]!.includes(module));

/** Modules that only other commands need, each the heart of a part most runs never use. */
const FINDER = 'src/core/deadline/find-in-text.ts';
const EXTRACT = 'src/extract/draft.ts';
const IMPORTER = 'src/import/tk/apply-import.ts';
const YAML = 'src/core/parse-yaml.ts';

describe('start-up', () => {
  // Standard error's stream, a pipe's or a terminal's, loads Node's networking: a run that writes nothing there never makes it.
  it('a run that writes nothing to stderr loads neither networking nor the terminal module', () => {
    for (let run = 0; run < 2; run++) {
      const { code, stdout, modules } = loadedModules(['status', '--as-of', '2026-11-28', '--data', BUNDLED]);
      expect(code).toBe(0);
      expect(stdout).toContain('spine-eindrapportage');
      expect(modules.filter((name) => / (net|tty)$/.test(name))).toEqual([]);
    }
  });

  // Loading code is most of a small run's time; the deadline finder, extract, the importer and the YAML
  // reader are a large part of the program. Imported statically by anything `status` loads, they would be
  // in the pack it reads.
  it('status with a warm cache reads only the pack that holds neither the deadline finder, extract, the importer nor the YAML reader', () => {
    for (const module of [FINDER, EXTRACT, IMPORTER, YAML]) expect(packOf(module)).toHaveLength(1);
    const cacheDir = mkdtempSync(join(tmpdir(), 'toezegging-startup-cache-'));
    expect(loadedModules(['status', '--as-of', '2026-11-28', '--data', BUNDLED], cacheDir).packs).toContain(packOf(YAML)[0]);
    const { code, stdout, packs } = loadedModules(['status', '--as-of', '2026-11-28', '--data', BUNDLED], cacheDir);
    expect(code).toBe(0);
    expect(stdout).toContain('spine-eindrapportage');
    expect(packs).toEqual(['cli.cjs']);
    for (const module of [FINDER, EXTRACT, IMPORTER, YAML]) expect(packs).not.toContain(packOf(module)[0]);
  });

  it('a command that uses the deadline finder reads its pack', () => {
    const { code, stdout, packs } = loadedModules(['explain', '--text', "'Voor de zomer stuur ik u een brief.'", '--as-of', '2026-11-28']);
    expect(code).toBe(0);
    expect(stdout).toContain('Voor de zomer');
    expect(packs).toContain(packOf(FINDER)[0]);
  });
});
