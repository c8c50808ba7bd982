import { readSync } from 'node:fs';
import { CHUNK_BYTES } from './read-lines.js';
import { grown } from '../core/grown.js';

/** The least a read reaches past the line asked for: lines asked for out of file order are each read with little more than themselves. */
const LEAST_AHEAD = 512;

/**
 * Lines of an open one-byte file read again by their place (where each
 * starts and how long it is), in any order, through one small buffer: what
 * was read once is read again from the system's page cache, which costs less
 * than holding it (on these machines newly mapped memory costs more than the
 * reading). Lines asked for in file order (the entries of a report's list
 * that share a sort key) come from one read of the piece they lie in; after
 * a read none of whose lines but the first was asked for, the next reads
 * less, down to little more than the line itself. The file must not change
 * while it is read (a cache file is only ever replaced whole, never written
 * in place). Reads at positions of its own, leaving the descriptor's place.
 */
export class LinesAt {
  readonly #buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  // The file's bytes the buffer holds: from #start, #held of them.
  #start = 0;
  #held = 0;
  #ahead = CHUNK_BYTES;
  #servedSinceRead = 0;

  constructor(private readonly fd: number) {}

  /** The text of the `length` bytes at `position`, each byte a character. */
  text(position: number, length: number): string {
    if (length > this.#buffer.length) return readFully(this.fd, Buffer.allocUnsafe(length), position).toString('latin1');
    if (position < this.#start || position + length > this.#start + this.#held) {
      this.#ahead = this.#servedSinceRead > 0 ? Math.min(this.#buffer.length, this.#ahead * 2) : Math.max(LEAST_AHEAD, this.#ahead >> 1);
      this.#servedSinceRead = 0;
      this.#start = position;
      this.#held = readAtLeast(this.fd, this.#buffer.subarray(0, Math.max(length, this.#ahead)), position, length);
    } else {
      this.#servedSinceRead += 1;
    }
    const from = position - this.#start;
    return this.#buffer.toString('latin1', from, from + length);
  }
}

/** Reads into `into` from `position` until it is full or the file ends, at least `least` bytes; how many were read. */
function readAtLeast(fd: number, into: Buffer, position: number, least: number): number {
  let read = 0;
  while (read < into.length) {
    const got = readSync(fd, into, read, into.length - read, position + read);
    if (got === 0) break;
    read += got;
  }
  if (read < least) throw new Error(`file cut short at ${position + read}`);
  return read;
}

function readFully(fd: number, into: Buffer, position: number): Buffer {
  readAtLeast(fd, into, position, into.length);
  return into;
}

/**
 * Where some lines of a file are, by the order they were added: each line's
 * index in the file, where it starts and how long it is. Kept in typed
 * arrays, which the collector neither copies nor scans (150,000 lines of a
 * report at 300,000 commitments).
 */
export class LinePlaces {
  #indexes: Uint32Array;
  #starts: Float64Array;
  #lengths: Uint32Array;
  #count = 0;

  /** `expected`: how many lines will be added, when known (at most as many as the file has); the arrays grow past it. */
  constructor(expected = 1024) {
    // Memory set aside but not yet written costs nothing here: only the places added are touched.
    this.#indexes = new Uint32Array(expected);
    this.#starts = new Float64Array(expected);
    this.#lengths = new Uint32Array(expected);
  }

  /** Makes room for `count` lines in all, at once: growing by doubling copies every place and touches new memory each time. */
  reserve(count: number): void {
    if (count > this.#starts.length) this.#grow(count);
  }

  add(index: number, start: number, length: number): void {
    if (this.#count === this.#starts.length) this.#grow(Math.max(1024, 2 * this.#count));
    this.#indexes[this.#count] = index;
    this.#starts[this.#count] = start;
    this.#lengths[this.#count] = length;
    this.#count += 1;
  }

  /** The lines' indexes, in the order they were added. */
  indexes(): Uint32Array {
    return this.#indexes.subarray(0, this.#count);
  }

  /** The text of the n-th line added, read again from `lines`. */
  text(n: number, lines: LinesAt): string {
    return lines.text(this.#starts[n]!, this.#lengths[n]!);
  }

  #grow(size: number): void {
    this.#indexes = grown(this.#indexes, new Uint32Array(size));
    this.#starts = grown(this.#starts, new Float64Array(size));
    this.#lengths = grown(this.#lengths, new Uint32Array(size));
  }
}
