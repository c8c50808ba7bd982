import { closeSync, readSync } from 'node:fs';
import { isRegularFile, openWithoutBlocking } from './read-regular-file.js';

/** Small enough that every piece read is a young-generation string, whose memory is reused rather than newly mapped. */
export const CHUNK_BYTES = 1 << 16;

/**
 * For lines that are kept (slices of a piece keep the piece): large enough
 * that each piece is allocated where the collector never moves it, rather
 * than copied twice on its way out of the young generation.
 */
export const KEPT_CHUNK_BYTES = 1 << 20;

/**
 * Calls `onLine` for each line of a one-byte (ASCII or Latin-1) file, without
 * the newline. Reads through one small buffer: on these machines touching a
 * newly mapped page costs more than parsing its contents, so a large file is
 * never held whole, neither as bytes nor as one string.
 * A last line without a newline is passed on too. Throws for anything but a
 * regular file (a FIFO put where a cache file should be would block forever).
 * `onBytes` sees every piece read, before its lines: hashing pieces costs far
 * less than hashing lines one by one. `file` is a path, or a descriptor the
 * caller opened (with `openWithoutBlocking`) and closes, read from where it stands.
 */
export function readLatin1Lines(file: string | number, onLine: (line: string) => void, onBytes?: (bytes: Buffer) => void, chunkBytes = CHUNK_BYTES): void {
  const fd = typeof file === 'number' ? file : openWithoutBlocking(file);
  try {
    if (!isRegularFile(fd)) throw new Error(`not a regular file: ${String(file)}`);
    const chunk = Buffer.allocUnsafe(chunkBytes);
    const cutter = new LineCutter();
    for (;;) {
      const read = readSync(fd, chunk, 0, chunkBytes, null);
      if (read === 0) break;
      onBytes?.(chunk.subarray(0, read));
      cutter.cut(chunk.toString('latin1', 0, read), onLine);
    }
    cutter.end(onLine);
  } finally {
    if (typeof file !== 'number') closeSync(fd);
  }
}

/**
 * The lines of an open file as `readLatin1Lines` reads them, from its start
 * again, each read when asked for, through one small buffer: a second read
 * of a large file costs a read from the system's page cache, where pieces
 * kept from the first would each be newly mapped memory. Reads at positions
 * of its own, so the descriptor's place is left as it was.
 */
export function fileLines(fd: number, chunkBytes = CHUNK_BYTES): LineCursor {
  const chunk = Buffer.allocUnsafe(chunkBytes);
  let position = 0;
  return new LineCursor(() => {
    const read = readSync(fd, chunk, 0, chunkBytes, position);
    position += read;
    return read === 0 ? undefined : chunk.toString('latin1', 0, read);
  });
}

/**
 * A place in a text given as pieces, from which `nextLine` cuts one line at
 * a time: a read of 100,000 lines steps a method, not a generator, and holds
 * no list of lines.
 */
export class LineCursor implements Iterable<string> {
  #text = '';
  #at = 0;

  /** `nextPiece` gives the text's pieces in order, then undefined. */
  constructor(private readonly nextPiece: () => string | undefined) {}

  /** The next line without its newline, as `readLatin1Lines` passes it on; undefined after the last. */
  nextLine(): string | undefined {
    const newline = this.#text.indexOf('\n', this.#at);
    if (newline >= 0) return this.#cut(this.#text, newline);
    // A line that runs on into the next pieces: joined once it ends, so a long line costs linear time.
    const parts = this.#at < this.#text.length ? [this.#text.slice(this.#at)] : [];
    for (let next = this.nextPiece(); next !== undefined; next = this.nextPiece()) {
      this.#text = next;
      this.#at = 0;
      const end = next.indexOf('\n');
      if (end >= 0) {
        parts.push(this.#cut(next, end));
        return parts.join('');
      }
      parts.push(next);
    }
    this.#text = '';
    this.#at = 0;
    return parts.length > 0 ? parts.join('') : undefined;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let line = this.nextLine(); line !== undefined; line = this.nextLine()) yield line;
  }

  #cut(text: string, newline: number): string {
    const line = text.slice(this.#at, newline);
    this.#at = newline + 1;
    return line;
  }
}

/** Cuts text read in pieces into lines without their newline; a last line without one is passed on by `end`. */
class LineCutter {
  // The start of a line that runs on past the piece it began in; joined once the line ends, so a long line costs linear time.
  readonly #pending: string[] = [];

  cut(text: string, onLine: (line: string) => void): void {
    const pending = this.#pending;
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      const tail = text.slice(start, newline);
      onLine(pending.length === 0 ? tail : pending.splice(0).join('') + tail);
      start = newline + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
  }

  end(onLine: (line: string) => void): void {
    if (this.#pending.length > 0) onLine(this.#pending.splice(0).join(''));
  }
}
