import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATES, STATUSES } from '../../src/core/model.js';
import { nl } from '../../src/messages/nl.js';
import { BUNDLED, HAS_SCRIPT, ROOT, runCli, runOnTerminal } from './run-cli.js';

/** commander's own English, which must never reach a user in Dutch mode. */
const COMMANDER_ENGLISH = /Usage:|Options:|Commands:|Arguments:|Global Options:|\(choices:|\(default:|display help|error:|Did you mean|unknown (command|option)|missing required|too many arguments|is invalid|Allowed choices/;

const COMMANDS = ['status', 'list', 'show', 'report', 'export', 'explain', 'timeline', 'check', 'init', 'add', 'deliver', 'set', 'note', 'import', 'extract', 'completion'];

describe('help in Dutch', () => {
  it.each([[[]], ...COMMANDS.map((command) => [[command]]), [['import', 'tk']]])('%s --help has Dutch headings and no English of commander', (args) => {
    const result = runCli([...args, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Gebruik: toezegging/);
    expect(result.stdout).toMatch(/^(Opties|Algemene opties):$/m);
    expect(result.stdout).not.toMatch(COMMANDER_ENGLISH);
  });

  it('names placeholders in Dutch, and choices and defaults in Dutch words', () => {
    const help = runCli(['list', '--help']).stdout;
    expect(help).toMatch(/--data <map>/);
    expect(help).toMatch(/--as-of <datum>/);
    expect(runCli(['completion', '--help']).stdout).toMatch(/keuze uit: bash, zsh, fish/);
  });

  it.each([[[]], ...COMMANDS.map((command) => [[command]]), [['import', 'tk']]])('%s --help names every placeholder with a Dutch word', (args) => {
    const dutch = new Set(Object.values(nl.cli.help.placeholder));
    const help = runCli([...args, '--help']).stdout;
    // `<span|date>` is two placeholders.
    const placeholders = [...help.matchAll(/[<[]([a-z|-]+)(?:\.\.\.)?[>\]]/g)].flatMap((match) => match[1]!.split('|'));
    expect(placeholders.filter((name) => !dutch.has(name!))).toEqual([]);
  });

  // The states and statuses one types are the JSON's English words; a Dutch reader is told what each means.
  it.each([[[]], ...COMMANDS.map((command) => [[command]]), [['import', 'tk']]])('%s --help says in Dutch what each state or status it names means', (args) => {
    const help = runCli([...args, '--help']).stdout;
    const start = help.indexOf('\nOpties:');
    const options = help.slice(start, help.indexOf('\n\n', start + 1)).split(/\n(?= {2}-)/).map((option) => option.replace(/\s+/g, ' '));
    const tokens = [...STATES, ...STATUSES].filter((token) => token !== 'open');
    // Each token an option names is glossed at least once in that option's text: "overdue (te laat)", "due = termijn".
    const unexplained = options.flatMap((option) =>
      tokens.filter((token) => new RegExp(`(?<![-\\w])${token}(?![-\\w])`).test(option) && !new RegExp(`(?<![-\\w])${token}(?: \\(| = )`).test(option)),
    );
    expect(unexplained).toEqual([]);
  });

  it('explains the states and statuses --state and --status take, once each, in the help and in the refusal', () => {
    const glossed = 'overdue (te laat), due (in termijn), upcoming (komend), waiting (wachtend), no-deadline (zonder termijn), delivered (geleverd), closed (afgedaan), lapsed (vervallen), ongoing (doorlopend)';
    expect(runCli(['list', '--help']).stdout.replace(/\s+/g, ' ')).toContain(glossed);
    expect(runCli(['timeline', '--help']).stdout.replace(/\s+/g, ' ')).toContain('overdue (te laat), due (in termijn), upcoming (komend), waiting (wachtend), delivered (geleverd)');
    const statuses = 'open (openstaand), delivered (voldaan), partial (deels voldaan), closed (afgedaan), lapsed (vervallen), ongoing (doorlopend)';
    expect(runCli(['list', '--help']).stdout.replace(/\s+/g, ' ')).toContain(statuses);
    expect(runCli(['list', '--status', 'x', '--data', BUNDLED]).stderr).toBe(`toezegging: --status: onbekende waarde "x"; kies uit ${statuses}.\n`);
    expect(runCli(['timeline', '--state', 'closed', '--data', BUNDLED]).stderr).toBe('toezegging: --state: onbekende waarde "closed"; kies uit overdue (te laat), due (in termijn), upcoming (komend), waiting (wachtend), delivered (geleverd).\n');
    expect(runCli(['list', '--sort', 'x', '--data', BUNDLED]).stderr).toBe('toezegging: --sort: onbekende waarde "x"; kies uit due (termijn), late (dagen te laat), age (langst open), id.\n');
    // In English a word is not glossed with itself.
    expect(runCli(['list', '--state', 'x', '--data', BUNDLED, '--lang', 'en']).stderr).toBe(
      'toezegging: --state: unknown value "x"; choose from overdue, due, upcoming, waiting, no-deadline, delivered, closed, lapsed, ongoing.\n',
    );
  });

  it('stays English with --lang en', () => {
    const help = runCli(['--lang', 'en', 'list', '--help']).stdout;
    expect(help).toMatch(/^Usage: toezegging list \[options\]/);
    expect(help).toMatch(/--data <dir>/);
  });
});

describe("commander's errors, in our words and with one prefix", () => {
  it.each([
    ['an unknown command, with did-you-mean', ['stauts'], 'toezegging: onbekende opdracht "stauts". Bedoelde u status?', 'toezegging: unknown command "stauts". Did you mean status?'],
    ['an unknown option, with did-you-mean', ['list', '--stat', 'x'], 'toezegging: onbekende optie --stat. Bedoelde u --state?', 'toezegging: unknown option --stat. Did you mean --state?'],
    // found by use: a note that opens with a dash was called an unknown option, with no word of how to write it
    [
      'text that opens with a dash',
      ['note', 'wodc-onderzoek', '- eerst dit'],
      'toezegging: "- eerst dit" is geen optie. Zet -- voor een tekst die met een streepje begint, bijvoorbeeld: toezegging note ID -- "- tekst".',
      'toezegging: "- eerst dit" is not an option. Put -- before text that opens with a dash, for example: toezegging note ID -- "- text".',
    ],
    ['a missing argument', ['show'], 'toezegging: id ontbreekt.', 'toezegging: id is missing.'],
    ['an option without its value', ['status', '--horizon'], 'toezegging: --horizon <dagen>: de waarde ontbreekt.', 'toezegging: --horizon <days>: the value is missing.'],
    // found by use: the message counted the surplus arguments but did not say which, and `export csv` got no word of --format
    ['too many arguments', ['show', 'a', 'b'], 'toezegging: te veel argumenten voor show: 1 verwacht, 2 gekregen (niet gebruikt: "b").', 'toezegging: too many arguments for show: expected 1, got 2 (not used: "b").'],
    [
      'a format typed without --format',
      ['export', 'CSV'],
      'toezegging: te veel argumenten voor export: geen verwacht, 1 gekregen (niet gebruikt: "CSV"). Bedoelde u --format csv?',
      'toezegging: too many arguments for export: expected none, got 1 (not used: "CSV"). Did you mean --format csv?',
    ],
    [
      'a report format typed without --format',
      ['report', 'md', 'extra'],
      'toezegging: te veel argumenten voor report: geen verwacht, 2 gekregen (niet gebruikt: "md", "extra"). Bedoelde u --format md?',
      'toezegging: too many arguments for report: expected none, got 2 (not used: "md", "extra"). Did you mean --format md?',
    ],
    ['a value outside the choices', ['completion', 'pwsh'], 'toezegging: shell: onbekende waarde "pwsh"; kies uit bash, zsh, fish.', 'toezegging: shell: unknown value "pwsh"; choose from bash, zsh, fish.'],
    ['help for an unknown command', ['help', 'stauts'], 'toezegging: onbekende opdracht "stauts". Bedoelde u status?', 'toezegging: unknown command "stauts". Did you mean status?'],
  ])('%s: exit 2', (_, args, dutch, english) => {
    const nl = runCli(['--data', BUNDLED, ...args]);
    expect(nl.code).toBe(2);
    expect(nl.stdout).toBe('');
    expect(nl.stderr.split('\n')[0]).toBe(dutch);
    expect(nl.stderr).not.toMatch(COMMANDER_ENGLISH);
    const en = runCli(['--data', BUNDLED, '--lang', 'en', ...args]);
    expect(en.code).toBe(2);
    expect(en.stderr.split('\n')[0]).toBe(english);
  });

  it('help COMMAND shows that command, help COMMAND SUB its subcommand', () => {
    expect(runCli(['help', 'show']).stdout).toMatch(/^Gebruik: toezegging show \[opties\] <id>/);
    expect(runCli(['help', 'import', 'tk']).stdout).toMatch(/^Gebruik: toezegging import tk \[opties\]/);
    expect(runCli(['help', 'import', 'tx']).code).toBe(2);
  });
});

describe('the language', () => {
  it.each([['EN'], ['En'], ['en']])('--lang %s is accepted like TOEZEGGING_LANG', (lang) => {
    const result = runCli(['--data', BUNDLED, '--lang', lang, 'status', '--as-of', '2026-11-28']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Commitments as of 2026-11-28/);
  });

  it('an unknown --lang is a usage error in the language of the environment', () => {
    const result = runCli(['--lang', 'fr', 'status', '--data', BUNDLED]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('toezegging: onbekende taal "fr"; kies nl of en.\n');
  });

  it('a YAML syntax error is explained in Dutch', () => {
    const result = runCli(['check', '--data', join(ROOT, 'tests', 'fixtures', 'bad', 'invalid-yaml')]);
    expect(result.code).toBe(1);
    // Dutch words, and the brackets an unclosed [ or { is named by.
    expect(result.stdout).toMatch(/error E_YAML: ongeldige YAML: [a-z[\]{}, ]+$/m);
    expect(result.stdout).not.toMatch(/Nested|mapping|flow collection|Missing|Unexpected/i);
  });

  it("a register's lang applies to everything printed after it is read, errors too", () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-lang-'));
    cpSync(BUNDLED, dir, { recursive: true });
    writeFileSync(join(dir, 'toezegging.config.yaml'), 'lang: en\n');
    expect(runCli(['--data', dir, 'status', '--as-of', '2026-11-28']).stdout).toMatch(/^Commitments as of/);
    expect(runCli(['--data', dir, 'show', 'wodc-onderzoe']).stderr).toMatch(/^toezegging: no commitment with id "wodc-onderzoe"/);
    expect(runCli(['--data', dir, '--lang', 'nl', 'status', '--as-of', '2026-11-28']).stdout).toMatch(/^Toezeggingen op/);
  });

  it.each([['status'], ['list'], ['status', '--json'], ['note', 'wodc-onderzoek', 'x']])(
    "an invalid register's diagnostics are in its lang, as the line after them is (%s)",
    (...args) => {
      const dir = mkdtempSync(join(tmpdir(), 'toezegging-lang-'));
      cpSync(BUNDLED, dir, { recursive: true });
      writeFileSync(join(dir, 'toezegging.config.yaml'), 'lang: en\n');
      const file = join(dir, '2025Z19579.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('status: open', 'status: bogus'));
      const english = runCli(['--data', dir, ...args]);
      expect(english.code).toBe(3);
      expect(english.stderr).toMatch(/error E_UNKNOWN_STATUS: unknown status `bogus`/);
      expect(english.stderr).toMatch(/^hint: Choose from /m);
      expect(english.stderr).toMatch(/^toezegging: the register (already )?has 1 error/m);
      const dutch = runCli(['--data', dir, '--lang', 'nl', ...args]);
      expect(dutch.stderr).toMatch(/error E_UNKNOWN_STATUS: onbekende status `bogus`/);
      expect(dutch.stderr).toMatch(/^tip: Kies uit /m);
      expect(dutch.stderr).not.toMatch(/^hint:/m);
      expect(dutch.stderr).toMatch(/^toezegging: het register bevat (al )?1 fout/m);
    },
  );
});

describe('exit codes', () => {
  it('a bad --url on deliver is a usage error (2) about the flag, and nothing is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-url-'));
    cpSync(BUNDLED, dir, { recursive: true });
    const before = readFileSync(join(dir, '2025Z19579.yaml'), 'utf8');
    const result = runCli(['--data', dir, 'deliver', 'wodc-onderzoek', '--on', '2026-09-15', '--url', 'kamerstuk 28638']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('toezegging: --url: "kamerstuk 28638" is geen webadres; schrijf een volledig adres dat begint met https://.\n');
    expect(readFileSync(join(dir, '2025Z19579.yaml'), 'utf8')).toBe(before);
  });

  it("the help's exit-code line names the codes the README's table does", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Exit codes'));
    const documented = [...table.matchAll(/^\| (\d+) \|/gm)].map((match) => match[1]);
    for (const lang of ['nl', 'en']) {
      const line = runCli(['--lang', lang, '--help']).stdout.split(/Afsluitcodes:|Exit codes:/)[1] ?? '';
      expect([...line.matchAll(/(?:^\s*|;\s+)(\d+) /g)].map((match) => match[1])).toEqual(documented);
    }
  });

  it.skipIf(!HAS_SCRIPT)('Ctrl-C in a prompt exits 130, having written nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-interrupt-'));
    cpSync(BUNDLED, dir, { recursive: true });
    const before = readFileSync(join(dir, '2025Z19579.yaml'), 'utf8');
    const { output, code } = runOnTerminal(['--data', dir, 'add'], { input: '\u0003', inputDelayMs: 1500 });
    expect(output).toContain('afgebroken; er is niets geschreven.');
    expect(code).toBe(130);
    expect(readFileSync(join(dir, '2025Z19579.yaml'), 'utf8')).toBe(before);
  });
});
