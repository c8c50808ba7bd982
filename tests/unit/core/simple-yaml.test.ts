import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSimpleYaml } from '../../../src/core/simple-yaml.js';
import { expectSameAsYaml, repositoryYamlTexts } from './simple-yaml-differential.js';
import { plainValues } from './yaml-tree.js';
// @ts-expect-error: a plain script of the benchmark, without types
import { generateRegister } from '../../../bench/generate-register.mjs';

describe('the reader of plain YAML gives what yaml gives, or declines', () => {
  it('over every YAML file of the repository', () => {
    const texts = repositoryYamlTexts();
    const taken = texts.filter(expectSameAsYaml).length;
    // The clean files, and only those, are the reader's: the bad fixtures mostly go to yaml.
    expect(taken).toBeGreaterThan(10);
    expect(taken).toBeLessThan(texts.length);
  });

  it('takes every file of a generated register', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toezegging-simple-yaml-'));
    try {
      generateRegister(dir, 300);
      for (const name of readdirSync(dir)) expect(expectSameAsYaml(readFileSync(join(dir, name), 'utf8')), name).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const taken = [
    'a: 1\nb: -2\nc: 0o17\nd: 0x1F\ne: 1e3\nf: ~\ng: null\nh: true\ni: False\nj: 2026-03-01\nk: 007\n',
    'a: "x \\"y\\" \\\\ \\u00e9 \\n \\x41 \\e[31m \\_"\nb: \'it\'\'s \\ here\'\nc: ""\nd: \'\'\n',
    'delivered: {on: 2026-07-03, url: https://example.org/geleverd}\nlinks: [https://a.nl/x?y=1&z=(2)]\n',
    'a:\n  - x\n  - "y"\n  - [p, "q r", 3]\n  - {on: 2026-01-01, ref: "nr. 5"}\nb: []\nc: {}\n',
    'a:\n- x\n- y\nb: 1\n',
    'k:   # comment\n\n# another\nnext: v # trailing\n',
    'q: >-\n  one\n  two\n\n  three\n\n\nr: |\n  a\n    b\n\n  c\ns: >\n  x\n',
    'title: a#b c:d, e [f] {g} 50% -x ?y\n',
    'list:\n  - id: a\n    due:\n      after: b\n  -   id: b\n      tags: [x]\n',
    '# only a comment\n',
    '',
    'a: 1',
    'a: |-\n  last',
  ];
  it.each(taken)('takes %j', (text) => {
    expect(expectSameAsYaml(text)).toBe(true);
  });

  const declined = [
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    '--- \na: 1\n',
    '%YAML 1.2\n---\na: 1\n',
    'a: 1\na: 2\n',
    'a: 1\r\nb: 2\r\n',
    'a:\n\tb: 1\n',
    'title: one\n  two\n',
    'title: "one\n  two"\n',
    'a: b: c\n',
    'a: 1.50\n',
    'a: .inf\n',
    'a: "\\U0001F600"\n',
    'a: >+\n  x\n\n',
    'a: >2\n   x\n',
    'a: >\n\n  x\n',
    'a: >\n  x\n   y\n',
    '- \n- a\n',
    '"quoted key": 1\n',
    '? a\n: b\n',
    'a: [x,\n  y]\n',
    'a: [x, [y]]\n',
    'a: {b: {c: 1}}\n',
    '  a: 1\n',
    'a:\n  b: 1\n c: 2\n',
    'a: 1 # c\n  b: 2\n',
    '\ufeffa: 1\n',
    // A lone `-` in a flow collection starts a block sequence there, which yaml refuses.
    'a: [-]\n',
    'a: [-, b]\n',
    'a: {b: -}\n',
  ];
  it.each(declined)('leaves %j to yaml', (text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });

  it('leaves to yaml a key over 1,024 characters, which yaml refuses', () => {
    expect(expectSameAsYaml(`${'k'.repeat(1024)}: 1\n`)).toBe(true);
    expect(parseSimpleYaml(`${'k'.repeat(1025)}: 1\n`)).toBeUndefined();
    expect(parseSimpleYaml(`- ${'k'.repeat(1025)}: 1\n`)).toBeUndefined();
  });

  it('leaves to yaml nesting deeper than a register needs, where yaml runs out of stack', () => {
    const nested = (depth: number): string => `${Array.from({ length: depth }, (_, level) => `${' '.repeat(level)}k:\n`).join('')}${' '.repeat(depth)}v: 1\n`;
    expect(expectSameAsYaml(nested(20))).toBe(true);
    expect(parseSimpleYaml(nested(1000))).toBeUndefined();
    const items = (depth: number): string => Array.from({ length: depth }, (_, level) => `${' '.repeat(2 * level)}- k:\n`).join('');
    expect(() => parseSimpleYaml(items(3000))).not.toThrow();
  });

  // Each escape searched the rest of the text again for the closing quote and the next backslash: quadratic (25 s and 9 s here, on a loaded machine).
  it.each([
    ['a line of 800,000 escapes', `a: "${'\\n'.repeat(800_000)}"\n`],
    ['50,000 quoted items, then 4 MB before a backslash', `${'- "x"\n'.repeat(50_000)}- ${'y'.repeat(4_000_000)}\n- "\\n"\n`],
  ])('reads quoted scalars in linear time: %s', (_, text) => {
    // CPU time, which a loaded machine does not stretch as it does the wall clock.
    const started = process.cpuUsage();
    expect(parseSimpleYaml(text)).toBeDefined();
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(4000);
  });

  it('reads what people and the writers write', () => {
    const document = parseSimpleYaml('source:\n  id: 2025Z19579\n  refs: [2025Z19579, "36 200"]\ncommitments:\n  - id: a\n    quote: >-\n      Ik zal\n      uw Kamer informeren.\n');
    expect(plainValues(document?.contents)).toEqual({ source: { id: '2025Z19579', refs: ['2025Z19579', '36 200'] }, commitments: [{ id: 'a', quote: 'Ik zal uw Kamer informeren.' }] });
  });
});
