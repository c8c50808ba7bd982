import { readRecord, type PlanRecord, type TkRecord } from './record.js';
import { lineRecords, savedRecords, type KnownLine, type KnownTexts } from './saved-responses.js';

/** What was read of saved responses, in their order: records, and lines an earlier import read, left unread; and how many values were not records. */
export interface SavedRead {
  items: Array<PlanRecord | KnownLine>;
  ignored: number;
}

/** Reads saved responses at the moment the import knows which lines its memory holds (`known`). */
export type ReadSaved = (known: KnownTexts | undefined) => SavedRead;

export const isKnownLine = (item: PlanRecord | KnownLine): item is KnownLine => 'text' in item;

/** Each value is let go once read. */
export function readSaved(text: string, known?: KnownTexts): SavedRead {
  const read: SavedRead = { items: [], ignored: 0 };
  for (const item of savedRecords(text, known)) {
    if ('text' in item) {
      read.items.push(item);
      continue;
    }
    const record = readRecord(item.value);
    if (!record) {
      read.ignored += 1;
      continue;
    }
    if (item.fingerprint !== undefined) record.fingerprint = item.fingerprint;
    read.items.push(record);
  }
  return read;
}

/** A line left unread, read after all: its record, known by the line's fingerprint. */
export function readKnownLine(known: KnownLine): TkRecord[] {
  const { records, own } = lineRecords(known.text, known.line);
  const read = records.map(readRecord).filter((record) => record !== undefined);
  if (own) for (const record of read) record.fingerprint = known.fingerprint;
  return read;
}

