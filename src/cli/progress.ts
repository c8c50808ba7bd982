import type { Messages } from '../messages/index.js';
import type { Io } from './io.js';

/** A short read shows nothing; one that takes longer than this says how far it is. */
const QUIET_MS = 1000;
/** Redrawing more often than this only costs time. */
const REDRAW_MS = 100;

export interface FileProgress {
  onFile(done: number, total: number): void;
  /** Clears the line, if one was shown. */
  end(): void;
}

/**
 * Progress of reading a register's files, on a terminal only: nothing for
 * the first second, then one line on stderr, rewritten in place and cleared
 * at the end. Piped or redirected, nothing at all.
 */
export function fileProgress(stderr: Io['stderr'], messages: Messages, clock: () => number = Date.now): FileProgress | undefined {
  if (!stderr.isTTY) return undefined;
  const started = clock();
  let shownAt: number | undefined;
  return {
    onFile(done, total) {
      const now = clock();
      if (now - started < QUIET_MS || (shownAt !== undefined && now - shownAt < REDRAW_MS && done < total)) return;
      shownAt = now;
      stderr.write(`\r\x1b[2K${messages.cli.readingFiles(done, total)}`);
    },
    end() {
      if (shownAt !== undefined) stderr.write('\r\x1b[2K');
      shownAt = undefined;
    },
  };
}
