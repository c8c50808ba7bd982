import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Calendar } from '../core/calendar.js';
import type { Span } from '../core/deadline/span.js';
import type { LoadedFile } from '../core/load.js';
import type { Register, RegisterConfig, Resolution } from '../core/model.js';
import type { ResolvedDeadlines } from '../core/resolve-deadlines.js';
import { writeFileAtomic } from '../io/atomic-write.js';

/** Bumped when the cached shape changes, so an old cache is simply a miss. */
const CACHE_FORMAT = 1;

/** What a clean register resolves to: everything `status` needs without parsing YAML again. */
export interface CachedRegister {
  register: Register;
  config: RegisterConfig;
  calendar: Calendar;
  deadlines: ResolvedDeadlines;
}

interface CacheFile {
  format: number;
  key: string;
  register: Register;
  config: RegisterConfig;
  calendar: Calendar;
  windows: [string, Resolution][];
  spans: [string, Span][];
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

/**
 * The cache key: a hash over every file's path and full content, plus what
 * else shapes the result (program build, shipped calendar). Content, not
 * size or mtime, so an edit that keeps both is still seen: the cache can
 * never be stale. Undefined when a file could not be read.
 */
export function cacheKey(files: readonly LoadedFile[], salt: string): string | undefined {
  const hash = createHash('sha256').update(`${CACHE_FORMAT}\0${salt}\0`);
  for (const file of files) {
    if (!file.bytes) return undefined;
    hash.update(`${file.role}\0${file.path}\0${file.bytes.length}\0`).update(file.bytes);
  }
  return hash.digest('hex');
}

function cachePath(directory: string, root: string): string {
  return join(directory, `register-${createHash('sha256').update(root).digest('hex').slice(0, 24)}.json`);
}

export async function readCachedRegister(directory: string, root: string, key: string): Promise<CachedRegister | undefined> {
  let cached: CacheFile;
  try {
    cached = JSON.parse(await readFile(cachePath(directory, root), 'utf8')) as CacheFile;
  } catch {
    return undefined;
  }
  if (cached.format !== CACHE_FORMAT || cached.key !== key) return undefined;
  return {
    register: cached.register,
    config: cached.config,
    calendar: cached.calendar,
    deadlines: { windows: new Map(cached.windows), spans: new Map(cached.spans), diagnostics: [] },
  };
}

/** Best effort: a cache that cannot be written only costs speed, never correctness. */
export async function writeCachedRegister(directory: string, root: string, key: string, value: CachedRegister): Promise<void> {
  const file: CacheFile = {
    format: CACHE_FORMAT,
    key,
    register: value.register,
    config: value.config,
    calendar: value.calendar,
    windows: [...value.deadlines.windows],
    spans: [...value.deadlines.spans],
  };
  try {
    await mkdir(directory, { recursive: true });
    await writeFileAtomic(cachePath(directory, root), JSON.stringify(file));
  } catch {
    // Read-only home, full disk: run uncached.
  }
}
