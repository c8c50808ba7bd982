import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { isDateInRange, type CivilDate } from '../core/civil-date.js';
import { readDateInput } from '../core/date-input.js';
import type { Messages } from '../messages/index.js';
import { DataError, UsageError } from '../cli/errors.js';
import { isExample, resolveDataDir } from '../register/data-dir.js';
import type { Context } from '../cli/context.js';
import { BadLockTimeoutError, lockTimeoutMs } from '../register/lock-timeout.js';
import { collect, glossed, parseStatuses } from '../cli/options.js';
import { STATUSES } from '../core/model.js';
import { splitList } from '../core/split-list.js';
import type { Runner } from '../cli/runner.js';
import { loadFiles, CONFIG_FILE } from '../register/load.js';
import { cacheDirectory } from '../register/register-cache.js';
import { parseFile } from '../core/parse-yaml.js';
import { validateRegister } from '../core/validate/validate.js';
import { applyImport, type ImportRequest } from '../import/tk/apply-import.js';
import { ImportRefusedError } from '../import/tk/import-refused.js';
import { hasFilter, tkStatusName, type RecordFilter } from '../import/tk/filters.js';
import { compareInstants, instantBefore, parseInstant, startOfDayInAmsterdam } from '../import/tk/instant.js';
import { LAST_SYNC_FIELD } from '../import/tk/last-sync-config.js';
import { fetchAllRecords, ODataError, TK_URL } from '../import/tk/odata-client.js';
import { saveLoopScript } from '../import/tk/save-loop.js';
import { readRecord, type TkRecord } from '../import/tk/record.js';
import { readSaved, type ReadSaved } from '../import/tk/saved-records.js';
import { readNdjsonFile } from '../import/tk/saved-file.js';
import { SavedResponsesError } from '../import/tk/saved-responses.js';
import { importSummaryJson, importSummaryText } from '../import/tk/summary.js';
import { PAUSE_BEFORE_RENAME_ENV } from './change-register.js';
import { capYoungGeneration } from '../register/young-generation.js';

interface ImportTkOptions {
  url?: string;
  from?: string;
  ministerie?: string;
  status?: string[];
  since?: string;
  dryRun?: boolean;
  json?: boolean;
}

/**
 * `--since` as an instant the source compares with: a day, in any form the other date flags take, means from its
 * Dutch midnight.
 */
function sinceInstant(value: string | undefined, today: CivilDate, messages: Messages): string | undefined {
  if (value === undefined) return undefined;
  const read = readDateInput(value, today);
  if (read.ok && isDateInRange(read.date)) return startOfDayInAmsterdam(read.date);
  if (parseInstant(value) !== undefined) return value;
  throw new UsageError(messages.import.badSince(value));
}

function checkedUrl(value: string | undefined, messages: Messages): string {
  if (value === undefined) return TK_URL;
  try {
    const { protocol } = new URL(value);
    if (protocol === 'http:' || protocol === 'https:') return value;
  } catch {
    // Said below, as for any other address that is not a web address.
  }
  throw new UsageError(messages.import.badUrl(value));
}

/** `import.tk` from the register's config, read with the ordinary pipeline; none when there is no register yet. */
async function storedSync(root: string): Promise<{ lastSync?: string; lastSyncField?: string } | undefined> {
  const loaded = await loadFiles(root).catch(() => undefined);
  const config = loaded?.files.find((file) => file.path === CONFIG_FILE);
  return config ? validateRegister([parseFile(config)]).config.imports?.tk : undefined;
}

/**
 * How far before the stored sync point an incremental run starts reading.
 * Changes reach the API in batches whose times need not arrive in order; what
 * is read twice is compared and found unchanged.
 */
const SYNC_OVERLAP_MS = 10 * 60_000;

function odataMessage(error: ODataError, messages: Messages): string {
  const m = messages.import;
  const host = new URL(error.url).host;
  switch (error.failure) {
    case 'offline':
      return m.offline(host, error.detail);
    case 'timeout':
      return m.timeout(host, error.detail);
    case 'http':
      return m.http(error.url, error.detail);
    case 'not-odata':
      return m.notOdata(error.url, error.detail);
    case 'loop':
      return m.loop(error.url);
  }
}

async function readLive(ctx: Context, url: string, since: string | undefined): Promise<{ raw: unknown[]; pages: number }> {
  const stderr = ctx.io.stderr;
  // Progress is for a person watching: on a TTY only, rewritten in place, and wiped before the summary.
  const showProgress = Boolean(stderr.isTTY);
  let pages = 0;
  try {
    const raw = await fetchAllRecords({
      url,
      since,
      onPage: (progress) => {
        pages = progress.pages;
        if (showProgress) stderr.write(`\r\x1b[2K${ctx.messages.import.progress(progress.pages, progress.records)}`);
      },
    });
    return { raw, pages };
  } catch (error) {
    if (error instanceof ODataError) throw new DataError(odataMessage(error, ctx.messages));
    throw error;
  } finally {
    if (showProgress && pages > 0) stderr.write('\r\x1b[2K');
  }
}

/** Runs the import, turning the importer's and the lock's refusals into the terminal's errors. */
async function importOrFail(ctx: Context, request: Omit<ImportRequest, 'lockTimeoutMs'>) {
  let timeoutMs: number;
  try {
    timeoutMs = lockTimeoutMs(ctx.io.env);
  } catch (error) {
    if (error instanceof BadLockTimeoutError) throw new UsageError(ctx.messages.cli.badLockTimeout(error.value));
    throw error;
  }
  try {
    const pauseBetweenRenamesMs = Number(ctx.io.env[PAUSE_BEFORE_RENAME_ENV] ?? 0);
    return await applyImport({ ...request, lockTimeoutMs: timeoutMs, cacheDir: cacheDirectory(ctx.io.env), pauseBetweenRenamesMs });
  } catch (error) {
    if (error instanceof ImportRefusedError) throw new DataError(error.message, error.diagnostics, error.texts);
    throw error;
  }
}

/** The records among what was read, and how many values were not records; each value is let go once read. */
function recordsFrom(values: Iterable<unknown>): { records: TkRecord[]; ignored: number } {
  const records: TkRecord[] = [];
  let ignored = 0;
  for (const value of values) {
    const record = readRecord(value);
    if (record) records.push(record);
    else ignored += 1;
  }
  return { records, ignored };
}

async function readLiveRecords(ctx: Context, url: string, since: string | undefined): Promise<{ records: TkRecord[]; ignored: number; pages: number }> {
  const { raw, pages } = await readLive(ctx, url, since);
  return { ...recordsFrom(raw), pages };
}

/** A saved file that cannot be read as responses (found while the import reads it), said with its line for NDJSON. */
function invalidSaved(ctx: Context, file: string, error: unknown): unknown {
  return error instanceof SavedResponsesError ? new DataError(ctx.messages.import.fromInvalid(file, error.reason, error.line)) : error;
}

/**
 * Opened at once, so that a file that cannot be read is said before the
 * register is locked. Its records are read when the import asks
 * (`ReadSaved`), once it knows which lines an earlier import read: NDJSON a
 * MiB at a time with positioned reads (saved-file.ts: through the thread pool,
 * a large file waited for a core at every piece on a loaded machine), never
 * held whole, anything else (and whatever comes through a pipe) read whole in
 * one call. `close` once imported.
 */
function readSavedFile(ctx: Context, file: string): { records: ReadSaved; ignored: () => number; pages: undefined; close: () => void } {
  const path = resolve(ctx.io.cwd, file);
  const unreadable = (error: unknown): DataError => {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return new DataError(ctx.messages.import.fromUnreadable(file, code));
  };
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw unreadable(error);
  }
  const stats = fstatSync(fd);
  if (stats.isDirectory()) {
    closeSync(fd);
    throw unreadable(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  }
  // A pipe (`--from /dev/stdin`, `--from <(…)`) cannot be read at a position, nor read twice: it is read whole.
  const seekable = stats.isFile();
  let ignored = 0;
  const records: ReadSaved = (known) => {
    let read;
    try {
      read = (seekable ? readNdjsonFile(fd, known) : undefined) ?? readSaved(readFileSync(fd, 'utf8'), known);
    } catch (error) {
      if (error instanceof Error && 'code' in error && !(error instanceof SavedResponsesError)) throw unreadable(error);
      throw error;
    }
    ignored = read.ignored;
    return read;
  };
  return { records, ignored: () => ignored, pages: undefined, close: () => closeSync(fd) };
}

/**
 * How far V8 lets the heap grow past what its last full collection kept, in
 * percent, during an import. Left to itself it lets the heap grow to about
 * four times the live data before collecting again; an import's live data is
 * a whole register (its records, the month files written, their checks), so
 * its peak was four times that. Capped, the first import of 20,000 records
 * peaked at 265-276 MiB instead of 443-457 MiB, for 14-17% more CPU time
 * (two runs each, in turn); the peak then follows what is live.
 */
const IMPORT_HEAP_GROWING_PERCENT = 30;

/**
 * The young generation's cap during an import's plan, in MiB a semi-space
 * (young-generation.ts; V8's own is 16); a first import lifts it for the
 * cache build that follows (apply-import.ts). A first import of 50,000 records
 * (texts nearly all distinct) side by side at load 15-20: 143 MiB instead of
 * 175, CPU time 11.6 s against 11.4 s; at 4 MiB 125 MiB, for 19% more CPU time.
 */
const IMPORT_SEMI_SPACE_MIB = 8;

export function importCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.import.help;
  const importGroup = program.command('import').description(m.description).addHelpText('after', m.groupExamples);
  importGroup
    .command('tk')
    .description(m.tk)
    .option('--url <url>', m.url)
    .option('--from <file>', m.from)
    .option('--ministerie <text>', m.ministerie)
    .option('--status <status>', m.status(glossed(STATUSES, messages.cli.statusLabel)), collect)
    .option('--since <date>', m.since)
    .option('--dry-run', m.dryRun)
    .option('--json', m.json)
    .addHelpText('after', m.examples(saveLoopScript()))
    .action(
      runner.handle(async (ctx, options: ImportTkOptions) => {
        process.getBuiltinModule('node:v8').setFlagsFromString(`--heap-growing-percent=${IMPORT_HEAP_GROWING_PERCENT}`);
        capYoungGeneration(IMPORT_SEMI_SPACE_MIB);
        const mi = ctx.messages.import;
        if (options.url !== undefined && options.from !== undefined) throw new UsageError(mi.urlAndFrom);
        const url = checkedUrl(options.url, ctx.messages);
        // The Kamer's names mean what the Kamer means (`Afgedaan` is delivered); ours go through the mapping.
        const tkStatuses = splitList(options.status).map(tkStatusName).filter((name) => name !== undefined);
        const statuses = parseStatuses(splitList(options.status).filter((value) => tkStatusName(value) === undefined), '--status', ctx.messages);
        const explicitSince = sinceInstant(options.since, ctx.asOf, ctx.messages);
        const { dir, origin } = resolveDataDir(ctx.dataOption, ctx.io.env, ctx.io.cwd, ctx.example);
        if (isExample(origin)) throw new UsageError(mi.bundled);

        const live = options.from === undefined;
        // The remembered sync point is for the live source; a saved file is read whole.
        const sync = live ? await storedSync(dir) : undefined;
        // A point taken from GewijzigdOp may lie past records that reached the API later: read everything once.
        const migrating = sync?.lastSync !== undefined && sync.lastSyncField !== LAST_SYNC_FIELD;
        const stored = migrating ? undefined : sync?.lastSync;
        const since = explicitSince ?? (stored === undefined ? undefined : instantBefore(stored, SYNC_OVERLAP_MS));
        const filter: RecordFilter = { ministerie: options.ministerie, statuses, tkStatuses, since };
        const read = live ? await readLiveRecords(ctx, url, since) : readSavedFile(ctx, options.from!);
        const { records, pages } = read;

        // Only a run that saw every change since the stored point may move that point on.
        const sinceCovered = explicitSince === undefined || sync?.lastSync === undefined || (!migrating && compareInstants(explicitSince, stored) <= 0);
        const remember = live && !hasFilter({ ...filter, since: undefined }) && sinceCovered;
        const outcome = await importOrFail(ctx, {
          root: dir,
          records,
          filter,
          dryRun: Boolean(options.dryRun),
          remember,
          migrating,
          messages: ctx.messages,
        })
          .catch((error: unknown) => {
            throw live ? error : invalidSaved(ctx, options.from!, error);
          })
          .finally(() => {
            if ('close' in read) read.close();
          });
        const ignored = typeof read.ignored === 'number' ? read.ignored : read.ignored();
        const context = { origin: live ? url : options.from!, pages, ignored, dryRun: Boolean(options.dryRun), migrated: migrating };
        const stdout = options.json ? importSummaryJson(outcome, context) : importSummaryText(outcome, context, ctx.messages);
        return { stdout, exitCode: 0 };
      }),
    );
}
