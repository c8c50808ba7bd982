import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess, type Assessment } from '../../../src/core/assess.js';
import type { Commitment } from '../../../src/core/model.js';
import { shippedCalendar } from '../../../src/register/shipped-calendar.js';
import { loadFiles } from '../../../src/register/load.js';
import { parseFile } from '../../../src/core/parse-yaml.js';
import { resolveDeadlines } from '../../../src/core/resolve-deadlines.js';
import { validateRegister } from '../../../src/core/validate/validate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The bundled example register. */
export const BUNDLED = path.join(ROOT, 'data');
/** Titles that break naive writers: quotes, commas, a line break, `=`, Markdown specials, multi-byte text. */
export const TRICKY = path.join(ROOT, 'tests', 'fixtures', 'export', 'tricky');

/**
 * Every clean fixture register, each with a date that puts its promises in
 * every state: name, folder, as-of date.
 */
export const CLEAN_REGISTERS: ReadonlyArray<readonly [name: string, dir: string, asOf: string]> = [
  ['bundled', BUNDLED, '2026-11-28'],
  ['tricky', TRICKY, '2026-07-10'],
  ['good', path.join(ROOT, 'tests', 'fixtures', 'good'), '2026-03-01'],
  ['every-field', path.join(ROOT, 'tests', 'fixtures', 'every-field'), '2026-11-28'],
  ['bom', path.join(ROOT, 'tests', 'fixtures', 'bom'), '2026-11-28'],
];

/** Runs the real pipeline (load → parse → validate → resolve → assess) over a register folder. */
export async function assessFolder(dir: string, asOf: string): Promise<Assessment<Commitment>> {
  const loaded = await loadFiles(dir);
  const validated = validateRegister(loaded.files.map(parseFile));
  const errors = validated.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) throw new Error(`fixture ${dir} is invalid: ${errors.map((error) => error.code).join(', ')}`);
  return assess(validated.register, resolveDeadlines(validated.register, shippedCalendar()), asOf);
}

/** A commitment of a hand-written test register, as YAML lines under `commitments:`; `extra` adds lines of its own. */
export const yamlCommitment = (id: string, due: string, extra = ''): string => `  - id: ${id}\n    title: Toezegging ${id}\n    due: ${due}\n${extra}`;

/** The `imported` lines of a commitment that repeats the promise `id`, as `import tk` writes them. */
export const repeatsLines = (id: string): string => `    imported:\n      from: tk\n      links:\n        repeats: [${id}]\n`;
