import { mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeCrash, ROOT, runCli } from './run-cli.js';

const BAD = join(ROOT, 'tests', 'fixtures', 'bad');
const cases = readdirSync(BAD).sort();

/** The diagnostic codes each reproducer must produce, at least. */
const EXPECTED: Record<string, string[]> = {
  'alias-bomb': ['E_ALIAS'],
  binary: ['E_BINARY'],
  'comments-only': ['E_EMPTY_FILE'],
  cycle: ['E_DEPENDENCY_CYCLE'],
  'delivered-without-date': ['E_DELIVERED_WITHOUT_DATE'],
  'duplicate-ids': ['E_DUPLICATE_ID'],
  'duplicate-key': ['E_DUPLICATE_KEY'],
  'empty-file': ['E_EMPTY_FILE'],
  'impossible-date': ['E_BAD_DATE'],
  'invalid-yaml': ['E_YAML'],
  latin1: ['E_ENCODING'],
  'many-errors': ['E_UNKNOWN_STATUS', 'E_BAD_DATE', 'E_DUPLICATE_ID', 'E_BAD_DEADLINE', 'E_UNKNOWN_REF'],
  'missing-ref': ['E_UNKNOWN_REF'],
  'multiple-documents': ['E_MULTIPLE_DOCUMENTS'],
  'tab-indent': ['E_TAB_INDENT'],
  'unknown-deadline': ['E_BAD_DEADLINE', 'E_BAD_SPAN'],
  'unknown-key': ['E_UNKNOWN_FIELD'],
  'unknown-status': ['E_UNKNOWN_STATUS'],
  'wrong-shapes': ['E_ROOT_NOT_MAPPING', 'E_WRONG_TYPE'],
};

describe('bad registers', () => {
  it('has an expectation for every reproducer folder', () => {
    expect(cases.filter((name) => !(name in EXPECTED) && name !== 'config')).toEqual([]);
  });

  it.each(cases.filter((name) => name in EXPECTED))('%s: status refuses with located diagnostics, exit 3, no stack trace', (name) => {
    const started = Date.now();
    const result = runCli(['status', '--data', join(BAD, name), '--as-of', '2026-11-28']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(looksLikeCrash(result.stderr)).toBe(false);
    for (const code of EXPECTED[name]!) expect(result.stderr).toMatch(new RegExp(`^[^\\s:]+\\.ya?ml:\\d+:\\d+: error ${code}`, 'm'));
    // Binary junk has no line worth quoting; everything else shows the line with a caret.
    if (name !== 'binary') expect(result.stderr).toMatch(/^\s*\|?\s*\^+/m);
    expect(result.stderr).toMatch(/^tip: /m);
  });

  it.each(cases)('%s: check exits 1 and prints every problem on stdout', (name) => {
    const result = runCli(['check', '--data', join(BAD, name)]);
    expect(looksLikeCrash(result.stdout + result.stderr)).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/:\d+:\d+: error E_/);
  });

  it('check is silent with exit 0 on a clean register', () => {
    for (const dir of [join(ROOT, 'data'), join(ROOT, 'tests', 'fixtures', 'good'), join(ROOT, 'tests', 'fixtures', 'bom')]) {
      const result = runCli(['check', '--data', dir]);
      expect(result).toMatchObject({ code: 0, stdout: '' });
    }
  });

  it('check --json lists diagnostics with stable codes', () => {
    const result = runCli(['check', '--data', join(BAD, 'unknown-key'), '--json']);
    const json = JSON.parse(result.stdout) as { ok: boolean; diagnostics: { code: string; line: number; col: number; hint: string | null }[] };
    expect(json.ok).toBe(false);
    expect(json.diagnostics[0]).toMatchObject({ code: 'E_UNKNOWN_FIELD' });
    expect(json.diagnostics[0]?.hint).toBeTruthy();
  });

  it('a missing register folder is one line on stderr, exit 3', () => {
    const result = runCli(['status', '--data', join(BAD, 'does-not-exist')]);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  // found by use: a register folder that cannot be read said "(unreadable)", in English, in Dutch mode, and not why
  it('a register folder that cannot be read says why, in the language asked, exit 3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-loop-'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    const nl = runCli(['status', '--data', join(dir, 'a')]);
    expect(nl.code).toBe(3);
    expect(nl.stderr).toBe(`toezegging: registermap ${join(dir, 'a')} is niet leesbaar: het pad is een kring van symbolische koppelingen (ELOOP).\n`);
    expect(runCli(['status', '--data', join(dir, 'a'), '--lang', 'en']).stderr).toBe(`toezegging: register folder ${join(dir, 'a')} cannot be read: the path is a loop of symbolic links (ELOOP).\n`);
  });
});

describe('usage errors exit 2 without a stack trace', () => {
  it.each([
    [['status', '--as-of', '2026-02-30']],
    [['status', '--as-of', 'morgen']],
    [['status', '--bogus']],
    [['list', '--state', 'late']],
    [['list', '--sort', 'title']],
    [['nonsense']],
    [['--lang', 'fr', 'status']],
  ])('%j', (args) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(looksLikeCrash(result.stderr)).toBe(false);
    expect(result.stderr.length).toBeGreaterThan(0);
  });

  it('--help of every command has examples, --version prints the version', () => {
    for (const command of ['status', 'list', 'show', 'explain', 'check']) {
      const result = runCli([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Voorbeelden:/);
    }
    expect(runCli(['--help', '--lang', 'en']).stdout).toMatch(/Examples:/);
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
