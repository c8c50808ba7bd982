import path from 'node:path';
import { buildFromValidations } from '../core/build-register.js';
import type { Calendar } from '../core/calendar.js';
import type { Commitment, Diagnostic, Source } from '../core/model.js';
import { checkCleanChange, linksOf } from './clean-change.js';
import type { ResolvedDeadlines } from '../core/resolve-deadlines.js';
import type { FileValidation, Validated } from '../core/validate/validate.js';
import { CONFIG_FILE, readBytes, type LoadedFile } from './load.js';
import { textsFor, validateLoadedFile } from './validate-files.js';
import { addTo } from '../core/list-map.js';
import type { RegisterKey } from './cache-key.js';

/** A register read and checked exactly as `check` does: the input of every change and its proof afterwards. */
export interface RegisterState {
  root: string;
  /** Read on demand: a file whose check came from the cache is read only when it is edited or quoted. */
  files: readonly LoadedFile[];
  /** Each file's own check, in the order of `files`; for a state read from the cache, read (or parsed) only when first asked for. */
  readonly validations: readonly FileValidation[];
  /**
   * Known clean without its files' checks: read from the cache, or changed
   * from such a state by files that checked clean against the rest. A change
   * to it checks only the files it edits (see `proposeChange`).
   */
  fromCache?: boolean;
  /** The files' stamps and content hashes when they were read, for a cache made later (see `unchangedSinceRead`). */
  readAs?: RegisterKey;
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
  /** The own check of each file written, by path. */
  checks: Map<string, FileValidation>;
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
 * them). Pure: nothing is written, whatever the result. Only the edited files
 * are parsed; a register known clean is checked by those files against the
 * rest (`checkCleanChange`), any other, or any doubt, whole.
 */
export function proposeChange(state: RegisterState, edits: readonly FileEdit[], shippedCalendar: Calendar): ProposedChange {
  const files = [...state.files];
  const checks = new Map<string, FileValidation>();
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
    const file: LoadedFile = { path: edit.path, absolutePath, role: existing?.role ?? (edit.path === CONFIG_FILE ? 'config' : 'source'), bytes: after };
    checks.set(edit.path, validateLoadedFile(file));
    if (existing) files[index] = file;
    else files.push(file);
    texts.set(edit.path, edit.text);
    writes.push({ path: edit.path, absolutePath, before, beforeText: before && decoder.decode(before), after, afterText: edit.text });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const validations = () => {
    const own = new Map(state.files.map((file, index) => [file.path, state.validations[index]!]));
    return files.map((file) => checks.get(file.path) ?? own.get(file.path)!);
  };
  const clean = state.fromCache ? cleanAfter(state, files, checks, validations) : undefined;
  return { writes, checks, after: clean ?? evaluate(state.root, files, validations(), shippedCalendar, texts) };
}

/**
 * A register known clean with some files' checks replaced, when those check
 * clean against the rest: the others' commitments, sources and deadlines
 * stand as they are. Undefined when they do not.
 */
function cleanAfter(state: RegisterState, files: readonly LoadedFile[], checks: ReadonlyMap<string, FileValidation>, validations: () => FileValidation[]): RegisterState | undefined {
  if ([...checks.values()].some((check) => check.role !== 'source')) return undefined;
  const { register } = state.validated;
  const kept = { ids: new Set<string>(), sourceIds: new Set<string>(), links: [] as [string, string][] };
  const commitmentsOf = new Map<string, Commitment[]>();
  const sourcesOf = new Map<string, Source[]>();
  const gone: string[] = [];
  for (const commitment of register.commitments) {
    if (checks.has(commitment.file)) {
      gone.push(commitment.id);
      continue;
    }
    kept.ids.add(commitment.id);
    for (const link of linksOf(commitment)) kept.links.push(link);
    addTo(commitmentsOf, commitment.file, commitment);
  }
  for (const source of register.sources) {
    if (checks.has(source.file)) continue;
    kept.sourceIds.add(source.id);
    addTo(sourcesOf, source.file, source);
  }
  const change = checkCleanChange(kept, [...checks.values()], state.calendar);
  if (!change) return undefined;
  for (const commitment of change.commitments) addTo(commitmentsOf, commitment.file, commitment);
  for (const source of change.sources) addTo(sourcesOf, source.file, source);
  const windows = new Map(state.deadlines.windows);
  const spans = new Map(state.deadlines.spans);
  for (const id of gone) {
    windows.delete(id);
    spans.delete(id);
  }
  for (const [id, window] of change.deadlines.windows) windows.set(id, window);
  for (const [id, span] of change.deadlines.spans) spans.set(id, span);
  let loaded: FileValidation[] | undefined;
  return {
    root: state.root,
    files,
    get validations() {
      return (loaded ??= validations());
    },
    validated: {
      register: { sources: files.flatMap((file) => sourcesOf.get(file.path) ?? []), commitments: files.flatMap((file) => commitmentsOf.get(file.path) ?? []) },
      config: state.validated.config,
      diagnostics: [],
      uncheckedDues: [],
    },
    calendar: state.calendar,
    deadlines: { windows, spans, diagnostics: [], calendar: state.deadlines.calendar },
    diagnostics: [],
    texts: new Map(),
    fromCache: true,
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
