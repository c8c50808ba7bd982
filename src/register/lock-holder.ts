import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { errorCode } from './error-code.js';

/** Hidden, so a register load never mistakes it for data. */
export const LOCK_FILE = '.toezegging.lock';

/** Who holds the lock, as written in the lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO instant at which the lock was taken; for people reading the message, not for decisions. */
  since: string;
  /** Tells this holder's lock apart from a later one by the same pid. */
  token: string;
  /**
   * When the holding process started, as the system counts it (Linux: clock
   * ticks since boot, from /proc): with the pid, it names one process, so a
   * later process given the same pid (pid 1 in a container) is not mistaken
   * for the holder. Absent where the system does not say.
   */
  started?: string;
}

/** This process, as a lock (or a publication's mark) names it. */
export function newHolder(): LockHolder {
  const started = processStart(process.pid);
  return { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomBytes(8).toString('hex'), ...(started === undefined ? {} : { started }) };
}

export function parseHolder(raw: string): LockHolder | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, host, since, token, started } = value as Record<string, unknown>;
    // A pid of 0 or below would ask about a whole process group.
    if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return undefined;
    if (typeof host !== 'string' || typeof since !== 'string' || typeof token !== 'string') return undefined;
    if (started !== undefined && typeof started !== 'string') return undefined;
    return { pid, host, since, token, ...(started === undefined ? {} : { started }) };
  } catch {
    return undefined;
  }
}

/**
 * Whether the holder's process is known to have ended: it ran on this host
 * and no longer runs there. A process on another host (a shared network
 * folder) cannot be checked: it is taken to run.
 */
export function hasEnded(holder: LockHolder): boolean {
  return holder.host === hostname() && !isHeldBy(holder);
}

/**
 * Whether the process that wrote the lock still runs. Where the system gives
 * process start times, the pid must also have started when the holder says
 * it did: a lock without one, or with another, names a process that is gone.
 */
export function isHeldBy(holder: LockHolder): boolean {
  if (!isRunning(holder.pid)) return false;
  if (processStart(process.pid) === undefined) return true;
  const started = processStart(holder.pid);
  return started !== undefined && started === holder.started;
}

/** A process's start time from /proc/PID/stat (field 22, after the command name in parentheses); undefined without /proc. */
export function processStart(pid: number): string | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return undefined;
  }
  // The command name may itself hold spaces and parentheses: the fields start after the last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return errorCode(error) !== 'ESRCH';
  }
}
