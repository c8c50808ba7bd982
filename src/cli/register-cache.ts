import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Calendar } from '../core/calendar.js';
import type { Span } from '../core/deadline/span.js';
import { readBytes, type LoadedFile } from '../core/load.js';
import type { Commitment, Position, Register, RegisterConfig, Resolution, Source } from '../core/model.js';
import type { ResolvedDeadlines } from '../core/resolve-deadlines.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { readLatin1Lines } from '../io/read-lines.js';

/** Bumped when the cached shape changes, so an old cache is simply a miss. */
const CACHE_FORMAT = 5;

/** What a clean register resolves to: everything `status` needs without parsing YAML again. */
export interface CachedRegister {
  register: Register;
  config: RegisterConfig;
  calendar: Calendar;
  deadlines: ResolvedDeadlines;
}

/**
 * On disk: a header line, then one line per commitment. Read line by line,
 * the file is never held whole (see read-lines.ts), which at 100,000
 * commitments is most of what a cached run costs. Positions drop their file
 * name (it is the commitment's or the source's own) and windows point into a
 * table of distinct resolutions: most commitments share a phrase and a date
 * with others.
 */
/** `line * COLUMNS + col`: one number instead of an object; positions past the limit stay pairs. */
type StoredPosition = number | [line: number, col: number];
const COLUMNS = 1_000_000;
type Stored<T extends { position: Position }> = Omit<T, 'position'> & { position: StoredPosition };
type StoredCommitment = Omit<Stored<Commitment>, 'due'> & { due?: Stored<NonNullable<Commitment['due']>> };

interface CacheHeader {
  format: number;
  key: string;
  /** How many commitment lines follow: a file cut short is a miss, never a register with commitments missing. */
  count: number;
  sources: Stored<Source>[];
  config: RegisterConfig;
  calendar: Calendar;
  resolutions: Resolution[];
  spans: [string, Span][];
}

/** A commitment's line: the index of its window in `resolutions` (-1: none), and the commitment. */
type CommitmentLine = [window: number, commitment: StoredCommitment];

const store = (position: Position): StoredPosition =>
  position.col < COLUMNS ? position.line * COLUMNS + position.col : [position.line, position.col];
const restore = (stored: StoredPosition, file: string): Position =>
  typeof stored === 'number'
    ? { file, line: Math.floor(stored / COLUMNS), col: stored % COLUMNS }
    : { file, line: stored[0], col: stored[1] };

/** Most commitments have no dependencies, history or addressees: empty lists are left out and share one frozen list on load. */
const LIST_FIELDS = ['dependsOn', 'to', 'tags', 'history'] as const;
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** JSON with every non-ASCII character escaped: the file can then be read without UTF-8 decoding. */
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);

function cacheLines(key: string, value: CachedRegister): string[] {
  const table = new Map<Resolution, number>();
  const lines = value.register.commitments.map((commitment) => {
    const window = value.deadlines.windows.get(commitment.id);
    if (window && !table.has(window)) table.set(window, table.size);
    const { position, due, ...rest } = commitment;
    const stored: StoredCommitment = { ...rest, position: store(position), ...(due ? { due: { ...due, position: store(due.position) } } : {}) };
    for (const field of LIST_FIELDS) if (stored[field].length === 0) delete (stored as Partial<StoredCommitment>)[field];
    const line: CommitmentLine = [window ? table.get(window)! : -1, stored];
    return asciiJson(line);
  });
  const header: CacheHeader = {
    format: CACHE_FORMAT,
    key,
    count: lines.length,
    sources: value.register.sources.map((source) => ({ ...source, position: store(source.position) })),
    config: value.config,
    calendar: value.calendar,
    resolutions: [...table.keys()],
    spans: [...value.deadlines.spans],
  };
  return [asciiJson(header), ...lines];
}

/** Restored in place: copying 100,000 objects with spreads costs more than parsing them. */
function restoreCommitment(stored: StoredCommitment): Commitment {
  const commitment = stored as unknown as Commitment;
  commitment.position = restore(stored.position, stored.file);
  if (stored.due) (commitment.due as { position: Position }).position = restore(stored.due.position, stored.file);
  for (const field of LIST_FIELDS) (commitment[field] as unknown[]) ??= NONE;
  return commitment;
}

/**
 * Where caches live: TOEZEGGING_CACHE_DIR, else the XDG cache folder. Empty
 * TOEZEGGING_CACHE_DIR or TOEZEGGING_NO_CACHE=1 turn the cache off.
 */
export function cacheDirectory(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.TOEZEGGING_NO_CACHE && env.TOEZEGGING_NO_CACHE !== '0') return undefined;
  if (env.TOEZEGGING_CACHE_DIR !== undefined) return env.TOEZEGGING_CACHE_DIR || undefined;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'toezegging');
}

/** A file's identity on disk: size, modification and change times in nanoseconds, inode. */
interface FileEntry {
  path: string;
  stamp: string;
  /** SHA-256 of the content. */
  hash: string;
}

/** The small companion of a cache file: what each file looked like, and when that was read. */
export interface CacheIndex {
  format: number;
  key: string;
  /** Wall-clock time, in nanoseconds, just before the files were looked at. */
  takenAtNs: string;
  files: FileEntry[];
}

/**
 * A file whose change time is this close to the moment its stamp was taken may
 * be changed again within the same tick of the file system's clock, leaving
 * the stamp as it was: such a "racily clean" file (git's term) is read and
 * hashed every time, not trusted by its stamp.
 */
const RACY_NS = 3_000_000_000n;

function stampOf(file: LoadedFile): { stamp: string; ctimeNs: bigint } | undefined {
  try {
    const info = statSync(file.absolutePath, { bigint: true });
    return { stamp: `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}`, ctimeNs: info.ctimeNs };
  } catch {
    return undefined;
  }
}

export interface RegisterKey {
  key: string;
  takenAtNs: bigint;
  files: FileEntry[];
  /** How many files had to be read and hashed, rather than trusted by their stamp. */
  hashed: number;
}

/**
 * The cache key: a hash over every file's path and content, plus what else
 * shapes the result (program build, shipped calendar). Like git's index, a
 * file whose size, times and inode are those recorded in the previous index,
 * and which had not changed for a few seconds when that was made, keeps its
 * recorded content hash; any other file is read and hashed. An edit always
 * changes the change time, which no tool can set back, so an edit that keeps
 * size and modification time is still seen: the cache is never stale.
 * Reads the files it must hash; undefined when one cannot be read.
 */
export function registerKey(files: readonly LoadedFile[], salt: string, previous: CacheIndex | undefined): RegisterKey | undefined {
  const takenAtNs = BigInt(Date.now()) * 1_000_000n;
  const known = new Map<string, FileEntry>();
  if (previous) for (const entry of previous.files) known.set(entry.path, entry);
  const trustedBefore = previous ? BigInt(previous.takenAtNs) - RACY_NS : 0n;
  const entries: FileEntry[] = [];
  let hashed = 0;
  const key = createHash('sha256').update(`${CACHE_FORMAT}\0${salt}\0`);
  for (const file of files) {
    const stamped = stampOf(file);
    if (!stamped) return undefined;
    const prior = known.get(file.path);
    let hash: string;
    if (prior && prior.stamp === stamped.stamp && stamped.ctimeNs < trustedBefore && !file.bytes) {
      hash = prior.hash;
    } else {
      readBytes(file);
      if (!file.bytes) return undefined;
      hash = createHash('sha256').update(file.bytes).digest('hex');
      hashed += 1;
    }
    entries.push({ path: file.path, stamp: stamped.stamp, hash });
    key.update(`${file.role}\0${file.path}\0${hash}\0`);
  }
  return { key: key.digest('hex'), takenAtNs, files: entries, hashed };
}

function cacheName(root: string): string {
  return `register-${createHash('sha256').update(root).digest('hex').slice(0, 24)}`;
}

function cachePath(directory: string, root: string): string {
  return join(directory, `${cacheName(root)}.json`);
}

function indexPath(directory: string, root: string): string {
  return join(directory, `${cacheName(root)}.index.json`);
}

export function readCacheIndex(directory: string, root: string): CacheIndex | undefined {
  try {
    const index = JSON.parse(readFileSync(indexPath(directory, root), 'latin1')) as CacheIndex;
    return index.format === CACHE_FORMAT ? index : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort, like the cache itself; refreshed after a hit so that recently edited files soon count as settled. */
export async function writeCacheIndex(directory: string, root: string, key: RegisterKey): Promise<void> {
  const index: CacheIndex = { format: CACHE_FORMAT, key: key.key, takenAtNs: String(key.takenAtNs), files: key.files };
  try {
    await mkdir(directory, { recursive: true });
    await writeFileAtomic(indexPath(directory, root), asciiJson(index));
  } catch {
    // As for the cache file.
  }
}

/** Undefined unless the file holds exactly this key's register, whole. */
export function readCachedRegister(directory: string, root: string, key: string): CachedRegister | undefined {
  let header: CacheHeader | undefined;
  const commitments: Commitment[] = [];
  const windows = new Map<string, Resolution>();
  try {
    readLatin1Lines(cachePath(directory, root), (line) => {
      if (!header) {
        header = JSON.parse(line) as CacheHeader;
        // Another key's register: stop reading, not parse it to no end.
        if (header.format !== CACHE_FORMAT || header.key !== key) throw new StaleCache();
        return;
      }
      const [window, stored] = JSON.parse(line) as CommitmentLine;
      const commitment = restoreCommitment(stored);
      commitments.push(commitment);
      if (window >= 0) windows.set(commitment.id, header.resolutions[window]!);
    });
  } catch {
    return undefined;
  }
  if (!header || commitments.length !== header.count) return undefined;
  return {
    register: { sources: header.sources.map((source) => ({ ...source, position: restore(source.position, source.file) })), commitments },
    config: header.config,
    calendar: header.calendar,
    deadlines: { windows, spans: new Map(header.spans), diagnostics: [] },
  };
}

class StaleCache extends Error {}

/** Best effort: a cache that cannot be written only costs speed, never correctness. */
export async function writeCachedRegister(directory: string, root: string, key: string, value: CachedRegister): Promise<void> {
  try {
    await mkdir(directory, { recursive: true });
    await writeFileAtomic(cachePath(directory, root), `${cacheLines(key, value).join('\n')}\n`);
  } catch {
    // Read-only home, full disk: run uncached.
  }
}
