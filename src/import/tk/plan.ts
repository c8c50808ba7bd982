import type { Calendar } from '../../core/calendar.js';
import type { Commitment, Register } from '../../core/model.js';
import { matchesFilter, type RecordFilter } from './filters.js';
import { compareInstants } from './instant.js';
import { monthFile, monthSource, TK_FOLDER } from './layout.js';
import { apiChange, type TkRecord } from './record.js';
import { commitmentData, sourceFileYaml, type CommitmentData } from './source-file-yaml.js';
import { commitmentIdOf, NUMMER, toOwnedFields, type OwnedFields } from './to-commitment.js';

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
  /** Deadlines corrected locally (`imported.due_from: local`) and therefore kept. */
  dueKept: number;
  noDue: number;
  unknownStatuses: Array<{ nummer: string; value: string }>;
  /** Records that could not be filed: no number and no date. */
  undated: string[];
  /** Records whose commitment lives in another file than the import writes; they are left alone. */
  elsewhere: Array<{ nummer: string; file: string }>;
}

export interface FileWrite {
  /** Relative to the register folder, with `/`. */
  path: string;
  text: string;
  created: boolean;
}

export interface ImportPlan {
  writes: FileWrite[];
  summary: ImportSummary;
  /** The latest `ApiGewijzigdOp` among the records read: where the next incremental run starts. */
  lastChange?: string;
}

export interface PlanInput {
  register: Register;
  /** The current text of each register file, by path, to write only what changes. */
  texts: ReadonlyMap<string, string>;
  records: readonly TkRecord[];
  filter: RecordFilter;
  calendar: Calendar;
}

type Outcome = 'added' | 'updated' | 'unchanged' | 'removed';

/** A record seen twice (it changed while being paged through) counts once, in its latest version. */
function latestVersions(records: readonly TkRecord[]): TkRecord[] {
  const byId = new Map<string, TkRecord>();
  for (const record of records) {
    const seen = byId.get(record.id);
    if (!seen || compareInstants(apiChange(record), apiChange(seen)) >= 0) byId.set(record.id, record);
  }
  return [...byId.values()];
}

/** The source's fields over the local ones; a deadline corrected locally stays. */
function merge(existing: Commitment | undefined, owned: OwnedFields): CommitmentData {
  const keepDue = existing?.imported?.dueFrom === 'local';
  return {
    ...owned,
    due: keepDue ? existing.due : owned.due,
    imported: keepDue ? { ...owned.imported, dueFrom: 'local' } : owned.imported,
    question: existing?.question,
    dependsOn: existing?.dependsOn ?? [],
    tags: existing?.tags ?? [],
    notes: existing?.notes,
    history: existing?.history ?? [],
  };
}

const sameData = (a: CommitmentData, b: CommitmentData): boolean => JSON.stringify(commitmentData(a)) === JSON.stringify(commitmentData(b));

/** Numbered promises in number order, then anything else (added by hand, or without a number) by id. */
function fileOrder(a: CommitmentData, b: CommitmentData): number {
  const rank = (c: CommitmentData): number => {
    const numbered = c.imported?.nummer === undefined ? null : NUMMER.exec(c.imported.nummer);
    return numbered ? Number(numbered[3]) : Number.MAX_SAFE_INTEGER;
  };
  return rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Plans an import without touching the disk: which commitments are added,
 * updated, unchanged or removed, and the new text of every month file that
 * changes. Deleted records are kept, marked `imported.removed: true` and
 * `lapsed`, so that local notes on them survive and the deletion is visible.
 */
export function planImport({ register, texts, records, filter, calendar }: PlanInput): ImportPlan {
  const summary: ImportSummary = {
    records: records.length,
    considered: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    dueFromDate: 0,
    dueFromText: 0,
    dueKept: 0,
    noDue: 0,
    unknownStatuses: [],
    undated: [],
    elsewhere: [],
  };
  const existing = new Map(register.commitments.map((commitment) => [commitment.id, commitment]));
  const changed = new Map<string, Map<string, CommitmentData>>();
  const put = (file: string, data: CommitmentData): void => {
    const inFile = changed.get(file) ?? new Map<string, CommitmentData>();
    inFile.set(data.id, data);
    changed.set(file, inFile);
  };
  const count = (outcome: Outcome): void => void (summary[outcome] += 1);

  let lastChange: string | undefined;
  for (const record of records) {
    const at = apiChange(record);
    if (compareInstants(at, lastChange) > 0) lastChange = at;
  }

  for (const record of latestVersions(records)) {
    const id = commitmentIdOf(record);
    const held = existing.get(id);
    const name = record.nummer ?? record.id;
    if (record.verwijderd) {
      // A deletion of a promise we hold applies whatever the filters: it is news about our data.
      if (!held?.imported || held.imported.removed) continue;
      if (!held.file.startsWith(`${TK_FOLDER}/`)) {
        summary.elsewhere.push({ nummer: name, file: held.file });
        continue;
      }
      put(held.file, { ...held, status: 'lapsed', imported: { ...held.imported, removed: true } });
      count('removed');
      continue;
    }
    if (!matchesFilter(record, filter)) continue;
    summary.considered += 1;
    const mapped = toOwnedFields(record, calendar);
    if (!mapped.ok) {
      if (mapped.problem === 'unknown-status') summary.unknownStatuses.push({ nummer: name, value: mapped.value });
      else summary.undated.push(name);
      continue;
    }
    const file = monthFile(mapped.month);
    if (held && held.file !== file) {
      summary.elsewhere.push({ nummer: name, file: held.file });
      continue;
    }
    const data = merge(held, mapped.fields);
    const dueFrom = data.imported?.dueFrom;
    if (dueFrom === 'date') summary.dueFromDate += 1;
    else if (dueFrom === 'text') summary.dueFromText += 1;
    else if (dueFrom === 'local') summary.dueKept += 1;
    else summary.noDue += 1;
    put(file, data);
    count(!held ? 'added' : sameData(held, data) ? 'unchanged' : 'updated');
  }

  const byFile = new Map<string, Commitment[]>();
  for (const commitment of register.commitments) {
    if (!changed.has(commitment.file)) continue;
    const inFile = byFile.get(commitment.file);
    if (inFile) inFile.push(commitment);
    else byFile.set(commitment.file, [commitment]);
  }
  const sources = new Map(register.sources.map((source) => [source.file, source]));
  const writes: FileWrite[] = [];
  for (const [file, updates] of [...changed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const kept = (byFile.get(file) ?? []).filter((commitment) => !updates.has(commitment.id));
    const commitments = [...kept, ...updates.values()].sort(fileOrder);
    const month = /([^/]+)\.yaml$/.exec(file)?.[1];
    const source = sources.get(file);
    const block = month !== undefined && /^\d{4}-\d{2}$/.test(month)
      ? monthSource(month)
      : { id: source?.id ?? file, type: source?.type ?? 'debat', title: source?.title ?? file, date: source?.date.text ?? '' };
    const text = sourceFileYaml(block, commitments);
    const before = texts.get(file);
    if (text !== before) writes.push({ path: file, text, created: before === undefined });
  }
  return { writes, summary, lastChange };
}
