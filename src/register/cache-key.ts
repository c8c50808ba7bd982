import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readThrough, type LoadedFile } from './load.js';
import { replaceVerifiedFileSync } from './atomic-write.js';
import { checksummedJson, readChecksummedJson } from './checksummed-json.js';
import { CACHE_FORMAT, cacheFile } from './register-cache.js';
import { makeFolder } from './make-folder.js';

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
export const RACY_NS = 3_000_000_000n;

/** Far above the index of the largest register (about 150 bytes a file); a bigger file is not an index. */
const MAX_INDEX_BYTES = 1 << 30;

export function stampOf(file: LoadedFile): { stamp: string; ctimeNs: bigint } | undefined {
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
 * Reads the files it must hash, keeping none of their bytes (each is read
 * again when it is parsed, and checked then: see `isKeyedContent`);
 * undefined when one cannot be read.
 * `written`: the content hashes of files this process just wrote (by path),
 * which need no reading; an edit by another program just after is still seen
 * by the next run, since a file changed that close to the key is hashed then.
 */
export function registerKey(files: readonly LoadedFile[], salt: string, previous: CacheIndex | undefined, written?: ReadonlyMap<string, string>): RegisterKey | undefined {
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
    const given = written?.get(file.path);
    if (given !== undefined) {
      hash = given;
    } else if (prior && prior.stamp === stamped.stamp && stamped.ctimeNs < trustedBefore && !file.bytes) {
      hash = prior.hash;
    } else {
      // Bytes already read are the ones to be parsed; any others are hashed as they are read and not kept.
      const digest = createHash('sha256');
      if (file.bytes) digest.update(file.bytes);
      else if (!readThrough(file, (piece) => digest.update(piece))) return undefined;
      hash = digest.digest('hex');
      if (file.bytes) hashedBytes.set(file.bytes, hash);
      hashed += 1;
    }
    entries.push({ path: file.path, stamp: stamped.stamp, hash });
    key.update(`${file.role}\0${file.path}\0${hash}\0`);
  }
  return { key: key.digest('hex'), takenAtNs, files: entries, hashed };
}

/** The bytes `registerKey` read and hashed itself, with their hash: they need no hashing again. */
const hashedBytes = new WeakMap<Uint8Array, string>();

/**
 * Whether `bytes`, read to be parsed, are the content a key names by `hash`.
 * A file trusted by its stamp is read only when it must be parsed, after the
 * stamp was taken: an edit in between would otherwise be parsed and cached
 * under the hash of what was there before (and served again, wrongly, once
 * the file is edited back). Bytes the key was made from are known at once.
 */
export function isKeyedContent(bytes: Uint8Array, hash: string): boolean {
  return (hashedBytes.get(bytes) ?? createHash('sha256').update(bytes).digest('hex')) === hash;
}

/**
 * Whether every file of `now` not in `written` is still as it was when
 * `read` was taken (same stamp, same content hash). A register read, changed
 * and then cached holds each such file as it was read: when another program
 * edited one meanwhile, `now` may pair that file's new stamp with what was
 * read before, and a cache made from the register under `now` would serve
 * the old version from then on. The caller then caches nothing. Without
 * `read`, no file was read (a register folder not made yet).
 */
export function unchangedSinceRead(read: RegisterKey | undefined, now: RegisterKey, written: ReadonlySet<string> = new Set()): boolean {
  const then = new Map(read?.files.map((entry) => [entry.path, entry]));
  return now.files.every((entry) => written.has(entry.path) || (then.get(entry.path)?.stamp === entry.stamp && then.get(entry.path)?.hash === entry.hash));
}

/**
 * The index as written, or undefined: on disk it is its SHA-256, a newline and
 * its JSON, and anything that does not match or has not the index's shape is
 * no index at all (every file is then hashed), never a failure.
 */
export function readCacheIndex(directory: string, root: string): CacheIndex | undefined {
  const index = readChecksummedJson(cacheFile(directory, root, 'index'), MAX_INDEX_BYTES) as CacheIndex | null | undefined;
  return typeof index === 'object' && index !== null && index.format === CACHE_FORMAT && isIndex(index) ? index : undefined;
}

const HASH = /^[0-9a-f]{64}$/;

function isIndex(value: CacheIndex): boolean {
  return (
    typeof value.key === 'string' &&
    typeof value.takenAtNs === 'string' &&
    /^\d{1,30}$/.test(value.takenAtNs) &&
    Array.isArray(value.files) &&
    value.files.every((entry: Partial<FileEntry> | null) => typeof entry?.path === 'string' && typeof entry.stamp === 'string' && typeof entry.hash === 'string' && HASH.test(entry.hash))
  );
}

/** Best effort, like the cache itself; refreshed after a hit so that recently edited files soon count as settled. */
export function writeCacheIndex(directory: string, root: string, key: RegisterKey): void {
  const index: CacheIndex = { format: CACHE_FORMAT, key: key.key, takenAtNs: String(key.takenAtNs), files: key.files };
  try {
    makeFolder(directory);
    replaceVerifiedFileSync(cacheFile(directory, root, 'index'), checksummedJson(index));
  } catch {
    // As for the cache files.
  }
}
