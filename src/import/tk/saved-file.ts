import { readSync } from 'node:fs';
import { holdYoungGeneration } from '../../register/young-generation.js';
import { apiChange, readRecord, readRecordHead, type DeferredRecord, type RecordHead, type TkRecord } from './record.js';
import { monthOf } from './to-commitment.js';
import { readKnownLine, type SavedRead } from './saved-records.js';
import { lineRecords, SavedResponsesError, type KnownLine, type KnownTexts } from './saved-responses.js';

/** Read a MiB at a time. */
const CHUNK_BYTES = 1 << 20;

/** One line of a file, without its `\n`: `bytes` is valid only until the next line is asked for. */
interface FileLine {
  bytes: Buffer;
  /** Where the line starts in the file, in bytes. */
  at: number;
  /** Counted from 1. */
  number: number;
}

/**
 * The file's lines, read a chunk at a time from the start into one buffer,
 * each given as a view of it: the start of a line that goes on in the next
 * chunk is moved to the front and the chunk read after it (the buffer grows
 * only for a line longer than itself), so that reading makes no garbage.
 */
function* linesOf(fd: number): Generator<FileLine> {
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  // Bytes at the buffer's start, from `heldAt` in the file, that belong to a line not yet ended.
  let held = 0;
  let heldAt = 0;
  let position = 0;
  let number = 0;
  for (;;) {
    if (held === buffer.length) {
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger, 0, 0, held);
      buffer = larger;
    }
    holdYoungGeneration();
    const read = readSync(fd, buffer, held, buffer.length - held, position);
    if (read === 0) break;
    position += read;
    const end = held + read;
    const filled = buffer.subarray(0, end);
    let start = 0;
    for (let newline = filled.indexOf(10, start); newline >= 0; newline = filled.indexOf(10, start)) {
      yield { bytes: filled.subarray(start, newline), at: heldAt + start, number: ++number };
      start = newline + 1;
    }
    buffer.copy(buffer, 0, start, end);
    heldAt += start;
    held = end - start;
  }
  if (held > 0) yield { bytes: buffer.subarray(0, held), at: heldAt, number: ++number };
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const isBlank = (bytes: Buffer): boolean => bytes.every((byte) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d));

/**
 * Saved responses as NDJSON, read from an open file a MiB at a time and
 * never held whole: each line is fingerprinted by its bytes, and a line an
 * earlier import read (`known`) is left in the file, its text read again only
 * if the import asks for it (`KnownLine.text`). Undefined when the file is
 * not NDJSON but one JSON value, over one line or many (its first line is
 * not JSON on its own, or no other line follows), or not JSON at all: it is
 * then read whole, by `readSaved`. Records and fingerprints are those
 * `readSaved` gives, but for the first line's leading and the last line's
 * trailing white space, which `readSaved` trims and this reads as part of
 * the line (a line read anew once).
 */
export function readNdjsonFile(fd: number, known: KnownTexts | undefined): SavedRead | undefined {
  const read: SavedRead = { items: [], ignored: 0 };
  const shared = sharedStrings();
  const again = known && new LinesAgain(fd, known);
  // The first line, read to tell NDJSON from one value, is taken once a second line shows which.
  let pending: FileLine | undefined;
  let lines = 0;
  for (const line of linesOf(fd)) {
    const bytes = line.number === 1 && line.bytes.subarray(0, 3).equals(BOM) ? line.bytes.subarray(3) : line.bytes;
    if (isBlank(bytes)) continue;
    lines += 1;
    if (lines === 1) {
      if (bytes[0] === 0x5b) return undefined;
      try {
        lineRecords(bytes.toString('utf8'), line.number);
      } catch {
        return undefined;
      }
      pending = { bytes: Buffer.from(bytes), at: line.at + (line.bytes.length - bytes.length), number: line.number };
      continue;
    }
    if (pending) take(read, pending, known, again, shared);
    pending = undefined;
    take(read, { bytes, at: line.at + (line.bytes.length - bytes.length), number: line.number }, known, again, shared);
  }
  return lines > 1 ? read : undefined;
}

/**
 * One line's records, or the line left unread when an earlier import read
 * it. A record on a fingerprinted line of its own is kept as its keys and
 * its place in the file (`FileRecord`), read whole again when the import
 * maps it: the records of a whole register held at once were the largest
 * part of a first import's memory.
 */
function take(read: SavedRead, line: FileLine, known: KnownTexts | undefined, again: LinesAgain | undefined, shared: (text: string | undefined) => string | undefined): void {
  const fingerprint = known && fingerprintOf(known, line.bytes);
  if (fingerprint !== undefined && known!.has(fingerprint)) {
    read.items.push(new FileKnownLine(again!, fingerprint, line.at, line.bytes.length, line.number));
    return;
  }
  const { records, own } = lineRecords(line.bytes.toString('utf8'), line.number);
  for (const value of records) {
    if (own && fingerprint !== undefined) {
      // Left in its line: only its head is read now.
      const head = readRecordHead(value);
      if (head) read.items.push(new FileRecord(again!, line.at, line.bytes.length, line.number, fingerprint, head, shared));
      else read.ignored += 1;
      continue;
    }
    const record = readRecord(value);
    if (record) read.items.push(record);
    else read.ignored += 1;
  }
}

/** One copy of each of the few values many records share (a status, a ministry), so that each record's keys hold a reference, not a string. */
function sharedStrings(): (text: string | undefined) => string | undefined {
  const seen = new Map<string, string>();
  return (text) => {
    if (text === undefined) return undefined;
    const held = seen.get(text);
    if (held !== undefined) return held;
    seen.set(text, text);
    return text;
  };
}

/** A record left in its line of the file, known by its keys; read whole again, and refused if the file no longer holds the line. One object a record. */
class FileRecord implements DeferredRecord {
  readonly id: string;
  readonly nummer?: string;
  readonly status?: string;
  readonly ministerie?: string;
  readonly verwijderd: boolean;
  readonly apiGewijzigdOp?: string;
  readonly month: string | undefined;
  readonly fingerprint: string;

  constructor(
    private readonly again: LinesAgain,
    private readonly at: number,
    private readonly length: number,
    private readonly line: number,
    fingerprint: string,
    record: RecordHead,
    shared: (text: string | undefined) => string | undefined,
  ) {
    this.id = record.id;
    this.nummer = record.nummer;
    this.status = shared(record.status);
    this.ministerie = shared(record.ministerie);
    this.verwijderd = record.verwijderd;
    this.apiGewijzigdOp = apiChange(record);
    this.month = shared(monthOf(record));
    this.fingerprint = fingerprint;
  }

  read(): TkRecord {
    const text = this.again.text(this.at, this.length, this.line, this.fingerprint);
    // The line holds this one record (it was read so): the same bytes give the same record.
    return readKnownLine({ fingerprint: this.fingerprint, text, line: this.line })[0]!;
  }
}

/** How much of the file is read at once for a line read again right after the line before it. */
const AHEAD_BYTES = 1 << 16;

/**
 * Lines of one file read again, each refused unless its bytes are those
 * first read (its fingerprint). A line that starts where the last one read
 * again ended is read with what follows it, up to 64 KiB, and the lines
 * after it are taken from those bytes: an import reads a month's records
 * again in the file's order, and records of a month often stand together
 * (one read instead of one for each of some 90 lines). A line asked out of
 * order is read alone. One buffer for the file, not one for each record.
 */
class LinesAgain {
  private buffer = Buffer.allocUnsafe(0);
  /** The bytes of the file from `from` that `buffer` holds, `held` of them. */
  private from = 0;
  private held = 0;
  /** Where the line after the last one read again starts. */
  private next = -1;

  constructor(
    private readonly fd: number,
    private readonly known: KnownTexts,
  ) {}

  /** The text of a line read earlier, read again; refused when the file no longer holds it. */
  text(at: number, length: number, line: number, fingerprint: string): string {
    const offset = at - this.from;
    const inBuffer = offset >= 0 && offset + length <= this.held;
    if (!inBuffer) this.fill(at, at === this.next ? Math.max(length, AHEAD_BYTES) : length, length, line);
    const start = at - this.from;
    const bytes = this.buffer.subarray(start, start + length);
    this.next = at + length + 1;
    if (fingerprintOf(this.known, bytes) !== fingerprint) throw new SavedResponsesError('changed', line);
    return bytes.toString('utf8');
  }

  /** Reads `size` bytes from `at` (fewer where the file ends), at least `needed` of them. */
  private fill(at: number, size: number, needed: number, line: number): void {
    if (this.buffer.length < size) this.buffer = Buffer.allocUnsafe(Math.max(size, 2 * this.buffer.length, AHEAD_BYTES));
    this.from = at;
    this.held = 0;
    while (this.held < size) {
      const read = readSync(this.fd, this.buffer, this.held, size - this.held, at + this.held);
      if (read === 0) break;
      this.held += read;
    }
    // The file ends before the line does: it is not the file read.
    if (this.held < needed) throw new SavedResponsesError('changed', line);
  }
}

const fingerprintOf = (known: KnownTexts, bytes: Buffer): string => (known.fingerprintBytes ? known.fingerprintBytes(bytes) : known.fingerprint(bytes.toString('utf8')));

/** A line left in the file: its text read again when asked for, and refused if the file no longer holds it. One object, no closure, for each of a register's lines. */
class FileKnownLine implements KnownLine {
  constructor(
    private readonly again: LinesAgain,
    readonly fingerprint: string,
    private readonly at: number,
    private readonly length: number,
    readonly line: number,
  ) {}

  get text(): string {
    return this.again.text(this.at, this.length, this.line, this.fingerprint);
  }
}
