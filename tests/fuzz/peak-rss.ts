import { join } from 'node:path';

/** `node --require` this into a child to have it report its peak memory (see peak-rss.cjs). */
export const PEAK_RSS_PRELOAD = join(import.meta.dirname, 'peak-rss.cjs');

const REPORT = /\npeak-rss-kb=(\d+)\n$/;

/** A child's stderr split into what the program wrote and its peak resident set size in KiB (undefined when it never exited on its own: killed). */
export function peakRss(stderr: string): { stderr: string; kb: number | undefined } {
  const found = REPORT.exec(stderr);
  return found ? { stderr: stderr.slice(0, found.index), kb: Number(found[1]) } : { stderr, kb: undefined };
}

/**
 * The memory a run may take: a fixed part for Node and the program (a run of
 * the shipped example takes about 55 MB) and a part proportional to the
 * register's size (a 1.4 MB register of 20,000 commitments takes about 300 MB;
 * the 2,000-deep waiting chain that repeated itself per commitment took 800 MB
 * of a 140 KB register).
 */
export function memoryBoundKb(registerBytes: number): number {
  return 128 * 1024 + Math.ceil((256 * registerBytes) / 1024);
}
