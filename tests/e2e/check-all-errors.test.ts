import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const MANY = join(ROOT, 'tests', 'fixtures', 'bad', 'many-errors');

/** `code@line:col` of every diagnostic line `check` prints. */
function found(stdout: string): string[] {
  return [...stdout.matchAll(/^brief\.yaml:(\d+):(\d+): (?:error|warning) (\w+)/gm)].map(([, line, col, code]) => `${code}@${line}:${col}`);
}

describe('check reports every independent error in one run', () => {
  it('an unknown status, an impossible date, a duplicate id, unknown phrases and missing references, all at once', () => {
    const result = runCli(['check', '--data', MANY]);
    expect(result.code).toBe(1);
    expect(found(result.stdout)).toEqual([
      'E_UNKNOWN_STATUS@11:13',
      'E_BAD_DATE@15:10',
      'E_DUPLICATE_ID@16:9',
      'E_BAD_DEADLINE@21:10',
      'E_UNKNOWN_REF@24:18',
      // The same entry's second and third mistakes, which waited for the unknown status to be fixed.
      'E_BAD_DEADLINE@27:10',
      'E_UNKNOWN_STATUS@28:13',
      'E_UNKNOWN_REF@29:18',
    ]);
  });

  it('an unknown status is not also called "open" by a warning that contradicts it', () => {
    const result = runCli(['check', '--data', MANY, '--json']);
    const codes = (JSON.parse(result.stdout) as { diagnostics: { code: string }[] }).diagnostics.map(({ code }) => code);
    expect(codes).not.toContain('W_DELIVERED_BUT_OPEN');
  });
});

describe('a delivery dated before the promise was made', () => {
  const register = (body: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-made-'));
    writeFileSync(
      join(dir, 'brief.yaml'),
      `source:\n  id: 2025Z1\n  type: brief\n  title: Brief\n  date: 2025-12-15\ncommitments:\n  - id: rapport\n    title: Rapport sturen\n    due: eerste helft van 2026\n${body}`,
    );
    return dir;
  };

  it('is a warning at the delivery date in check, naming the date the promise was made', () => {
    const dir = register('    status: delivered\n    delivered: {on: 2025-01-20}\n');
    const result = runCli(['check', '--data', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^brief\.yaml:11:21: warning W_DELIVERED_BEFORE_MADE: geleverd op 2025-01-20, vóór de toezegging werd gedaan \(2025-12-15/m);
  });

  it('is said on stderr when reporting, which goes on', () => {
    const dir = register('    status: delivered\n    delivered: {on: 2025-01-20}\n');
    const result = runCli(['list', '--data', dir, '--as-of', '2026-11-28', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^rapport\tdelivered/);
    expect(result.stderr).toContain('W_DELIVERED_BEFORE_MADE: delivered on 2025-01-20, before the promise was made');
  });

  it('is measured from `made` when the promise is older than its source', () => {
    const dir = register('    made: 2024-11-01\n    status: delivered\n    delivered: {on: 2025-01-20}\n');
    expect(runCli(['check', '--data', dir]).stdout).toBe('');
  });

  it('deliver --on a day before the promise was made writes it, and warns', () => {
    const dir = register('');
    const result = runCli(['deliver', 'rapport', '--on', '2025-01-20', '--data', dir, '--as-of', '2026-11-28']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning W_DELIVERED_BEFORE_MADE: geleverd op 2025-01-20, vóór de toezegging werd gedaan (2025-12-15');
    expect(runCli(['deliver', 'rapport', '--on', '2026-01-20', '--data', register(''), '--as-of', '2026-11-28']).stderr).toBe('');
  });

  it('a delivery on the day itself is fine', () => {
    const dir = register('    status: delivered\n    delivered: {on: 2025-12-15}\n');
    expect(runCli(['check', '--data', dir]).stdout).toBe('');
  });
});
