import { hash } from 'node:crypto';
import type { Calendar } from '../../core/calendar.js';
import type { ImportedFrom } from '../../core/model.js';
import type { TkRecord } from './record.js';

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
export type MemoryEntry = [fingerprint: string, eventBound: 0 | 1, dueFrom: DueFrom | 0];
export const DUE_FROM: readonly DueFrom[] = ['date', 'text', 'local'];

/** What the memory knows of a record it recalls. */
export interface Recalled {
  eventBound: boolean;
  dueFrom: ImportedFrom['dueFrom'];
}

/** What the plan asks of the memory for one record, and tells it back. */
export interface RecordRecall {
  fingerprint(record: TkRecord): string;
  /** Whether the commitment `id` in `file` is what the record with this fingerprint maps to; then what the summary counts of it. */
  recall(file: string, id: string, fingerprint: string): Recalled | undefined;
}

/** A commitment found to be what its record maps to (or written to be so), to be remembered under its file's new hash. */
export interface Remembered {
  file: string;
  id: string;
  fingerprint: string;
  eventBound: boolean;
  dueFrom: ImportedFrom['dueFrom'];
}

/** 132 bits of SHA-256, in one call: made for every record of every import. */
const digest = (text: string): string => hash('sha256', text, 'base64').slice(0, 22);

/** Everything beside the record that shapes its commitment. */
export function memoryContext(build: string, calendar: Calendar): string {
  return digest(`${build}\0${JSON.stringify(calendar)}`);
}

export function recordFingerprint(record: TkRecord): string {
  return digest(JSON.stringify(record));
}

/** Recalls only what still holds: the same context, and files whose content is what it was (`hashes`: the register's files now). */
export function recallFrom(memory: ImportMemory | undefined, context: string, hashes: ReadonlyMap<string, string>): RecordRecall {
  const valid = memory?.context === context ? memory.files : {};
  return {
    fingerprint: recordFingerprint,
    recall(file, id, fingerprint) {
      const group = Object.hasOwn(valid, file) ? valid[file] : undefined;
      if (!group || group.hash !== hashes.get(file) || !Object.hasOwn(group.records, id)) return undefined;
      const [known, eventBound, dueFrom] = group.records[id]!;
      return known === fingerprint ? { eventBound: eventBound === 1, dueFrom: dueFrom === 0 ? undefined : dueFrom } : undefined;
    },
  };
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
  for (const { file, id, fingerprint, eventBound, dueFrom } of remembered) {
    const group = Object.hasOwn(files, file) ? files[file] : undefined;
    if (group) group.records[id] = [fingerprint, eventBound ? 1 : 0, dueFrom ?? 0];
  }
  for (const [file, group] of Object.entries(files)) if (Object.keys(group.records).length === 0) delete files[file];
  return { context, files };
}
