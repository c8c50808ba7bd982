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
  return withRegularFile(file, limit, (fd, size): { bytes: Buffer } | NotRead => {
    // The size may change while reading: read to the end, but never past the limit. The first
    // read asks for one byte more than the size: when it does not fill its buffer it has met
    // the end, and the file takes one buffer of its own size (a register's thousands of files
    // are all held at once). A file that says it is empty (as /proc's do) is read until a read gives nothing.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const wanted = total === 0 && size > 0 ? size + 1 : 1 << 16;
      const chunk = Buffer.allocUnsafe(Math.min(wanted, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) return { kind: 'too-large', size: total, limit };
      if (total === read && size > 0 && read < chunk.length) break;
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  });
}

/**
 * The one buffer every file read by `readRegularFileThrough` passes through.
 * A first run reads the whole register only to hash it: given a buffer each,
 * its files were a register's size of memory until the collector let them
 * go. Worse, glibc's malloc raises its threshold for mapping a block on its
 * own to the size of the largest mapped block freed (V8's code cache, read
 * at start-up, is one), so files under that size went to its heap, which
 * kept their pages after they were freed: the first `status` of a register
 * of 694 kB month files peaked 20-25 MiB higher than one of 800 kB files.
 */
let passage: Buffer | undefined;
const PASSAGE_BYTES = 1 << 20;

/**
 * A regular file of at most `limit` bytes handed to `use` a piece at a time,
 * refused as `readRegularFile` refuses it. Each piece is valid only during
 * its call: the next read overwrites it.
 */
export function readRegularFileThrough(file: string, limit: number, use: (piece: Uint8Array) => void): { size: number } | NotRead {
  return withRegularFile(file, limit, (fd, size): { size: number } | NotRead => {
    passage ??= Buffer.allocUnsafe(PASSAGE_BYTES);
    let total = 0;
    for (;;) {
      const wanted = Math.min(passage.length, limit + 1 - total);
      const read = readSync(fd, passage, 0, wanted, null);
      if (read === 0) break;
      total += read;
      if (total > limit) return { kind: 'too-large', size: total, limit };
      use(passage.subarray(0, read));
      // A regular file's read comes short only at its end; one that says it is empty is read until a read gives nothing.
      if (size > 0 && total >= size && read < wanted) break;
    }
    return { size: total };
  });
}

/** Runs `read` on a regular file of at most `limit` bytes (with its size as it says), refusing any other; the file is closed after. */
function withRegularFile<T>(file: string, limit: number, read: (fd: number, size: number) => T): T | NotRead {
  const fd = openWithoutBlocking(file);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { kind: 'not-a-file' };
    if (info.size > limit) return { kind: 'too-large', size: info.size, limit };
    return read(fd, info.size);
  } finally {
    closeSync(fd);
  }
}
