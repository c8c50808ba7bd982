/** Saved responses that cannot be read; `line` is where, for NDJSON. */
export class SavedResponsesError extends Error {
  override readonly name = 'SavedResponsesError';

  constructor(
    /** `changed`: a line read earlier was not there when read again (the file changed during the import). */
    readonly reason: 'empty' | 'not-json' | 'no-records' | 'changed',
    readonly line?: number,
  ) {
    super(line === undefined ? reason : `${reason} at line ${line}`);
  }
}

/** The records of one parsed value: a response (`{"value": [...]}`), a list of records, or one record. */
function recordsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const list = (value as { value?: unknown }).value;
  if (Array.isArray(list)) return list;
  return 'Id' in value ? [value] : undefined;
}

/** A value read from saved responses; `fingerprint`, when asked for, is that of the line it was read from, which held this one record (NDJSON). */
export interface SavedValue {
  value: unknown;
  fingerprint?: string;
}

/** A line of NDJSON that an earlier import read (import-memory.ts), left unread: `line` counts from 1. */
export interface KnownLine {
  fingerprint: string;
  /** Read from a file (saved-file.ts), the line's text is read again when asked for. */
  readonly text: string;
  line: number;
}

/** The fingerprints of the lines earlier imports read, and how a line's is made. */
export interface KnownTexts {
  fingerprint(text: string): string;
  /** The fingerprint of the text these UTF-8 bytes hold, without decoding them. */
  fingerprintBytes?(bytes: Uint8Array): string;
  has(fingerprint: string): boolean;
}

/** The records of one line of NDJSON; `own` when the line is one record itself, not a response or a list. */
export function lineRecords(text: string, line: number): { records: unknown[]; own: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SavedResponsesError('not-json', line);
  }
  const records = recordsOf(value);
  if (!records) throw new SavedResponsesError('no-records', line);
  return { records, own: records.length === 1 && records[0] === value };
}

/**
 * Reads records saved from the source, whichever way they were saved: one
 * response object, an array of records, or NDJSON (a record or a whole
 * response per line, as when each page was saved on its own line). Yields
 * them one at a time, NDJSON a line at a time, so that a caller that keeps
 * only what it makes of each does not hold every parsed record at once.
 * With `known`, every line of NDJSON is fingerprinted: a line an earlier
 * import read is yielded as it is, unread, and a record on a line of its own
 * comes with that line's fingerprint.
 */
export function* savedRecords(text: string, known?: KnownTexts): Generator<SavedValue | KnownLine> {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') throw new SavedResponsesError('empty');
  let whole: unknown;
  let parsed = true;
  try {
    whole = JSON.parse(body);
  } catch {
    parsed = false;
  }
  if (parsed) {
    const records = recordsOf(whole);
    if (!records) throw new SavedResponsesError('no-records');
    for (const value of records) yield { value };
    return;
  }
  for (let start = 0, index = 0; start < body.length; index++) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    const line = body.slice(start, end);
    start = end + 1;
    if (line.trim() === '') continue;
    const fingerprint = known?.fingerprint(line);
    if (fingerprint !== undefined && known!.has(fingerprint)) {
      yield { fingerprint, text: line, line: index + 1 };
      continue;
    }
    const { records, own } = lineRecords(line, index + 1);
    if (own && fingerprint !== undefined) yield { value: records[0], fingerprint };
    else for (const value of records) yield { value };
  }
}
