import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { besideName } from './atomic-write.js';

/** The bytes of a cache file's lines, gathered a segment at a time and given back in order. */
export interface LinePieces {
  /** Adds `length` bytes of `from` at `start`. */
  add(from: Uint8Array, start?: number, length?: number): void;
  /** Adds the bytes `later` gives, asked for only when the pieces are (each of its pieces used before it gives the next). */
  addLater(later: () => Iterable<Uint8Array>): void;
  /** Every byte added, in order, as pieces; each piece is to be used before the next is asked for. */
  pieces(): Iterable<Uint8Array>;
  /** Lets go of what is held; nothing is read after. */
  close(): void;
}

/**
 * Pieces held in memory, never copied: a copy of the bytes just after the
 * last piece's (segments copied in a row from one file) extends that piece.
 */
export function memoryPieces(): LinePieces {
  const held: (Uint8Array | (() => Iterable<Uint8Array>))[] = [];
  return {
    add(from, start = 0, length = from.length - start) {
      const last = held.at(-1);
      if (last instanceof Uint8Array && last.buffer === from.buffer && last.byteOffset + last.length === from.byteOffset + start) {
        held[held.length - 1] = new Uint8Array(last.buffer, last.byteOffset, last.length + length);
      } else {
        held.push(from.subarray(start, start + length));
      }
    },
    addLater: (later) => void held.push(later),
    *pieces() {
      for (const piece of held) {
        if (piece instanceof Uint8Array) yield piece;
        else yield* piece();
      }
    },
    close: () => void held.splice(0),
  };
}

/** Read back a MiB at a time. */
const READ_BYTES = 1 << 20;

/**
 * Pieces written as they come to a file of their own beside `path`, and read
 * back a MiB at a time: a register's lines are then never all in memory. The
 * file is unlinked as soon as it is open, so that a run killed half way (a
 * first read of a large register interrupted) leaves nothing behind; where
 * an open file cannot be unlinked, `close` removes it. Throws when the file
 * cannot be made, and `pieces` throws when it could not be written.
 */
export function spooledPieces(path: string): LinePieces {
  const spool = besideName(path, 'spool');
  const fd = openSync(spool, 'wx+', 0o600);
  let unlinked = false;
  try {
    rmSync(spool);
    unlinked = true;
  } catch {
    // Windows keeps an open file's name: removed on close.
  }
  let size = 0;
  let open = true;
  // A full disk: nothing more is written, and the pieces are not given back.
  let failed: unknown;
  return {
    add(from, start = 0, length = from.length - start) {
      if (failed !== undefined) return;
      try {
        for (let done = 0; done < length; ) done += writeSync(fd, from, start + done, length - done, size + done);
      } catch (error) {
        failed = error;
      }
      size += length;
    },
    addLater(later) {
      for (const piece of later()) this.add(piece);
    },
    *pieces() {
      if (failed !== undefined) throw failed;
      const buffer = Buffer.allocUnsafe(Math.min(READ_BYTES, Math.max(1, size)));
      for (let at = 0; at < size; ) {
        const read = readSync(fd, buffer, 0, Math.min(buffer.length, size - at), at);
        if (read === 0) throw new Error(`spool cut short: ${spool}`);
        at += read;
        yield buffer.subarray(0, read);
      }
    },
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
      if (!unlinked) rmSync(spool, { force: true });
    },
  };
}
