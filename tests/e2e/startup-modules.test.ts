import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, BUNDLED, NEUTRAL_CWD } from './run-cli.js';

/**
 * The Node modules a run loaded beyond those it starts with, noted when it exits by a script loaded first.
 * stdout goes to a file and stderr into a pipe, as a benchmark or a cron job has them.
 */
function loadedModules(args: readonly string[]): { code: number | null; stdout: string; modules: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-startup-'));
  const probe = join(dir, 'probe.cjs');
  const list = join(dir, 'modules.txt');
  const out = join(dir, 'out.txt');
  writeFileSync(probe, `const fs = require('node:fs');\nprocess.on('exit', () => fs.writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
  const result = spawnSync('sh', ['-c', `"${process.execPath}" -r "${probe}" "${BIN}" ${args.join(' ')} > "${out}"`], {
    cwd: NEUTRAL_CWD,
    env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, NO_COLOR: '1', TZ: 'Europe/Amsterdam', TOEZEGGING_CACHE_DIR: join(dir, 'cache') },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status, stdout: readFileSync(out, 'utf8'), modules: readFileSync(list, 'utf8').split('\n') };
}

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
});
