import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, HAS_SCRIPT, runCli, runOnTerminal } from './run-cli.js';

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

  it('names the register it read in JSON output', () => {
    const { dir } = registerWithConfig();
    for (const args of [['status', '--json'], ['list', '--json'], ['show', 'wodc-onderzoek', '--json'], ['report', '--json'], ['export', '--format', 'json'], ['check', '--json']]) {
      const json = JSON.parse(runCli(['--data', dir, '--as-of', '2026-11-28', ...args]).stdout) as { register: unknown };
      expect(json.register, args.join(' ')).toEqual({ path: dir, example: false });
    }
  });
});

/** The refusal names every way to choose a register. */
function refusal(stderr: string): void {
  for (const word of ['--data', 'TOEZEGGING_DATA', 'toezegging init', '--example']) expect(stderr).toContain(word);
}

/** What a person, a pipe or a cron job gets outside any register. */
describe('the bundled example register', () => {
  it.each([
    ['status', ['status']],
    ['status --json', ['status', '--json']],
    ['list', ['list']],
    ['show', ['show', 'wodc-onderzoek']],
    ['report', ['report', '--format', 'md']],
    ['export', ['export', '--format', 'ics']],
    ['timeline', ['timeline']],
    ['check', ['check']],
  ])('piped, outside a register: %s refuses with exit 3 and says how to choose a register', (_, args) => {
    const result = runCli(args);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    refusal(result.stderr);
    expect(result.stderr.startsWith('toezegging: ')).toBe(true);
  });

  it('refuses in English with --lang en', () => {
    const result = runCli(['status', '--lang', 'en']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^toezegging: no register found/);
  });

  it('is used piped when --example asks for it, and JSON says it is the example', () => {
    const text = runCli(['--example', 'status', '--as-of', '2026-11-28']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Toezeggingen op 2026-11-28/);
    const json = JSON.parse(runCli(['--example', 'status', '--json', '--as-of', '2026-11-28']).stdout) as { register: unknown };
    expect(json.register).toEqual({ path: BUNDLED, example: true });
  });

  it('is never changed by a write, asked for or not', () => {
    for (const args of [['--example', 'note', 'wodc-onderzoek', 'x'], ['note', 'wodc-onderzoek', 'x'], ['--example', 'import', 'tk', '--from', 'x.json']]) {
      const result = runCli(args);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr).toMatch(/voorbeeldregister|--data/);
    }
  });

  it('--example and --data together are a usage error', () => {
    const result = runCli(['--example', '--data', BUNDLED, 'status']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^toezegging: --example en --data/);
  });

  it('explain needs no register, so it works piped outside one', () => {
    expect(runCli(['explain', 'zomer 2026']).code).toBe(0);
  });
});

describe.skipIf(!HAS_SCRIPT)('the bundled example register at a terminal', () => {
  it('is shown, with a banner on the first line saying it is the example and how to start a register', () => {
    const { output, code } = runOnTerminal(['status', '--as-of', '2026-11-28']);
    expect(code).toBe(0);
    const lines = output.split('\n');
    expect(lines[0]).toMatch(/^Dit is het voorbeeld\. Uw eigen register: toezegging init MAP, of --data MAP\.$/);
    expect(lines[1]).toMatch(/^Toezeggingen op 28 november 2026/);
  });

  it('is shown in English with --lang EN', () => {
    expect(runOnTerminal(['--lang', 'EN', 'list', '--as-of', '2026-11-28']).output).toMatch(/^This is the example\. Your own register: toezegging init DIR/);
  });

  it.each([
    ['--json', ['status', '--json']],
    ['--fail-on', ['status', '--fail-on', 'overdue']],
    ['report', ['report']],
    ['export', ['export', '--format', 'md']],
  ])('is refused with %s, whose output is for a program or a schedule', (_, args) => {
    const { output, code } = runOnTerminal(args);
    expect(code).toBe(3);
    refusal(output);
  });

  it('has no banner when a register is found', () => {
    const { deep } = registerWithConfig();
    expect(runOnTerminal(['status', '--as-of', '2026-11-28'], { cwd: deep }).output).toMatch(/^Toezeggingen op 28 november 2026/);
  });
});
