import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { Runner } from '../../src/cli/runner.js';
import type { Io } from '../../src/cli/io.js';
import { nl } from '../../src/messages/nl.js';
import { BIN, NEUTRAL_CWD, ROOT, runCli } from './run-cli.js';

const io: Io = { argv: [], env: {}, cwd: NEUTRAL_CWD, now: new Date(0), stdout: { write: () => true }, stderr: { write: () => true } };
const program = await buildProgram(io, new Runner(io), nl, io.argv);
const COMMAND_NAMES = program.commands.filter((command) => !(command as unknown as { _hidden: boolean })._hidden).map((command) => command.name());

function has(shell: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
}

function script(shell: string): string {
  const result = runCli(['completion', shell]);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  return result.stdout;
}

/** A `toezegging` on PATH that runs the built binary, as an installed one would. */
const SHIM_DIR = mkdtempSync(join(tmpdir(), 'toezegging-shim-'));
writeFileSync(join(SHIM_DIR, 'toezegging'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(SHIM_DIR, 'toezegging'), 0o755);
/** What each shell runs with: the shim first on PATH, a neutral home, no colour. */
const SHELL_ENV = { PATH: `${SHIM_DIR}:${process.env.PATH ?? ''}`, HOME: NEUTRAL_CWD, NO_COLOR: '1' };

/** Runs the bash completion function as bash would on Tab after `line`, and returns what it offers. */
function bashComplete(line: string, cwd = NEUTRAL_CWD): string[] {
  const words = line.split(' ');
  const program = `
source <(toezegging completion bash)
COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')})
COMP_CWORD=${words.length - 1}
_toezegging
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['-c', program], {
    cwd,
    env: SHELL_ENV,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean);
}

describe('toezegging completion', () => {
  it('knows the commands it must cover', () => {
    expect(COMMAND_NAMES).toEqual(expect.arrayContaining(['status', 'list', 'show', 'explain', 'check', 'timeline', 'completion']));
    expect(COMMAND_NAMES).not.toContain('__complete');
  });

  it.each(['bash', 'zsh', 'fish'])('%s: names every command and every option', (shell) => {
    const text = script(shell);
    for (const name of COMMAND_NAMES) expect(text).toContain(name);
    for (const command of [program, ...program.commands]) {
      for (const option of command.options) {
        if (option.long && !option.hidden) expect(text).toContain(shell === 'fish' ? `-l ${option.long.slice(2)}` : option.long);
      }
    }
    expect(text).toContain('__complete');
  });

  it('bash: the script passes `bash -n`', () => {
    const file = join(NEUTRAL_CWD, 'completion.bash');
    writeFileSync(file, script('bash'));
    const result = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.skipIf(!has('zsh'))('zsh: the script passes `zsh -n`', () => {
    const file = join(NEUTRAL_CWD, '_toezegging');
    writeFileSync(file, script('zsh'));
    expect(spawnSync('zsh', ['-n', file], { encoding: 'utf8' }).status).toBe(0);
  });

  it.skipIf(!has('fish'))('fish: the script passes `fish --no-execute`', () => {
    const file = join(NEUTRAL_CWD, 'toezegging.fish');
    writeFileSync(file, script('fish'));
    expect(spawnSync('fish', ['--no-execute', file], { encoding: 'utf8' }).status).toBe(0);
  });

  it('rejects an unknown shell with exit 2', () => {
    const result = runCli(['completion', 'powershell']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('powershell');
  });

  it('has help with installation examples', () => {
    expect(runCli(['completion', '--help']).stdout).toMatch(/toezegging completion bash \\\n\s+> /);
    // found by use: the shells were named twice, "bash, zsh of fish (keuze uit: bash, zsh, fish)"
    expect(runCli(['completion', '--help']).stdout).toMatch(/^ {2}shell +de shell \(keuze uit: bash, zsh, fish\)$/m);
  });
});

describe('bash completion, run in bash', () => {
  it('completes command names', () => {
    expect(bashComplete('toezegging ti')).toEqual(['timeline']);
    expect(bashComplete('toezegging c')).toEqual(['check', 'completion']);
  });

  it('completes global and command options', () => {
    const offered = bashComplete('toezegging list --');
    expect(offered).toEqual(expect.arrayContaining(['--state', '--sort', '--data', '--no-color', '--no-pager', '--as-of']));
    expect(offered).not.toContain('--anchor');
  });

  it('completes ids from the register, by calling back into the CLI', () => {
    expect(bashComplete('toezegging show wo')).toEqual(['wodc-onderzoek']);
  });

  it('reads ids from the register given with --data on the line', () => {
    const fixture = join(ROOT, 'tests/fixtures/good');
    expect(bashComplete(`toezegging --data ${fixture} show ev`)).toEqual(['evaluatie-wet']);
    expect(bashComplete(`toezegging show --data ${fixture} jaar`)).toEqual(['jaarlijkse-monitor']);
  });

  it('completes option values, also after a comma', () => {
    expect(bashComplete('toezegging list --sort l')).toEqual(['late']);
    expect(bashComplete('toezegging list --state overdue,d')).toEqual(['overdue,due', 'overdue,delivered']);
    expect(bashComplete('toezegging timeline --state ')).toEqual(['overdue', 'due', 'upcoming', 'waiting', 'delivered']);
    expect(bashComplete('toezegging --lang ')).toEqual(['nl', 'en']);
    expect(bashComplete('toezegging completion ')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('set ID offers the fields, then the values of the field chosen', () => {
    expect(bashComplete('toezegging set wodc-onderzoek ')).toEqual(['status', 'due', 'title', 'tags', 'event-date']);
    expect(bashComplete('toezegging set wodc-onderzoek status ')).toEqual(['open', 'delivered', 'partial', 'closed', 'lapsed', 'ongoing']);
    expect(bashComplete('toezegging set wodc-onderzoek tags mens')).toEqual(['mensenhandel']);
    expect(bashComplete('toezegging set wodc-onderzoek title ')).toEqual([]);
  });

  it('import offers its subcommand; add completes --after and --source-type', () => {
    expect(bashComplete('toezegging import ')).toEqual(['tk']);
    expect(bashComplete('toezegging add --after wo')).toEqual(['wodc-onderzoek']);
    expect(bashComplete('toezegging add --source-type k')).toEqual(['kamervragen']);
  });

  it('the documented install line works on a fresh account, where the folder does not exist yet', () => {
    const home = mkdtempSync(join(tmpdir(), 'toezegging-home-'));
    const help = runCli(['completion', '--help']).stdout.split('\n');
    // From the bash line to the end of the command that writes the script, continued lines included, as a user copies them.
    const first = help.findIndex((text) => /^\s*bash\s+\$/.test(text));
    let last = help.findIndex((text) => text.includes('completion bash'));
    while (help[last]!.endsWith('\\')) last++;
    const commands = help
      .slice(first, last + 1)
      .map((text) => text.replace(/^\s*(?:bash\s+)?\$\s*/, '').replace('toezegging completion bash', `"${process.execPath}" "${BIN}" completion bash`))
      .join('\n');
    const result = spawnSync('bash', ['-c', commands], { env: { PATH: process.env.PATH ?? '', HOME: home }, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(readFileSync(join(home, '.local/share/bash-completion/completions/toezegging'), 'utf8')).toContain('complete -F _toezegging toezegging');
  });

  it('offers nothing for a free value such as a date', () => {
    expect(bashComplete('toezegging --as-of ')).toEqual([]);
  });

  it('never runs text from a register as a command', () => {
    const register = mkdtempSync(join(tmpdir(), 'toezegging-hostile-'));
    const marker = join(register, 'pwned');
    writeFileSync(
      join(register, 'a.yaml'),
      `source: {id: S1, type: brief, title: T, date: 2026-01-01}\ncommitments:\n  - id: x\n    title: T\n    tags: ['$(touch${'${IFS}'}${marker})', '\`touch${'${IFS}'}${marker}\`']\n`,
    );
    const offered = bashComplete(`toezegging --data ${register} list --tag `);
    expect(offered).toHaveLength(2);
    expect(existsSync(marker)).toBe(false);
  });
});

/** Runs fish's completion for `line` with the generated script loaded; returns the words offered, without descriptions. */
function fishComplete(line: string): string[] {
  const file = join(NEUTRAL_CWD, 'toezegging-complete.fish');
  writeFileSync(file, script('fish'));
  const result = spawnSync('fish', ['--no-config', '-c', `source ${file}; complete -C ${JSON.stringify(line)}`], {
    cwd: NEUTRAL_CWD,
    env: SHELL_ENV,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((entry) => entry.split('\t')[0]!);
}

/**
 * Runs zsh's completion system for `line` with the generated script on
 * fpath, in an interactive zsh on a pseudo-terminal (zpty), and returns the
 * words offered: compadd is wrapped to record them.
 */
function zshComplete(line: string): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'toezegging-zsh-'));
  writeFileSync(join(folder, '_toezegging'), script('zsh'));
  const harness = join(folder, 'complete.zsh');
  writeFileSync(
    harness,
    [
      'zmodload zsh/zpty',
      'zpty z zsh -f -i',
      `zpty -w z "PS1=''; fpath=(${folder} \\$fpath); autoload -U compinit; compinit -u -D"`,
      // The markers are upper-cased when printed, so the echo of this line never matches them.
      `zpty -w z 'comppostfuncs=(_done); _done() { compstate[insert]=; compstate[list]=; print -r -- "\${(U):-@@begin@@}\${(j:|:)_offered}\${(U):-@@end@@}" }'`,
      `zpty -w z 'compadd() { local -a hits; builtin compadd -O hits "$@"; _offered+=($hits); builtin compadd "$@" }; _offered=()'`,
      `zpty -w z "bindkey '^I' complete-word"`,
      `zpty -w z "$1"$'\\t'`,
      `zpty -r z out '*@@BEGIN@@*@@END@@*'`,
      'print -r -- \${\${out##*@@BEGIN@@}%%@@END@@*}',
      'zpty -d z',
    ].join('\n'),
  );
  const result = spawnSync('zsh', ['-f', harness, line], {
    cwd: NEUTRAL_CWD,
    env: SHELL_ENV,
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(result.status).toBe(0);
  return [...new Set(result.stdout.trim().split('|').filter(Boolean))];
}

describe.each([
  ['fish', fishComplete],
  ['zsh', zshComplete],
] as const)('%s completion, run in that shell', (shell, complete) => {
  it.skipIf(!has(shell))('completes command names', () => {
    expect(complete('toezegging ti')).toEqual(['timeline']);
    expect(complete('toezegging c')).toEqual(['check', 'completion']);
  });

  it.skipIf(!has(shell))('completes command options and their values', () => {
    expect(complete('toezegging list --st')).toEqual(['--state', '--status']);
    expect(complete('toezegging list --sort l')).toEqual(['late']);
  });

  it.skipIf(!has(shell))('set ID offers the fields, not ids, then the values of the field chosen', () => {
    expect(complete('toezegging set wodc-onderzoek ')).toEqual(expect.arrayContaining(['status', 'due', 'title', 'tags']));
    expect(complete('toezegging set wodc-onderzoek ')).not.toContain('wodc-onderzoek');
    expect(complete('toezegging set wodc-onderzoek status ')).toEqual(expect.arrayContaining(['open', 'partial', 'lapsed']));
    expect(complete('toezegging set wodc-onderzoek tags mens')).toEqual(['mensenhandel']);
  });

  it.skipIf(!has(shell))('import offers tk; add completes --after and --source-type', () => {
    expect(complete('toezegging import ')).toEqual(['tk']);
    expect(complete('toezegging add --after wo')).toEqual(['wodc-onderzoek']);
    expect(complete('toezegging add --source-type k')).toEqual(['kamervragen']);
  });

  it.skipIf(!has(shell))('completes ids, tags and sources from the register, by calling back into the CLI', () => {
    expect(complete('toezegging show wo')).toEqual(['wodc-onderzoek']);
    expect(complete('toezegging list --tag mens')).toEqual(['mensenhandel']);
    expect(complete('toezegging list --source 2025')).toEqual(['2025Z19579']);
  });
});

describe('toezegging __complete (hidden, for the scripts)', () => {
  it('prints the ids one per line, sorted', () => {
    const result = runCli(['__complete', 'ids']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toContain('spine-eindrapportage');
    expect(result.stderr).toBe('');
  });

  it('prints tags and source ids', () => {
    expect(runCli(['__complete', 'tags']).stdout).toContain('mensenhandel\n');
    expect(runCli(['__complete', 'sources']).stdout).toBe('2025Z19579\n');
  });

  it.each([
    ['a broken register', ['--data', join(ROOT, 'tests/fixtures/bad/invalid-yaml')]],
    ['a missing folder', ['--data', join(NEUTRAL_CWD, 'nowhere')]],
    ['an unknown word list', []],
  ])('is silent and exits 0 for %s', (_, args) => {
    const result = runCli([...args, '__complete', args.length === 0 ? 'bogus' : 'ids']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('still offers the ids of the valid files in a register with errors', () => {
    const register = mkdtempSync(join(tmpdir(), 'toezegging-partial-'));
    mkdirSync(join(register, 'sub'));
    writeFileSync(join(register, 'a.yaml'), 'source: {id: S1, type: brief, title: T, date: 2026-01-01}\ncommitments:\n  - id: goed\n    title: T\n');
    writeFileSync(join(register, 'sub', 'b.yaml'), 'source: [unclosed\n');
    expect(runCli(['--data', register, '__complete', 'ids']).stdout).toBe('goed\n');
  });

  it('is not listed in --help', () => {
    expect(runCli(['--help']).stdout).not.toContain('__complete');
  });
});
