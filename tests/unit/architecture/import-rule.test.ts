import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../src');
/** The terminal (cli/) and the commands may use anything; nothing else may reach into them. */
const TERMINAL = ['cli', 'commands'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every relative module a file's text imports, static, type-only or dynamic, as a path under src/. */
function importsIn(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s*)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => match[1]!);
  return specifiers.map((specifier) => path.relative(SRC, path.resolve(path.dirname(file), specifier)));
}

const layerOf = (relative: string): string => relative.split(path.sep)[0]!;

describe('layering', () => {
  it('no module under src/ outside cli/ and commands/ imports cli/ or commands/', () => {
    const offences: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = path.relative(SRC, file);
      if (TERMINAL.includes(layerOf(from)) || !from.includes(path.sep)) continue;
      for (const target of importsIn(file, readFileSync(file, 'utf8'))) if (TERMINAL.includes(layerOf(target))) offences.push(`${from} imports ${target}`);
    }
    expect(offences).toEqual([]);
  });

  it('sees static, type-only and dynamic imports', () => {
    const probe = path.join(SRC, 'register', 'probe.ts');
    const read = (text: string) => importsIn(probe, text).map(layerOf);
    expect(read("import type { Context } from '../cli/context.js';\nconst x = await import('../commands/status.js');\nimport '../cli/io.js';")).toEqual(['cli', 'commands', 'cli']);
  });
});
