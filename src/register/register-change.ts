import path from 'node:path';
import { withOverrides, type Calendar } from '../core/calendar.js';
import { loadFiles, type LoadedFile } from './load.js';
import type { Diagnostic } from '../core/model.js';
import { parseFile, textsOf } from '../core/parse-yaml.js';
import { resolveDeadlines, type ResolvedDeadlines } from '../core/resolve-deadlines.js';
import { uncheckedDeadlineDiagnostics } from '../core/unchecked-deadlines.js';
import { validateRegister, type Validated } from '../core/validate/validate.js';

/** A register read and checked exactly as `check` does: the input of every change and its proof afterwards. */
export interface RegisterState {
  root: string;
  files: readonly LoadedFile[];
  validated: Validated;
  calendar: Calendar;
  deadlines: ResolvedDeadlines;
  /** Validation and deadline findings together, errors and warnings. */
  diagnostics: Diagnostic[];
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

export async function readRegisterState(root: string, shippedCalendar: Calendar): Promise<RegisterState> {
  const loaded = await loadFiles(root);
  return evaluate(loaded.root, loaded.files, shippedCalendar);
}

/** load's output → parse → validate → resolve deadlines, as `check` runs it. Pure. */
export function evaluate(root: string, files: readonly LoadedFile[], shippedCalendar: Calendar): RegisterState {
  const parsed = files.map(parseFile);
  const validated = validateRegister(parsed);
  const calendar = withOverrides(shippedCalendar, validated.config.recesses);
  const deadlines = resolveDeadlines(validated.register, calendar);
  const diagnostics = [...validated.diagnostics, ...deadlines.diagnostics, ...uncheckedDeadlineDiagnostics(validated.uncheckedDues, calendar)];
  return { root, files, validated, calendar, deadlines, diagnostics, texts: textsOf(parsed) };
}

export function errorsOf(state: RegisterState): Diagnostic[] {
  return state.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
}

/** The text of a register file to edit, without its BOM (which the write puts back). */
export function editableText(state: RegisterState, file: string): string {
  const loaded = state.files.find((candidate) => candidate.path === file);
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
  const writes: PlannedWrite[] = [];
  for (const edit of edits) {
    const index = files.findIndex((file) => file.path === edit.path);
    const existing = index >= 0 ? files[index] : undefined;
    const before = existing?.bytes;
    const after = encode(edit.text, before !== undefined && hasBom(before));
    const absolutePath = existing?.absolutePath ?? path.join(state.root, ...edit.path.split('/'));
    if (before !== undefined && equalBytes(before, after)) continue;
    const file: LoadedFile = { path: edit.path, absolutePath, role: existing?.role ?? 'source', bytes: after };
    if (existing) files[index] = file;
    else files.push(file);
    writes.push({ path: edit.path, absolutePath, before, beforeText: before && decoder.decode(before), after, afterText: edit.text });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { writes, after: evaluate(state.root, files, shippedCalendar) };
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
