import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFiles, type FileRole } from '../../../src/register/load.js';
import type { Diagnostic } from '../../../src/core/model.js';
import { parseFile, textsOf, type ParsedFile } from '../../../src/core/parse-yaml.js';
import { validateRegister, type Validated } from '../../../src/core/validate/validate.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export interface Checked extends Validated {
  parsed: ParsedFile[];
  texts: Map<string, string>;
}

/** Runs load → parse → validate over a fixture folder, e.g. `bad/cycle`. */
export async function checkFixture(name: string): Promise<Checked> {
  const loaded = await loadFiles(path.join(FIXTURES, name));
  const parsed = loaded.files.map(parseFile);
  return { ...validateRegister(parsed), parsed, texts: textsOf(parsed) };
}

/** Parses and validates in-memory files, keyed by path; `toezegging.config.yaml` is the config. */
export function checkTexts(files: Record<string, string | Uint8Array>): Checked {
  const parsed = Object.entries(files).map(([file, content]) =>
    parseFile({
      path: file,
      absolutePath: `/register/${file}`,
      role: (file === 'toezegging.config.yaml' ? 'config' : 'source') satisfies FileRole,
      bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
    }),
  );
  return { ...validateRegister(parsed), parsed, texts: textsOf(parsed) };
}

/** `code@file:line:col`, the compact form the assertions compare. */
export function where(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(({ code, file, line, col }) => `${code}@${file}:${line}:${col}`);
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(({ code }) => code);
}

/** A minimal valid source block, for in-memory cases that are about something else. */
export const SOURCE = 'source:\n  id: S1\n  type: brief\n  title: Brief\n  date: 2026-01-15\n';
