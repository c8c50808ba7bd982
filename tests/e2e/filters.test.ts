import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, runCli } from './run-cli.js';

// A copy of the example register: as itself it is only shown on a terminal.
const DATA = mkdtempSync(join(tmpdir(), 'toezegging-filters-'));
cpSync(BUNDLED, DATA, { recursive: true });
const ARGS = ['--data', DATA, '--as-of', '2026-11-28'];
const ids = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => line.split('\t')[0]);

describe('filters', () => {
  it('--tag and --source match whatever their case', () => {
    expect(ids(runCli(['list', '--tag', 'WODC', ...ARGS]).stdout)).toEqual(['wodc-onderzoek']);
    const result = runCli(['list', '--source', '2025z19579', ...ARGS]);
    expect(ids(result.stdout)).toHaveLength(8);
    expect(result.stderr).toBe('');
  });

  it('a value no commitment has is said on stderr, with the nearest values; the exit stays 0', () => {
    const result = runCli(['list', '--tag', 'mensen', '--source', '2025Z19597', ...ARGS]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('toezegging: --tag "mensen" komt in geen enkele toezegging voor. Bedoelde u: mensenhandel?');
    expect(result.stderr).toContain('toezegging: --source "2025Z19597" komt in geen enkele toezegging voor. Bedoelde u: 2025Z19579?');
  });

  it('timeline says so too, in English when asked', () => {
    const result = runCli(['timeline', '--tag', 'wodcx', '--lang', 'en', ...ARGS]);
    expect(result.stderr).toContain('--tag "wodcx" matches no commitment at all. Did you mean: wodc?');
  });

  it('--state and --fail-on take the state names the output uses, in Dutch and English', () => {
    expect(ids(runCli(['list', '--state', 'te laat', ...ARGS]).stdout)).toEqual(['spine-eindrapportage', 'wodc-onderzoek']);
    expect(ids(runCli(['list', '--state', 'wachtend,Te-Laat', ...ARGS]).stdout)).toHaveLength(4);
    expect(ids(runCli(['list', '--state', 'no deadline', ...ARGS]).stdout)).toEqual([]);
    expect(runCli(['status', '--fail-on', 'te laat', ...ARGS]).code).toBe(1);
    expect(runCli(['report', '--fail-on', 'in termijn', ...ARGS]).code).toBe(0);
  });

  it('an unknown state lists the names with their labels', () => {
    const result = runCli(['list', '--state', 'laat', ...ARGS]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('overdue (te laat)');
  });

  it('show suggests the ids that hold what was typed', () => {
    const result = runCli(['show', 'wodc', ...ARGS]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Bedoelde u: wodc-onderzoek?');
  });
});
