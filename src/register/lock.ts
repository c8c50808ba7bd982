import { hostname } from 'node:os';
import { link, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { asDiskError } from './disk-error.js';
import { errorCode } from './error-code.js';
import { hasEnded, isHeldBy, LOCK_FILE, newHolder, parseHolder, type LockHolder } from './lock-holder.js';

export { LOCK_FILE, type LockHolder } from './lock-holder.js';


export const DEFAULT_LOCK_TIMEOUT_MS = 15_000;
const FIRST_WAIT_MS = 10;
const LONGEST_WAIT_MS = 250;
/**
 * A lock file is written right after it is created; one that is still empty or
 * unreadable after this long belongs to a writer that died in between.
 */
const UNWRITTEN_LOCK_GRACE_MS = 5_000;
/** The guard taken while breaking a stale lock; a breaker dies rarely, but must not block forever. */
const BREAK_GUARD_STALE_MS = 10_000;

/** The lock could not be taken in time; the CLI names the file so the user can investigate. */
export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';

  constructor(
    readonly lockPath: string,
    readonly waitedMs: number,
    readonly holder: LockHolder | undefined,
  ) {
    // The holder's fields come from a file anyone can write: they are for the CLI to print safely, not for this message.
    super(`register is locked: ${lockPath}`);
  }

  /** How long it waited, in whole seconds, as the refusal tells it. */
  get waitedSeconds(): number {
    return Math.round(this.waitedMs / 1000);
  }
}

export interface RegisterLockOptions {
  timeoutMs?: number;
}

/**
 * Runs `fn` while holding the register-wide write lock, so that two processes
 * changing the same register never overwrite each other's change. The whole
 * read → edit → validate → write must happen inside `fn`.
 *
 * The lock is a file in the register root, put in place by a hard link (or,
 * without hard links, created with O_EXCL) so that it is never seen empty. A lock left by
 * a process that no longer runs on this host (the pid is gone, or now belongs
 * to a process that started at another time) is broken; any other lock is
 * waited for with backoff until `timeoutMs`, then `LockTimeoutError`. A lock
 * that cannot be created or read (a full disk, a read-only folder, a folder
 * in its place) is a DiskError; a full disk leaves no lock file behind.
 */
export async function withRegisterLock<T>(root: string, fn: () => Promise<T>, options: RegisterLockOptions = {}): Promise<T> {
  const lockPath = path.join(root, LOCK_FILE);
  const holder = await acquire(lockPath, options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
  try {
    return await fn();
  } finally {
    await release(lockPath, holder);
  }
}

async function acquire(lockPath: string, timeoutMs: number): Promise<LockHolder> {
  const started = performance.now();
  let wait = FIRST_WAIT_MS;
  for (;;) {
    const mine = await tryCreate(lockPath);
    if (mine) {
      await removeStaleDrafts(lockPath, mine);
      return mine;
    }
    const current = await readHolder(lockPath);
    if (current.kind === 'gone') continue;
    if (await isStale(lockPath, current)) {
      await breakStaleLock(lockPath, current);
      continue;
    }
    const waited = performance.now() - started;
    if (waited >= timeoutMs) throw new LockTimeoutError(lockPath, Math.round(waited), current.kind === 'held' ? current.holder : undefined);
    // Jitter keeps a crowd of waiters from retrying in lockstep.
    await sleep(Math.min(wait * (0.5 + Math.random()), timeoutMs - waited));
    wait = Math.min(wait * 1.6, LONGEST_WAIT_MS);
  }
}

/**
 * The lock is written whole in a draft of its own and then linked into place, so the lock file never exists empty: a
 * writer killed, or a folder turned read-only, between creating and writing it would otherwise leave an empty lock that
 * holds every other writer off for its grace period.
 */
async function tryCreate(lockPath: string): Promise<LockHolder | undefined> {
  const holder = newHolder();
  const draft = `${lockPath}.${holder.token}`;
  try {
    await writeFile(draft, `${JSON.stringify(holder)}\n`, { flag: 'wx', mode: 0o644 });
  } catch (error) {
    await rm(draft, { force: true }).catch(() => undefined);
    throw asDiskError(error, lockPath, 'lock');
  }
  try {
    await link(draft, lockPath);
    return holder;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return undefined;
    if (NO_HARD_LINKS.has(errorCode(error) ?? '')) return await createInPlace(lockPath, holder);
    throw asDiskError(error, lockPath, 'lock');
  } finally {
    await rm(draft, { force: true }).catch(() => undefined);
  }
}

/** A draft's name after the lock's and a dot: its holder's token (see `newHolder`). */
const DRAFT_TOKEN = /^[0-9a-f]{16}$/;

/**
 * A writer killed between writing its draft and removing it leaves the draft
 * behind, and nothing else would ever remove it. Taken with the lock, so
 * only one process clears at a time: a draft older than the grace period,
 * not this holder's, whose process no longer runs on this host (or that
 * names none) goes. Best effort: a draft that stays costs nothing but a name.
 */
async function removeStaleDrafts(lockPath: string, mine: LockHolder): Promise<void> {
  const folder = path.dirname(lockPath);
  const prefix = `${path.basename(lockPath)}.`;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !DRAFT_TOKEN.test(name.slice(prefix.length)) || name === `${prefix}${mine.token}`) continue;
    const draft = path.join(folder, name);
    if ((await ageMs(draft)) <= UNWRITTEN_LOCK_GRACE_MS) continue;
    const holder = parseHolder(await readFile(draft, 'utf8').catch(() => ''));
    if (holder && holder.host === hostname() && isHeldBy(holder)) continue;
    await rm(draft, { force: true }).catch(() => undefined);
  }
}

/** What a file system without hard links (FAT, some network and FUSE mounts) answers to link(). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);


/** Where there are no hard links: create the lock exclusively and write it at once; a failed write takes it away again. */
async function createInPlace(lockPath: string, holder: LockHolder): Promise<LockHolder | undefined> {
  let handle;
  try {
    handle = await open(lockPath, 'wx', 0o644);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return undefined;
    throw asDiskError(error, lockPath, 'lock');
  }
  try {
    await handle.writeFile(`${JSON.stringify(holder)}\n`);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(lockPath, { force: true }).catch(() => undefined);
    throw asDiskError(error, lockPath, 'lock');
  }
  return holder;
}

type LockState = { kind: 'held'; holder: LockHolder; raw: string } | { kind: 'unreadable'; raw: string } | { kind: 'gone' };

async function readHolder(lockPath: string): Promise<LockState> {
  let raw: string;
  try {
    raw = await readFile(lockPath, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'gone' };
    // EISDIR: a folder where the lock file should be.
    throw asDiskError(error, lockPath, 'lock');
  }
  const holder = parseHolder(raw);
  return holder ? { kind: 'held', holder, raw } : { kind: 'unreadable', raw };
}

async function isStale(lockPath: string, state: Exclude<LockState, { kind: 'gone' }>): Promise<boolean> {
  if (state.kind === 'unreadable') return (await ageMs(lockPath)) > UNWRITTEN_LOCK_GRACE_MS;
  return hasEnded(state.holder);
}

/**
 * Two waiters may find the same stale lock; without care the slower one would
 * delete the lock the faster one has just taken. So breaking is itself guarded
 * by an O_EXCL file, and the lock is removed only if it still holds exactly
 * what was judged stale.
 */
async function breakStaleLock(lockPath: string, stale: Exclude<LockState, { kind: 'gone' }>): Promise<void> {
  const guardPath = `${lockPath}.break`;
  let guard;
  try {
    guard = await open(guardPath, 'wx', 0o644);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw asDiskError(error, guardPath, 'lock');
    if ((await ageMs(guardPath)) > BREAK_GUARD_STALE_MS) await rm(guardPath, { force: true });
    else await sleep(FIRST_WAIT_MS);
    return;
  }
  try {
    const now = await readHolder(lockPath);
    if (now.kind !== 'gone' && now.raw === stale.raw) await rm(lockPath, { force: true }).catch((error: unknown) => Promise.reject(asDiskError(error, lockPath, 'lock')));
  } finally {
    await guard.close();
    // A guard that cannot go (the folder turned read-only) is taken for stale once it is old enough.
    await rm(guardPath, { force: true }).catch(() => undefined);
  }
}

async function release(lockPath: string, holder: LockHolder): Promise<void> {
  const now = await readHolder(lockPath);
  // Someone broke our lock (we were presumed dead); theirs is not ours to remove.
  if (now.kind !== 'held' || now.holder.token !== holder.token) return;
  // A lock that cannot be removed (the folder turned read-only meanwhile) names this process, which is about to end:
  // the next writer breaks it as stale. The outcome of the change stands, whether written or refused.
  await rm(lockPath, { force: true }).catch(() => undefined);
}

async function ageMs(file: string): Promise<number> {
  try {
    return Date.now() - (await stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
