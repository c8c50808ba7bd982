import { closeSync, readSync } from 'node:fs';
import { isRegularFile, openWithoutBlocking } from './read-regular-file.js';

/** Small enough that every piece read is a young-generation string, whose memory is reused rather than newly mapped. */
const CHUNK_BYTES = 1 << 16;

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
 * less than hashing lines one by one. `onText` sees each piece's text, which
 * `linesIn` cuts into the same lines again.
 */
export function readLatin1Lines(path: string, onLine: (line: string) => void, onBytes?: (bytes: Buffer) => void, chunkBytes = CHUNK_BYTES, onText?: (text: string) => void): void {
  const fd = openWithoutBlocking(path);
  try {
    if (!isRegularFile(fd)) throw new Error(`not a regular file: ${path}`);
    const chunk = Buffer.allocUnsafe(chunkBytes);
    const cutter = new LineCutter();
    for (;;) {
      const read = readSync(fd, chunk, 0, chunkBytes, null);
      if (read === 0) break;
      onBytes?.(chunk.subarray(0, read));
      const text = chunk.toString('latin1', 0, read);
      onText?.(text);
      cutter.cut(text, onLine);
    }
    cutter.end(onLine);
  } finally {
    closeSync(fd);
  }
}

/** The lines of a file's text as `readLatin1Lines` read them, from the pieces it gave `onText`, in order, each when asked for. */
export function linesIn(texts: readonly string[]): LineCursor {
  return new LineCursor(texts);
}

/**
 * A place in a file's text kept as pieces, from which `nextLine` cuts one
 * line at a time: a read of 100,000 lines steps a method, not a generator,
 * and holds no list of lines.
 */
export class LineCursor implements Iterable<string> {
  #piece = 0;
  #at = 0;

  constructor(private readonly texts: readonly string[]) {}

  /** The next line without its newline, as `readLatin1Lines` passes it on; undefined after the last. */
  nextLine(): string | undefined {
    const { texts } = this;
    while (this.#piece < texts.length && this.#at >= texts[this.#piece]!.length) this.#step();
    if (this.#piece >= texts.length) return undefined;
    const text = texts[this.#piece]!;
    const newline = text.indexOf('\n', this.#at);
    if (newline >= 0) return this.#cut(text, newline);
    // A line that runs on into the next pieces: joined once it ends, so a long line costs linear time.
    const parts = [text.slice(this.#at)];
    for (this.#step(); this.#piece < texts.length; this.#step()) {
      const next = texts[this.#piece]!;
      const end = next.indexOf('\n');
      if (end >= 0) {
        parts.push(this.#cut(next, end));
        return parts.join('');
      }
      parts.push(next);
    }
    return parts.join('');
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let line = this.nextLine(); line !== undefined; line = this.nextLine()) yield line;
  }

  #cut(text: string, newline: number): string {
    const line = text.slice(this.#at, newline);
    this.#at = newline + 1;
    return line;
  }

  #step(): void {
    this.#piece += 1;
    this.#at = 0;
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
