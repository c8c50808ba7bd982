import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Calendar } from '../core/calendar.js';
import type { Span } from '../core/deadline/span.js';
import type { Commitment, CommitmentSummary, DeadlineResolution, Delivery, DueSummary, InstanceDelivery, Position, Register, RegisterConfig, Source } from '../core/model.js';
import type { ResolvedDeadlines } from '../core/resolve-deadlines.js';
import { writeFileAtomic } from './atomic-write.js';
import { readLatin1Lines } from './read-lines.js';

/** Bumped when the cached shape changes, so an old cache is simply a miss. */
export const CACHE_FORMAT = 9;

/** What a clean register resolves to: everything the reporting commands need without parsing YAML again. */
export interface CachedRegister<C extends CommitmentSummary = Commitment> {
  register: Register<C>;
  config: RegisterConfig;
  calendar: Calendar;
  deadlines: ResolvedDeadlines;
}

/** How much of each commitment a command reads: the summary is enough to assess, filter and list. */
export interface CommitmentDetail {
  summary: CommitmentSummary;
  full: Commitment;
}
export type Detail = keyof CommitmentDetail;

/**
 * On disk, two files of lines: the summaries (a header, then a line per
 * commitment) and the details (quotes, notes, history, positions, …; a
 * header, then a line per commitment, in the same order). `status`, `list`,
 * `report` and `timeline` read only the first. Both are read line by line
 * (see read-lines.ts): at 100,000 commitments, bytes and objects are most of
 * what a cached run costs. Windows point into a table of distinct
 * resolutions, since most commitments share a phrase and a date with others.
 * Each file ends in a line of its own: the SHA-256 of every line before it,
 * so that a byte changed on disk makes the file a miss, never a wrong answer.
 */
interface SummaryHeader {
  format: number;
  key: string;
  /** How many lines follow: a file cut short is a miss, never a register with commitments missing. */
  count: number;
  sources: Stored<Source>[];
  config: RegisterConfig;
  calendar: Calendar;
  resolutions: DeadlineResolution[];
  spans: [string, Span][];
}

/**
 * Absent values as 0, the shortest JSON; `window` indexes `resolutions`, -1
 * for none; a deadline phrase, by far the most common `due`, as its text alone.
 */
type SummaryLine = [
  window: number,
  id: string,
  title: string,
  sourceId: string,
  status: Commitment['status'],
  made: string | 0,
  due: string | DueSummary | 0,
  delivered: Delivery | 0,
  tags: string[] | 0,
  repeats: string[] | 0,
  deliveries: InstanceDelivery[] | 0,
];

interface DetailsHeader {
  format: number;
  key: string;
  count: number;
}

/** A commitment's fields beyond its summary; empty lists are left out. */
type DetailsLine = Partial<Omit<Commitment, keyof CommitmentSummary | 'file' | 'position'>> & {
  file: string;
  position: StoredPosition;
  duePosition?: StoredPosition;
};

/** `line * COLUMNS + col`: one number instead of an object; positions past the limit stay pairs. Files are those of their commitment or source. */
type StoredPosition = number | [line: number, col: number];
const COLUMNS = 1_000_000;
type Stored<T extends { position: Position }> = Omit<T, 'position'> & { position: StoredPosition };

const store = (position: Position): StoredPosition =>
  position.col < COLUMNS ? position.line * COLUMNS + position.col : [position.line, position.col];
const restore = (stored: StoredPosition, file: string): Position =>
  typeof stored === 'number'
    ? { file, line: Math.floor(stored / COLUMNS), col: stored % COLUMNS }
    : { file, line: stored[0], col: stored[1] };

/** Most commitments have no tags, dependencies, history or addressees: they share one frozen empty list. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** JSON with every non-ASCII character escaped: the files can then be read without UTF-8 decoding. */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);

function summaryLine(commitment: Commitment, window: number): SummaryLine {
  const due = commitment.due?.kind === 'phrase' ? commitment.due.phrase : commitment.due && (({ position: _, ...rest }) => rest)(commitment.due);
  const tags = commitment.tags.length > 0 ? commitment.tags : 0;
  return [window, commitment.id, commitment.title, commitment.sourceId, commitment.status, commitment.made ?? 0, due ?? 0, commitment.delivered ?? 0, tags, commitment.repeats ?? 0, commitment.deliveries ?? 0];
}

function detailsLine(commitment: Commitment): DetailsLine {
  const { id: _id, title: _title, sourceId: _sourceId, status: _status, made: _made, due, delivered: _delivered, tags: _tags, repeats: _repeats, deliveries: _deliveries, position, file, ...rest } = commitment;
  const line: DetailsLine = { ...rest, file, position: store(position), ...(due ? { duePosition: store(due.position) } : {}) };
  for (const field of ['dependsOn', 'to', 'history'] as const) if (line[field]?.length === 0) delete line[field];
  return line;
}

/** Built as one literal, so that every summary has the same shape (and property reads stay fast). */
function fromSummaryLine(line: SummaryLine): CommitmentSummary {
  const [, id, title, sourceId, status, made, due, delivered, tags, repeats, deliveries] = line;
  return {
    id,
    title,
    sourceId,
    status,
    made: made || undefined,
    due: typeof due === 'string' ? { kind: 'phrase', phrase: due } : due || undefined,
    delivered: delivered || undefined,
    tags: tags || NONE,
    repeats: repeats || undefined,
    deliveries: deliveries || undefined,
  };
}

function withDetails(summary: CommitmentSummary, details: DetailsLine): Commitment {
  const { position, duePosition, ...rest } = details;
  const due = summary.due && { ...summary.due, position: restore(duePosition ?? position, details.file) };
  return { dependsOn: NONE, to: NONE, history: NONE, ...summary, ...rest, due, position: restore(position, details.file) };
}

function cacheLines(key: string, value: CachedRegister): { summaries: string[]; details: string[] } {
  const table = new Map<DeadlineResolution, number>();
  const summaries: string[] = [];
  const details: string[] = [];
  for (const commitment of value.register.commitments) {
    const window = value.deadlines.windows.get(commitment.id);
    if (window && !table.has(window)) table.set(window, table.size);
    summaries.push(asciiJson(summaryLine(commitment, window ? table.get(window)! : -1)));
    details.push(asciiJson(detailsLine(commitment)));
  }
  const header: SummaryHeader = {
    format: CACHE_FORMAT,
    key,
    count: summaries.length,
    sources: value.register.sources.map((source) => ({ ...source, position: store(source.position) })),
    config: value.config,
    calendar: value.calendar,
    resolutions: [...table.keys()],
    spans: [...value.deadlines.spans],
  };
  const detailsHeader: DetailsHeader = { format: CACHE_FORMAT, key, count: details.length };
  return { summaries: [asciiJson(header), ...summaries], details: [asciiJson(detailsHeader), ...details] };
}

/**
 * Where caches live: TOEZEGGING_CACHE_DIR, else the XDG cache folder. Empty
 * TOEZEGGING_CACHE_DIR or TOEZEGGING_NO_CACHE=1 turn the cache off.
 */
export function cacheDirectory(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.TOEZEGGING_NO_CACHE && env.TOEZEGGING_NO_CACHE !== '0') return undefined;
  if (env.TOEZEGGING_CACHE_DIR !== undefined) return env.TOEZEGGING_CACHE_DIR || undefined;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'toezegging');
}

/** The cache files of the register in `root`: `summary`, `details`, the `index` of cache-key.ts, and the folder of file-cache.ts. */
export function cacheFile(directory: string, root: string, part: 'summary' | 'details' | 'index' | 'files'): string {
  const name = `register-${createHash('sha256').update(root).digest('hex').slice(0, 24)}`;
  return join(directory, part === 'summary' ? `${name}.json` : part === 'files' ? `${name}.files` : `${name}.${part}.json`);
}

/** Abandons a read that cannot give the register asked for; `readCachedRegister` takes it as a miss. */
class StaleCache extends Error {}

/**
 * Calls `onLine` with each parsed line after the header, which `accept` checks
 * first; a header it refuses stops the read at once. Throws when the file is
 * missing, stale, not JSON, has other than `count` lines, or does not match
 * its checksum (and never calls `onLine` more than `count` times). The caller
 * keeps nothing it was given unless this returns.
 */
function readLinesOf<H extends { format: number; key: string; count: number }, L>(path: string, key: string, accept: (header: H) => void, onLine: (line: L) => void): void {
  let header: H | undefined;
  let count = 0;
  let sum: string | undefined;
  const hash = createHash('sha256');
  readLatin1Lines(path, (text) => {
    if (sum !== undefined) throw new StaleCache();
    if (header && count === header.count) {
      sum = text;
      return;
    }
    hash.update(text, 'latin1').update('\n');
    if (header) {
      onLine(JSON.parse(text) as L);
      count += 1;
      return;
    }
    header = JSON.parse(text) as H;
    if (header.format !== CACHE_FORMAT || header.key !== key || !Number.isSafeInteger(header.count)) throw new StaleCache();
    accept(header);
  });
  if (!header || count !== header.count || sum !== hash.digest('hex')) throw new StaleCache();
}

/** The lines of a cache file, and the checksum line that ends it. */
function withChecksum(lines: readonly string[]): string {
  const text = `${lines.join('\n')}\n`;
  return `${text}${createHash('sha256').update(text, 'latin1').digest('hex')}\n`;
}

/**
 * The register stored under `key`, with each commitment's summary only, or in
 * full; undefined unless the files hold exactly that register, whole.
 */
export function readCachedRegister<D extends Detail>(directory: string, root: string, key: string, detail: D): CachedRegister<CommitmentDetail[D]> | undefined {
  try {
    let header: SummaryHeader | undefined;
    const summaries: CommitmentSummary[] = [];
    const windows = new Map<string, DeadlineResolution>();
    readLinesOf<SummaryHeader, SummaryLine>(
      cacheFile(directory, root, 'summary'),
      key,
      (read) => (header = read),
      (line) => {
        const summary = fromSummaryLine(line);
        summaries.push(summary);
        if (line[0] >= 0) windows.set(summary.id, header!.resolutions[line[0]]!);
      },
    );
    let commitments: CommitmentSummary[] | Commitment[] = summaries;
    if (detail === 'full') {
      const full: Commitment[] = [];
      // readLinesOf holds the file to its header's count; this holds that count to the summaries', so each line has its summary.
      const sameCount = (details: DetailsHeader) => {
        if (details.count !== summaries.length) throw new StaleCache();
      };
      readLinesOf<DetailsHeader, DetailsLine>(cacheFile(directory, root, 'details'), key, sameCount, (line) => full.push(withDetails(summaries[full.length]!, line)));
      commitments = full;
    }
    const { sources, config, calendar, spans } = header!;
    return {
      register: { sources: sources.map((source) => ({ ...source, position: restore(source.position, source.file) })), commitments: commitments as CommitmentDetail[D][] },
      config,
      calendar,
      deadlines: { windows, spans: new Map(spans), diagnostics: [], calendar },
    };
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only costs speed, never correctness. */
export async function writeCachedRegister(directory: string, root: string, key: string, value: CachedRegister): Promise<void> {
  try {
    await mkdir(directory, { recursive: true });
    const { summaries, details } = cacheLines(key, value);
    // Details first: a reader that sees the new summaries then finds details with the same key, or a stale key and a miss.
    await writeFileAtomic(cacheFile(directory, root, 'details'), withChecksum(details));
    await writeFileAtomic(cacheFile(directory, root, 'summary'), withChecksum(summaries));
  } catch {
    // Read-only home, full disk: run uncached.
  }
}
