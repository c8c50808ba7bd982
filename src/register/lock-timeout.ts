import { DEFAULT_LOCK_TIMEOUT_MS } from './lock.js';

/** TOEZEGGING_LOCK_TIMEOUT holds something other than a number of seconds. */
export class BadLockTimeoutError extends Error {
  override readonly name = 'BadLockTimeoutError';

  constructor(readonly value: string) {
    super(`TOEZEGGING_LOCK_TIMEOUT is not a number of seconds: ${value}`);
  }
}

/**
 * How long a write waits for another process's register lock:
 * TOEZEGGING_LOCK_TIMEOUT seconds, else 15. A register on a slow network
 * share may want longer; a script that must not hang, shorter.
 */
export function lockTimeoutMs(env: Readonly<Record<string, string | undefined>>): number {
  const value = env.TOEZEGGING_LOCK_TIMEOUT?.trim();
  if (value === undefined || value === '') return DEFAULT_LOCK_TIMEOUT_MS;
  if (!/^\d+(?:\.\d+)?$/.test(value)) throw new BadLockTimeoutError(value);
  return Number(value) * 1000;
}
