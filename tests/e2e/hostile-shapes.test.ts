import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeCrash, runCli } from './run-cli.js';

const AS_OF = ['--as-of', '2026-01-01'];

function register(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'toezegging-shapes-'));
  writeFileSync(join(dir, 'a.yaml'), text);
  return dir;
}

describe('registers of hostile shape', () => {
  it('half a surrogate pair in a source id: every export works, the calendar UID shows U+FFFD', () => {
    const dir = register('source:\n  id: "S\\ud800x"\n  type: brief\n  title: T\n  date: 2025-12-01\ncommitments:\n  - id: c1\n    title: x\n    due: binnen 3 maanden\n');
    for (const format of ['ics', 'json', 'ndjson', 'csv', 'md']) {
      const result = runCli(['export', '--format', format, '--data', dir, ...AS_OF]);
      expect(looksLikeCrash(result.stderr)).toBe(false);
      expect(result.code).toBe(0);
    }
    expect(runCli(['export', '--format', 'ics', '--data', dir, ...AS_OF]).stdout).toContain('UID:c1.S%EF%BF%BDx@toezegging');
  });

  it('a 3,000-deep after: chain is reported without running out of stack', () => {
    const lines = ['source:', '  id: S1', '  type: brief', '  title: T', '  date: 2025-12-01', 'commitments:', '  - id: c0', '    title: x', '    due: binnen 3 maanden'];
    for (let index = 1; index < 3000; index++) lines.push(`  - id: c${index}`, '    title: x', `    due: {after: c${index - 1}, within: 3 maanden}`);
    const dir = register(`${lines.join('\n')}\n`);
    const env = { TOEZEGGING_NO_CACHE: '1' };
    const result = runCli(['status', '--data', dir, ...AS_OF], { env });
    expect(looksLikeCrash(result.stderr)).toBe(false);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('c2999');
  });

  // 2,000 levels of nested mappings and back out overflowed the parser's stack (exit 70); 1,000 levels were reported as "too many aliases".
  it.each([1000, 2000])('%i levels of nesting: refused as nested too deeply, never a crash', (depth) => {
    const lines = ['source:', '  id: S1', '  type: brief', '  title: T', '  date: 2025-12-01', 'commitments:', '  - id: c1', '    title: x', '    notes:'];
    for (let level = 0; level < depth; level++) lines.push(`${' '.repeat(6 + level)}k${level}:`);
    lines.push(`${' '.repeat(6 + depth)}v`, '  - id: c2', '    title: y');
    const dir = register(`${lines.join('\n')}\n`);
    const env = { TOEZEGGING_NO_CACHE: '1' };
    const check = runCli(['check', '--data', dir, ...AS_OF, '--lang', 'en'], { env });
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/a\.yaml:\d+:\d+: error E_YAML: invalid YAML: nested too deeply/);
    const status = runCli(['status', '--data', dir, ...AS_OF], { env });
    expect(status.code).toBe(3);
    expect(status.stderr).toContain('te diep genest');
    expect(looksLikeCrash(check.stdout + check.stderr + status.stderr)).toBe(false);
  });

  it('a 3,000-deep after: chain written last to first is reported without running out of stack', () => {
    const items = [['  - id: c0', '    title: x', '    due: binnen 3 maanden']];
    for (let index = 1; index < 3000; index++) items.push([`  - id: c${index}`, '    title: x', `    due: {after: c${index - 1}, within: 3 maanden}`]);
    const dir = register(`${['source:', '  id: S1', '  type: brief', '  title: T', '  date: 2025-12-01', 'commitments:', ...items.reverse().flat()].join('\n')}\n`);
    const result = runCli(['show', 'c2999', '--data', dir, ...AS_OF], { env: { TOEZEGGING_NO_CACHE: '1' } });
    expect(looksLikeCrash(result.stderr)).toBe(false);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/c2999 → c2998 .* → … → c0/);
  });
});
