import { hash } from 'node:crypto';
import type { Calendar } from '../../core/calendar.js';
import type { ImportedFrom } from '../../core/model.js';
import type { PlanRecord } from './record.js';
import type { KnownTexts } from './saved-responses.js';

/**
 * What earlier imports learnt, so that a record that has not changed is not
 * mapped again (finding its deadline in the text is most of an import's
 * work): for each register file as it was then, the fingerprint of each
 * record whose commitment in that file was, at that moment, exactly what
 * the record maps to. The same record mapped again by the same build with
 * the same calendar onto the same file gives the same commitment, so it is
 * unchanged without mapping it; anything else (a file edited by hand, a new
 * build, other recess dates) is a miss and the record is mapped as usual.
 */
export interface ImportMemory {
  /** The build and calendar the fingerprints were made under. */
  context: string;
  /**
   * By register file: its content hash then, and per commitment id the
   * record's fingerprint, whether its deadline waits on an event and where
   * the deadline came from (0: none), which is all the summary of a recalled
   * record needs: a no-op import reads no commitment.
   */
  files: Record<string, { hash: string; records: Record<string, MemoryEntry> }>;
}

type DueFrom = NonNullable<ImportedFrom['dueFrom']>;
/** `recordId`: the Kamer's `Id` of the record, which a line recalled unread is weighed by against the records read (plan.ts). */
export type MemoryEntry = [fingerprint: string, eventBound: 0 | 1, dueFrom: DueFrom | 0, recordId?: string];
export const DUE_FROM: readonly DueFrom[] = ['date', 'text', 'local'];

/** What the memory knows of a record it recalls. */
export interface Recalled {
  eventBound: boolean;
  dueFrom: ImportedFrom['dueFrom'];
  recordId?: string;
}

/** What the plan asks of the memory for one record, and tells it back. */
export interface RecordRecall {
  fingerprint(record: PlanRecord): string;
  /** Whether the commitment `id` in `file` is what the record with this fingerprint maps to; then what the summary counts of it. */
  recall(file: string, id: string, fingerprint: string): Recalled | undefined;
  /** The commitment that the record read from a text with this fingerprint maps to, in a file as it was then. */
  line(fingerprint: string): RecalledLine | undefined;
}

/** A line of saved responses an earlier import read, recalled without reading it. */
export interface RecalledLine {
  file: string;
  id: string;
  fingerprint: string;
  known: Recalled;
}

/** A commitment found to be what its record maps to (or written to be so), to be remembered under its file's new hash. */
export interface Remembered {
  file: string;
  id: string;
  fingerprint: string;
  eventBound: boolean;
  dueFrom: ImportedFrom['dueFrom'];
  recordId?: string;
}

/**
 * The first 22 characters of a base64 digest (132 bits), as a string of
 * their own: a slice keeps the whole digest alive with it, and an import
 * holds one fingerprint for every record.
 */
const shortened = (base64: string): string => Buffer.from(base64.slice(0, 22), 'latin1').toString('latin1');

/** 132 bits of SHA-256, in one call: made for every record of every import. */
const digest = (text: string): string => shortened(hash('sha256', text, 'base64'));

/** Everything beside the record that shapes its commitment. */
export function memoryContext(build: string, calendar: Calendar): string {
  return digest(`${build}\0${JSON.stringify(calendar)}`);
}

/** A record read from a text of its own (an NDJSON line) is known by that text; any other by what was read of it. */
export function recordFingerprint(record: PlanRecord): string {
  // A deferred record always has its line's fingerprint: never its keys digested.
  return record.fingerprint ?? digest(JSON.stringify(record));
}

/** The fingerprint of a record read from this text, and from nothing else: the same text is the same record. */
export const textFingerprint = (text: string): string => digest(`text\0${text}`);

const TEXT_PREFIX = Buffer.from('text\0');
/** Where `bytesFingerprint` puts the prefix and the bytes together: one call of `hash` costs half what a Hash object's three do, for every line of saved NDJSON, read and read again. */
let prefixed = Buffer.allocUnsafe(0);

/** `textFingerprint` of the text these UTF-8 bytes hold, without decoding them. */
export function bytesFingerprint(bytes: Uint8Array): string {
  const length = TEXT_PREFIX.length + bytes.length;
  if (prefixed.length < length) {
    prefixed = Buffer.allocUnsafe(Math.max(length, 2 * prefixed.length, 1 << 16));
    TEXT_PREFIX.copy(prefixed);
  }
  prefixed.set(bytes, TEXT_PREFIX.length);
  return shortened(hash('sha256', prefixed.subarray(0, length), 'base64'));
}

/** Recalls only what still holds: the same context, and files whose content is what it was (`hashes`: the register's files now). */
export function recallFrom(memory: ImportMemory | undefined, context: string, hashes: ReadonlyMap<string, string>): RecordRecall {
  const valid = memory?.context === context ? memory.files : {};
  const recalled = ([, eventBound, dueFrom, recordId]: MemoryEntry): Recalled => ({ eventBound: eventBound === 1, dueFrom: dueFrom === 0 ? undefined : dueFrom, recordId });
  let byFingerprint: Map<string, RecalledLine> | undefined;
  const lines = (): Map<string, RecalledLine> => {
    byFingerprint = new Map();
    for (const [file, group] of Object.entries(valid)) {
      if (group.hash !== hashes.get(file)) continue;
      for (const [id, entry] of Object.entries(group.records)) byFingerprint.set(entry[0], { file, id, fingerprint: entry[0], known: recalled(entry) });
    }
    return byFingerprint;
  };
  return {
    fingerprint: recordFingerprint,
    recall(file, id, fingerprint) {
      const group = Object.hasOwn(valid, file) ? valid[file] : undefined;
      if (!group || group.hash !== hashes.get(file) || !Object.hasOwn(group.records, id)) return undefined;
      const entry = group.records[id]!;
      return entry[0] === fingerprint ? recalled(entry) : undefined;
    },
    line: (fingerprint) => (byFingerprint ?? lines()).get(fingerprint),
  };
}

/** Every fingerprint the memory holds, whatever it was made under: which lines of saved responses need not be read yet. */
export function knownTexts(memory: ImportMemory | undefined): KnownTexts {
  const fingerprints = new Set<string>();
  for (const group of Object.values(memory?.files ?? {})) for (const entry of Object.values(group.records)) fingerprints.add(entry[0]);
  return { fingerprint: textFingerprint, fingerprintBytes: bytesFingerprint, has: (fingerprint) => fingerprints.has(fingerprint) };
}

/**
 * The memory after an import: `before` holds for the files as they were when
 * it read them (`hashesBefore`); files it wrote keep what held for their
 * other commitments, since an import rewrites only the commitments it changes.
 * `changed` are the ids it wrote; `remembered` what it learnt; `hashesAfter`
 * the register's files as it leaves them.
 */
export function memoryAfter(
  before: ImportMemory | undefined,
  context: string,
  hashesBefore: ReadonlyMap<string, string>,
  hashesAfter: ReadonlyMap<string, string>,
  changed: ReadonlySet<string>,
  remembered: readonly Remembered[],
): ImportMemory {
  const files: ImportMemory['files'] = {};
  for (const [file, hash] of hashesAfter) {
    const old = before?.context === context && Object.hasOwn(before.files, file) ? before.files[file]! : undefined;
    const records: ImportMemory['files'][string]['records'] = {};
    if (old && old.hash === hashesBefore.get(file)) {
      for (const [id, entry] of Object.entries(old.records)) if (!changed.has(id)) records[id] = entry;
    }
    files[file] = { hash, records };
  }
  for (const { file, id, fingerprint, eventBound, dueFrom, recordId } of remembered) {
    const group = Object.hasOwn(files, file) ? files[file] : undefined;
    if (!group) continue;
    const entry: MemoryEntry = [fingerprint, eventBound ? 1 : 0, dueFrom ?? 0];
    if (recordId !== undefined) entry.push(recordId);
    group.records[id] = entry;
  }
  for (const [file, group] of Object.entries(files)) if (Object.keys(group.records).length === 0) delete files[file];
  return { context, files };
}
