import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { changedLines, copyFixture, gitRepo } from './write-fixtures.js';

const FILE = 'brieven/kamerbrief.yaml';
let dir: string;

beforeEach(() => {
  dir = copyFixture('crlf-bom');
  gitRepo(dir);
});

function bytes(): Buffer {
  return readFileSync(join(dir, FILE));
}

function expectBomAndCrlf(content: Buffer): void {
  expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = content.toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
}

describe('edits keep the file as it was written', () => {
  it('the fixture itself has a BOM and CRLF line endings', () => {
    expectBomAndCrlf(bytes());
  });

  it('deliver changes only the delivery lines', () => {
    const result = runCli(['deliver', 'pilot-evaluatie', '--on', '2026-06-20', '--ref', 'Kamerstuk 31000, nr. 1', '--data', dir, '--as-of', '2026-11-28']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('op tijd geleverd');
    expect(changedLines(dir)).toEqual({
      removed: ['    status: open            # not yet'],
      added: ['    status: voldaan            # not yet', '    delivered:', '      on: 2026-06-20', '      ref: Kamerstuk 31000, nr. 1'],
    });
    expectBomAndCrlf(bytes());
    expect(runCli(['check', '--data', dir]).code).toBe(0);
  });

  it('note appends one line in the style of the history around it', () => {
    const result = runCli(['note', 'pilot-vervolg', 'uitstel: na de zomer', '--data', dir, '--as-of', '2026-11-28']);
    expect(result.code).toBe(0);
    expect(changedLines(dir)).toEqual({ removed: [], added: ['      - {on: 2026-11-28, note: "uitstel: na de zomer"}'] });
    expectBomAndCrlf(bytes());
  });

  it('set changes one value, quoted only as far as needed', () => {
    expect(runCli(['set', 'pilot-evaluatie', 'tags', 'pilot,evaluatie, wodc', '--data', dir, '--as-of', '2026-11-28']).code).toBe(0);
    expect(runCli(['set', 'pilot-vervolg', 'due', 'Q3', '2026', '--data', dir, '--as-of', '2026-11-28']).code).toBe(0);
    expect(changedLines(dir)).toEqual({
      removed: ["    tags: [pilot, 'evaluatie']", '    due: eind 2026'],
      added: ['    tags: [pilot, evaluatie, wodc]', '    due: Q3 2026'],
    });
    expectBomAndCrlf(bytes());
  });
});
