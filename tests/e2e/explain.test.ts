import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';

describe('explain', () => {
  it('prints exactly one JSON object with phrase, from, to and rule', () => {
    const result = runCli(['explain', 'in de zomer van 2026', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ phrase: 'in de zomer van 2026', from: '2026-06-01', to: '2026-08-31' });
    expect(json.rule).toMatch(/1 juni t\/m 31 augustus 2026/);
  });

  it('resolves relative phrases against --anchor', () => {
    expect(runJson(['explain', 'voor het zomerreces', '--anchor', '2026-02-10', '--json'])).toMatchObject({ from: '2026-02-10', to: '2026-07-02' });
    expect(runJson(['explain', 'op korte termijn', '--anchor', '2025-12-15', '--json'])).toMatchObject({ from: '2025-12-15', to: '2026-01-26' });
  });

  it('uses null for an open end', () => {
    expect(runJson(['explain', 'doorlopend', '--json'])).toMatchObject({ from: null, to: null });
  });

  it('says when a window rests on an inferred recess date', () => {
    const json = runJson<{ inferred: boolean; rule: string }>(['explain', 'voor het kerstreces 2026', '--json']);
    expect(json.inferred).toBe(true);
    expect(runCli(['explain', 'voor het kerstreces 2026']).stdout).toMatch(/afgeleid/);
  });

  it('exits 1 on an unknown phrase, naming the nearest forms on stderr', () => {
    const result = runCli(['explain', 'zomr 2026', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('zomer 2026');
  });

  it('refuses a date that does not exist as anchor (exit 2)', () => {
    expect(runCli(['explain', 'dit jaar', '--anchor', '2026-02-30']).code).toBe(2);
  });
});
