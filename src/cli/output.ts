import { batched, type Output } from '../render/chunks.js';
import type { Io } from './io.js';
import { writeThroughPager } from './pager.js';

/**
 * Writes a command's output. Text goes through the pager as before. Chunks
 * made for a program (a pipe, a file, or a terminal with paging off) are
 * written as they are made, waiting whenever the reader is behind, so the
 * whole document is never held; at a terminal that may page they are joined
 * first, since the pager is chosen by the length of the whole text.
 */
export async function writeOutput(output: Output, io: Io, pagerEnabled: boolean): Promise<void> {
  if (typeof output === 'string') return writeThroughPager(output, io, pagerEnabled);
  if (pagerEnabled && io.stdout.isTTY) return writeThroughPager([...output].join(''), io, pagerEnabled);
  for (const piece of batched(output)) {
    if (io.stdout.write(piece) === false && !(await drained(io.stdout))) return;
  }
}

/**
 * Resolves true once a full stream can take more, false when it never will
 * (closed or failed: the reader went away, which the entry point handles).
 */
function drained(stdout: Io['stdout']): Promise<boolean> {
  const { once, off } = stdout;
  if (!once || !off) return Promise.resolve(true);
  return new Promise((resolve) => {
    const settle = (value: boolean) => () => {
      off.call(stdout, 'drain', onDrain);
      off.call(stdout, 'close', onEnd);
      off.call(stdout, 'error', onEnd);
      resolve(value);
    };
    const onDrain = settle(true);
    const onEnd = settle(false);
    once.call(stdout, 'drain', onDrain);
    once.call(stdout, 'close', onEnd);
    once.call(stdout, 'error', onEnd);
  });
}
