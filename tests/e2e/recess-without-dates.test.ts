import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeCrash, runCli } from './run-cli.js';

/**
 * The herfstreces follows no pattern, and the shipped calendar lists it only for the years a source gives (not
 * 2018–2022). "voor het herfstreces" in such a year was called an unknown deadline with other recesses offered in its
 * place; it is a known phrase whose dates are missing, and the user is told so, and how to add them. No window is
 * invented either way.
 */
describe('a recess the calendar has no dates for', () => {
  it.each([
    ['nl', 'voor het herfstreces van 2020', 'de kalender heeft geen data voor het herfstreces van 2020'],
    ['nl', 'na het herfstreces', 'de kalender heeft geen data voor het herfstreces na de datum van de toezegging'],
    ['en', 'voor het herfstreces van 2020', 'the calendar has no dates for the autumn recess (herfstreces) of 2020'],
  ])('explain (%s) "%s" says the dates are missing and how to add them, exit 1', (lang, phrase, said) => {
    const result = runCli(['--lang', lang, 'explain', phrase, '--anchor', '2019-09-10']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(said);
    expect(result.stderr).toContain('toezegging.config.yaml');
    expect(result.stderr).not.toMatch(/onbekende termijn|unknown deadline/);
    expect(looksLikeCrash(result.stderr)).toBe(false);
  });

  it('explain --text says a sentence names such a recess, not that it names no term', () => {
    const result = runCli(['explain', '--text', 'Ik zal u voor het herfstreces informeren.', '--anchor', '2019-09-10']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('de tekst noemt "voor het herfstreces", maar de kalender heeft geen data voor het herfstreces');
    expect(result.stdout).not.toContain('de tekst noemt geen datum of termijn');
    const english = runCli(['--lang', 'en', 'explain', '--text', 'Ik zal u voor het herfstreces van 2020 informeren.', '--anchor', '2019-09-10']);
    expect(english.stdout).toContain('the calendar has no dates for the autumn recess (herfstreces) of 2020');
  });

  it('explain --text says nothing of the calendar for a recess of a year before the text\'s, which is over whatever its dates', () => {
    const result = runCli(['explain', '--text', 'Na het herfstreces van 2018 is het wetsvoorstel aangenomen.', '--anchor', '2019-03-01']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('de tekst noemt geen datum of termijn die nog moet komen');
    expect(result.stdout).not.toContain('toezegging.config.yaml');
  });

  it('a typo stays an unknown deadline with the nearest known forms', () => {
    const result = runCli(['explain', 'voor het herfstrecess', '--anchor', '2019-09-10']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('onbekende termijn');
  });

  it('check reports E_RECESS_WITHOUT_DATES; the register adding the recess resolves it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-recess-'));
    writeFileSync(
      join(dir, 'a.yaml'),
      'source:\n  id: S1\n  type: motie\n  title: T\n  date: 2020-07-02\ncommitments:\n  - id: c1\n    title: x\n    due: voor het herfstreces van 2020\n',
    );
    const check = runCli(['check', '--data', dir, '--as-of', '2020-08-01']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/a\.yaml:\d+:\d+: error E_RECESS_WITHOUT_DATES/);
    expect(check.stdout).toContain('de kalender heeft geen data voor het herfstreces van 2020');
    writeFileSync(join(dir, 'toezegging.config.yaml'), 'calendar:\n  recesses:\n    - {name: herfstreces, first: 2020-10-16, last: 2020-10-26}\n');
    expect(runCli(['check', '--data', dir, '--as-of', '2020-08-01'])).toMatchObject({ code: 0, stdout: '' });
    expect(runCli(['show', 'c1', '--data', dir, '--as-of', '2020-08-01']).stdout).toContain('2020-10-15');
  });
});
