import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, runCli } from './run-cli.js';

/** A register with a config file, and a folder deep inside it to run from. */
function registerWithConfig(): { dir: string; deep: string } {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-data-'));
  cpSync(BUNDLED, dir, { recursive: true });
  cpSync(join(BUNDLED, '..', 'tests', 'fixtures', 'good', 'toezegging.config.yaml'), join(dir, 'toezegging.config.yaml'));
  const deep = join(dir, 'a', 'b');
  mkdirSync(deep, { recursive: true });
  return { dir, deep };
}

const ids = (stdout: string) => (JSON.parse(stdout) as { commitments: { id: string }[] }).commitments.map((c) => c.id);

describe('which register is used', () => {
  it('finds the nearest toezegging.config.yaml from the working directory up, without a notice', () => {
    const { deep } = registerWithConfig();
    const result = runCli(['status', '--json', '--as-of', '2026-11-28'], { cwd: deep });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(ids(result.stdout)).toContain('wodc-onderzoek');
  });

  it('prefers TOEZEGGING_DATA to the config search, and --data to both', () => {
    const { deep } = registerWithConfig();
    const good = join(BUNDLED, '..', 'tests', 'fixtures', 'good');
    const viaEnv = runCli(['list', '--json', 'id'], { cwd: deep, env: { TOEZEGGING_DATA: good } });
    expect(ids(viaEnv.stdout)).toContain('voortgangsbrief-motie');
    const viaFlag = runCli(['list', '--json', 'id', '--data', BUNDLED], { cwd: deep, env: { TOEZEGGING_DATA: good } });
    expect(ids(viaFlag.stdout)).not.toContain('voortgangsbrief-motie');
    expect(ids(viaFlag.stdout)).toContain('motie-ceder-voortgangsbrief');
  });

  it('falls back to the example register with a one-line notice on stderr', () => {
    const result = runCli(['list', '--json', 'id']);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(ids(result.stdout)).toContain('spine-eindrapportage');
  });
});
