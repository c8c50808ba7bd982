import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

/** Every file under `dir` but hidden ones, by path, with its text. */
function filesOf(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else found[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return found;
}

/** Each write command, on a register known from a warm cache (planned from its header) and on the same register with no cache at all. */
const STEPS: string[][] = [
  ['add', '--title', 'Brief voor het commissiedebat', '--source', '2025Z19579', '--due', 'voor het commissiedebat Mensenhandel'],
  ['add', '--title', 'Jaarlijkse rapportage', '--source', '36200-VI-12', '--due', 'jaarlijks vóór het zomerreces', '--tag', 'monitor'],
  ['add', '--title', 'Na het plan', '--source', '36200-VI-12', '--after', 'plan-van-aanpak', '--within', 'twee maanden'],
  ['note', 'wodc-onderzoek', 'Navraag gedaan bij het WODC'],
  ['deliver', 'wodc-onderzoek', '--on', '2026-02-01', '--ref', 'Kamerstuk 28638, nr. 260'],
  ['set', 'plan-van-aanpak', 'title', 'Plan van aanpak, herzien'],
  ['deliver', 'plan-van-aanpak', '--on', '2026-02-20'],
  ['set', 'brief-voor-het-commissiedebat', 'event-date', '2026-04-16'],
  ['deliver', 'jaarlijkse-rapportage', '--on', '2026-02-25'],
  ['deliver', 'voortgangsbrief-motie', '--partial', '--dry-run'],
  ['set', 'evaluatie-wet', 'due', 'eind 2026'],
  ['note', 'bestaat-niet', 'x'],
  ['add', '--title', 'Dubbel', '--id', 'wodc-onderzoek', '--source', '2025Z19579'],
  ['deliver', 'na-het-plan', '--on', '2026-02-28'],
];

describe('a write planned from the cache', () => {
  it('says, writes and leaves what the same write without a cache does, command after command', () => {
    const work = mkdtempSync(join(tmpdir(), 'toezegging-write-differential-'));
    const cached = join(work, 'cached');
    const plain = join(work, 'plain');
    for (const dir of [cached, plain]) cpSync(join(ROOT, 'tests', 'fixtures', 'good'), dir, { recursive: true });
    type Options = { env: Record<string, string> };
    const withCache: Options = { env: { TOEZEGGING_CACHE_DIR: join(work, 'cache') } };
    const noCache: Options = { env: { TOEZEGGING_NO_CACHE: '1' } };
    const run = (dir: string, args: string[], options: Options) => runCli([...args, '--data', dir, '--as-of', '2026-03-01'], options);
    expect(run(cached, ['status'], withCache).code).toBe(0);
    for (const step of STEPS) {
      const fromCache = run(cached, step, withCache);
      const fromFiles = run(plain, step, noCache);
      expect({ step, code: fromCache.code, stdout: fromCache.stdout, stderr: fromCache.stderr }).toEqual({ step, code: fromFiles.code, stdout: fromFiles.stdout, stderr: fromFiles.stderr });
      expect(filesOf(cached)).toEqual(filesOf(plain));
    }
    // The cache each write left gives the register its files give.
    const status = (dir: string, options: Options) => JSON.parse(run(dir, ['status', '--json'], options).stdout.replaceAll(dir, 'REGISTER')) as unknown;
    expect(status(cached, withCache)).toEqual(status(plain, noCache));
  });
});
