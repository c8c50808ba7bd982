import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SCRIPT, looksLikeCrash, ROOT, runCli, runOnTerminal } from './run-cli.js';

/**
 * A register holding every status and state, and every optional field both
 * absent and present (tests/fixtures/every-field): every command and format
 * must read it without a crash and without holes in its words.
 */
const REGISTER = join(ROOT, 'tests', 'fixtures', 'every-field');
const AS_OF = '2026-11-28';
const IDS = [
  'minimaal', 'alles-open', 'in-termijn', 'komend', 'wacht-op-ander', 'wacht-zonder-termijn', 'geleverd-met-datum',
  'geleverd-datum-onbekend', 'geleverd-zonder-termijn', 'deels-geleverd', 'afgedaan', 'vervallen', 'doorlopend',
  'tz202602-001', 'tz202602-002',
];

/** Words that only appear when a renderer met a value it did not expect. */
function expectSaneText(text: string): void {
  expect(looksLikeCrash(text)).toBe(false);
  expect(text).not.toMatch(/undefined|NaN|\[object |Invalid Date/);
  // A sentence that lost its value: "geleverd op " with nothing after it.
  expect(text).not.toMatch(/(geleverd op|delivered on|t\/m|sinds|since)\s*$/m);
}

const PIPED: [string, string[]][] = [
  ['status', ['status']],
  ['status --json', ['status', '--json']],
  ['list', ['list']],
  ['list --json', ['list', '--json']],
  ['report', ['report', '--since', '2026-01-01']],
  ['report md', ['report', '--since', '2026-01-01', '--format', 'md']],
  ['report json', ['report', '--since', '2026-01-01', '--format', 'json']],
  ['export json', ['export', '--format', 'json']],
  ['export ndjson', ['export', '--format', 'ndjson']],
  ['export csv', ['export', '--format', 'csv']],
  ['export md', ['export', '--format', 'md']],
  ['export ics', ['export', '--format', 'ics']],
  ['timeline', ['timeline']],
  ['check', ['check']],
  ['check --json', ['check', '--json']],
  ['explain', ['explain', 'voor het zomerreces', '--anchor', '2026-02-01']],
  ['completion bash', ['completion', 'bash']],
  ['completion zsh', ['completion', 'zsh']],
  ['completion fish', ['completion', 'fish']],
  ['show --json', ['show', 'tz202602-001', '--json']],
  ['add --dry-run', ['add', '--source', '2026Z10000', '--title', 'Nog een toezegging', '--due', 'Q3 2027', '--dry-run']],
  ['deliver --dry-run', ['deliver', 'in-termijn', '--on', '2026-11-20', '--ref', 'Kamerstuk 12345, nr. 3', '--dry-run']],
  ['set --dry-run', ['set', 'komend', 'status', 'afgedaan', '--dry-run']],
  ['note --dry-run', ['note', 'geleverd-datum-onbekend', 'datum navragen', '--dry-run']],
  ['import tk --dry-run', ['import', 'tk', '--from', join(ROOT, 'tests', 'fixtures', 'tk', 'records-v1.json'), '--dry-run']],
];

describe('a register with every status and every optional field', () => {
  it.each(PIPED)('%s: runs piped, in both languages, without a crash', (_, args) => {
    for (const lang of ['nl', 'en']) {
      const result = runCli(['--data', REGISTER, '--as-of', AS_OF, '--lang', lang, ...args]);
      expect(result.stderr).not.toMatch(/interne fout|internal error/);
      expect(result.code, result.stderr).toBe(0);
      if (args[0] !== 'check') expect(result.stdout.length).toBeGreaterThan(0);
      if (args.includes('--json') || args.includes('json')) JSON.parse(result.stdout);
      else if (args.includes('ndjson')) for (const line of result.stdout.trim().split('\n')) JSON.parse(line);
      else if (args[0] !== 'completion') expectSaneText(result.stdout + result.stderr);
    }
  });

  it('says a delivery without a day is "geleverd (datum onbekend)" wherever it stands', () => {
    const list = runCli(['--data', REGISTER, '--as-of', AS_OF, 'export', '--format', 'md']);
    expect(list.stdout).toMatch(/`tz202602-001` .*\| geleverd \(datum onbekend\) \|/);
    const english = runCli(['--data', REGISTER, '--as-of', AS_OF, '--lang', 'en', 'export', '--format', 'md']);
    expect(english.stdout).toMatch(/`tz202602-001` .*\| delivered \(date unknown\) \|/);
  });

  it('initialises a register, and the new register reads cleanly', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'toezegging-init-')), 'register');
    expect(runCli(['init', dir]).code).toBe(0);
    const status = runCli(['--data', dir, '--as-of', AS_OF, 'status']);
    expect(status.code, status.stderr).toBe(0);
    expectSaneText(status.stdout);
  });

  it('takes a real write of every kind on a copy', () => {
    const copy = mkdtempSync(join(tmpdir(), 'toezegging-every-'));
    cpSync(REGISTER, copy, { recursive: true });
    const writes = [
      ['deliver', 'in-termijn', '--on', '2026-11-20'],
      ['set', 'komend', 'status', 'afgedaan'],
      ['note', 'geleverd-datum-onbekend', 'datum navragen'],
      ['add', '--source', 'tk-2026-02', '--title', 'Nog een toezegging', '--due', 'Q3 2027'],
    ];
    for (const args of writes) {
      const result = runCli(['--data', copy, '--as-of', AS_OF, ...args]);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(looksLikeCrash(result.stderr)).toBe(false);
    }
    expect(runCli(['--data', copy, 'check']).code).toBe(0);
    expect(readdirSync(join(copy, 'tk'))).toEqual(['2026-02.yaml']);
  });
});

describe.skipIf(!HAS_SCRIPT)('the same register on a terminal', () => {
  const commands = [['status'], ['list'], ['report', '--since', '2026-01-01'], ['timeline'], ...IDS.map((id) => ['show', id])];
  it.each(commands.map((args) => [args.join(' '), args] as const))('%s', (_, args) => {
    const { output, code } = runOnTerminal(['--data', REGISTER, '--as-of', AS_OF, ...args]);
    expect(code, output).toBe(0);
    expectSaneText(output);
  });

  it('says "geleverd (datum onbekend)" in list and show, and in English "delivered (date unknown)"', () => {
    expect(runOnTerminal(['--data', REGISTER, '--as-of', AS_OF, 'list'], { cols: 160 }).output).toMatch(/^tz202602-001 .* geleverd \(datum onbekend\)/m);
    const show = runOnTerminal(['--data', REGISTER, '--as-of', AS_OF, 'show', 'geleverd-datum-onbekend']).output;
    expect(show).toMatch(/^ {2}staat +geleverd \(datum onbekend\)$/m);
    expect(show).toMatch(/^ {2}geleverd +datum onbekend$/m);
    const english = runOnTerminal(['--data', REGISTER, '--as-of', AS_OF, '--lang', 'en', 'show', 'tz202602-001']).output;
    expect(english).toMatch(/^ {2}state +delivered \(date unknown\)$/m);
  });
});
