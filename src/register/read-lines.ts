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
export function* linesIn(texts: readonly string[]): Generator<string, void> {
  const cutter = new LineCutter();
  const lines: string[] = [];
  const keep = (line: string): void => {
    lines.push(line);
  };
  for (const text of texts) {
    cutter.cut(text, keep);
    // Only one piece's lines are held at a time; they are slices of the piece, which `texts` holds anyway.
    yield* lines.splice(0);
  }
  cutter.end(keep);
  yield* lines;
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
