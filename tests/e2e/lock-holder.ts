import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** A process's start time as the register lock records it (Linux: from /proc); undefined elsewhere. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** The lock file a writer running as `pid` on this host would have written: one a waiter must take as held. */
export function lockHeldBy(pid: number, since = '2026-11-28T10:00:00.000Z'): string {
  const started = processStart(pid);
  return JSON.stringify({ pid, host: hostname(), since, token: 't', ...(started === undefined ? {} : { started }) });
}
