import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run-cli.js';

/** A private copy of a fixture register under tests/fixtures/write: tests never write into the repository. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `toezegging-write-${name}-`));
  cpSync(join(ROOT, 'tests', 'fixtures', 'write', name), dir, { recursive: true });
  return dir;
}

/** Git with line endings left exactly as they are, and an identity for commits. */
export function git(dir: string, args: readonly string[]): string {
  return execFileSync('git', ['-c', 'core.autocrlf=false', '-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
}

export function gitRepo(dir: string): void {
  git(dir, ['init', '-q', '.']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'fixture']);
}

/** The `+` and `-` lines of `git diff`, without headers and without carriage returns. */
export function changedLines(dir: string): { added: string[]; removed: string[] } {
  const lines = git(dir, ['diff', '--no-color', '--no-ext-diff']).split('\n');
  const body = lines.filter((line) => !line.startsWith('+++') && !line.startsWith('---'));
  const strip = (line: string) => line.slice(1).replace(/\r$/, '');
  return { added: body.filter((line) => line.startsWith('+')).map(strip), removed: body.filter((line) => line.startsWith('-')).map(strip) };
}
