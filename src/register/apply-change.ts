import type { Diagnostic } from '../core/model.js';
import { BUILD_ID } from './build-id.js';
import { readCacheIndex, registerKey, unchangedSinceRead, writeCacheIndex, type RegisterKey } from './cache-key.js';
import { listFiles, type LoadedFiles } from './load.js';
import { withRegisterLock } from './lock.js';
import { openCachedIndex, readCachedRegister, writeCachedRegister, writeEditedCache, type CachedRegister } from './register-cache.js';
import { updateCachedRegister } from './update-cache.js';
import type { FileValidation } from '../core/validate/validate.js';
import { errorsOf, evaluate, indexedState, proposeChange, type FileEdit, type PlannedWrite, type RegisterState } from './register-change.js';
import { shippedCalendar } from './shipped-calendar.js';
import { entryName, fileCacheFolder, writeFileValidations } from './file-cache.js';
import { rebuildsFromCache } from './file-check-from-cache.js';
import { storeFileValidations, validateFiles } from './validate-files.js';
import { writeChange, writeTarget } from './write-change.js';

/** The files a change edits, and what the change has to say about itself. */
export interface ChangePlan<R> {
  edits: FileEdit[];
  outcome: R;
}

export type Planner<R> = (state: RegisterState) => ChangePlan<R> | Promise<ChangePlan<R>>;

export interface AppliedChange<R> {
  outcome: R;
  after: RegisterState;
  /** Every file the change alters (none when it alters nothing), written unless `dryRun`. */
  writes: PlannedWrite[];
  written: boolean;
}

/**
 * The register has errors, before the change (`when: 'before'`: nothing is
 * changed in a broken register) or would have them after it.
 */
export class RegisterInvalidError extends Error {
  override readonly name = 'RegisterInvalidError';

  constructor(
    readonly when: 'before' | 'after',
    readonly errors: Diagnostic[],
    /** The register the errors are in: its config, texts and every diagnostic. */
    readonly state: RegisterState,
  ) {
    super(`the register ${when === 'before' ? 'is' : 'would be'} invalid: ${errors.length} errors`);
  }
}

export interface ChangeOptions {
  dryRun: boolean;
  /** How long to wait for another process's lock. */
  timeoutMs: number;
  /** The cache folder, undefined for none. */
  cacheDir: string | undefined;
  /** Testing hook: see write-change.ts. */
  pauseBeforeRenameMs?: number;
  /** Told of each file as the register is read. */
  onFile?: (done: number, total: number) => void;
}

/**
 * The register as it is on disk, each file's own check from the cache when
 * the file is unchanged: only files changed since the last run are parsed.
 */
export function readRegisterState(root: string, cacheDir: string | undefined, onFile?: (done: number, total: number) => void): RegisterState {
  const { loaded, key, cached } = readCached(root, cacheDir);
  return stateOf(loaded, key, cacheDir, cached, onFile);
}

/**
 * As `readRegisterState`, for a change: when files were edited by hand since
 * the cache was made, the cache is first brought up to date by parsing those
 * files only (see update-cache.ts), so that a change after a hand edit costs
 * what any change costs.
 */
export function readStateForChange(root: string, cacheDir: string | undefined, onFile?: (done: number, total: number) => void): RegisterState {
  const read = readCached(root, cacheDir);
  const { loaded, key } = read;
  let { cached } = read;
  if (!cached && cacheDir !== undefined && key !== undefined && updateCachedRegister(cacheDir, loaded.root, loaded.files, key)) {
    cached = readCachedRegister(cacheDir, loaded.root, key.key, 'full');
    if (cached) writeCacheIndex(cacheDir, loaded.root, key);
  }
  return stateOf(loaded, key, cacheDir, cached, onFile);
}

/**
 * The register for a change (see `readStateForChange`), known by the cache's
 * header when the cache holds it (see RegisterIndex): a change then reads
 * from the cache only the files it edits, and the other commitments' lines
 * are neither read nor parsed. The caller closes `state.index.cache`.
 */
function readStateForWrite(root: string, cacheDir: string | undefined, onFile?: (done: number, total: number) => void): RegisterState {
  const loaded = listFiles(root);
  const key = cacheDir === undefined ? undefined : registerKey(loaded.files, BUILD_ID, readCacheIndex(cacheDir, loaded.root));
  if (cacheDir === undefined || key === undefined) return stateOf(loaded, key, cacheDir, undefined, onFile);
  let cache = openCachedIndex(cacheDir, loaded.root, key.key);
  if (!cache && updateCachedRegister(cacheDir, loaded.root, loaded.files, key)) {
    cache = openCachedIndex(cacheDir, loaded.root, key.key);
    if (cache) writeCacheIndex(cacheDir, loaded.root, key);
  }
  // The header lists every file of the register it was made of, in order; anything else is read the long way.
  if (cache && (cache.files.length !== loaded.files.length || cache.files.some((file, at) => file.path !== loaded.files[at]!.path))) {
    cache.close();
    cache = undefined;
  }
  const whole = () => stateOf(loaded, key, cacheDir, readCachedRegister(cacheDir, loaded.root, key.key, 'full'), onFile);
  if (!cache) return whole();
  const index = { cache, sources: cache.sources, files: cache.files, edited: new Map() };
  return indexedState(loaded.root, loaded.files, index, key, fileChecks(loaded, key, cacheDir, onFile), whole);
}

/** The register's files, their key, and the whole register from the cache when it holds these files. */
function readCached(root: string, cacheDir: string | undefined): { loaded: LoadedFiles; key: RegisterKey | undefined; cached: CachedRegister | undefined } {
  const loaded = listFiles(root);
  const key = cacheDir === undefined ? undefined : registerKey(loaded.files, BUILD_ID, readCacheIndex(cacheDir, loaded.root));
  const cached = cacheDir !== undefined && key !== undefined ? readCachedRegister(cacheDir, loaded.root, key.key, 'full') : undefined;
  return { loaded, key, cached };
}

/** Each file's own check, from its cache entry or parsed, with the entries of files parsed stored. */
function fileChecks(loaded: LoadedFiles, key: RegisterKey | undefined, cacheDir: string | undefined, onFile?: (done: number, total: number) => void): () => FileValidation[] {
  return () => {
    const checked = validateFiles(loaded.files, cacheDir, loaded.root, key, onFile);
    storeFileValidations(cacheDir, loaded.root, checked);
    return checked.validations;
  };
}

function stateOf(loaded: LoadedFiles, key: RegisterKey | undefined, cacheDir: string | undefined, cached: CachedRegister | undefined, onFile?: (done: number, total: number) => void): RegisterState {
  const checkFiles = fileChecks(loaded, key, cacheDir, onFile);
  // A register cached as it is is clean: its files' own checks are only read if a change cannot do without them.
  if (!cached) return { ...evaluate(loaded.root, loaded.files, checkFiles(), shippedCalendar()), readAs: key };
  let validations: FileValidation[] | undefined;
  return {
    root: loaded.root,
    files: loaded.files,
    get validations() {
      return (validations ??= checkFiles());
    },
    validated: { register: cached.register, config: cached.config, diagnostics: [], uncheckedDues: [] },
    calendar: cached.calendar,
    deadlines: cached.deadlines,
    diagnostics: [],
    texts: new Map(),
    fromCache: true,
    readAs: key,
  };
}

/**
 * After a write, what the next run needs: the checks of the files written,
 * and, for a clean register, the register itself, so that the next `status`
 * reads the cache. Returns the key of the files as written.
 */
export function rememberChange(cacheDir: string | undefined, before: RegisterState, after: RegisterState, writes: readonly { path: string }[], checks: ReadonlyMap<string, FileValidation>): RegisterKey | undefined {
  if (cacheDir === undefined) return undefined;
  const key = registerKey(after.files, BUILD_ID, readCacheIndex(cacheDir, after.root));
  if (!key) return undefined;
  const written = new Set(writes.map((write) => write.path));
  // A file another program edited while the change was made: `after` holds it as it was read.
  if (!unchangedSinceRead(before.readAs, key, written)) return undefined;
  // The files written may still hold the bytes the key hashed: an import's are as large as the register, and nothing below needs them.
  for (const file of after.files) if (written.has(file.path)) delete file.bytes;
  const clean = after.diagnostics.length === 0;
  const names = new Set<string>();
  const fresh = new Map<string, FileValidation>();
  const rebuilds = new Set<string>();
  after.files.forEach((file, index) => {
    const name = entryName(file.path, file.role, key.files[index]!.hash);
    names.add(name);
    const check = checks.get(file.path);
    if (!written.has(file.path) || !check) return;
    // A clean register's cache, written below, gives back the checks that rebuild from it.
    if (clean && rebuildsFromCache(check)) rebuilds.add(file.path);
    else fresh.set(name, check);
  });
  writeFileValidations(fileCacheFolder(cacheDir, after.root), fresh, names);
  if (!clean) return key;
  const { index } = after;
  // A register known by its index is written from it: the files not written copied from the cache as they are.
  const edited = index && new Map([...index.edited].map(([path, commitments]) => [path, { ...commitments, rebuilds: rebuilds.has(path) }]));
  if (!index || !writeEditedCache(cacheDir, after.root, index.cache, key, edited!, index.sources)) {
    writeCachedRegister(cacheDir, after.root, key, { register: after.validated.register, config: after.validated.config, calendar: after.calendar, deadlines: after.deadlines }, rebuilds);
  }
  writeCacheIndex(cacheDir, after.root, key);
  return key;
}

/**
 * Every register change (`add`, `deliver`, `set`, `note`): take the lock,
 * read and check the register, let the planner choose its edits, prove the
 * result valid in memory, then write (unless `dryRun`). Nothing is written
 * unless the whole change is valid. Only the files the change edits are
 * parsed; the others' checks come from the cache.
 */
export async function applyChange<R>(root: string, plan: Planner<R>, options: ChangeOptions): Promise<AppliedChange<R>> {
  const calendar = shippedCalendar();
  return withRegisterLock(
    root,
    async () => {
      const before = readStateForWrite(root, options.cacheDir, options.onFile);
      try {
        const broken = errorsOf(before);
        if (broken.length > 0) throw new RegisterInvalidError('before', broken, before);
        const planned = await plan(before);
        const proposal = proposeChange(before, planned.edits, calendar);
        const errors = errorsOf(proposal.after);
        if (errors.length > 0) throw new RegisterInvalidError('after', errors, proposal.after);
        for (const write of proposal.writes) writeTarget(root, write);
        const written = !options.dryRun && proposal.writes.length > 0;
        if (written) {
          await writeChange(root, proposal.writes, { pauseBeforeRenameMs: options.pauseBeforeRenameMs ?? 0 });
          rememberChange(options.cacheDir, before, proposal.after, proposal.writes, proposal.checks);
        }
        return { outcome: planned.outcome, after: proposal.after, writes: proposal.writes, written };
      } finally {
        before.index?.cache.close();
      }
    },
    { timeoutMs: options.timeoutMs },
  );
}

/** The register read without the lock, for questions asked before a change; refused when it has errors. */
export function readWritableState(root: string, cacheDir: string | undefined, onFile?: (done: number, total: number) => void): RegisterState {
  const state = readRegisterState(root, cacheDir, onFile);
  const broken = errorsOf(state);
  if (broken.length > 0) throw new RegisterInvalidError('before', broken, state);
  return state;
}
