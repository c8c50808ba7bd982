import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, runCli, runJson } from './run-cli.js';

const DATA = mkdtempSync(join(tmpdir(), 'toezegging-dates-'));
cpSync(BUNDLED, DATA, { recursive: true });

const asOf = (value: string) => runJson<{ asOf: string }>(['status', '--json', '--data', DATA, '--as-of', value]).asOf;

describe('date flags take the forms the files take', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['30-11-2026', '2026-11-30'],
    ['30 november 2026', '2026-11-30'],
    ['30 November 2026', '2026-11-30'],
    ['1 mrt 2026', '2026-03-01'],
    ['5-3-2026', '2026-03-05'],
  ])('--as-of %s', (value, date) => {
    expect(asOf(value)).toBe(date);
  });

  it('vandaag and today are the date in the Netherlands', () => {
    const today = asOf('vandaag');
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(asOf('today')).toBe(today);
    expect(runJson<{ asOf: string }>(['status', '--json', '--data', DATA]).asOf).toBe(today);
  });

  it('other date flags read them too', () => {
    const report = runCli(['report', '--data', DATA, '--as-of', '28-11-2026', '--since', '1 november 2026']);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('nieuws sinds 2026-11-01');
    expect(runCli(['explain', 'binnen drie weken', '--anchor', '10 november 2025', '--json']).stdout).toContain('"to":"2025-12-01"');
  });

  it('a wrong form says so, with the forms that work', () => {
    const result = runCli(['status', '--data', DATA, '--as-of', '2026/11/30']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('toezegging: --as-of: "2026/11/30" heeft niet de vorm van een datum; schrijf bijvoorbeeld 2026-11-28, 28-11-2026, 28 november 2026 of vandaag.\n');
    expect(runCli(['report', '--data', DATA, '--since', 'gisteren', '--lang', 'en']).stderr).toContain('--since: "gisteren" is not written as a date');
  });

  it('a day that does not exist says that, not that the form is wrong', () => {
    for (const value of ['2026-02-30', '30-02-2026', '31 februari 2026']) {
      const result = runCli(['status', '--data', DATA, '--as-of', value]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--as-of: "${value}" bestaat niet als datum`);
    }
    expect(runCli(['list', '--data', DATA], { env: { TOEZEGGING_TODAY: '2026-13-01' } }).stderr).toContain('TOEZEGGING_TODAY: "2026-13-01" bestaat niet als datum');
  });
  it('add --source-date reads them too, and a month as the files take it, and writes the date as the files hold it', () => {
    const register = mkdtempSync(join(tmpdir(), 'toezegging-source-date-'));
    cpSync(BUNDLED, register, { recursive: true });
    const add = (id: string, date: string) =>
      runCli(['add', '--data', register, '--as-of', '2026-12-05', '--source', id, '--source-title', 'Nieuwe brief', '--source-date', date, '--title', 'Iets doen', '--due', 'Q3 2027']);
    for (const [id, date, written] of [
      ['brief-a', '30-11-2026', '2026-11-30'],
      ['brief-b', '3 november 2026', '2026-11-03'],
      ['brief-c', '2026-10', '2026-10'],
      ['brief-d', 'vandaag', '2026-12-05'],
    ]) {
      expect(add(id!, date!).code).toBe(0);
      expect(readFileSync(join(register, `${id}.yaml`), 'utf8')).toMatch(new RegExp(`\\n  date: ${written}\\n`));
    }
    const wrong = add('brief-e', '2026/11/30');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--source-date: "2026/11/30" heeft niet de vorm van een datum');
    expect(add('brief-f', '31-02-2026').stderr).toContain('--source-date: "31-02-2026" bestaat niet als datum');
  });
});
