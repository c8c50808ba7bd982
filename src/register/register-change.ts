import path from 'node:path';
import { buildFromValidations } from '../core/build-register.js';
import type { Calendar } from '../core/calendar.js';
import type { Commitment, DeadlineResolution, Diagnostic, RegisterConfig, Source } from '../core/model.js';
import { checkCleanChange, importedKeys, linksOf, madeFromAny } from './clean-change.js';
import type { Span } from '../core/deadline/span.js';
import type { ResolvedDeadlines } from '../core/resolve-deadlines.js';
import type { FileValidation, Validated } from '../core/validate/validate.js';
import { CONFIG_FILE, readBytes, type LoadedFile } from './load.js';
import { textsFor, validateLoadedFile } from './validate-files.js';
import { addTo, groupBy } from '../core/list-map.js';
import type { RegisterKey } from './cache-key.js';
import { segmentsMayHoldRecords, type CachedIndex, type FileCommitments } from './register-cache.js';
import { compareText } from '../core/text-order.js';

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
  /**
   * A clean register known from the cache's header (see RegisterIndex): then
   * `validated` and `deadlines`, the whole register, are read only when
   * something asks for them, and the helpers below read one file instead.
   */
  index?: RegisterIndex;
  validated: Validated;
  calendar: Calendar;
  deadlines: ResolvedDeadlines;
  /** Validation and deadline findings together, errors and warnings, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** The texts of the files the diagnostics name. */
  texts: Map<string, string>;
}

/**
 * A clean register as the cache's summary header tells it: every file's ids
 * and links, the sources; each file's commitments read from its segment only
 * when asked for. A change checks its files against this (ids taken, links,
 * cycles: `checkCleanChange`), so a write reads and parses only the files it
 * edits, never the other commitments' lines.
 */
export interface RegisterIndex {
  /** The cache as read, held open. */
  cache: CachedIndex;
  sources: readonly Source[];
  /** Every register file, in the register's order. */
  files: readonly { path: string; ids: readonly string[]; links: readonly (readonly [string, string])[] }[];
  /** The files a change edited, as they now are: the cache holds them as they were. */
  edited: ReadonlyMap<string, FileCommitments>;
}

/** The commitments of the file at `path`, read through the index; undefined when they cannot be read. */
function commitmentsIn(index: RegisterIndex, path: string): FileCommitments | undefined {
  const edited = index.edited.get(path);
  if (edited) return edited;
  const at = index.cache.files.findIndex((file) => file.path === path);
  return at < 0 ? undefined : index.cache.read(at);
}

/** The commitment `id` with its deadlines, read through the index: undefined when no file holds it, null when its file cannot be read. */
export function indexedCommitment(index: RegisterIndex, id: string): { commitment: Commitment; deadlines: FileCommitments } | undefined | null {
  const file = index.files.find((candidate) => candidate.ids.includes(id));
  if (!file) return undefined;
  const deadlines = commitmentsIn(index, file.path);
  const commitment = deadlines?.commitments.find((candidate) => candidate.id === id);
  return commitment && deadlines ? { commitment, deadlines } : null;
}

/** The commitment `id` of the register, undefined when it has none. */
export function findCommitment(state: RegisterState, id: string): Commitment | undefined {
  const found = state.index && indexedCommitment(state.index, id);
  if (found !== null && state.index) return found?.commitment;
  return state.validated.register.commitments.find((commitment) => commitment.id === id);
}

/** Every commitment id of the register, in its order. */
export function registerIds(state: RegisterState): string[] {
  return state.index ? state.index.files.flatMap((file) => file.ids) : state.validated.register.commitments.map((commitment) => commitment.id);
}

/** The deadline the commitment `id` resolves to on its own (see ResolvedDeadlines.windows). */
export function windowOf(state: RegisterState, id: string): DeadlineResolution | undefined {
  const found = state.index && indexedCommitment(state.index, id);
  return found ? found.deadlines.windows.get(id) : state.deadlines.windows.get(id);
}

export function registerSources(state: RegisterState): readonly Source[] {
  return state.index?.sources ?? state.validated.register.sources;
}

export function registerConfig(state: RegisterState): RegisterConfig {
  return state.index?.cache.config ?? state.validated.config;
}

/**
 * A state known by its index: the whole register (`validated`,
 * `deadlines`) is made by `whole`, and the files' own checks by `checks`,
 * only when first asked for.
 */
export function indexedState(root: string, files: readonly LoadedFile[], index: RegisterIndex, readAs: RegisterKey | undefined, checks: () => FileValidation[], whole: () => RegisterState): RegisterState {
  let full: RegisterState | undefined;
  let validations: FileValidation[] | undefined;
  return {
    root,
    files,
    get validations() {
      return (validations ??= checks());
    },
    get validated() {
      return (full ??= whole()).validated;
    },
    calendar: index.cache.calendar,
    get deadlines() {
      return (full ??= whole()).deadlines;
    },
    diagnostics: [],
    texts: new Map(),
    fromCache: true,
    readAs,
    index,
  };
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
 *
 * With `stage`, each file's write is handed to it as soon as the file is
 * checked on its own, and neither its bytes nor its text are kept (`writes`
 * is then empty): a change of many large files (an import) holds one at a
 * time. The caller writes none of them unless the result has no errors.
 */
export function proposeChange(state: RegisterState, edits: Iterable<FileEdit>, shippedCalendar: Calendar, stage?: (write: PlannedWrite) => void): ProposedChange {
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
    const write = { path: edit.path, absolutePath, before, beforeText: before && decoder.decode(before), after, afterText: edit.text };
    if (stage) {
      stage(write);
      // Read again from disk, once written, by whatever needs the file's bytes.
      delete file.bytes;
      continue;
    }
    texts.set(edit.path, edit.text);
    writes.push(write);
  }
  files.sort((a, b) => compareText(a.path, b.path));
  const validations = () => {
    const own = new Map(state.files.map((file, index) => [file.path, state.validations[index]!]));
    return files.map((file) => checks.get(file.path) ?? own.get(file.path)!);
  };
  const clean = state.index ? indexedAfter(state, state.index, files, checks, validations, () => evaluate(state.root, files, validations(), shippedCalendar, texts)) : state.fromCache ? cleanAfter(state, files, checks, validations) : undefined;
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
  let keptById: Map<string, Commitment> | undefined;
  const prerequisite = (id: string) => (keptById ??= new Map([...commitmentsOf.values()].flat().map((commitment) => [commitment.id, commitment]))).get(id);
  const importedBefore = () => importedKeys(register.commitments.filter((commitment) => checks.has(commitment.file)));
  const mayHoldRecords = (recordIds: ReadonlySet<string>) => register.commitments.some((commitment) => !checks.has(commitment.file) && madeFromAny(commitment, recordIds));
  const change = checkCleanChange({ ...kept, prerequisite, spanOf: (id) => state.deadlines.spans.get(id), importedBefore, mayHoldRecords }, [...checks.values()], state.calendar);
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

/**
 * As `cleanAfter`, for a register known by its index: the edited files
 * checked against the other files' ids and links, the index's, and the
 * state after known by its index too, the edited files' commitments as they
 * now are. Undefined when they do not check clean against the rest.
 */
function indexedAfter(
  state: RegisterState,
  index: RegisterIndex,
  files: readonly LoadedFile[],
  checks: ReadonlyMap<string, FileValidation>,
  validations: () => FileValidation[],
  evaluated: () => RegisterState,
): RegisterState | undefined {
  if ([...checks.values()].some((check) => check.role !== 'source')) return undefined;
  // An id the edited files held before is in no other file (the register was clean): only an id new to them is looked for in the others, whose ids are then gathered once.
  const heldBefore = new Set(index.files.filter((file) => checks.has(file.path)).flatMap((file) => file.ids));
  const keptFiles = index.files.filter((file) => !checks.has(file.path));
  let others: Set<string> | undefined;
  const ids = { has: (id: string) => !heldBefore.has(id) && (others ??= new Set(keptFiles.flatMap((file) => file.ids))).has(id) };
  const sourceIds = new Set(index.sources.filter((source) => !checks.has(source.file)).map((source) => source.id));
  const links = keptFiles.flatMap((file) => file.links);
  const prerequisite = (id: string) => indexedCommitment(index, id)?.commitment;
  const spanOf = (id: string) => {
    const file = index.files.find((candidate) => candidate.ids.includes(id));
    return file && (index.edited.get(file.path)?.spans ?? index.cache.spans()).get(id);
  };
  const importedBefore = () => {
    const before: Commitment[] = [];
    for (const file of index.files) {
      if (!checks.has(file.path)) continue;
      const held = commitmentsIn(index, file.path);
      if (!held) return undefined;
      before.push(...held.commitments);
    }
    return importedKeys(before);
  };
  const mayHoldRecords = (recordIds: ReadonlySet<string>) => {
    for (const [path, held] of index.edited) {
      if (!checks.has(path) && held.commitments.some((commitment) => madeFromAny(commitment, recordIds))) return true;
    }
    const previous = index.cache.previous();
    if (!previous) return true;
    const keptSegments = previous.header.segments.flatMap(([path], at) => (checks.has(path) || index.edited.has(path) ? [] : [at]));
    return segmentsMayHoldRecords(previous, keptSegments, recordIds);
  };
  const change = checkCleanChange({ ids, sourceIds, links, prerequisite, spanOf, importedBefore, mayHoldRecords }, [...checks.values()], state.calendar);
  if (!change) return undefined;
  const byFile = groupBy(change.commitments, (commitment) => commitment.file);
  const edited = new Map(index.edited);
  const entries = new Map(index.files.map((file) => [file.path, file]));
  for (const path of checks.keys()) {
    const commitments = byFile.get(path) ?? [];
    const windows = new Map<string, DeadlineResolution>();
    const spans = new Map<string, Span>();
    for (const { id } of commitments) {
      const window = change.deadlines.windows.get(id);
      if (window) windows.set(id, window);
      const span = change.deadlines.spans.get(id);
      if (span) spans.set(id, span);
    }
    edited.set(path, { commitments, windows, spans });
    entries.set(path, { path, ids: commitments.map((commitment) => commitment.id), links: commitments.flatMap(linksOf) });
  }
  const sourcesOf = groupBy([...index.sources.filter((source) => !checks.has(source.file)), ...change.sources], (source) => source.file);
  const after: RegisterIndex = {
    cache: index.cache,
    sources: files.flatMap((file) => sourcesOf.get(file.path) ?? []),
    files: files.map((file) => entries.get(file.path) ?? { path: file.path, ids: [], links: [] }),
    edited,
  };
  return indexedState(state.root, files, after, undefined, validations, () => cleanAfter(state, files, checks, validations) ?? evaluated());
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
