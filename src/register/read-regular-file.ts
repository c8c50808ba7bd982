import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a file's bytes were not read. */
export type NotRead = { kind: 'not-a-file' } | { kind: 'too-large'; size: number; limit: number };

/** Opens a file for reading without waiting: a FIFO opens at once instead of blocking until a writer comes. */
export function openWithoutBlocking(file: string): number {
  return openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
}

/** Whether the open file is a regular file: a FIFO, device or socket would be read forever, or block. */
export function isRegularFile(fd: number): boolean {
  return fstatSync(fd).isFile();
}

/**
 * The bytes of a regular file of at most `limit` bytes; any other kind of
 * file, or a larger one, is refused without reading (or waiting on) it.
 * Throws the system error when it cannot be opened.
 */
export function readRegularFile(file: string, limit: number): { bytes: Buffer } | NotRead {
  const fd = openWithoutBlocking(file);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { kind: 'not-a-file' };
    if (info.size > limit) return { kind: 'too-large', size: info.size, limit };
    // The size may change while reading: read to the end, but never past the limit. The first
    // read asks for one byte more than the size: when it does not fill its buffer it has met
    // the end, and the file takes one buffer of its own size (a register's thousands of files
    // are all held at once). A file that says it is empty (as /proc's do) is read until a read gives nothing.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const wanted = total === 0 && info.size > 0 ? info.size + 1 : 1 << 16;
      const chunk = Buffer.allocUnsafe(Math.min(wanted, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) return { kind: 'too-large', size: total, limit };
      if (total === read && info.size > 0 && read < chunk.length) break;
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}

