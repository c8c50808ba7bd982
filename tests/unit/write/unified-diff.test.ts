import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff } from '../../../src/write/unified-diff.js';

const files = { fromFile: 'a.yaml', toFile: 'a.yaml' };

/** Applies a unified diff, as `patch` would: the proof that a diff says exactly what changed. */
function applyDiff(before: string, diff: string): string {
  const lines = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let at = 0;
  for (const hunk of diff.split(/^@@ /m).slice(1)) {
    const start = Number(/^-(\d+)/.exec(hunk)![1]);
    const body = hunk.split('\n').slice(1).filter((line) => line !== '' && !line.startsWith('\\'));
    const from = body.some((line) => line.startsWith(' ') || line.startsWith('-')) ? start - 1 : start;
    out.push(...lines.slice(at, from));
    at = from;
    for (const line of body) {
      if (line.startsWith('+')) out.push(line.slice(1));
      else {
        expect(lines[at]).toBe(line.slice(1));
        if (line.startsWith(' ')) out.push(line.slice(1));
        at++;
      }
    }
  }
  out.push(...lines.slice(at));
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\n', 'a\n', files)).toBe('');
  });

  it('prints git-style headers and hunks with three lines of context', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].join('\n') + '\n';
    const after = before.replace('5\n', 'vijf\n');
    expect(unifiedDiff(before, after, files)).toBe(['--- a/a.yaml', '+++ b/a.yaml', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+vijf', ' 6', ' 7', ' 8', ''].join('\n'));
  });

  it('keeps far-apart changes in separate hunks and near ones in one', () => {
    const before = Array.from({ length: 30 }, (_, i) => `l${i + 1}`).join('\n') + '\n';
    const far = before.replace('l2\n', 'x\n').replace('l25\n', 'y\n');
    expect(unifiedDiff(before, far, files).match(/^@@/gm)).toHaveLength(2);
    const near = before.replace('l2\n', 'x\n').replace('l8\n', 'y\n');
    expect(unifiedDiff(before, near, files).match(/^@@/gm)).toHaveLength(1);
  });

  it('shows a new file against /dev/null', () => {
    expect(unifiedDiff(undefined, 'a\nb\n', files)).toBe('--- /dev/null\n+++ b/a.yaml\n@@ -0,0 +1,2 @@\n+a\n+b\n');
  });

  it('shows lines without their carriage returns', () => {
    expect(unifiedDiff('a\r\nb\r\n', 'a\r\nc\r\n', files)).toBe('--- a/a.yaml\n+++ b/a.yaml\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n');
  });

  it('marks a missing final line break', () => {
    expect(unifiedDiff('a', 'a\nb\n', files)).toBe('--- a/a.yaml\n+++ b/a.yaml\n@@ -1 +1,2 @@\n-a\n\\ No newline at end of file\n+a\n+b\n');
  });

  it('agrees with git diff on line counts and reproduces the new text', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'toezegging-diff-'));
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 40; round++) {
      const words = ['a', 'b', 'c', 'd', 'e'];
      const make = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join('\n') + '\n';
      const before = make(5 + Math.floor(random() * 20));
      const after = make(5 + Math.floor(random() * 20));
      const diff = unifiedDiff(before, after, files);
      expect(applyDiff(before, diff)).toBe(after);
      writeFileSync(path.join(folder, 'x'), before);
      writeFileSync(path.join(folder, 'y'), after);
      const git = (() => {
        try {
          return execFileSync('git', ['diff', '--no-index', '--numstat', 'x', 'y'], { cwd: folder, encoding: 'utf8' });
        } catch (error) {
          return (error as { stdout: string }).stdout;
        }
      })();
      const ops = diffLines(before.split('\n').slice(0, -1), after.split('\n').slice(0, -1));
      const [added, removed] = git.trim().split(/\s+/).map(Number);
      // Both are minimal edit scripts, so they agree on its size.
      expect(ops.filter((op) => op.kind === '+').length + ops.filter((op) => op.kind === '-').length).toBe(added! + removed!);
    }
  });
});
