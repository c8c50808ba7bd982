import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeCrash, runCli } from './run-cli.js';

/** A register of one source dated `date` with one commitment whose `due` is written as `due`. */
function register(date: string, due: string, extra = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-range-'));
  writeFileSync(
    join(dir, 'a.yaml'),
    `source:\n  id: S1\n  type: brief\n  title: T\n  date: ${date}\ncommitments:\n  - id: c1\n    title: x\n    due: ${due}\n${extra}`,
  );
  return dir;
}

const AS_OF = ['--as-of', '2026-01-01'];

describe('dates outside 1800-01-01..9998-12-31 are refused where they enter', () => {
  it.each([
    ['binnen 100000 jaar', '2025-12-01', 'E_DEADLINE_RANGE'],
    ['binnen 2147483648 dagen', '2025-12-01', 'E_DEADLINE_RANGE'],
    ['winter 9999', '2025-12-01', 'E_DEADLINE_RANGE'],
    ['binnen 3 maanden', '9998-12-01', 'E_DEADLINE_RANGE'],
    ['volgend jaar', '9998-06-01', 'E_DEADLINE_RANGE'],
    ['binnen 3 maanden', '0000-01-01', 'E_DATE_RANGE'],
    ['binnen 3 maanden', '9999-12', 'E_DATE_RANGE'],
    ['9999-01-01', '2025-12-01', 'E_DATE_RANGE'],
    ['{from: 1799-12-31, to: 2026-01-01}', '2025-12-01', 'E_DATE_RANGE'],
  ])('due %s from a source dated %s: check says %s, status refuses with exit 3', (due, date, code) => {
    const dir = register(date, due);
    const check = runCli(['check', '--data', dir, ...AS_OF]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(new RegExp(`a\\.yaml:\\d+:\\d+: error ${code}`));
    const status = runCli(['status', '--data', dir, ...AS_OF]);
    expect(status.code).toBe(3);
    expect(looksLikeCrash(check.stdout + check.stderr + status.stderr)).toBe(false);
  });

  it('an after-window is checked against its prerequisite\'s delivery', () => {
    const extra = '  - id: c2\n    title: y\n    status: delivered\n    delivered: {on: 9998-12-01}\n  - id: c3\n    title: z\n    due: {after: c2, within: 2 maanden}\n';
    const dir = register('2025-12-01', 'binnen 3 maanden', extra);
    const check = runCli(['check', '--data', dir, ...AS_OF]);
    expect(check.stdout).toMatch(/a\.yaml:16:10: error E_DEADLINE_RANGE/);
    expect(runCli(['status', '--data', dir, ...AS_OF]).code).toBe(3);
    writeFileSync(join(dir, 'a.yaml'), readFileSync(join(dir, 'a.yaml'), 'utf8').replace('2 maanden', '2 weken'));
    expect(runCli(['check', '--data', dir, ...AS_OF])).toMatchObject({ code: 0, stdout: '' });
    expect(runCli(['status', '--data', dir, ...AS_OF]).code).toBe(0);
  });

  it('the last window that fits exports a DTEND no later than 9999-01-01', () => {
    const dir = register('2025-12-01', 'eind 9998');
    expect(runCli(['check', '--data', dir, ...AS_OF]).code).toBe(0);
    const ics = runCli(['export', '--format', 'ics', '--data', dir, ...AS_OF]);
    expect(ics.code).toBe(0);
    expect(ics.stdout).toContain('DTEND;VALUE=DATE:99990101');
  });

  // A series' instances ran on past 9999: the calendar export and `show` never ended, and JSON printed a five-digit year.
  it.each(['wekelijks', 'maandelijks'])('a series %s started late in 9998: every command ends, every instance within the range', (due) => {
    const dir = register('9998-11-15', due);
    const asOf = ['--as-of', '9998-12-30'];
    expect(runCli(['check', '--data', dir, ...asOf])).toMatchObject({ code: 0, stdout: '' });
    for (const command of [['show', 'c1'], ['status'], ['timeline'], ['export', '--format', 'json'], ['export', '--format', 'ics']]) {
      const result = runCli([...command, '--data', dir, ...asOf]);
      expect(result.code, command.join(' ')).toBe(0);
      expect(looksLikeCrash(result.stderr)).toBe(false);
      for (const [date] of result.stdout.matchAll(/\b\d{4,}-\d\d-\d\d\b/g)) expect(date <= '9998-12-31' && date.length === 10, date).toBe(true);
      for (const [, end] of result.stdout.matchAll(/DTEND;VALUE=DATE:(\d+)/g)) expect(end!.length === 8 && end! <= '99990101', end).toBe(true);
    }
  });

  it.each([
    [['status', '--as-of', '9999-06-30']],
    [['status', '--as-of', '1799-12-31']],
    [['explain', 'binnen 3 maanden', '--anchor', '9999-01-01']],
    [['report', '--since', '0000-01-01', ...AS_OF]],
    [['timeline', '--to', '9999-01-01', ...AS_OF]],
  ])('a date option out of range is a usage error: %j', (args) => {
    const result = runCli([...args, '--data', register('2025-12-01', 'binnen 3 maanden')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('1800-01-01');
    expect(looksLikeCrash(result.stderr)).toBe(false);
  });

  it('explain says a known phrase falls out of range rather than not knowing it', () => {
    const result = runCli(['explain', 'binnen 100000 jaar', '--data', register('2025-12-01', 'binnen 3 maanden'), ...AS_OF, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('falls outside the dates toezegging handles');
  });

  it.each([
    [['--due', 'binnen 100000 jaar']],
    [['--due', 'winter 9999']],
    [['--source', 'S2', '--source-title', 'T2', '--source-date', '9999-01-01', '--due', 'binnen 3 maanden']],
  ])('add refuses before writing anything: %j', (args) => {
    const dir = register('2025-12-01', 'binnen 3 maanden');
    const before = readFileSync(join(dir, 'a.yaml'), 'utf8');
    const result = runCli(['add', '--data', dir, '--source', 'S1', '--title', 'nieuw', ...args, ...AS_OF]);
    expect(result.code).toBe(2);
    expect(looksLikeCrash(result.stderr)).toBe(false);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(before);
    expect(runCli(['check', '--data', dir, ...AS_OF]).code).toBe(0);
  });
});
