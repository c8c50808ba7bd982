import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, runCli } from './run-cli.js';

// A run registers only the command its first operand names (src/cli/program.ts); these are the cases where
// finding that operand, or answering without it, could go wrong.
describe('the command a run names', () => {
  it('is not the value of a global option, even one that is the name of another command', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'toezegging-command-word-'));
    cpSync(BUNDLED, join(cwd, 'list'), { recursive: true });
    const result = runCli(['--data', 'list', '--as-of', '2026-11-28', 'status'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Toezeggingen op 2026-11-28: /);
    expect(result.code).toBe(0);
  });

  it('a misspelt command is answered with the nearest of all commands', () => {
    const result = runCli(['--lang', 'en', 'exract', 'x.pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command "exract"\. Did you mean extract\?/);
  });

  it('help lists every command, and help of one command is that command\'s', () => {
    const all = runCli(['help']);
    for (const command of ['status', 'list', 'explain', 'import', 'extract', 'completion']) expect(all.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(runCli(['help', 'timeline']).stdout).toMatch(/^Gebruik: toezegging timeline /);
  });
});
