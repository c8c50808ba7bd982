import { describe, expect, it } from 'vitest';
import { shellWords } from '../../src/cli/break-command.js';
import { runCli } from './run-cli.js';

const width = (line: string) => [...line].length;

/** The subcommand names a help text lists under its "Commands:" heading (asked for in English). */
function subcommands(path: readonly string[]): string[] {
  const help = runCli([...path, '--help', '--lang', 'en']).stdout;
  const section = help.split('\nCommands:\n')[1]?.split('\n\n')[0] ?? '';
  return [...section.matchAll(/^ {2}([a-z]+)\b/gm)].map((match) => match[1]!).filter((name) => name !== 'help');
}

/** Every command path: the program, each command, each command's subcommands. */
function commandPaths(): string[][] {
  const paths: string[][] = [[]];
  for (let index = 0; index < paths.length; index++) for (const name of subcommands(paths[index]!)) paths.push([...paths[index]!, name]);
  return paths;
}

/** The example commands in a help text, each as the shell words a user who copies its lines would run. */
function examples(help: string): string[][] {
  const lines = help.split('\n');
  const found: string[][] = [];
  lines.forEach((line, index) => {
    const start = /^\s+(?:\S+\s+)?\$ (.*)$/.exec(line);
    if (!start) return;
    let command = start[1]!;
    for (let next = index + 1; command.endsWith(' \\'); next++) command = `${command.slice(0, -2)} ${lines[next]!.trim()}`;
    found.push(shellWords(command.replace(/\s{2,}\S.*$/, '')));
  });
  return found;
}

describe('help fits 80 columns', () => {
  const paths = commandPaths();

  it('finds every command and the subcommand of import', () => {
    expect(paths.map((path) => path.join(' '))).toEqual(expect.arrayContaining(['', 'status', 'add', 'set', 'import', 'import tk', 'completion', 'extract']));
    expect(paths.length).toBeGreaterThan(17);
  });

  describe.each(['nl', 'en'])('in %s', (lang) => {
    it.each(paths.map((path) => [path.join(' ') || '(program)', path]))('%s --help, piped with COLUMNS=80', (_, path) => {
      const result = runCli([...(path as string[]), '--help'], { env: { TOEZEGGING_LANG: lang, COLUMNS: '80' } });
      expect(result.code).toBe(0);
      const long = result.stdout.split('\n').filter((line) => width(line) > 80);
      expect(long).toEqual([]);
    });

    it('help COMMAND is fitted the same way', () => {
      const result = runCli(['help', 'import', 'tk'], { env: { TOEZEGGING_LANG: lang, COLUMNS: '80' } });
      expect(result.stdout).toContain('curl');
      expect(result.stdout.split('\n').filter((line) => width(line) > 80)).toEqual([]);
    });
  });

  it('an example broken over lines runs as the same command: the words are those of the wide form', () => {
    const wide = examples(runCli(['add', '--help'], { env: { COLUMNS: '200' } }).stdout);
    const narrow = examples(runCli(['add', '--help'], { env: { COLUMNS: '80' } }).stdout);
    expect(narrow.length).toBeGreaterThan(3);
    expect(narrow).toEqual(wide);
    expect(runCli(['add', '--help'], { env: { COLUMNS: '80' } }).stdout).toMatch(/^ {2}\$ toezegging add .* \\\n {8}--/m);
  });

  it('a wider COLUMNS keeps an example on one line; a narrower one breaks it further', () => {
    const wide = runCli(['explain', '--help', '--lang', 'en'], { env: { COLUMNS: '160' } }).stdout;
    expect(wide).toContain('  $ toezegging explain --text "Ik zal uw Kamer voor het zomerreces informeren." --anchor 2026-02-10\n');
    const narrow = runCli(['deliver', '--help', '--lang', 'en'], { env: { COLUMNS: '50' } }).stdout;
    expect(narrow).toContain('  $ toezegging deliver wodc-onderzoek \\\n        --on 2026-09-15 \\\n        --ref "Kamerstuk 28638, nr. 251"\n');
  });

  it('date flags name the forms they accept', () => {
    for (const [path, flag] of [[['status'], '--as-of'], [['report'], '--since'], [['timeline'], '--from'], [['explain'], '--anchor'], [['extract'], '--date'], [['deliver'], '--on'], [['import', 'tk'], '--since']] as const) {
      const nl = runCli([...path, '--help'], { env: { COLUMNS: '200' } }).stdout;
      const en = runCli([...path, '--help', '--lang', 'en'], { env: { COLUMNS: '200' } }).stdout;
      expect(nl.split('\n').find((line) => line.trimStart().startsWith(flag))).toContain('JJJJ-MM-DD, DD-MM-JJJJ, "30 november 2026" of vandaag');
      expect(en.split('\n').find((line) => line.trimStart().startsWith(flag))).toContain('YYYY-MM-DD, DD-MM-YYYY, "30 November 2026" or today');
    }
    // import tk --since is compared with the source's change times: it also takes an instant, as the Kamer's API writes them.
    const since = runCli(['import', 'tk', '--help'], { env: { COLUMNS: '200' } }).stdout.split('\n').find((line) => line.trimStart().startsWith('--since'));
    expect(since).toContain('of vandaag) of dit tijdstip (2025-01-14T10:23:45+01:00)');
  });
});
