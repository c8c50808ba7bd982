import path from 'node:path';
import { buildFromValidations } from '../core/build-register.js';
import type { Calendar } from '../core/calendar.js';
import type { Diagnostic } from '../core/model.js';
import type { ResolvedDeadlines } from '../core/resolve-deadlines.js';
import type { FileValidation, Validated } from '../core/validate/validate.js';
import { readBytes, type LoadedFile } from './load.js';
import { textsFor, validateLoadedFile } from './validate-files.js';

/** A register read and checked exactly as `check` does: the input of every change and its proof afterwards. */
export interface RegisterState {
  root: string;
  /** Read on demand: a file whose check came from the cache is read only when it is edited or quoted. */
  files: readonly LoadedFile[];
  /** Each file's own check, in the order of `files`. */
  validations: readonly FileValidation[];
  validated: Validated;
  calendar: Calendar;
  deadlines: ResolvedDeadlines;
  /** Validation and deadline findings together, errors and warnings, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** The texts of the files the diagnostics name. */
  texts: Map<string, string>;
}

/** A file's new text (without BOM); `path` is relative to the register, with `/`. */
export interface FileEdit {
  path: string;
  text: string;
}

/** One file to write: its bytes as read (absent for a new file) and as they will be. */
export interface PlannedWrite {
  path: string;
  absolutePath: string;
  before?: Uint8Array;
  beforeText?: string;
  after: Uint8Array;
  afterText: string;
}

export interface ProposedChange {
  writes: PlannedWrite[];
  /** The register as it would be after the change. */
  after: RegisterState;
}

const BOM = [0xef, 0xbb, 0xbf];
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The files' own checks → the checks that span files → deadlines, as `check` runs them. */
export function evaluate(root: string, files: readonly LoadedFile[], validations: readonly FileValidation[], shippedCalendar: Calendar, knownTexts?: ReadonlyMap<string, string>): RegisterState {
  const built = buildFromValidations(validations, shippedCalendar);
  const { validated, calendar, deadlines, diagnostics } = built;
  return { root, files, validations, validated, calendar, deadlines, diagnostics, texts: textsFor(files, diagnostics, knownTexts) };
}

export function errorsOf(state: RegisterState): Diagnostic[] {
  return state.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
}

/** The text of a register file to edit, without its BOM (which the write puts back). */
export function editableText(state: RegisterState, file: string): string {
  const loaded = state.files.find((candidate) => candidate.path === file);
  if (loaded) readBytes(loaded);
  if (!loaded?.bytes) throw new Error(`not a readable register file: ${file}`);
  return decoder.decode(loaded.bytes);
}

/**
 * The register with `edits` applied, in memory, and the bytes to write. An
 * edited file keeps its BOM; line endings are the editor's business (it keeps
 * them). Pure: nothing is written, whatever the result.
 */
export function proposeChange(state: RegisterState, edits: readonly FileEdit[], shippedCalendar: Calendar): ProposedChange {
  const files = [...state.files];
  const validations = [...state.validations];
  const writes: PlannedWrite[] = [];
  const texts = new Map<string, string>();
  for (const edit of edits) {
    const index = files.findIndex((file) => file.path === edit.path);
    const existing = index >= 0 ? files[index] : undefined;
    if (existing) readBytes(existing);
    const before = existing?.bytes;
    const after = encode(edit.text, before !== undefined && hasBom(before));
    const absolutePath = existing?.absolutePath ?? path.join(state.root, ...edit.path.split('/'));
    if (before !== undefined && equalBytes(before, after)) continue;
    const file: LoadedFile = { path: edit.path, absolutePath, role: existing?.role ?? 'source', bytes: after };
    // Only the edited files are parsed again; the others keep their checks.
    const validation = validateLoadedFile(file);
    if (existing) {
      files[index] = file;
      validations[index] = validation;
    } else {
      files.push(file);
      validations.push(validation);
    }
    texts.set(edit.path, edit.text);
    writes.push({ path: edit.path, absolutePath, before, beforeText: before && decoder.decode(before), after, afterText: edit.text });
  }
  const order = files.map((_, index) => index).sort((a, b) => (files[a]!.path < files[b]!.path ? -1 : files[a]!.path > files[b]!.path ? 1 : 0));
  return {
    writes,
    after: evaluate(
      state.root,
      order.map((index) => files[index]!),
      order.map((index) => validations[index]!),
      shippedCalendar,
      texts,
    ),
  };
}

function hasBom(bytes: Uint8Array): boolean {
  return BOM.every((byte, index) => bytes[index] === byte);
}

function encode(text: string, bom: boolean): Uint8Array {
  const body = encoder.encode(text);
  if (!bom) return body;
  const bytes = new Uint8Array(body.length + BOM.length);
  bytes.set(BOM);
  bytes.set(body, BOM.length);
  return bytes;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
