import { readFileSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { withOverrides } from '../../core/calendar.js';
import type { Diagnostic, RegisterConfig } from '../../core/model.js';
import { uncheckedDeadlineDiagnostics } from '../../core/unchecked-deadlines.js';
import { BUILD_ID } from '../../register/build-id.js';
import { readCacheIndex, registerKey, writeCacheIndex, type RegisterKey } from '../../register/cache-key.js';
import { CONFIG_FILE, listFiles, loadFiles, RegisterNotFoundError } from '../../register/load.js';
import { readCachedLayout, readCachedRegister, writeCachedRegister, type CachedRegister } from '../../register/register-cache.js';
import { parseFile, parseYaml, textsOf, type ParsedFile } from '../../core/parse-yaml.js';
import { resolveDeadlines } from '../../core/resolve-deadlines.js';
import { validateRegister } from '../../core/validate/validate.js';
import { shippedCalendar } from '../../register/shipped-calendar.js';
import { ImportRefusedError } from './import-refused.js';
import { writeFileAtomic } from '../../register/atomic-write.js';
import type { Messages } from '../../messages/index.js';
import { LockTimeoutError, withRegisterLock } from '../../register/lock.js';
import type { RecordFilter } from './filters.js';
import { compareInstants } from './instant.js';
import { withLastSync } from './last-sync-config.js';
import { memoryAfter, memoryContext, recallFrom } from './import-memory.js';
import { readImportMemory, writeImportMemory } from './import-memory-file.js';
import { layoutOnly, NeedsCommitments, planImport, storedCommitments, type ImportPlan, type StoredCommitments } from './plan.js';
import type { TkRecord } from './record.js';

export interface ImportRequest {
  /** The register folder, absolute; created when it does not exist yet. */
  root: string;
  records: readonly TkRecord[];
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
}

export interface ImportOutcome {
  plan: ImportPlan;
  /** The files written, or with `dryRun` those that would be; relative, with `/`. */
  files: Array<{ path: string; created: boolean }>;
  /** The `last_sync` recorded by this run. */
  lastSync?: string;
}

async function readParsed(root: string, messages: Messages): Promise<ParsedFile[]> {
  try {
    return (await loadFiles(root)).files.map(parseFile);
  } catch (error) {
    if (!(error instanceof RegisterNotFoundError)) throw error;
    // A register that does not exist yet is an empty one: the import creates it.
    if (error.reason === 'missing') return [];
    throw new ImportRefusedError(error.reason === 'not-a-folder' ? messages.cli.dataDirNotFolder(root) : messages.cli.dataDirUnreadable(root, error.reason));
  }
}

function replaced(files: readonly ParsedFile[], writes: ReadonlyArray<{ path: string; text: string }>): ParsedFile[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const { path: file, text } of writes) {
    byPath.set(file, { path: file, role: file === CONFIG_FILE ? 'config' : 'source', text, ...parseYaml(text, file) });
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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

/** The register as the cache holds it for these files: a clean register, read without parsing any YAML. */
function cachedRegister(root: string, cacheDir: string | undefined, key: RegisterKey | undefined): CachedRegister | undefined {
  return cacheDir === undefined || key === undefined ? undefined : readCachedRegister(cacheDir, root, key.key, 'full');
}

const hashesOf = (key: RegisterKey | undefined): Map<string, string> => new Map(key?.files.map((file) => [file.path, file.hash]));

/** Leaves the cache holding the register just written, so that the next command reads it warm; a clean register only, as every reader caches. */
async function warmCache(root: string, cacheDir: string | undefined, built: CachedRegister, key: RegisterKey | undefined): Promise<void> {
  if (cacheDir === undefined || key === undefined) return;
  writeCachedRegister(cacheDir, root, key, built);
  writeCacheIndex(cacheDir, root, key);
}

/** A validated register with its deadlines resolved, and every finding a reader would report (the cache holds only registers without any). */
function resolved(validated: ReturnType<typeof validateRegister>): { findings: Diagnostic[]; built: CachedRegister } {
  const calendar = withOverrides(shippedCalendar(), validated.config.recesses);
  const deadlines = resolveDeadlines(validated.register, calendar);
  const findings = [...validated.diagnostics, ...deadlines.diagnostics, ...uncheckedDeadlineDiagnostics(validated.uncheckedDues, calendar)];
  return { findings, built: { register: validated.register, config: validated.config, calendar, deadlines } };
}

async function cacheIfClean(root: string, cacheDir: string | undefined, validated: ReturnType<typeof validateRegister>, key: RegisterKey | undefined): Promise<void> {
  const { findings, built } = resolved(validated);
  if (findings.length === 0) await warmCache(root, cacheDir, built, key);
}

/** read → plan → validate the result in memory → write, all under the register lock. */
async function importLocked(request: ImportRequest): Promise<ImportOutcome> {
  const { root, messages } = request;
  // Records are compared with what is stored first: from the cache when it is warm, which makes a re-import that changes nothing cost no YAML at all.
  const keyBefore = currentKey(root, request.cacheDir);
  // First by the cache's layout alone (which commitment is in which file): enough when the memory recalls every record, and then no commitment is read.
  const layout = request.cacheDir === undefined || keyBefore === undefined ? undefined : readCachedLayout(request.cacheDir, root, keyBefore.key);
  if (layout) {
    try {
      return await importPlanned(request, keyBefore, { commitments: layoutOnly(layout.files), config: layout.config, text: (file) => textOnDisk(root, file) });
    } catch (error) {
      if (!(error instanceof NeedsCommitments)) throw error;
    }
  }
  const cached = cachedRegister(root, request.cacheDir, keyBefore);
  let parsed: ParsedFile[] | undefined;
  let stored: Stored;
  let validatedBefore: ReturnType<typeof validateRegister> | undefined;
  if (cached) {
    stored = { commitments: storedCommitments(cached.register), config: cached.config, text: (file) => textOnDisk(root, file) };
  } else {
    parsed = await readParsed(root, messages);
    validatedBefore = validateRegister(parsed);
    const errors = validatedBefore.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length > 0) throw new ImportRefusedError(messages.cli.invalidRegister(errors.length), validatedBefore.diagnostics, textsOf(parsed));
    const texts = textsOf(parsed);
    stored = { commitments: storedCommitments(validatedBefore.register), config: validatedBefore.config, text: (file) => texts.get(file) };
  }
  return importPlanned(request, keyBefore, stored, parsed, validatedBefore);
}

/** The register as the plan reads it: its commitments (perhaps only where each is), its settings, and its files' texts. */
interface Stored {
  commitments: StoredCommitments;
  config: RegisterConfig;
  text: (file: string) => string | undefined;
}

/** plan → validate the result in memory → write; `parsed` and `validatedBefore` when the register was read from its files. */
async function importPlanned(
  request: ImportRequest,
  keyBefore: RegisterKey | undefined,
  stored: Stored,
  parsed?: ParsedFile[],
  validatedBefore?: ReturnType<typeof validateRegister>,
): Promise<ImportOutcome> {
  const { root, messages } = request;

  const calendar = withOverrides(shippedCalendar(), stored.config.recesses);
  // Records unchanged since an earlier import are known by their fingerprints, and not mapped again.
  const memory = request.cacheDir === undefined || keyBefore === undefined ? undefined : readImportMemory(request.cacheDir, root);
  const context = memoryContext(BUILD_ID, calendar);
  const hashesBefore = hashesOf(keyBefore);
  const recall = keyBefore === undefined ? undefined : recallFrom(memory, context, hashesBefore);
  const plan = planImport({ stored: stored.commitments, text: stored.text, records: request.records, filter: request.filter, calendar, memory: recall });
  const remember = async (keyAfter: RegisterKey | undefined): Promise<void> => {
    if (request.cacheDir === undefined || keyAfter === undefined) return;
    await writeImportMemory(request.cacheDir, root, memoryAfter(memory, context, hashesBefore, hashesOf(keyAfter), plan.changed, plan.remembered));
  };
  const writes = [...plan.writes];

  const previous = request.migrating ? undefined : stored.config.imports?.tk?.lastSync;
  let lastSync: string | undefined;
  if (request.remember && plan.lastChange !== undefined && compareInstants(plan.lastChange, previous) > 0) {
    lastSync = plan.lastChange;
    const config = stored.text(CONFIG_FILE);
    writes.push({ path: CONFIG_FILE, text: withLastSync(config, lastSync), created: config === undefined });
  }
  if (writes.length === 0) {
    // The register was parsed and checked for nothing: kept, so that the next run (and the next status) need not do it again.
    if (validatedBefore && !request.dryRun) await cacheIfClean(root, request.cacheDir, validatedBefore, keyBefore);
    // What was mapped and found unchanged is remembered; a run that mapped nothing has nothing to add, and writes nothing.
    if (!request.dryRun && plan.remembered.length > plan.recalled) await remember(keyBefore);
    return { plan, files: [], lastSync };
  }

  // The register as it will be, checked whole before a byte is written.
  parsed ??= await readParsed(root, messages);
  const after = replaced(parsed, writes);
  const validated = validateRegister(after);
  const { findings, built } = resolved(validated);
  const diagnostics = findings.filter((diagnostic) => diagnostic.severity === 'error');
  if (diagnostics.length > 0) throw new ImportRefusedError(messages.import.wouldBreak(diagnostics.length), diagnostics, textsOf(after));

  if (!request.dryRun) {
    for (const write of writes) {
      const target = path.join(root, ...write.path.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, write.text);
    }
    const keyAfter = currentKey(root, request.cacheDir);
    if (findings.length === 0) await warmCache(root, request.cacheDir, built, keyAfter);
    await remember(keyAfter);
  }
  return { plan, files: writes.map(({ path: file, created }) => ({ path: file, created })), lastSync };
}

/** Imports records into the register; a dry run plans and validates the same way but writes nothing. */
export async function applyImport(request: ImportRequest): Promise<ImportOutcome> {
  if (request.dryRun) return importLocked(request);
  const existing = await stat(request.root).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new ImportRefusedError(request.messages.cli.dataDirNotFolder(request.root));
  await mkdir(request.root, { recursive: true });
  try {
    return await withRegisterLock(request.root, () => importLocked(request), { timeoutMs: request.lockTimeoutMs });
  } catch (error) {
    if (error instanceof LockTimeoutError) throw new ImportRefusedError(request.messages.import.locked(error.lockPath, error.holder?.pid, error.waitedSeconds));
    throw error;
  }
}
