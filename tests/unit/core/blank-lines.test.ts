import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { collapseEmptyLines, offsetMapper } from '../../../src/core/blank-lines.js';
import { parseWithYaml, parseYaml } from '../../../src/core/parse-yaml.js';
import { ROOT } from '../../e2e/run-cli.js';
import { plainValues } from './yaml-tree.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/**
 * A long file's head, cut at a line end: the extract corpus grows by a blind set a session (1.4 MB now), its shapes
 * are all in its first lines, and parsing the whole of it twice a run made this test's time grow with it.
 */
function head(text: string): string {
  const limit = 64 * 1024;
  return text.length <= limit ? text : text.slice(0, text.lastIndexOf('\n', limit) + 1);
}

/** Every register file the repository carries, and shapes where empty lines are content. */
const TEXTS = [
  ...[join(ROOT, 'data'), join(ROOT, 'tests', 'fixtures')].flatMap(yamlFiles).map((path) => head(readFileSync(path, 'utf8'))),
  'notes: |+\n  a\n\n\n\nnext: 1\n',
  'notes: |\n  a\n\n\n\n  b\nnext: 1\n',
  'notes: >-\n  a\n\n\n\n  b\n',
  'title: "a\n\n\n\n  b"\nx: 1\n',
  "title: 'a\n\n\n\n  b'\n",
  'title: a\n\n\n\n  b\nx: 1\n',
  'plain\n\n\n\nscalar\n',
  'tags: [a,\n\n\n\n  b]\nx: {a: 1,\n\n\n b: 2}\n',
  'k:\n\n\n\n  v\n',
  'k:\n\n\n\nn: 1\n',
  '- a\n\n\n\n-\n\n\n\n- b\n',
  '# c\n\n\n\n# d\nk: v\n\n\n\n',
  'k: v\n\n\n\n  bad: indent\n',
  'k: v\n\n\n\n---\nx: 1\n',
  'k: &a v\n\n\n\nj: *a\n',
  'k: v\nk: w\n\n\n\nk: x\n',
];

/** Every node's range and line:col, in document order, from the text as written. */
function positions(document: Document.Parsed, lineCounter: LineCounter): unknown[] {
  const found: unknown[] = [];
  visit(document, { Node: (_, node) => void found.push([node.range, lineCounter.linePos(node.range![0]), lineCounter.linePos(node.range![1])]) });
  return found;
}

/** The values (comments aside: nothing reads them, and a comment keeps the empty lines inside it); the fixtures' alias bomb as its refusal. */
function values(document: Document.Parsed): unknown {
  try {
    return document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    return String(error);
  }
}

function direct(text: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, version: '1.2' });
  return { document, lineCounter };
}

/** Empty lines put in at line starts. */
const withEmptyLines = fc
  .record({ text: fc.constantFrom(...TEXTS), runs: fc.array(fc.record({ line: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }), { maxLength: 6 }) })
  .map(({ text, runs }) => {
    const lines = text.split('\n');
    for (const { line, count } of runs) lines.splice(line % lines.length, 0, ...Array<string>(count).fill(''));
    return lines.join('\n');
  });

describe('runs of empty lines are collapsed before parsing, and the parse is as of the text as written', () => {
  it('the same document, the same positions and the same diagnostics as parsing the text as written', () => {
    fc.assert(
      fc.property(withEmptyLines, (text) => {
        const ours = parseWithYaml(text, 'a.yaml');
        const theirs = direct(text);
        expect(ours.document === undefined).toBe(theirs.document.errors.length > 0);
        if (ours.document) {
          expect(values(ours.document)).toEqual(values(theirs.document));
          expect(positions(ours.document, ours.lineCounter)).toEqual(positions(theirs.document, theirs.lineCounter));
        }
        expect(ours.lineCounter.lineStarts).toEqual(theirs.lineCounter.lineStarts);
      }),
      { numRuns: 300 },
    );
  });

  it('maps offsets back across every run', () => {
    const text = 'a: 1\n\n\n\n\nb: 2\n\n\nc: 3\n';
    const collapsed = collapseEmptyLines(text)!;
    expect(collapsed.text).toBe('a: 1\n\nb: 2\n\nc: 3\n');
    const toWritten = offsetMapper(collapsed);
    expect(text.slice(toWritten(collapsed.text.indexOf('b')))).toMatch(/^b: 2/);
    expect(text.slice(toWritten(collapsed.text.indexOf('c')))).toMatch(/^c: 3/);
    expect(collapseEmptyLines('a: 1\n\nb: 2\n')).toBeUndefined();
  });

  // Every empty line was a token and a parse step of its own. Checked on both paths: the plain-YAML reader, and
  // `yaml`, which reads every file the reader declines.
  it.each([
    ['the plain-YAML reader', parseYaml],
    ['yaml', parseWithYaml],
  ])('8 MB of empty lines parse in a second or so, not ten (%s)', (_path, parse) => {
    const header = 'source:\n  id: S1\n  type: brief\n  title: T\n  date: 2025-12-01\ncommitments:\n  - id: c1\n    title: x\n';
    const text = `${header}${'\n'.repeat(4_000_000)}  - id: c2\n    title: y\n${'\n'.repeat(4_000_000)}`;
    // CPU time, not the wall clock: on a loaded machine the wall clock of the linear parse alone passed 4 s.
    const started = process.cpuUsage();
    const { document, lineCounter } = parse(text, 'a.yaml');
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    expect(plainValues(document?.contents)).toMatchObject({ commitments: [{ id: 'c1' }, { id: 'c2' }] });
    const second = text.indexOf('- id: c2');
    expect(lineCounter.linePos(second)).toEqual({ line: 4_000_009, col: 3 });
    // Parsing each line took more than a microsecond, and 100 bytes: 10 s and 800 MB here; the collapsed text parses in milliseconds.
    // The plain-YAML reader keeps a few numbers per line instead: 3.6 to 4.7 s of CPU time with both cores shared by a dozen
    // processes (at load 10 to 14, each process's CPU time swells), so the bound sits above that and below the old cost.
    expect(ms).toBeLessThan(7_000);
  });
});
