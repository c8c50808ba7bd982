import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, looksLikeCrash, ROOT, runCli, runJson } from './run-cli.js';

interface Listed {
  id: string;
  state: string;
}
interface DigestOut {
  schemaVersion: number;
  asOf: string;
  since: string;
  newlyOverdue: Listed[];
  overdue: Listed[];
  dueSoon: Listed[];
  delivered: Listed[];
  waitingOnOverdue: Listed[];
}

const TRICKY = join(ROOT, 'tests', 'fixtures', 'export', 'tricky');
const ids = (items: readonly Listed[]) => items.map((item) => item.id);

describe('report on the bundled register', () => {
  it('--format json: wodc newly overdue, spine overdue but not newly, the plan chain waiting on it', () => {
    const json = runJson<DigestOut>(['report', '--data', BUNDLED, '--as-of', '2026-11-28', '--since', '2026-08-01', '--format', 'json']);
    expect(Object.keys(json)).toEqual(['schemaVersion', 'asOf', 'since', 'register', 'newlyOverdue', 'overdue', 'dueSoon', 'delivered', 'waitingOnOverdue', 'newSince']);
    expect(json).toMatchObject({ schemaVersion: 1, asOf: '2026-11-28', since: '2026-08-01' });
    expect(ids(json.newlyOverdue)).toEqual(['wodc-onderzoek']);
    expect(ids(json.overdue)).toEqual(['spine-eindrapportage', 'wodc-onderzoek']);
    expect(ids(json.waitingOnOverdue)).toEqual(['plan-van-aanpak', 'motie-ceder-leeftijdsverificatie']);
  });

  it('lists commitment objects exactly as status --json prints them', () => {
    const report = runJson<DigestOut>(['report', '--data', BUNDLED, '--as-of', '2026-11-28', '--since', '2026-08-01', '--json']);
    const status = runJson<{ commitments: Listed[] }>(['status', '--data', BUNDLED, '--as-of', '2026-11-28', '--json']);
    expect(report.newlyOverdue[0]).toEqual(status.commitments.find((item) => item.id === 'wodc-onderzoek'));
  });

  it('--json FIELDS keeps only those keys in every list', () => {
    const json = runJson<DigestOut>(['report', '--data', BUNDLED, '--as-of', '2026-11-28', '--json', 'id,daysLate']);
    expect(json.overdue).toEqual([
      { id: 'spine-eindrapportage', daysLate: 151 },
      { id: 'wodc-onderzoek', daysLate: 89 },
    ]);
  });

  it('defaults to the 7 days before --as-of', () => {
    const json = runJson<DigestOut>(['report', '--data', BUNDLED, '--as-of', '2026-11-28', '--format', 'json']);
    expect(json.since).toBe('2026-11-21');
    expect(json.newlyOverdue).toEqual([]);
    expect(runJson<DigestOut>(['report', '--data', BUNDLED, '--as-of', '2026-11-28', '--days', '30', '--json']).since).toBe('2026-10-29');
  });

  it('--fail-on overdue exits 1 when something is overdue, 0 when not', () => {
    const late = runCli(['report', '--data', BUNDLED, '--as-of', '2026-11-28', '--fail-on', 'overdue']);
    expect(late.code).toBe(1);
    expect(late.stdout).toContain('wodc-onderzoek');
    expect(runCli(['report', '--data', BUNDLED, '--as-of', '2026-03-01', '--fail-on', 'overdue']).code).toBe(0);
  });

  it('--fail-on due exits 1 while a window is open', () => {
    expect(runCli(['report', '--data', BUNDLED, '--as-of', '2026-03-01', '--fail-on', 'due']).code).toBe(1);
    expect(runCli(['report', '--data', BUNDLED, '--as-of', '2026-11-28', '--fail-on', 'due']).code).toBe(0);
  });

  it('text, piped: plain, no escape codes, ISO dates', () => {
    const result = runCli(['report', '--data', BUNDLED, '--as-of', '2026-11-28', '--since', '2026-08-01', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/\u001b\[/);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      'Commitments: digest as of 2026-11-28 (news since 2026-08-01)',
      '',
      'Newly overdue (1)',
      '  wodc-onderzoek  89 days late  zomer 2026 (2026-06-01 to 2026-08-31)',
    ]);
  });

  it('with nothing to report: one line, exit 0', () => {
    const result = runCli(['report', '--data', BUNDLED, '--as-of', '2026-03-01']);
    expect(result).toMatchObject({ code: 0, stdout: 'Niets te melden sinds 2026-02-22: niets te laat, niets binnenkort af, niets geleverd.\n' });
  });

  it('--format md: an e-mail body with headings and bullets', () => {
    const result = runCli(['report', '--data', BUNDLED, '--as-of', '2026-11-28', '--since', '2026-08-01', '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Toezeggingen: overzicht op 28 november 2026/);
    expect(result.stdout).toContain('\n## Nieuw te laat (1)\n\n- **WODC-deelonderzoek');
  });

  it('--horizon adds what ends within that many days; deliveries in the period are listed', () => {
    const json = runJson<DigestOut>(['report', '--data', TRICKY, '--as-of', '2026-07-10', '--since', '2026-07-01', '--horizon', '60', '--json']);
    expect(ids(json.dueSoon)).toEqual(['quotes-commas-newline']);
    expect(ids(json.delivered)).toEqual(['markdown-pipes']);
    expect(ids(runJson<DigestOut>(['report', '--data', TRICKY, '--as-of', '2026-07-10', '--since', '2026-07-01', '--json']).dueSoon)).toEqual([]);
  });
});

describe('report: usage and data errors', () => {
  const cases: [string, string[], RegExp][] = [
    ['--since and --days together', ['--since', '2026-08-01', '--days', '3'], /--since and --days cannot be combined/],
    ['a --since that is no date', ['--since', '2026-02-30'], /--since: "2026-02-30" is not a date that exists/],
    ['a --since after --as-of', ['--since', '2026-12-01'], /--since 2026-12-01 is after the report date 2026-11-28/],
    ['--days 0', ['--days', '0'], /--days: "0" is not a positive whole number/],
    ['an unknown format', ['--format', 'xml'], /--format: unknown value "xml"; choose from text, md, json/],
    ['--json with --format md', ['--json', '--format', 'md'], /--json and --format md cannot be combined/],
    ['an unknown --fail-on state', ['--fail-on', 'late'], /--fail-on: unknown value "late"/],
  ];
  it.each(cases)('%s: exit 2 with a one-line message', (_, args, message) => {
    const result = runCli(['report', '--data', BUNDLED, '--as-of', '2026-11-28', '--lang', 'en', ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(looksLikeCrash(result.stderr)).toBe(false);
  });

  it('an invalid register: exit 3 with its diagnostics', () => {
    const result = runCli(['report', '--data', join(ROOT, 'tests', 'fixtures', 'bad', 'cycle'), '--as-of', '2026-11-28']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('E_DEPENDENCY_CYCLE');
    expect(looksLikeCrash(result.stderr)).toBe(false);
  });

  it('--help explains the rules and shows examples, including a crontab line', () => {
    const result = runCli(['report', '--help', '--lang', 'en']);
    expect(result.code).toBe(0);
    for (const option of ['--since', '--days', '--horizon', '--format', '--fail-on', '--json']) expect(result.stdout).toContain(option);
    expect(result.stdout).toContain('0 8 * * 1  toezegging report');
  });
});
