import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { isMap, isScalar, isSeq, type LineCounter } from 'yaml';
import { parseWithYaml, type ParsedFile } from '../../../src/core/parse-yaml.js';
import { parseSimpleYaml } from '../../../src/core/simple-yaml.js';
import { Reader } from '../../../src/core/validate/reader.js';
import { validateFile } from '../../../src/core/validate/validate.js';
import { ROOT } from '../../e2e/run-cli.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Every YAML file the repository carries: the bundled register, the fixtures, the schema's examples. */
export function repositoryYamlTexts(): string[] {
  return [join(ROOT, 'data'), join(ROOT, 'tests', 'fixtures')].flatMap(yamlFiles).map((path) => readFileSync(path, 'utf8'));
}

/** Every node in document order: what it is, its value, and where a diagnostic about it would point. */
function nodes(root: unknown, lineCounter: LineCounter): unknown[] {
  const reader = new Reader('a.yaml', lineCounter, []);
  const found: unknown[] = [];
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      found.push(['mapping', reader.spot(node)]);
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      found.push(['list', reader.spot(node)]);
      for (const item of node.items) walk(item);
    } else if (isScalar(node)) {
      found.push(['scalar', node.value, node.source, reader.spot(node)]);
    } else {
      found.push(['other', node]);
    }
  };
  walk(root);
  return found;
}

/**
 * Reads `text` with the plain-subset reader and with `yaml`. When the reader
 * takes the text, `yaml` must find no problem in it, and both must give the
 * same nodes (values and positions) and the same validation, as a source file
 * and as the config file. Returns whether the reader took the text.
 */
export function expectSameAsYaml(text: string): boolean {
  const simple = parseSimpleYaml(text);
  if (!simple) return false;
  const theirs = parseWithYaml(text, 'a.yaml');
  expect(theirs.diagnostics, text).toEqual([]);
  expect(theirs.document, text).toBeDefined();
  expect(simple.lineCounter.lineStarts).toEqual(theirs.lineCounter.lineStarts);
  expect(nodes(simple.contents, simple.lineCounter), text).toEqual(nodes(theirs.document!.contents, theirs.lineCounter));
  for (const role of ['source', 'config'] as const) {
    const file = (parsed: Pick<ParsedFile, 'document' | 'lineCounter'>): ParsedFile => ({ path: 'a.yaml', role, text, diagnostics: [], ...parsed });
    expect(validateFile(file(simple === undefined ? theirs : { document: simple, lineCounter: simple.lineCounter })), text).toEqual(validateFile(file(theirs)));
  }
  return true;
}
