import type { Messages } from '../messages/index.js';
import type { Io } from './io.js';

/** A short read shows nothing; one that takes longer than this says how far it is. */
const QUIET_MS = 1000;
const QUIET_ENV = 'TOEZEGGING_PROGRESS_AFTER';
/** Redrawing more often than this only costs time. */
const REDRAW_MS = 100;

export interface FileProgress {
  onFile(done: number, total: number): void;
  /** Clears the line, if one was shown. */
  end(): void;
}

/**
 * How long a read runs before it shows progress: TOEZEGGING_PROGRESS_AFTER
 * seconds, else one. A value that is not a number of seconds is ignored, as
 * nothing but the progress line depends on it. Tests set it to 0, so that
 * progress shows however fast the machine reads.
 */
function quietMs(env: Io['env']): number {
  const value = env[QUIET_ENV]?.trim();
  return value !== undefined && /^\d+(?:\.\d+)?$/.test(value) ? Number(value) * 1000 : QUIET_MS;
}

/**
 * Progress of reading a register's files, on a terminal only: nothing for
 * the first second, then one line on stderr, rewritten in place and cleared
 * at the end. Piped or redirected, nothing at all.
 */
export function fileProgress(io: Pick<Io, 'stderr' | 'env'>, messages: Messages, clock: () => number = Date.now): FileProgress | undefined {
  const { stderr } = io;
  if (!stderr.isTTY) return undefined;
  const quiet = quietMs(io.env);
  const started = clock();
  let shownAt: number | undefined;
  return {
    onFile(done, total) {
      const now = clock();
      if (now - started < quiet || (shownAt !== undefined && now - shownAt < REDRAW_MS && done < total)) return;
      shownAt = now;
      stderr.write(`\r\x1b[2K${messages.cli.readingFiles(done, total)}`);
    },
    end() {
      if (shownAt !== undefined) stderr.write('\r\x1b[2K');
      shownAt = undefined;
    },
  };
}
