/** Saved responses that cannot be read; `line` is where, for NDJSON. */
export class SavedResponsesError extends Error {
  override readonly name = 'SavedResponsesError';

  constructor(
    readonly reason: 'empty' | 'not-json' | 'no-records',
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

/**
 * Reads records saved from the source, whichever way they were saved: one
 * response object, an array of records, or NDJSON (a record or a whole
 * response per line, as when each page was saved on its own line). Yields
 * them one at a time, NDJSON a line at a time, so that a caller that keeps
 * only what it makes of each does not hold every parsed record at once.
 */
export function* savedRecords(text: string): Generator<unknown> {
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
    yield* records;
    return;
  }
  for (let start = 0, index = 0; start < body.length; index++) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    const line = body.slice(start, end);
    start = end + 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SavedResponsesError('not-json', index + 1);
    }
    const found = recordsOf(value);
    if (!found) throw new SavedResponsesError('no-records', index + 1);
    yield* found;
  }
}
