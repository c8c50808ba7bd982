import type { Calendar } from '../../core/calendar.js';
import type { Commitment, ImportedFrom, Register } from '../../core/model.js';
import type { Recalled, RecalledLine, RecordRecall, Remembered } from './import-memory.js';
import { matchesFilter, type RecordFilter } from './filters.js';
import { compareInstants, instantKey } from './instant.js';
import { monthFile, monthSource, TK_FOLDER } from './layout.js';
import { editMonthFile } from './month-file-edit.js';
import { apiChange, isDeferred, wholeRecord, type PlanRecord, type RecordKeys, type TkRecord } from './record.js';
import { isKnownLine } from './saved-records.js';
import type { KnownLine } from './saved-responses.js';
import { commitmentData, sourceFileYaml, type CommitmentData } from './source-file-yaml.js';
import { commitmentIdOf, monthOf, textDeadlines, toOwnedFields, type OwnedFields } from './to-commitment.js';
import { groupBy } from '../../core/list-map.js';
import { compareText } from '../../core/text-order.js';

export interface ImportSummary {
  /** Records read from the source. */
  records: number;
  /** Records that passed the filters. */
  considered: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Newly marked as deleted by the source. */
  removed: number;
  dueFromDate: number;
  dueFromText: number;
  /** Of those from the text: tied to an event without a date, so waiting on it. */
  dueEventBound: number;
  /** Deadlines corrected locally (`imported.due_from: local`) and therefore kept. */
  dueKept: number;
  noDue: number;
  unknownStatuses: Array<{ nummer: string; value: string }>;
  /** Records that could not be filed: no number and no date. */
  undated: string[];
  /** Records whose commitment lives in another file than the import writes; they are left alone. */
  elsewhere: Array<{ nummer: string; file: string }>;
  /**
   * Records that would get the id of another record (`records` holds more
   * than one) or of a commitment already in the register that is not theirs
   * (`file` says where); none of them is imported.
   */
  collisions: Array<{ id: string; records: string[]; file?: string }>;
}

export interface FileWrite {
  /** Relative to the register folder, with `/`. */
  path: string;
  /**
   * The file's new text and whether the file is new, for a month file made
   * from the file as it is when read, each time they are read: the texts of
   * every month at once were as large as the register. The text may be what
   * the file already holds; then nothing is written.
   */
  readonly text: string;
  readonly created: boolean;
}

export interface ImportPlan {
  writes: FileWrite[];
  summary: ImportSummary;
  /** The commitments the writes add, update or mark removed. */
  changed: Set<string>;
  /** Commitments that are (or are written to be) what their records map to: for the memory of import-memory.ts. */
  remembered: Remembered[];
  /** How many of those the memory already held, so were not mapped again. */
  recalled: number;
  /** The latest `ApiGewijzigdOp` among the records read: where the next incremental run starts. */
  lastChange?: string;
}

/**
 * What the plan asks of the register: where a commitment is, and, for a
 * record the memory does not recall, the commitment itself and those of its
 * file. A register known only by its layout (register-cache.ts) answers the
 * first alone, which is all a re-import that changes nothing needs, and
 * throws `NeedsCommitments` for the others.
 */
export interface StoredCommitments {
  fileOf(id: string): string | undefined;
  commitment(id: string): Commitment | undefined;
  /** The commitments of a file, in the file's order. */
  inFile(file: string): readonly Commitment[];
}

/** Thrown by a register known only by its layout when the plan needs a commitment: plan again with the whole register. */
export class NeedsCommitments extends Error {}

export function storedCommitments(register: Register): StoredCommitments {
  const byId = new Map(register.commitments.map((commitment) => [commitment.id, commitment]));
  const byFile = groupBy(register.commitments, (commitment) => commitment.file);
  return { fileOf: (id) => byId.get(id)?.file, commitment: (id) => byId.get(id), inFile: (file) => byFile.get(file) ?? [] };
}

/** A register known by which commitment is in which file, and no more. */
export function layoutOnly(files: Iterable<{ path: string; ids: readonly string[] }>): StoredCommitments {
  const fileById = new Map<string, string>();
  for (const { path, ids } of files) for (const id of ids) fileById.set(id, path);
  const knownFiles = new Set(fileById.values());
  return {
    fileOf: (id) => fileById.get(id),
    commitment: (id) => {
      if (fileById.has(id)) throw new NeedsCommitments();
      return undefined;
    },
    inFile: (file) => {
      if (knownFiles.has(file)) throw new NeedsCommitments();
      return [];
    },
  };
}

export interface PlanInput {
  stored: StoredCommitments;
  /** The current text of a register file, by path, or undefined when there is none; asked only for the files that change. */
  text: (path: string) => string | undefined;
  records: readonly PlanRecord[];
  /**
   * `records` is the plan's to empty once it has grouped them by month, so
   * that each record is let go as soon as its month is mapped, not when the
   * plan ends: a caller that holds them nowhere else gives the plan a
   * register's records to map and never holds all of them to the end.
   */
  letGo?: boolean;
  filter: RecordFilter;
  calendar: Calendar;
  /** What earlier imports learnt (import-memory.ts): a record it recalls is unchanged, and is not mapped again. */
  memory?: RecordRecall;
  /** Lines of saved responses recalled without reading them (see `recallLines`): each an unchanged record. */
  lines?: readonly RecalledLine[];
  /**
   * Takes each file's write as soon as the file's records are mapped, in the
   * order of the files' paths, instead of `ImportPlan.writes`: a caller that
   * writes it and lets it go holds one month's commitments at a time.
   */
  emit?: (write: FileWrite) => void;
}

type Outcome = 'added' | 'updated' | 'unchanged' | 'removed';

/** A record seen twice (it changed while being paged through) counts once, in its latest version. */
function latestVersions(records: readonly PlanRecord[]): PlanRecord[] {
  const byId = new Map<string, PlanRecord>();
  for (const record of records) {
    const seen = byId.get(record.id);
    if (!seen || compareInstants(apiChange(record), apiChange(seen)) >= 0) byId.set(record.id, record);
  }
  return [...byId.values()];
}

/**
 * The source's fields over the local ones; a deadline corrected locally
 * stays. Written out rather than spread: V8 gives an object spread from
 * another and then added to a hidden class of its own, and 50,000 of them
 * took 21 MB and were read slowly (`satisfies` keeps every owned field here).
 */
function merge(existing: Commitment | undefined, owned: OwnedFields): CommitmentData {
  const keepDue = existing?.imported?.dueFrom === 'local';
  return {
    id: owned.id,
    title: owned.title,
    quote: owned.quote,
    made: owned.made,
    due: keepDue ? existing.due : owned.due,
    status: owned.status,
    delivered: owned.delivered,
    to: owned.to,
    imported: keepDue ? { ...owned.imported, dueFrom: 'local' } : owned.imported,
    question: existing?.question,
    dependsOn: existing?.dependsOn ?? [],
    tags: existing?.tags ?? [],
    notes: existing?.notes,
    history: existing?.history ?? [],
  } satisfies Record<keyof OwnedFields, unknown> & CommitmentData;
}

const sameData = (a: CommitmentData, b: CommitmentData): boolean => JSON.stringify(commitmentData(a)) === JSON.stringify(commitmentData(b));

/** A promise's place in its month file: its number, or after every numbered one. */
function rankOf(id: string): number {
  const numbered = /^tz\d{6}-(\d+)$/.exec(id);
  return numbered ? Number(numbered[1]) : Number.MAX_SAFE_INTEGER;
}

/** Numbered promises in number order, then anything else (added by hand, or without a number) by id. */
function fileOrder(a: CommitmentData, b: CommitmentData): number {
  return rankOf(a.id) - rankOf(b.id) || compareText(a.id, b.id);
}

/** How a record is named in a message: its number and its `Id`, since the number alone may be what collides. */
const recordName = (record: RecordKeys): string => `${record.nummer ?? '-'} [Id ${record.id}]`;

/** Whether `held` is this record's own commitment, or one it may take over (the Kamer deleted the old record). */
const ownedBy = (held: Commitment, record: RecordKeys): boolean =>
  held.imported?.from === 'tk' && (held.imported.id === undefined || held.imported.id === record.id || held.imported.removed === true);

/**
 * Plans an import without touching the disk: which commitments are added,
 * updated, unchanged or removed, and the new text of every month file that
 * changes. Deleted records are kept, marked `imported.removed: true` and
 * `lapsed`, so that local notes on them survive and the deletion is visible.
 */
export function planImport({ stored, text: textOf, records, letGo = false, filter, calendar, memory, lines = [], emit }: PlanInput): ImportPlan {
  const summary: ImportSummary = {
    records: records.length + lines.length,
    considered: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    dueFromDate: 0,
    dueFromText: 0,
    dueEventBound: 0,
    dueKept: 0,
    noDue: 0,
    unknownStatuses: [],
    undated: [],
    elsewhere: [],
    collisions: [],
  };
  const changed = new Map<string, Map<string, CommitmentData>>();
  const put = (file: string, data: CommitmentData): void => {
    const inFile = changed.get(file) ?? new Map<string, CommitmentData>();
    inFile.set(data.id, data);
    changed.set(file, inFile);
  };
  const count = (outcome: Outcome): void => void (summary[outcome] += 1);
  const countDue = (dueFrom: ImportedFrom['dueFrom'], eventBound: boolean): void => {
    if (dueFrom === 'date') summary.dueFromDate += 1;
    else if (dueFrom === 'text') {
      summary.dueFromText += 1;
      if (eventBound) summary.dueEventBound += 1;
    } else if (dueFrom === 'local') summary.dueKept += 1;
    else summary.noDue += 1;
  };
  const remembered: Remembered[] = [];
  let recalledCount = 0;
  for (const { file, id, fingerprint, known } of lines) {
    summary.considered += 1;
    countDue(known.dueFrom, known.eventBound);
    count('unchanged');
    remembered.push({ file, id, fingerprint, ...known });
    recalledCount += 1;
  }

  let lastChange: string | undefined;
  let latest = '';
  for (const record of records) {
    const at = apiChange(record);
    const key = instantKey(at) ?? '';
    if (key > latest) [latest, lastChange] = [key, at];
  }

  // Ids must be one-to-one with records: records that would share one are named and left out, never merged.
  const byCommitment = new Map<string, PlanRecord[]>();
  for (const record of latestVersions(records)) {
    const id = commitmentIdOf(record);
    byCommitment.set(id, [...(byCommitment.get(id) ?? []), record]);
  }
  // A record the memory recalls is what its commitment was made from: that commitment is its own, and unchanged, without reading it.
  const recalled = new Map<PlanRecord, { fingerprint: string; known: Recalled }>();
  const distinct: PlanRecord[] = [];
  for (const [id, group] of byCommitment) {
    const record = group[0]!;
    const file = stored.fileOf(id);
    if (group.length > 1) {
      summary.collisions.push({ id, records: group.map(recordName) });
      continue;
    }
    if (file !== undefined && memory) {
      const fingerprint = memory.fingerprint(record);
      const known = memory.recall(file, id, fingerprint);
      if (known) {
        recalled.set(record, { fingerprint, known });
        distinct.push(record);
        continue;
      }
    }
    const held = file === undefined ? undefined : stored.commitment(id);
    if (held && !ownedBy(held, record) && !(record.verwijderd && held.imported?.from !== 'tk')) summary.collisions.push({ id, records: group.map(recordName), file: held.file });
    else distinct.push(record);
  }
  byCommitment.clear();
  if (letGo) (records as PlanRecord[]).length = 0;

  // Records are mapped a month file at a time (below), not in their order: what the summary and the memory list is put back in the records' order, each entry with its record's place.
  const elsewhere: Array<[number, ImportSummary['elsewhere'][number]]> = [];
  const unknownStatuses: Array<[number, ImportSummary['unknownStatuses'][number]]> = [];
  const undated: Array<[number, string]> = [];
  // By the record's place: one slot a record, rather than a pair of place and entry for each.
  const learnt: Array<Remembered | undefined> = new Array<Remembered | undefined>(distinct.length);
  // The records to map, by the month file they are filed under ('' for none: such a record is not filed).
  const byFile = new Map<string, Array<[number, PlanRecord]>>();
  // One string a month file, which every commitment the memory learns in it shares.
  const monthFiles = new Map<string, string>();
  const fileOf = (month: string): string => monthFiles.get(month) ?? monthFiles.set(month, monthFile(month)).get(month)!;
  for (const [at, record] of distinct.entries()) {
    const id = commitmentIdOf(record);
    const name = record.nummer ?? record.id;
    if (record.verwijderd) {
      // A deletion of a promise we hold applies whatever the filters: it is news about our data.
      const held = stored.fileOf(id) === undefined ? undefined : stored.commitment(id);
      if (!held?.imported || held.imported.removed) continue;
      if (!held.file.startsWith(`${TK_FOLDER}/`)) {
        elsewhere.push([at, { nummer: name, file: held.file }]);
        continue;
      }
      put(held.file, { ...held, status: 'lapsed', imported: { ...held.imported, removed: true } });
      count('removed');
      continue;
    }
    if (!matchesFilter(record, filter)) continue;
    summary.considered += 1;
    const hit = recalled.get(record);
    if (hit) {
      // The same record onto the same file as when it was last found unchanged: unchanged, without finding its deadline again.
      countDue(hit.known.dueFrom, hit.known.eventBound);
      count('unchanged');
      learnt[at] = { file: stored.fileOf(id)!, id, fingerprint: hit.fingerprint, ...hit.known, recordId: record.id };
      recalledCount += 1;
      continue;
    }
    const month = isDeferred(record) ? record.month : monthOf(record);
    const file = month === undefined ? '' : fileOf(month);
    const inFile = byFile.get(file);
    if (inFile) inFile.push([at, record]);
    else byFile.set(file, [[at, record]]);
  }
  distinct.length = 0;
  recalled.clear();

  const deadlines = textDeadlines(calendar);
  const mapRecord = (at: number, planned: PlanRecord): void => {
    const record = wholeRecord(planned);
    const id = commitmentIdOf(record);
    const name = record.nummer ?? record.id;
    const fingerprint = memory?.fingerprint(planned);
    const held = stored.fileOf(id) === undefined ? undefined : stored.commitment(id);
    const mapped = toOwnedFields(record, calendar, deadlines);
    if (!mapped.ok) {
      if (mapped.problem === 'unknown-status') unknownStatuses.push([at, { nummer: name, value: mapped.value }]);
      else undated.push([at, name]);
      return;
    }
    // The month the record was grouped under (`monthOf` alike), so the file whose write follows this group.
    const file = fileOf(mapped.month);
    if (held && held.file !== file) {
      elsewhere.push([at, { nummer: name, file: held.file }]);
      return;
    }
    const data = merge(held, mapped.fields);
    countDue(data.imported?.dueFrom, mapped.eventBound);
    // Only what changed is put: a month none of whose promises changed is neither built nor written.
    const outcome: Outcome = !held ? 'added' : sameData(held, data) ? 'unchanged' : 'updated';
    if (outcome !== 'unchanged') put(file, data);
    count(outcome);
    // The planned record's own id, which it holds already, rather than the one read again with the whole record.
    if (fingerprint !== undefined) learnt[at] = { file, id, fingerprint, eventBound: mapped.eventBound, dueFrom: data.imported?.dueFrom, recordId: planned.id };
  };
  // Records filed under no month are not filed: mapped for the summary alone.
  for (const [at, record] of byFile.get('') ?? []) mapRecord(at, record);
  byFile.delete('');

  const writes: FileWrite[] = [];
  const changedIds = new Set<string>();
  const paths = [...new Set([...changed.keys(), ...byFile.keys()])].sort(compareText);
  for (const file of paths) {
    // A month's records mapped, its write made and handed over before the next month's are read: what is held is one month's.
    for (const [at, record] of byFile.get(file) ?? []) mapRecord(at, record);
    byFile.delete(file);
    const updates = changed.get(file);
    if (!updates) continue;
    changed.delete(file);
    for (const id of updates.keys()) changedIds.add(id);
    // Made when the import comes to it: the texts of every month at once were as large as the register.
    const write = monthWrite(file, updates, stored, textOf);
    if (emit) emit(write);
    else writes.push(write);
  }

  const inOrder = <T>(list: Array<[number, T]>): T[] => list.sort(([a], [b]) => a - b).map(([, value]) => value);
  summary.elsewhere = inOrder(elsewhere);
  summary.unknownStatuses = inOrder(unknownStatuses);
  summary.undated = inOrder(undated);
  for (const each of learnt) if (each) remembered.push(each);
  learnt.length = 0;
  return { writes, summary, changed: changedIds, remembered, recalled: recalledCount, lastChange };
}

/**
 * The write of one month file, made from `updates` and the file as it is
 * when read. Made here, outside `planImport`, so that a write holds its own
 * month's data and nothing of the others'.
 */
function monthWrite(file: string, updates: ReadonlyMap<string, CommitmentData>, stored: StoredCommitments, textOf: (path: string) => string | undefined): FileWrite {
  const month = /(\d{4}-\d{2})\.yaml$/.exec(file)?.[1];
  const source = month === undefined ? undefined : monthSource(month);
  const whole = (commitments: readonly CommitmentData[]): string | undefined => (source ? sourceFileYaml(source, [...commitments].sort(fileOrder)) : undefined);
  // Asked now: a register known by its layout alone says here that the plan needs its commitments.
  const held = stored.inFile(file);
  return {
    path: file,
    get created() {
      return textOf(file) === undefined;
    },
    get text() {
      const before = textOf(file);
      // A file as the import wrote it is written whole again (fast, and in number order); one a person edited is edited in place, so that what they wrote stays.
      const untouched = before === undefined || whole(held) === before;
      const kept = held.filter((commitment) => !updates.has(commitment.id));
      // A file the import cannot lay out (not a month's) and finds nothing to edit in stays as it is.
      return (untouched ? undefined : editMonthFile(before!, [...updates.values()])) ?? whole([...kept, ...updates.values()]) ?? before ?? '';
    },
  };
}

/**
 * Splits what was read of saved responses into the records to plan and the
 * lines an earlier import read (`KnownLine`) that are recalled without
 * reading them: those the memory vouches for in the register as it is now
 * (their file unchanged, the commitment still there) and that no record read
 * shares a commitment or a Kamer `Id` with (another version of the same
 * record, which `planImport` must weigh). Every other line is read, in the
 * file's order; `read` reads one (saved-records.ts).
 */
export function recallLines(
  items: ReadonlyArray<PlanRecord | KnownLine>,
  stored: StoredCommitments,
  memory: RecordRecall | undefined,
  read: (line: KnownLine) => TkRecord[],
): { records: PlanRecord[]; lines: RecalledLine[] } {
  const recalled = new Map<KnownLine, RecalledLine>();
  const seen = new Map<string, KnownLine>();
  for (const item of items) {
    if (!isKnownLine(item) || !memory) continue;
    const line = memory.line(item.fingerprint);
    if (!line || stored.fileOf(line.id) !== line.file) continue;
    const twin = seen.get(line.id);
    if (twin) {
      recalled.delete(twin);
      continue;
    }
    seen.set(line.id, item);
    recalled.set(item, line);
  }
  const readLines = new Map<KnownLine, TkRecord[]>();
  const recordsOf = (item: PlanRecord | KnownLine): PlanRecord[] => {
    if (!isKnownLine(item)) return [item];
    let records = readLines.get(item);
    if (!records) readLines.set(item, (records = read(item)));
    return records;
  };
  // Reading a line may show that another line's record shares its commitment or `Id`: until nothing more is read.
  for (let settled = false; !settled; ) {
    settled = true;
    const ids = new Set<string>();
    const recordIds = new Set<string>();
    for (const item of items) {
      if (recalled.has(item as KnownLine)) continue;
      for (const record of recordsOf(item)) {
        ids.add(commitmentIdOf(record));
        recordIds.add(record.id);
      }
    }
    if (ids.size === 0) break;
    for (const [item, line] of recalled) {
      const recordId = line.known.recordId ?? stored.commitment(line.id)?.imported?.id;
      if (ids.has(line.id) || (recordId !== undefined && recordIds.has(recordId))) {
        recalled.delete(item);
        settled = false;
      }
    }
  }
  const records = items.flatMap((item) => (recalled.has(item as KnownLine) ? [] : recordsOf(item)));
  return { records, lines: [...recalled.values()] };
}
