import type { Messages } from '../messages/index.js';
import { DEFAULT_LOCK_TIMEOUT_MS } from './lock.js';
import { UsageError } from '../cli/errors.js';

/**
 * How long a write waits for another process's register lock:
 * TOEZEGGING_LOCK_TIMEOUT seconds, else 15. A register on a slow network
 * share may want longer; a script that must not hang, shorter.
 */
export function lockTimeoutMs(env: Readonly<Record<string, string | undefined>>, messages: Messages): number {
  const value = env.TOEZEGGING_LOCK_TIMEOUT?.trim();
  if (value === undefined || value === '') return DEFAULT_LOCK_TIMEOUT_MS;
  if (!/^\d+(?:\.\d+)?$/.test(value)) throw new UsageError(messages.cli.badLockTimeout(value));
  return Number(value) * 1000;
}
