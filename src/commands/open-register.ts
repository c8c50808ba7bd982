import path from 'node:path';
import { assess, type AssessedCommitment, type AssessOptions, type Assessment } from '../core/assess.js';
import type { Calendar } from '../core/calendar.js';
import { listFiles, RegisterNotFoundError, type LoadedFiles } from '../register/load.js';
import type { Commitment, CommitmentSummary, Diagnostic, Register, RegisterConfig } from '../core/model.js';
import type { ResolvedDeadlines } from '../core/resolve-deadlines.js';
import type { JsonCommitment, RegisterJson } from '../render/commitment-json.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { BUILD_ID } from '../register/build-id.js';
import { shippedCalendar } from '../register/shipped-calendar.js';
import { withLang, type Context } from '../cli/context.js';
import { fileProgress } from '../cli/progress.js';
import { isExample, resolveDataDir, type DataDirOrigin } from '../register/data-dir.js';
import { DataError } from '../cli/errors.js';
import { readCacheIndex, registerKey, writeCacheIndex, type RegisterKey } from '../register/cache-key.js';
import { rebuildingPaths, rebuildsFromCache } from '../register/file-check-from-cache.js';
import { cacheDirectory, readCachedCommitment, readCachedJsonHeld, readCachedJsonTwice, readCachedRegister, readCachedSummaries, writeCachedRegister, type CachedOutline, type CommitmentDetail, type Detail } from '../register/register-cache.js';
import { countedOnce } from '../core/count-once.js';
import { assessingTwice, dashboardBuilder, dashboardOf, type Dashboard } from '../core/dashboard.js';
import { digest, type DigestLists, type DigestOptions } from '../core/digest.js';
import { digestInTurn } from '../core/digest-in-turn.js';
import { PUBLICATION_WAIT_MS, waitedForPublication } from '../register/publication.js';
import { folderOf, listingOf, stillAsListed, type Listing } from '../register/still-as-listed.js';
import type { JsonReadyCommitment } from '../render/commitment-json.js';

export interface OpenedRegister<C extends CommitmentSummary = CommitmentSummary> {
  dir: string;
  origin: DataDirOrigin;
  /** The shipped example register, asked for or fallen back to. */
  example: boolean;
  register: Register<C>;
  config: RegisterConfig;
  calendar: Calendar;
  deadlines: ResolvedDeadlines;
  /** Every finding, errors and warnings, in file order. */
  diagnostics: Diagnostic[];
  texts: ReadonlyMap<string, string>;
}

/**
 * load → validate → resolve deadlines, keeping every diagnostic; throws only
 * when the folder itself is unusable. A clean register is cached by content
 * (see register-cache.ts), and then YAML is not even loaded; with `summary`
 * only what assessing and listing need is read from the cache.
 */
function readRegister<D extends Detail>(ctx: Context, detail: D): Promise<OpenedRegister<CommitmentDetail[D]>> {
  return readWhole(ctx, (found) => readFound(ctx, detail, found));
}

/** `readRegister` of the register as `findRegister` found it. */
async function readFound<D extends Detail>(ctx: Context, detail: D, found: FoundRegister): Promise<OpenedRegister<CommitmentDetail[D]>> {
  const { dir, origin, loaded, cacheDir } = found;
  const cached = await readCached(ctx, found, (key) => readCachedRegister(cacheDir!, loaded.root, key, detail));
  if (cached) return { dir, origin, example: isExample(origin), ...cached, diagnostics: [], texts: new Map() };
  // The whole register serves any detail asked for.
  return (await readFiles(ctx, found)) as OpenedRegister<CommitmentDetail[D]>;
}

/**
 * What `read` makes of the cache of a clean register: at once when it is
 * current, else after parsing only the files that changed since it was
 * written. Undefined without a cache, or when the register must be read
 * from its files.
 */
async function readCached<T>(ctx: Context, found: FoundRegister, read: (key: string) => T | undefined): Promise<T | undefined> {
  const { loaded, cacheDir, key } = found;
  if (cacheDir === undefined || key === undefined) return undefined;
  const cached = read(key.key);
  if (cached !== undefined) {
    if (key.hashed > 0) writeCacheIndex(cacheDir, loaded.root, key);
    return cached;
  }
  // Loaded on demand, like the YAML parser it uses. When a few files changed, only those are parsed.
  const { updateCachedRegister } = await import('../register/update-cache.js');
  if (!updateCachedRegister(cacheDir, loaded.root, loaded.files, key) && !(await buildCacheFromFiles(ctx, found))) return undefined;
  const updated = read(key.key);
  if (updated !== undefined) writeCacheIndex(cacheDir, loaded.root, key);
  return updated;
}

/**
 * How far V8 lets the heap grow past what its last full collection kept, in
 * percent, while a cache is made from the files. Left to itself it grows the
 * heap to about four times the live data; made a file at a time, the live
 * data is one file's and the ids kept (some 15-20 MB at 50,000 imported
 * commitments), but every file's parse outlives a few young collections and
 * is moved to the old space, which then filled up to 100-130 MB between full
 * collections. Capped at 100% during the build (and left to V8 again after
 * it), the first `status` of the register `import tk` wrote from 50,000
 * records peaked at 146-162 MiB instead of 191-198 MiB, for CPU time within
 * the noise (load 12, two rounds each, in turn); 0 is V8's own default.
 * At 50% (11 interleaved pairs, load 6-12) the same peaked at 143-154 MiB
 * instead of 148-167, CPU time 1-2% more; with distinct texts and at 100,000
 * generated commitments the peak and CPU time were within the noise.
 */
const BUILD_HEAP_GROWING_PERCENT = 50;

/**
 * The cache of a clean register made from its files, one file at a time
 * (see build-cache.ts); false, with nothing written, for any other register.
 */
async function buildCacheFromFiles(ctx: Context, { loaded, cacheDir, key }: FoundRegister): Promise<boolean> {
  const { buildCache } = await import('../register/build-cache.js');
  const progress = fileProgress(ctx.io, ctx.messages);
  const v8 = process.getBuiltinModule('node:v8');
  v8.setFlagsFromString(`--heap-growing-percent=${BUILD_HEAP_GROWING_PERCENT}`);
  try {
    return buildCache(cacheDir!, loaded.root, loaded.files, key!, shippedCalendar(), progress?.onFile);
  } finally {
    v8.setFlagsFromString('--heap-growing-percent=0');
    progress?.end();
  }
}

/** The register read from its files, written to the cache when it is clean. */
async function readFiles(ctx: Context, { dir, origin, loaded, cacheDir, key }: FoundRegister): Promise<OpenedRegister<Commitment>> {
  // Loaded on demand: the YAML parser is the largest part of the program's start-up.
  const { buildFromFiles, storeFileValidations } = await import('../register/validate-files.js');
  // Files unchanged since they were last checked are not parsed again.
  const progress = fileProgress(ctx.io, ctx.messages);
  let read;
  try {
    read = buildFromFiles(loaded.files, shippedCalendar(), cacheDir, loaded.root, key, progress?.onFile);
  } finally {
    progress?.end();
  }
  const { built, files } = read;
  // A file edited while it was read is cached under no key (see isKeyedContent).
  const clean = cacheDir !== undefined && key !== undefined && built.diagnostics.length === 0 && files.unkeyed.length === 0;
  // The register cache of a clean register gives back most files' own checks: those need no entry of their own.
  storeFileValidations(cacheDir, loaded.root, files, clean ? rebuildsFromCache : undefined);
  if (clean) {
    writeCachedRegister(cacheDir, loaded.root, key, built, rebuildingPaths(files.validations));
    writeCacheIndex(cacheDir, loaded.root, key);
  }
  return { dir, origin, example: isExample(origin), ...built };
}

/** The register folder, its files, and the cache key they make (undefined without a cache, or when a file cannot be read). */
interface FoundRegister {
  dir: string;
  origin: DataDirOrigin;
  loaded: LoadedFiles;
  cacheDir: string | undefined;
  key: RegisterKey | undefined;
  /** The files' stamps when found; none for the shipped example, which nothing writes. */
  listing: Listing | undefined;
}

/**
 * A register read again this often is taken as it was last read: a file
 * that another program keeps writing (not a publication, whose every file
 * is whole) would otherwise hold the reader until the deadline.
 */
const READS_AT_MOST = 5;

/**
 * `read` of the register whole: read again when a publication (a writer
 * renaming several files into place, one after another: `import tk`) was
 * under way while it read, so that it never reads some files as they were
 * and others as written. Readers take no lock (a register may be read-only);
 * they wait while a publication is marked, then read.
 */
async function readWhole<T>(ctx: Context, read: (found: FoundRegister) => Promise<T>, discard?: (result: T) => void): Promise<T> {
  const deadline = Date.now() + PUBLICATION_WAIT_MS;
  let reads = 0;
  for (;;) {
    const found = findRegister(ctx);
    const { listing } = found;
    if (listing && Date.now() < deadline && (await waitedForPublication(listing.root, deadline))) continue;
    const result = await read(found);
    reads += 1;
    if (!listing || reads >= READS_AT_MOST || Date.now() >= deadline || stillAsListed(listing)) return result;
    discard?.(result);
  }
}

function findRegister(ctx: Context): FoundRegister {
  const { dir, origin } = resolveDataDir(ctx.dataOption, ctx.io.env, ctx.io.cwd, ctx.example);
  if (origin === 'bundled') {
    // Example promises in a pipe or a cron mail would pass for the team's own.
    if (ctx.unattended) throw new DataError(ctx.messages.cli.noRegisterFound);
    ctx.banners.push(ctx.messages.cli.exampleBanner);
  }
  // Looked at before its files: a publication that ends after this changes it (see stillAsListed).
  const folder = isExample(origin) ? undefined : folderOf(path.resolve(dir));
  let loaded;
  try {
    loaded = listFiles(dir);
  } catch (error) {
    if (error instanceof RegisterNotFoundError) throw new DataError(folderProblem(ctx, error));
    throw error;
  }
  const cacheDir = cacheDirectory(ctx.io.env);
  const key = cacheDir === undefined ? undefined : registerKey(loaded.files, BUILD_ID, readCacheIndex(cacheDir, loaded.root));
  return { dir, origin, loaded, cacheDir, key, listing: folder && listingOf(loaded.root, folder, loaded.files, key) };
}

function folderProblem(ctx: Context, error: RegisterNotFoundError): string {
  const m = ctx.messages.cli;
  if (error.reason === 'missing') return m.dataDirMissing(error.dir);
  if (error.reason === 'not-a-folder') return m.dataDirNotFolder(error.dir);
  return m.dataDirUnreadable(error.dir, error.code);
}

/** What JSON output says about the register it was made from. */
export function registerJson(opened: Pick<OpenedRegister, 'dir' | 'example'>): RegisterJson {
  return { path: opened.dir, example: opened.example };
}

/** For `check`: every finding, never a failure for an invalid register. */
export async function checkRegister(ctx: Context) {
  const opened = await readRegister(ctx, 'summary');
  return { diagnostics: opened.diagnostics, texts: opened.texts, context: withLang(ctx, opened.config.lang), register: registerJson(opened) };
}

/**
 * For the reporting commands: a register with errors is refused whole (exit 3,
 * every diagnostic on stderr) rather than reported without its broken parts.
 * Warnings go to stderr and the report goes on.
 */
export async function openRegister<D extends Detail>(ctx: Context, detail: D): Promise<{ opened: OpenedRegister<CommitmentDetail[D]>; context: Context }> {
  const opened = await readRegister(ctx, detail);
  return { opened, context: checked(ctx, opened) };
}

/** The register's language; a register with errors refused, its warnings noticed. */
function checked(ctx: Context, opened: OpenedRegister): Context {
  const context = withLang(ctx, opened.config.lang);
  const errors = opened.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) throw new DataError(context.messages.cli.invalidRegister(errors.length), opened.diagnostics, opened.texts, context.messages);
  if (opened.diagnostics.length > 0) {
    ctx.notices.push(renderDiagnostics(opened.diagnostics, opened.texts, context.messages, { color: false }));
  }
  return context;
}

/**
 * For `status`: the dashboard, with the days ahead it lists upcoming
 * commitments (`horizonOf` the register's settings), keeping what
 * `keeping` makes, in the register's language, of each it lists. A cached
 * register is read a commitment at a time, holding only that (see
 * dashboard.ts); any other is read whole and assessed as `openAndAssess` does.
 */
export async function openDashboard<T>(
  ctx: Context,
  horizonOf: (config: RegisterConfig) => number,
  keeping: (context: Context) => (item: AssessedCommitment) => T,
): Promise<{ dashboard: Dashboard<T>; horizon: number; sourceCount: number; context: Context }> {
  const read = await readWhole(ctx, (found) =>
    cachedOrFiles(ctx, found, readCachedSummaries, (begun) => dashboardBuilder(begun, ctx.asOf, horizonOf(begun.config), keeping(withLang(ctx, begun.config.lang)))),
  );
  if (read.kind === 'cached') {
    const { read: outline, builder } = read;
    return { dashboard: builder.finish(), horizon: horizonOf(outline.config), sourceCount: outline.sources.length, context: withLang(ctx, outline.config.lang) };
  }
  const { opened } = read;
  const { context, assessment } = assessedWhole(ctx, opened);
  const horizon = horizonOf(opened.config);
  return { dashboard: dashboardOf(assessment, horizon, keeping(context)), horizon, sourceCount: opened.register.sources.length, context };
}

/**
 * For what reads a cached register a commitment at a time: the cache, read by
 * `readCache` with the builder `begin` makes from its outline; a register not
 * cached as it is, its files, read whole.
 */
async function cachedOrFiles<Sink, Builder extends Sink, Read>(
  ctx: Context,
  found: FoundRegister,
  readCache: (directory: string, root: string, key: string, begin: (outline: CachedOutline) => Sink) => Read | undefined,
  begin: (outline: CachedOutline) => Builder,
): Promise<{ kind: 'cached'; found: FoundRegister; read: Read; builder: Builder } | { kind: 'files'; opened: OpenedRegister<Commitment> }> {
  let builder: Builder | undefined;
  const read = await readCached(ctx, found, (key) => readCache(found.cacheDir!, found.loaded.root, key, (outline) => (builder = begin(outline))));
  return read !== undefined && builder !== undefined ? { kind: 'cached', found, read, builder } : { kind: 'files', opened: await readFiles(ctx, found) };
}

/** A register read whole: refused with errors, its warnings noticed, assessed and counted once. */
function assessedWhole(ctx: Context, opened: OpenedRegister<Commitment>): { context: Context; assessment: Assessment<Commitment> } {
  return { context: checked(ctx, opened), assessment: countedOnce(assess(opened.register, opened.deadlines, ctx.asOf)) };
}

/**
 * For `report --format json`: the digest of the register assessed and
 * counted once, with the counts per state. A cached register is read a
 * commitment at a time, and of each commitment the digest lists only where
 * its lines are is kept, each made again from them when its turn comes (see
 * `digestInTurn`); any other is read whole. `close` lets go of the cache
 * files once the digest has been printed.
 */
export async function openDigest(
  ctx: Context,
  period: DigestOptions,
): Promise<{ digest: DigestLists<JsonCommitment>; summary: Assessment['summary']; opened: Pick<OpenedRegister, 'dir' | 'example'>; context: Context; close: () => void }> {
  const taken = await readWhole(
    ctx,
    (found) => cachedOrFiles(ctx, found, readCachedJsonHeld, (begun) => digestInTurn<JsonReadyCommitment>(begun, ctx.asOf, period)),
    (discarded) => (discarded.kind === 'cached' ? discarded.read.close() : undefined),
  );
  if (taken.kind === 'cached') {
    const { found, read, builder } = taken;
    const { summary, digest: digestOf } = builder.finish();
    const opened = { dir: found.dir, example: isExample(found.origin) };
    return { digest: digestOf(read.held), summary, opened, context: withLang(ctx, read.outline.config.lang), close: read.close };
  }
  const { opened } = taken;
  const { context, assessment } = assessedWhole(ctx, opened);
  return { digest: digest(assessment, period), summary: assessment.summary, opened, context, close: () => undefined };
}

/**
 * For `status --json`: the register assessed and counted once, its items
 * made one at a time as they are iterated, once, by the writer. A cached
 * register is read twice (see `assessingTwice`), so that no commitment is
 * held past its turn; any other is read whole.
 */
export async function openAssessedInTurn(
  ctx: Context,
): Promise<{ assessment: Pick<Assessment<JsonCommitment>, 'asOf' | 'summary'> & { items: Iterable<AssessedCommitment<JsonCommitment>> }; opened: Pick<OpenedRegister, 'dir' | 'example'>; context: Context }> {
  const taken = await readWhole(ctx, (found) => cachedOrFiles(ctx, found, readCachedJsonTwice, (begun) => assessingTwice<JsonReadyCommitment>(begun, ctx.asOf)));
  if (taken.kind === 'cached') {
    const { found, read, builder } = taken;
    const { summary, items } = builder.finish();
    const opened = { dir: found.dir, example: isExample(found.origin) };
    return { assessment: { asOf: ctx.asOf, summary, items: items(read.again) }, opened, context: withLang(ctx, read.outline.config.lang) };
  }
  const { opened } = taken;
  const { context, assessment } = assessedWhole(ctx, opened);
  return { assessment, opened, context };
}

/** `detail`: `summary` for what only assesses and lists, `full` for what shows quotes, notes, history or file positions. */
export async function openAndAssess<D extends Detail>(
  ctx: Context,
  detail: D,
  options: AssessOptions = {},
): Promise<{ opened: OpenedRegister<CommitmentDetail[D]>; context: Context; assessment: Assessment<CommitmentDetail[D]> }> {
  const { opened, context } = await openRegister(ctx, detail);
  return { opened, context, assessment: assess(opened.register, opened.deadlines, ctx.asOf, options) };
}

/**
 * For `show ID`: a commitment that links to no other and that no other links
 * to is read alone from the cache, through its header; any other, and any
 * register not cached as it is, is read whole, as `openAndAssess` reads it.
 */
export async function openOneAndAssess(ctx: Context, id: string): Promise<{ opened: OpenedRegister<Commitment>; context: Context; assessment: Assessment<Commitment> }> {
  const read = await readWhole(ctx, async (found) => {
    const { dir, origin, loaded, cacheDir, key } = found;
    const one = cacheDir !== undefined && key !== undefined ? readCachedCommitment(cacheDir, loaded.root, key.key, id) : undefined;
    if (!one) return { kind: 'whole' as const, opened: await readFound(ctx, 'full', found) };
    if (key!.hashed > 0) writeCacheIndex(cacheDir!, loaded.root, key!);
    const register = { sources: one.source ? [one.source] : [], commitments: [one.commitment] };
    return { kind: 'one' as const, one, opened: { dir, origin, example: isExample(origin), register, config: one.config, calendar: one.calendar, deadlines: one.deadlines, diagnostics: [], texts: new Map() } };
  });
  if (read.kind === 'whole') {
    const { opened } = read;
    const context = checked(ctx, opened);
    return { opened, context, assessment: assess(opened.register, opened.deadlines, ctx.asOf) };
  }
  const { one, opened } = read;
  return { opened, context: withLang(ctx, one.config.lang), assessment: assess(opened.register, one.deadlines, ctx.asOf) };
}

/** The calendar for `explain`: the shipped one, with a register's own recess dates when one is in use. */
export async function openCalendar(ctx: Context): Promise<{ calendar: Calendar; context: Context }> {
  const { dir, origin } = resolveDataDir(ctx.dataOption, ctx.io.env, ctx.io.cwd, ctx.example);
  // A phrase needs no register: the example's calendar is the shipped one, and it is not reported as anyone's data.
  if (isExample(origin)) return { calendar: shippedCalendar(), context: ctx };
  const { opened, context } = await openRegister({ ...ctx, dataOption: dir }, 'summary');
  return { calendar: opened.calendar, context };
}
