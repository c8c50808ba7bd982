import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { withOverrides } from '../../core/calendar.js';
import type { RegisterConfig } from '../../core/model.js';
import { readStateForChange, rememberChange } from '../../register/apply-change.js';
import { BUILD_ID } from '../../register/build-id.js';
import { readCacheIndex, registerKey, unchangedSinceRead, writeCacheIndex, type RegisterKey } from '../../register/cache-key.js';
import { CONFIG_FILE, listFiles, RegisterNotFoundError, type LoadedFile } from '../../register/load.js';
import { buildCache } from '../../register/build-cache.js';
import { holdYoungGeneration, releaseYoungGeneration } from '../../register/young-generation.js';
import { cacheFile, readCachedLayout, writeCachedRegister } from '../../register/register-cache.js';
import { memoryPieces, spooledPieces, type LinePieces } from '../../register/line-pieces.js';
import { errorsOf, evaluate, proposeChange, type FileEdit, type ProposedChange, type RegisterState } from '../../register/register-change.js';
import { shippedCalendar } from '../../register/shipped-calendar.js';
import { ChangedOnDiskError, OutsideRegisterError } from '../../register/write-change.js';
import { removeLeftStaging, StagedWrites } from './staged-writes.js';
import { ImportRefusedError } from './import-refused.js';
import { asDiskError } from '../../register/disk-error.js';
import type { Messages } from '../../messages/index.js';
import { LockTimeoutError, withRegisterLock } from '../../register/lock.js';
import { hasFilter, type RecordFilter } from './filters.js';
import { compareInstants } from './instant.js';
import { withLastSync } from './last-sync-config.js';
import { knownTexts, memoryAfter, memoryContext, recallFrom, type ImportMemory } from './import-memory.js';
import { importMemoryText, readImportMemory, writeImportMemory } from './import-memory-file.js';
import { layoutOnly, NeedsCommitments, planImport, recallLines, storedCommitments, type FileWrite, type ImportPlan, type StoredCommitments } from './plan.js';
import { readKnownLine, type ReadSaved } from './saved-records.js';
import type { KnownLine } from './saved-responses.js';
import type { PlanRecord, TkRecord } from './record.js';
import { compareText } from '../../core/text-order.js';
import { makeFolder } from '../../register/make-folder.js';

export interface ImportRequest {
  /** The register folder, absolute; created when it does not exist yet. */
  root: string;
  /** The records, or saved responses to read once the import knows which lines it read before. */
  records: readonly TkRecord[] | ReadSaved;
  filter: RecordFilter;
  dryRun: boolean;
  /** Whether this run read every change since the last one, so its latest change may become `last_sync`. */
  remember: boolean;
  /** The stored sync point predates `ApiGewijzigdOp`: this run read everything and replaces it whatever it is. */
  migrating?: boolean;
  messages: Messages;
  /** How long to wait for another process's register lock. */
  lockTimeoutMs: number;
  /** The register cache (register-cache.ts): read to compare without parsing, and left warm after a write. None: no cache. */
  cacheDir?: string;
  /** Testing hook: milliseconds between renaming one month file into place and the next (see StagedWrites). */
  pauseBetweenRenamesMs?: number;
}

export interface ImportOutcome {
  plan: ImportPlan;
  /** The files written, or with `dryRun` those that would be; relative, with `/`. */
  files: Array<{ path: string; created: boolean }>;
  /** The `last_sync` recorded by this run. */
  lastSync?: string;
}

/** A file's text as on disk, or undefined when there is none. */
function textOnDisk(root: string, file: string): string | undefined {
  try {
    return readFileSync(path.join(root, ...file.split('/')), 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The key of the register's files as they are now (each file's content hash), read by stamp where the cache's index allows; none without a cache. */
function currentKey(root: string, cacheDir: string | undefined): RegisterKey | undefined {
  if (cacheDir === undefined) return undefined;
  try {
    return registerKey(listFiles(root).files, BUILD_ID, readCacheIndex(cacheDir, root));
  } catch {
    return undefined;
  }
}

const hashesOf = (key: RegisterKey | undefined): Map<string, string> => new Map(key?.files.map((file) => [file.path, file.hash]));

/**
 * The register as the store reads it for a change: from the cache when it
 * holds these files, else each file's own check (from the per-file cache
 * where the file is unchanged), one file parsed at a time. A folder that does
 * not exist yet is an empty register: the import creates it.
 */
function readState(request: ImportRequest): RegisterState {
  const { root, messages } = request;
  try {
    return readStateForChange(root, request.cacheDir);
  } catch (error) {
    if (!(error instanceof RegisterNotFoundError)) throw error;
    if (error.reason === 'missing') return evaluate(root, [], [], shippedCalendar());
    throw new ImportRefusedError(error.reason === 'not-a-folder' ? messages.cli.dataDirNotFolder(root) : messages.cli.dataDirUnreadable(root, error.code));
  }
}

/** What an import learns, kept beside the cache (import-memory.ts), for the files as the import leaves them. */
interface Learning {
  memory: ImportMemory | undefined;
  context: string;
  hashesBefore: Map<string, string>;
}

/**
 * read → plan → check the result in memory → write, all under the register
 * lock. Records are compared with what is stored first, by the cache's
 * layout alone (which commitment is in which file): when the memory recalls
 * every record, nothing else of the register is read, and a re-import that
 * changes nothing costs no YAML and no commitment. Otherwise the register is
 * read as every change reads it (apply-change.ts); each month file that
 * changes is made, checked on its own and staged beside its target in turn
 * (staged-writes.ts), so that one month's text and bytes are held at a time;
 * all of them are then checked against the rest and renamed into place; and
 * the cache and each written file's own check are left as the next `status`
 * wants them.
 */
async function importLocked(request: ImportRequest): Promise<ImportOutcome> {
  const aside: LinePieces[] = [];
  try {
    return await importHolding(request, aside);
  } finally {
    for (const pieces of aside) pieces.close();
  }
}

/** `importLocked`, which lets go of what it wrote aside (`aside`) however it ends. */
async function importHolding(request: ImportRequest, aside: LinePieces[]): Promise<ImportOutcome> {
  const { root, messages, cacheDir } = request;
  const keyBefore = currentKey(root, cacheDir);
  const memory = cacheDir === undefined || keyBefore === undefined ? undefined : readImportMemory(cacheDir, root);
  const hashesBefore = hashesOf(keyBefore);
  // With a cache, lines of saved responses are fingerprinted, and those an earlier import read are left unread for now.
  const known = keyBefore === undefined || hasFilter(request.filter) ? undefined : knownTexts(memory);
  // Let go once planned (below): by then the month files are made of them, and the check that follows needs the memory.
  let items: ReadonlyArray<PlanRecord | KnownLine> | undefined = typeof request.records === 'function' ? request.records(known).items : request.records;
  // A line is read at most once, whichever plan asks.
  const linesRead = new Map<KnownLine, TkRecord[]>();
  const readLine = (line: KnownLine): TkRecord[] => linesRead.get(line) ?? linesRead.set(line, readKnownLine(line)).get(line)!;
  /** `last`: no plan follows this one, which may then let each record go once its month is mapped. */
  const planWith = (stored: StoredCommitments, config: RegisterConfig, last: boolean, emit?: (write: FileWrite) => void): { plan: ImportPlan; learning: Learning; edits: FileWrite[]; lastSync?: string } => {
    const calendar = withOverrides(shippedCalendar(), config.recesses);
    // Records unchanged since an earlier import are known by their fingerprints, and not mapped again.
    const context = memoryContext(BUILD_ID, calendar);
    const recall = keyBefore === undefined ? undefined : recallFrom(memory, context, hashesBefore);
    const { records, lines } = recallLines(items!, stored, recall, readLine);
    if (last) items = undefined;
    const plan = planImport({ stored, text: (file) => textOnDisk(root, file), records, letGo: last, lines, filter: request.filter, calendar, memory: recall, emit });
    // Moved out of the plan: the import lets each go once written.
    const edits = plan.writes.splice(0);
    const previous = request.migrating ? undefined : config.imports?.tk?.lastSync;
    let lastSync: string | undefined;
    if (request.remember && plan.lastChange !== undefined && compareInstants(plan.lastChange, previous) > 0) {
      lastSync = plan.lastChange;
      const text = textOnDisk(root, CONFIG_FILE);
      // The config last: a run killed before it leaves the old sync point, and the next run reads those records again.
      edits.push({ path: CONFIG_FILE, text: withLastSync(text, lastSync), created: text === undefined });
    }
    return { plan, learning: { memory, context, hashesBefore }, edits, lastSync };
  };

  let planned: ReturnType<typeof planWith> | undefined;
  const layout = cacheDir === undefined || keyBefore === undefined ? undefined : readCachedLayout(cacheDir, root, keyBefore.key);
  if (layout) {
    try {
      planned = planWith(layoutOnly(layout.files), layout.config, false);
    } catch (error) {
      if (!(error instanceof NeedsCommitments)) throw error;
    }
  }
  // A plan made from the layout alone that writes nothing needs nothing more of the register: it is known clean, since it is cached.
  let state: RegisterState | undefined;
  const staged = new StagedWrites(root, request.pauseBetweenRenamesMs);
  const files: ImportOutcome['files'] = [];
  if (!planned || planned.edits.length > 0) {
    state = readState(request);
    const errors = errorsOf(state);
    if (errors.length > 0) throw new ImportRefusedError(messages.cli.invalidRegister(errors.length), state.diagnostics, state.texts);
    if (!planned) {
      // Where the import may make the cache a file at a time (`streams`), each new month file is staged as soon as its records are mapped, and let go: the import holds one month's commitments, not the register's.
      const isNew = streams(request, state) ? newMonthFile(state) : undefined;
      const kept: FileWrite[] = [];
      const emit =
        isNew &&
        ((write: FileWrite): void => {
          holdYoungGeneration();
          if (isNew(write)) stageNew(root, write, staged, files);
          else kept.push(write);
        });
      try {
        planned = planWith(storedCommitments(state.validated.register), state.validated.config, true, emit);
      } catch (error) {
        staged.discard();
        throw error;
      }
      // Before the config's write: in the order the plan made them.
      planned.edits.unshift(...kept);
    }
  }
  const { plan, learning, lastSync } = planned;
  let { edits } = planned;
  items = undefined;
  linesRead.clear();

  const unchanged = async (): Promise<ImportOutcome> => {
    if (!request.dryRun) {
      // The register was checked for nothing: kept, so that the next run (and the next status) need not do it again.
      if (state && !state.fromCache && state.diagnostics.length === 0) cacheState(cacheDir, state);
      // What was mapped and found unchanged is remembered; a run that mapped nothing has nothing to add, and writes nothing.
      if (plan.remembered.length > plan.recalled) await remember(request, learning, plan, keyBefore);
    }
    return { plan, files: [], lastSync };
  };
  if (edits.length === 0 && staged.files.length === 0) return unchanged();

  // The memory of a first import, made before its cache is built (the register as it will be is known by then) and kept as its file's text alone, which is far smaller than what the plan learnt, written aside until the cache is built (4.5 MB at 50,000 records, held through the build, were part of its peak).
  let made: { text: LinePieces; hashes: Map<string, string> } | undefined;
  const learnt = (key: RegisterKey): void => {
    const hashes = hashesOf(key);
    const text = memoryText(request, learning, plan, key);
    plan.remembered.length = 0;
    plan.changed.clear();
    if (text === undefined) return;
    const pieces = writtenAside(request.cacheDir!, root, text);
    aside.push(pieces);
    made = { text: pieces, hashes };
  };
  if (streams(request, state!) && edits.every(newMonthFile(state!))) {
    let streamed;
    try {
      streamed = importStreamed(request, state!, edits, staged, files, learnt);
    } catch (error) {
      // A month that could not be staged (a full disk): none of those staged before it is of use.
      staged.discard();
      throw error;
    }
    if (streamed) {
      if (streamed.key && made) await writeImportMemory(request.cacheDir!, root, made.text.pieces());
      return { plan, files, lastSync };
    }
  }
  if (staged.files.length > 0) {
    // Not plainly clean, or files the import edits besides the new ones: the staged files are checked with the register whole, below, which says exactly what is wrong, in the order the plan made them.
    edits = inPlanOrder([...edits, ...stagedEdits(staged)]);
    files.length = 0;
  }
  // The register as it will be, checked before a byte of it replaces the register's: each month file made, checked on its own and staged in turn, one in memory at a time, then all of them against the rest.
  const edited = function* (): Generator<FileEdit> {
    // Each month's write is let go once made, with the month's data it holds.
    for (let write = edits.shift(); write; write = edits.shift()) {
      const created = write.created;
      yield { path: write.path, text: write.text.replace(/^\uFEFF/, '') };
      files.push({ path: write.path, created });
    }
  };
  let proposal: ProposedChange;
  try {
    const stagedBefore = new Set(staged.files.map((file) => file.path));
    proposal = proposeChange(state!, edited(), shippedCalendar(), (write) => {
      if (!request.dryRun && !stagedBefore.has(write.path)) staged.stage(write);
    });
    const errors = errorsOf(proposal.after);
    if (errors.length > 0) {
      const texts = new Map(proposal.after.texts);
      for (const file of new Set(errors.map((error) => error.file))) {
        const text = staged.textOf(file);
        if (text !== undefined) texts.set(file, text);
      }
      throw new ImportRefusedError(messages.import.wouldBreak(errors.length), errors, texts);
    }
    if (!request.dryRun) staged.commit();
  } catch (error) {
    staged.discard();
    if (error instanceof ChangedOnDiskError) throw new ImportRefusedError(messages.write.changedOnDisk(error.file));
    if (error instanceof OutsideRegisterError) throw new ImportRefusedError(messages.write.outsideRegister(error.file, error.target));
    throw error;
  }
  // A month whose text came out as the file already holds is not written.
  const written = files.filter((file) => proposal.checks.has(file.path));
  if (written.length === 0) return unchanged();
  if (!request.dryRun) {
    const keyAfter = rememberChange(cacheDir, state!, proposal.after, written, proposal.checks);
    // What the plan learnt was let go for the memory made before the cache was built: written if the files are as it was made for.
    if (made) {
      if (keyAfter && sameHashes(hashesOf(keyAfter), made.hashes)) await writeImportMemory(cacheDir!, root, made.text.pieces());
    } else await remember(request, learning, plan, keyAfter);
  }
  return { plan, files: written, lastSync };
}

/**
 * Whether the import makes the register's cache a file at a time
 * (`importStreamed`): a clean register read from its files, not the cache (a
 * first import, or a register whose cache is gone), every file the import
 * writes a new month file. Anything else (a month file edited, the config, a
 * register known from the cache, whose unchanged files' cache lines are
 * copied) goes the way of every write.
 */
function streams(request: ImportRequest, state: RegisterState): boolean {
  return request.cacheDir !== undefined && !request.dryRun && !state.fromCache && state.diagnostics.length === 0;
}

/** Whether a write makes a month file the register does not hold yet (not the config), which `importStreamed` may stage. */
function newMonthFile(state: RegisterState): (edit: FileWrite) => boolean {
  const held = new Set(state.files.map((file) => file.path));
  return (edit) => edit.path !== CONFIG_FILE && !held.has(edit.path);
}

/** The plan's order: by path, the config last. */
function inPlanOrder(edits: FileWrite[]): FileWrite[] {
  const rank = (edit: FileWrite): number => (edit.path === CONFIG_FILE ? 1 : 0);
  return edits.sort((a, b) => rank(a) - rank(b) || compareText(a.path, b.path));
}

/** A new month file made and staged beside its target; nothing of it is kept. */
function stageNew(root: string, write: FileWrite, staged: StagedWrites, files: ImportOutcome['files']): void {
  const absolutePath = path.join(root, ...write.path.split('/'));
  staged.stage({ path: write.path, absolutePath, after: encoder.encode(write.text.replace(/^\uFEFF/, '')), afterText: '' });
  files.push({ path: write.path, created: true });
}

/**
 * A first import's writes: each new month file staged as the plan makes it
 * (those it handed over whole here), and nothing of it kept; then the memory
 * made (`learnt`), and then the register as it will be (its files, the staged
 * ones in their place) checked and cached a file at a time (build-cache.ts),
 * each file's commitments let go once its cache lines are made; only when all
 * of it is plainly clean are the staged files renamed into place. Returns the
 * key of the files as written (none when another program changed one
 * meanwhile), or undefined, with nothing renamed, when the register as it
 * would be is not plainly clean (or cannot be cached): the caller then
 * checks it whole.
 */
function importStreamed(
  request: ImportRequest,
  state: RegisterState,
  edits: FileWrite[],
  staged: StagedWrites,
  files: ImportOutcome['files'],
  learnt: (key: RegisterKey) => void,
): { key: RegisterKey | undefined } | undefined {
  const { root, cacheDir } = request;
  for (let write = edits.shift(); write; write = edits.shift()) stageNew(root, write, staged, files);
  const after: LoadedFile[] = [...state.files.map(({ path: file, absolutePath, role }) => ({ path: file, absolutePath, role })), ...staged.files.map(({ path: file, temporary }) => ({ path: file, absolutePath: temporary, role: 'source' as const }))];
  after.sort((a, b) => compareText(a.path, b.path));
  // The staged files' hashes are known: not read again to be hashed.
  const hashes = new Map(staged.files.map(({ path: file, hash }) => [file, hash]));
  const key = registerKey(after, BUILD_ID, readCacheIndex(cacheDir!, root), hashes);
  if (!key) return undefined;
  learnt(key);
  // The plan is let go by now: what the cache build keeps at a time is one file's check, as in a first `status`, which builds
  // it with V8's own young generation. Capped, each month file's parse outlived the young generation and was copied and
  // promoted: the build cost some 10-20% more CPU time than the same build in `status`.
  releaseYoungGeneration();
  if (!buildCache(cacheDir!, root, after, key, shippedCalendar())) return undefined;
  try {
    staged.commit();
  } catch (error) {
    staged.discard();
    if (error instanceof ChangedOnDiskError) throw new ImportRefusedError(request.messages.write.changedOnDisk(error.file));
    throw error;
  }
  // The files as they now are: the same contents, so the same key, whose index the next run reads them by (another program's edit meanwhile: no index, and the next run reads the files).
  const written = registerKey(listFiles(root).files, BUILD_ID, readCacheIndex(cacheDir!, root), hashes);
  if (written?.key !== key.key) return { key: undefined };
  writeCacheIndex(cacheDir!, root, written);
  return { key: written };
}

/** The staged files as edits, each text read back when asked for. */
function stagedEdits(staged: StagedWrites): FileWrite[] {
  return staged.files.map(({ path: file }) => ({
    path: file,
    created: true,
    get text() {
      return staged.textOf(file)!;
    },
  }));
}

const encoder = new TextEncoder();

/** The memory's text (ASCII) in a file of its own beside the memory's, unlinked at once (line-pieces.ts); in memory where no such file can be made. */
function writtenAside(cacheDir: string, root: string, text: string): LinePieces {
  const bytes = Buffer.from(text, 'latin1');
  try {
    makeFolder(cacheDir);
    const pieces = spooledPieces(cacheFile(cacheDir, root, 'imports'));
    pieces.add(bytes);
    return pieces;
  } catch {
    const pieces = memoryPieces();
    pieces.add(bytes);
    return pieces;
  }
}

/** A clean register read from its files, cached so that the next command reads it warm. */
function cacheState(cacheDir: string | undefined, state: RegisterState): void {
  const key = cacheDir === undefined ? undefined : registerKey(state.files, BUILD_ID, readCacheIndex(cacheDir, state.root));
  if (cacheDir === undefined || key === undefined || !unchangedSinceRead(state.readAs, key)) return;
  writeCachedRegister(cacheDir, state.root, key, { register: state.validated.register, config: state.validated.config, calendar: state.calendar, deadlines: state.deadlines });
  writeCacheIndex(cacheDir, state.root, key);
}

/** The memory as the import leaves the register's files (`keyAfter`), as its file's text; none without a cache. */
function memoryText(request: ImportRequest, learning: Learning, plan: ImportPlan, keyAfter: RegisterKey | undefined): string | undefined {
  if (request.cacheDir === undefined || keyAfter === undefined) return undefined;
  return importMemoryText(memoryAfter(learning.memory, learning.context, learning.hashesBefore, hashesOf(keyAfter), plan.changed, plan.remembered));
}

async function remember(request: ImportRequest, learning: Learning, plan: ImportPlan, keyAfter: RegisterKey | undefined): Promise<void> {
  const text = memoryText(request, learning, plan, keyAfter);
  if (text !== undefined) await writeImportMemory(request.cacheDir!, request.root, text);
}

const sameHashes = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean => a.size === b.size && [...a].every(([file, hash]) => b.get(file) === hash);

/** Imports records into the register; a dry run plans and validates the same way but writes nothing. */
export async function applyImport(request: ImportRequest): Promise<ImportOutcome> {
  if (request.dryRun) return importLocked(request);
  // A folder that cannot be looked at or made (a file in its path, a loop of links, no permission) is the machine's
  // refusal, not a bug; asDiskError leaves the refusal of a file where the folder should be as it is.
  try {
    const existing = statSync(request.root, { throwIfNoEntry: false });
    if (existing && !existing.isDirectory()) throw new ImportRefusedError(request.messages.cli.dataDirNotFolder(request.root));
    makeFolder(request.root);
  } catch (error) {
    throw asDiskError(error, request.root, 'write');
  }
  try {
    return await withRegisterLock(
      request.root,
      () => {
        // What an import killed before its renames staged is of no use: the plan below makes each month again.
        removeLeftStaging(request.root);
        return importLocked(request);
      },
      { timeoutMs: request.lockTimeoutMs },
    );
  } catch (error) {
    if (error instanceof LockTimeoutError) throw new ImportRefusedError(request.messages.import.locked(error.lockPath, error.holder?.pid, error.waitedSeconds));
    throw error;
  }
}
