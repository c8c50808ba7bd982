import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NEUTRAL_CWD, ROOT, runCli } from './run-cli.js';

const UNSAFE = join(ROOT, 'tests/fixtures/unsafe');
const COMMANDS = [['status'], ['list'], ['show', 'vijandige-titel'], ['show', 'geleverd'], ['timeline']].map((args) => [args.join(' '), args] as const);

/** Our own colour codes (SGR) are allowed; whatever is left must hold no control character at all. */
// eslint-disable-next-line no-control-regex
const OWN_COLOUR = /\u001b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function expectNeutralised(stdout: string): void {
  expect(stdout.replace(OWN_COLOUR, '').replace(/\r\n/g, '\n')).not.toMatch(RAW_CONTROL);
  // The register's own SGR must not survive as a real one: it shows as text.
  expect(stdout).not.toContain('\u001b[31mrood');
  expect(stdout).not.toContain('\u001b]');
}

describe('text from register files cannot drive the terminal', () => {
  it.each(COMMANDS)('%s: escapes in titles, quotes and notes are shown, not obeyed, even with FORCE_COLOR=1', (_, args) => {
    const result = runCli(['--data', UNSAFE, '--as-of', '2026-11-28', ...args], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    expectNeutralised(result.stdout);
    if (args[0] !== 'list' && args[0] !== 'timeline') expect(result.stdout).toContain('\\u{1b}]0;pwned\\u{7}');
  });

  it('colour really is on in that run, so only our codes were let through', () => {
    const result = runCli(['--data', UNSAFE, '--as-of', '2026-11-28', 'status'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(result.stdout).toMatch(OWN_COLOUR);
  });

  it('list (piped) shows the title with its escapes made visible', () => {
    const result = runCli(['--data', UNSAFE, '--as-of', '2026-11-28', 'list']);
    expect(result.stdout).toContain('Titel \\u{1b}]0;pwned\\u{7} en \\u{1b}[31mrood\\u{1b}[0m');
  });

  it('show neutralises every field: source title, by, quote, notes, promised to, history, delivery ref', () => {
    const shown = runCli(['--data', UNSAFE, '--as-of', '2026-11-28', 'show', 'vijandige-titel']).stdout;
    expect(shown).toContain('\\u{9b}2J');
    expect(shown).toContain('\\u{202e}JenV');
    expect(shown).toContain('\\u{1b}[2J\\u{1b}[H');
    expect(shown).toContain('\\u{1b}]8;;https://evil.example\\u{7}');
    expect(shown).toContain('Lid \\u{1b}[5mknipper');
    expect(shown).toContain('Uitstel \\u{1b}]0;pwned\\u{7}');
    expect(runCli(['--data', UNSAFE, '--as-of', '2026-11-28', 'show', 'geleverd']).stdout).toContain('Kamerstuk \\u{1b}]0;pwned\\u{7} 1');
  });
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') ?? false;

describe.skipIf(!hasScript)('on a real terminal (pseudo-terminal), where output is formatted for people', () => {
  it.each(COMMANDS)('%s: no raw control characters', (_, args) => {
    const command = `stty rows 200 cols 100; exec "${process.execPath}" "${BIN}" --data "${UNSAFE}" --as-of 2026-11-28 ${args.join(' ')}`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: NEUTRAL_CWD,
      env: { PATH: process.env.PATH ?? '', HOME: NEUTRAL_CWD, TERM: 'xterm', TZ: 'Europe/Amsterdam', TOEZEGGING_PAGER: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.stdout).toMatch(OWN_COLOUR);
    expectNeutralised(result.stdout);
  });
});
