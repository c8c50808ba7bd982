import { createHash } from 'node:crypto';
import { closeSync, fstatSync, readSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Calendar } from '../core/calendar.js';
import type { Span } from '../core/deadline/span.js';
import { LINK_KINDS, type Commitment, type CommitmentSummary, type DeadlineResolution, type Delivery, type DueSummary, type HistoryEntry, type ImportedFrom, type InstanceDelivery, type Position, type Register, type RegisterConfig, type Source } from '../core/model.js';
import { fixedJson, type JsonCommitment, type JsonReadyCommitment } from '../render/commitment-json.js';
import { deadlinesInOrder, type ResolvedDeadlines } from '../core/resolve-deadlines.js';
import type { RegisterOutline } from '../core/dashboard.js';
import { replaceVerifiedFileSync } from './atomic-write.js';
import { BUILD_ID } from './build-id.js';
import { linksOf } from './clean-change.js';
import { isRegularFile, openWithoutBlocking } from './read-regular-file.js';
import { CHUNK_BYTES, fileLines, KEPT_CHUNK_BYTES, readLatin1Lines } from './read-lines.js';
import { memoryPieces, type LinePieces } from './line-pieces.js';
import { LinePlaces, LinesAt } from './lines-at.js';
import { groupBy } from '../core/list-map.js';
import { asciiJson, asciiText, fromAsciiText } from './ascii-text.js';
import { jsonReadyFromLine } from './json-ready-line.js';
import { makeFolder } from './make-folder.js';
import { holdYoungGeneration } from './young-generation.js';

/** Bumped when the cached shape changes, so an old cache is simply a miss. */
export const CACHE_FORMAT = 15;

/** What a clean register resolves to: everything the reporting commands need without parsing YAML again. */
export interface CachedRegister<C extends CommitmentSummary = Commitment> {
  register: Register<C>;
  config: RegisterConfig;
  calendar: Calendar;
  deadlines: ResolvedDeadlines;
}

/**
 * How much of each commitment a command reads: the summary is enough to
 * assess, filter and list; JSON output reads it with the JSON text of the
 * rest (a register read without the cache has whole commitments anyway).
 */
export interface CommitmentDetail {
  summary: CommitmentSummary;
  json: JsonCommitment;
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
 *
 * The lines come in segments, one per register file, in the register's
 * order, and the summary header lists them (see `Segment`): a change to one
 * file rewrites that file's segment and copies the others' bytes as they
 * are, without parsing them; the header alone answers which commitments
 * there are, where each one is, and which link to which. `segments` is the
 * header's last member: a command that reads every line (`status`, JSON
 * output) parses the header up to it (see `headerOutline`), not its list of
 * every commitment's id, which was most of the header's parse.
 */
interface SummaryHeader {
  format: number;
  /** The program build that wrote the lines: another build's segments are never copied. */
  build: string;
  key: string;
  /** How many lines follow: a file cut short is a miss, never a register with commitments missing. */
  count: number;
  sources: Stored<Source>[];
  config: RegisterConfig;
  calendar: Calendar;
  /** Append-only while segments are copied, so that copied lines keep pointing at their windows. */
  resolutions: DeadlineResolution[];
  /** How many resolutions the last complete rewrite needed: a table grown far beyond it is rewritten whole. */
  fresh: number;
  spans: [string, Span][];
  /** The ids of the commitments that link to another or that another links to (the segments' links, both ends): a chain is assessed whole. */
  linked: string[];
  segments: Segment[];
}

/** The summary header without its segments, which are parsed only when asked for; `segmentsText` is their JSON text. */
type HeaderOutline = Omit<SummaryHeader, 'segments'> & { segments: () => Segment[]; segmentsText: string };

const SEGMENTS_MEMBER = ',"segments":';

/**
 * The summary header's line parsed but for its last member, the segments,
 * which are parsed when first asked for. No JSON string holds an unescaped
 * quote, and the segments hold no object, so the last `,"segments":` of the
 * line is the header's member; no earlier member has an object with that
 * key, so the first is too, and it is found faster. Were one ever nested in
 * an earlier member, the text cut there would leave that member open and not
 * parse: the last is then taken.
 */
export function headerOutline(line: string): HeaderOutline {
  if (!line.endsWith('}')) throw new StaleCache();
  const upTo = (at: number): Omit<SummaryHeader, 'segments'> => {
    if (at < 0) throw new StaleCache();
    return JSON.parse(`${line.slice(0, at)}}`) as Omit<SummaryHeader, 'segments'>;
  };
  let at = line.indexOf(SEGMENTS_MEMBER);
  let outline: Omit<SummaryHeader, 'segments'>;
  try {
    outline = upTo(at);
  } catch {
    at = line.lastIndexOf(SEGMENTS_MEMBER);
    outline = upTo(at);
  }
  let segments: Segment[] | undefined;
  const segmentsText = line.slice(at + SEGMENTS_MEMBER.length, -1);
  return { ...outline, segments: () => (segments ??= JSON.parse(segmentsText) as Segment[]), segmentsText };
}

/**
 * One segment as `JSON.stringify` writes it, then the comma or bracket after
 * it: its ids' JSON text (ids hold no bracket, quote or backslash: see the
 * validator's ID_PATTERN) and its byte counts captured, the rest passed over.
 */
const SEGMENT_TEXT = /\["(?:[^"\\]|\\.)*","[0-9a-f]*",\[([^\]]*)\],(?:0|\[\[[^\]]*\](?:,\[[^\]]*\])*\]),(\d+),(\d+),"[0-9a-f]*","[0-9a-f]*"(?:,1)?\][,\]]/y;

/** Where a commitment's lines are: its file's segment, its place there, and where the segment starts in each file, counted from the first segment's start. */
interface Located {
  segment: Segment;
  index: number;
  summaryAt: number;
  detailsAt: number;
}

/**
 * Commitment `id` found in the header's segments read as text, only its own
 * segment parsed: the list of every id is most of a large header's parse, and
 * showing one commitment needs one. Undefined when no segment holds it, or
 * when the text is not as the writer makes it (the caller then reads the
 * register whole).
 */
function locate(header: HeaderOutline, id: string): Located | undefined {
  const text = header.segmentsText;
  const quoted = JSON.stringify(id);
  let summaryAt = 0;
  let detailsAt = 0;
  SEGMENT_TEXT.lastIndex = 1;
  while (SEGMENT_TEXT.lastIndex < text.length) {
    const start = SEGMENT_TEXT.lastIndex;
    const found = SEGMENT_TEXT.exec(text);
    if (found === null) return undefined;
    const [, ids, summaryBytes, detailsBytes] = found as unknown as [string, string, string, string];
    if (ids.includes(quoted)) {
      const segment = JSON.parse(text.slice(start, SEGMENT_TEXT.lastIndex - 1)) as Segment;
      return { segment, index: segment[2].indexOf(id), summaryAt, detailsAt };
    }
    summaryAt += Number(summaryBytes);
    detailsAt += Number(detailsBytes);
  }
  return undefined;
}

/**
 * One register file's lines: its path and content hash ('' when not known,
 * and then never copied), its commitments' ids in order, their links
 * (`depends_on` and `due.after`, as [from, to]), the bytes of its lines in
 * each file (newlines included), and the first 16 hex digits of those
 * bytes' SHA-256, so that one commitment can be read and checked without
 * reading the whole file. `rebuilds` is 1 when the file's own check is
 * these lines and the header's source (see file-check-from-cache.ts): that
 * file then needs no per-file entry.
 */
type Segment = [path: string, hash: string, ids: string[], links: [string, string][] | 0, summaryBytes: number, detailsBytes: number, summarySum: string, detailsSum: string, rebuilds?: 1];

/**
 * Absent values as 0, the shortest JSON; `window` indexes `resolutions`, -1
 * for none; a deadline phrase, by far the most common `due`, as its text alone.
 * Status, id and repeats come first, in that order: `settledStart` reads
 * them without parsing the line.
 */
type SummaryLine = [
  status: Commitment['status'],
  id: string,
  repeats: string[] | 0,
  window: number,
  title: string,
  sourceId: string,
  made: string | 0,
  due: string | DueSummary | 0,
  delivered: Delivery | 0,
  tags: string[] | 0,
  deliveries: InstanceDelivery[] | 0,
];

interface DetailsHeader {
  format: number;
  key: string;
  count: number;
  /** The SHA-256 of the summary header's line: a reader of single commitments checks the header by it. */
  header: string;
}

/**
 * A details line is a commitment's `fixedJson` (the text of the members of
 * its JSON object that neither the summary nor the day it is assessed on
 * give, in two pieces), a tab, and what JSON output does not print, as JSON;
 * an empty history is left out.
 */
interface DetailsRest {
  history?: HistoryEntry[];
  position: StoredPosition;
  duePosition?: StoredPosition;
}

/** The members of `fixedJson` that the summary does not hold. */
interface DetailsMembers {
  dependsOn: string[];
  imported: ImportedFrom | null;
  to: string[];
  question: number | string | null;
  quote: string | null;
  notes: string | null;
  file: string;
}

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

export { asciiJson, asciiText, fromAsciiText } from './ascii-text.js';

function summaryLine(commitment: Commitment, window: number): SummaryLine {
  const due = commitment.due?.kind === 'phrase' ? commitment.due.phrase : commitment.due && (({ position: _, ...rest }) => rest)(commitment.due);
  const tags = commitment.tags.length > 0 ? commitment.tags : 0;
  return [commitment.status, commitment.id, commitment.repeats ?? 0, window, commitment.title, commitment.sourceId, commitment.made ?? 0, due ?? 0, commitment.delivered ?? 0, tags, commitment.deliveries ?? 0];
}

/** The details line, before `asciiText`: a segment's lines are made ASCII together. */
function detailsLine(commitment: Commitment, source: Source | undefined): string {
  const rest: DetailsRest = {
    ...(commitment.history.length > 0 ? { history: commitment.history } : {}),
    position: store(commitment.position),
    ...(commitment.due ? { duePosition: store(commitment.due.position) } : {}),
  };
  return `${fixedJson(commitment, source)}\t${JSON.stringify(rest)}`;
}

/**
 * Values many summaries hold alike, made once per register read: a deadline
 * phrase's `due`, and the source id (the source's own string). At 100,000
 * commitments each copy kept is memory the collector moves twice.
 */
class Shared {
  private readonly phrases = new Map<string, DueSummary>();
  private readonly sourceIds: Map<string, string>;

  constructor(sources: readonly { id: string }[]) {
    this.sourceIds = new Map(sources.map((source) => [source.id, source.id]));
  }

  phrase(phrase: string): DueSummary {
    let due = this.phrases.get(phrase);
    if (!due) this.phrases.set(phrase, (due = Object.freeze({ kind: 'phrase', phrase })));
    return due;
  }

  sourceId(id: string): string {
    return this.sourceIds.get(id) ?? id;
  }
}

/** The deadline a summary line's window indexes in its header's resolutions; undefined for none. */
function windowIn(line: SummaryLine, header: { readonly resolutions: readonly DeadlineResolution[] }): DeadlineResolution | undefined {
  return line[3] >= 0 ? header.resolutions[line[3]] : undefined;
}

/**
 * A summary line JSON-ready, with its window: most lines without a parse (see json-ready-line.ts), their texts kept
 * as slices of the line; the rest as every reader parses them.
 */
function jsonReadyOf(text: string, resolutions: readonly DeadlineResolution[], shared: Shared, fixed: string): [JsonReadyCommitment, DeadlineResolution | undefined] {
  const ready = jsonReadyFromLine(text, resolutions, shared, fixed);
  if (ready) return ready;
  const line = JSON.parse(text) as SummaryLine;
  return [fromSummaryLine(line, shared, fixed) as JsonReadyCommitment, windowIn(line, { resolutions })];
}

/** Built as one literal, so that every summary has the same shape (and property reads stay fast). */
function fromSummaryLine(line: SummaryLine, shared?: Shared, json?: string): CommitmentSummary & { fixedJson?: string } {
  const [status, id, repeats, , title, sourceId, made, due, delivered, tags, deliveries] = line;
  return {
    id,
    title,
    sourceId: shared ? shared.sourceId(sourceId) : sourceId,
    status,
    made: made || undefined,
    due: typeof due === 'string' ? (shared ? shared.phrase(due) : { kind: 'phrase', phrase: due }) : due || undefined,
    delivered: delivered || undefined,
    tags: tags || NONE,
    repeats: repeats || undefined,
    deliveries: deliveries || undefined,
    fixedJson: json,
  };
}

/**
 * One literal rather than spreads (JSON output builds 100,000 of these), with
 * the keys in the order the spreads gave them: the lists, the summary's, then
 * the details' (as detailsLine stores a validated commitment's) and position.
 */
function withDetails(summary: CommitmentSummary, line: string): Commitment {
  const tab = line.lastIndexOf('\t');
  // The two pieces of fixedJson, joined, are an object's members.
  const first = line.indexOf('\t');
  const { dependsOn, imported, to, question, quote, notes, file } = JSON.parse(`{${line.slice(0, first)}${line.slice(first + 1, tab)}`) as DetailsMembers;
  const rest = JSON.parse(line.slice(tab + 1)) as DetailsRest;
  const { position } = rest;
  const duePosition = rest.duePosition ?? position;
  // A phrase, by far the most common deadline, has these two keys (fromSummaryLine): no spread needed.
  const due = summary.due && (summary.due.kind === 'phrase' ? { kind: 'phrase' as const, phrase: summary.due.phrase, position: restore(duePosition, file) } : { ...summary.due, position: restore(duePosition, file) });
  return {
    dependsOn: dependsOn.length > 0 ? dependsOn : NONE,
    to: to.length > 0 ? to : NONE,
    history: rest.history ?? NONE,
    id: summary.id,
    title: summary.title,
    sourceId: summary.sourceId,
    status: summary.status,
    made: summary.made,
    due,
    delivered: summary.delivered,
    tags: summary.tags,
    repeats: summary.repeats,
    deliveries: summary.deliveries,
    quote: quote ?? undefined,
    question: question ?? undefined,
    notes: notes ?? undefined,
    imported: imported ?? undefined,
    file,
    position: restore(position, file),
  };
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

/** The cache files of the register in `root`: `summary`, `details`, the `index` of cache-key.ts, the folder of file-cache.ts, and what `import tk` remembers of records (import-memory.ts). */
export function cacheFile(directory: string, root: string, part: 'summary' | 'details' | 'index' | 'files' | 'imports'): string {
  const name = `register-${createHash('sha256').update(root).digest('hex').slice(0, 24)}`;
  return join(directory, part === 'summary' ? `${name}.json` : part === 'files' ? `${name}.files` : `${name}.${part}.json`);
}

/** The checksum line: 64 hex digits and a newline. */
const SUM_LINE = 65;

/** Abandons a read that cannot give the register asked for; `readCachedRegister` takes it as a miss. */
class StaleCache extends Error {}

/**
 * Calls `onLine` with each parsed line after the header, which `accept` checks
 * first; a header it refuses stops the read at once. Throws when the file is
 * missing, stale, not JSON, has other than `count` lines, or does not match
 * its checksum (and never calls `onLine` more than `count` times). The caller
 * keeps nothing it was given unless this returns. `file` is a path, or a
 * descriptor the caller opened and closes (see `readLatin1Lines`).
 */
function readLinesOf<H extends { format: number; key: string; count: number }>(
  file: string | number,
  key: string,
  accept: (header: H) => void,
  onLine: (line: string, position: number) => void,
  chunkBytes?: number,
  parseHeader: (line: string) => H = (line) => JSON.parse(line) as H,
): void {
  let header: H | undefined;
  let count = 0;
  let sum: string | undefined;
  // Where the next line starts in the file: each character of a line read is one byte.
  let position = 0;
  const checksum = new Checksum();
  readLatin1Lines(
    file,
    (text) => {
      const start = position;
      position += text.length + 1;
      if (sum !== undefined) throw new StaleCache();
      if (header && count === header.count) {
        sum = text;
        return;
      }
      if (header) {
        onLine(text, start);
        count += 1;
        return;
      }
      // A cache of another key (the register changed since it was written) is a miss before its header is parsed: 3 MB of JSON at 100,000 commitments.
      if (!text.includes(`"key":${asciiJson(key)}`)) throw new StaleCache();
      header = acceptedHeader(parseHeader(text), key, accept);
    },
    (bytes) => checksum.update(bytes),
    chunkBytes,
  );
  if (!header || count !== header.count || sum === undefined || !checksum.holds(sum)) throw new StaleCache();
}

/** A cache file's header, given to `accept`, when it is of this format and key and counts its lines; else the cache is stale. */
function acceptedHeader<H extends { format: number; key: string; count: number }>(header: H, key: string, accept: (header: H) => void): H {
  if (header.format !== CACHE_FORMAT || header.key !== key || !Number.isSafeInteger(header.count)) throw new StaleCache();
  accept(header);
  return header;
}

/** The checksum of a cache file as it is read: of every byte but the last SUM_LINE, which at the end must be its line. */
class Checksum {
  readonly #hash = createHash('sha256');
  // The last SUM_LINE bytes read, held back until more follow: at the end they are the checksum line, which is not hashed.
  #held = Buffer.alloc(0);

  update(bytes: Buffer): void {
    // A whole piece is hashed where it lies: joining it to the bytes held back would copy every byte of the file once more.
    if (bytes.length >= SUM_LINE) {
      this.#hash.update(this.#held);
      this.#hash.update(bytes.subarray(0, bytes.length - SUM_LINE));
      this.#held = Buffer.from(bytes.subarray(bytes.length - SUM_LINE));
      return;
    }
    const joined = Buffer.concat([this.#held, bytes]);
    const cut = Math.max(0, joined.length - SUM_LINE);
    this.#hash.update(joined.subarray(0, cut));
    this.#held = Buffer.from(joined.subarray(cut));
  }

  /** Whether the file read ends with the line `sum`, and `sum` is the checksum of all before it. Once. */
  holds(sum: string): boolean {
    return this.#held.toString('latin1') === `${sum}\n` && sum === this.#hash.digest('hex');
  }

  /** The text of the bytes held back: the checksum line, newline and all, of a file read whole. */
  tail(): string {
    return this.#held.toString('latin1');
  }
}

/**
 * Lines of a cache file that `checkLinesOf` gives as it checks it: those of
 * the `wanted` indexes (after the header, ascending), each line's bytes
 * without its newline, valid only during the call, and where it starts in
 * the file, in turn.
 */
interface WantedLines {
  wanted: ArrayLike<number>;
  take: (bytes: Buffer, position: number) => void;
}

/**
 * Checks a cache file as `readLinesOf` reads it (its header, which `accept`
 * checks, `count` lines, and the checksum line, which must match) from its
 * bytes alone: no line but the header is made a string, for a file whose
 * lines are read later (see `readCachedJsonTwice`) or of which only `lines`
 * are wanted. Throws as `readLinesOf` does. Reads the open descriptor `fd`
 * from where it stands (its start).
 */
function checkLinesOf<H extends { format: number; key: string; count: number }>(fd: number, key: string, accept: (header: H) => void, lines?: WantedLines): void {
  if (!isRegularFile(fd)) throw new StaleCache();
  const checksum = new Checksum();
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  const headerParts: Buffer[] = [];
  let header: H | undefined;
  let newlines = 0;
  let position = 0;
  // Where the last two newlines are: the checksum line lies between them, and the last ends the file.
  let lastNewline = -1;
  let beforeLast = -1;
  const wanted = lines?.wanted ?? [];
  let next = 0;
  // The start of a wanted line that runs on past the piece it began in.
  const begun: Buffer[] = [];
  for (let read = readSync(fd, chunk, 0, chunk.length, null); read > 0; read = readSync(fd, chunk, 0, chunk.length, null)) {
    const piece = chunk.subarray(0, read);
    checksum.update(piece);
    let from = 0;
    if (header === undefined) {
      const end = piece.indexOf(NEWLINE);
      headerParts.push(Buffer.from(end < 0 ? piece : piece.subarray(0, end)));
      if (end >= 0) {
        header = acceptedHeader(JSON.parse(Buffer.concat(headerParts).toString('latin1')) as H, key, accept);
        lastNewline = position + end;
        from = end + 1;
      }
    }
    if (header !== undefined) {
      for (let at = piece.indexOf(NEWLINE, from); at >= 0; at = piece.indexOf(NEWLINE, at + 1)) {
        if (newlines === wanted[next]) {
          const line = piece.subarray(Math.max(0, lastNewline + 1 - position), at);
          lines!.take(begun.length === 0 ? line : Buffer.concat(begun.splice(0).concat(line)), lastNewline + 1);
          next += 1;
        }
        newlines += 1;
        beforeLast = lastNewline;
        lastNewline = position + at;
      }
      if (newlines === wanted[next]) begun.push(Buffer.from(piece.subarray(Math.max(0, lastNewline + 1 - position))));
    }
    position += read;
  }
  // After the header: `count` lines and the checksum line, each ending with a newline, the last ending the file.
  const whole = header !== undefined && newlines === header.count + 1 && lastNewline === position - 1 && beforeLast === position - SUM_LINE - 1 && next === wanted.length;
  if (!whole || !checksum.holds(checksum.tail().slice(0, -1))) throw new StaleCache();
}

/** What the summary file says before its first commitment: enough to assess each one as it is read. */
export interface CachedOutline extends RegisterOutline {
  config: RegisterConfig;
  count: number;
}

/**
 * What takes a register's commitments as the summary file is read, in its
 * order: each one's summary and window, unless `settled`, offered the
 * commitment first by its id, status and what it repeats, says that was
 * enough (see DashboardBuilder); its summary is then never made.
 */
export interface SummarySink {
  /** True when the sink holds the summary: for JSON output, its details are then read (see `readCachedJsonHeld`). */
  add: (summary: CommitmentSummary, window: DeadlineResolution | undefined) => boolean | void;
  settled?: (id: string, status: CommitmentSummary['status'], repeats: readonly string[] | undefined) => boolean;
  /** Offered a commitment that `settled` refused and that repeats nothing, by its id, status and window: true when that was enough. */
  open?: (id: string, status: CommitmentSummary['status'], window: DeadlineResolution | undefined) => boolean;
}

/**
 * What `settled` said of the commitment of a summary line that repeats no
 * other promise, offered by the status and id at the line's start, read
 * without parsing it: `["status","id",0,`; undefined when it was not offered. Both are plain (a status is a
 * word of the model, an id matches `[a-z0-9][a-z0-9-]*`), so their JSON is
 * their text in quotes. On a large register most commitments are settled,
 * and a line never parsed is no work for the collector either.
 */
function settledStart(text: string, settled: NonNullable<SummarySink['settled']>): boolean | undefined {
  const statusEnd = text.indexOf('"', 2);
  const idEnd = text.indexOf('"', statusEnd + 3);
  // A promise that repeats others is counted once with them: `settled` needs the list, which the parse gives.
  if (statusEnd < 0 || idEnd < 0 || text.charCodeAt(idEnd + 2) !== 0x30) return undefined;
  return settled(text.slice(statusEnd + 3, idEnd), text.slice(2, statusEnd) as Commitment['status'], undefined);
}

/**
 * What `open` said of the commitment of a summary line that repeats no other
 * promise, offered by its id, status and window, read without parsing the
 * line (`["status","id",0,window,`, as `settledStart` reads it); undefined
 * when it was not offered.
 */
function openStart(text: string, open: NonNullable<SummarySink['open']>, resolutions: readonly DeadlineResolution[]): boolean | undefined {
  const statusEnd = text.indexOf('"', 2);
  const idEnd = text.indexOf('"', statusEnd + 3);
  if (statusEnd < 0 || idEnd < 0 || text.charCodeAt(idEnd + 2) !== 0x30 || text.charCodeAt(idEnd + 3) !== 0x2c) return undefined;
  const windowEnd = text.indexOf(',', idEnd + 4);
  const window = windowEnd < 0 ? NaN : Number(text.slice(idEnd + 4, windowEnd));
  if (!Number.isInteger(window) || window >= resolutions.length) return undefined;
  return open(text.slice(statusEnd + 3, idEnd), text.slice(2, statusEnd) as Commitment['status'], window >= 0 ? resolutions[window] : undefined);
}

/** What a reader of both files reads the lines again with: the count its details file's header gave, when it was read first, and what its summary file's header gave. */
interface SecondRead {
  detailsCount?: number;
  resolutions?: readonly DeadlineResolution[];
  shared?: Shared;
}

/**
 * How many summary lines are read between two looks at the young
 * generation, for a command that caps it (young-generation.ts): some 200 KB
 * of lines, a few looks per semi-space the reading fills, each a few
 * microseconds.
 */
const HOLD_EVERY_LINES = 1000;

/**
 * Reads the summary file, giving `begin`'s sink each commitment, in register
 * order; `members` (for JSON output) are the details' JSON values, one per
 * commitment, or where the lines of the summaries the sink holds are noted
 * (each JSON-ready, its `fixedJson` given later). Throws StaleCache or a parse
 * error for anything but the register stored under `key`, whole: the caller
 * keeps nothing it was given unless this returns.
 */
function readSummaries(
  file: string | number,
  key: string,
  members: readonly string[] | LinePlaces | undefined,
  begin: (outline: CachedOutline) => SummarySink,
  second?: SecondRead,
): CachedOutline {
  let header: HeaderOutline | undefined;
  let outline: CachedOutline | undefined;
  let shared: Shared | undefined;
  let sink: SummarySink | undefined;
  let read = 0;
  const held = members instanceof LinePlaces ? members : undefined;
  const fixedJsonAt = members === undefined ? undefined : held ? () => '' : (index: number) => (members as readonly string[])[index];
  readLinesOf<HeaderOutline>(
    file,
    key,
    (found) => {
      header = found;
      shared = new Shared(found.sources);
      if (second) {
        if (second.detailsCount !== undefined && second.detailsCount !== found.count) throw new StaleCache();
        second.resolutions = found.resolutions;
        second.shared = shared;
      }
      // Each file is held to its own header's count: the two counts the same, each line has its summary.
      if (members && !held && (members as readonly string[]).length !== found.count) throw new StaleCache();
      held?.reserve(found.count);
      const { sources, config, calendar, spans, segments, linked, count } = found;
      outline = {
        sources: sources.map((source) => ({ ...source, position: restore(source.position, source.file) })),
        config,
        calendar,
        spans: new Map(spans),
        ids: () => segments().flatMap((segment) => segment[2]),
        linked: new Set(linked),
        count,
      };
      sink = begin(outline);
    },
    (text, position) => {
      const index = read++;
      if (index % HOLD_EVERY_LINES === 0) holdYoungGeneration();
      const offered = sink!.settled && settledStart(text, sink!.settled);
      if (offered) return;
      if (sink!.open && openStart(text, sink!.open, header!.resolutions)) return;
      const fixed = fixedJsonAt?.(index);
      if (fixed !== undefined) {
        const [summary, window] = jsonReadyOf(text, header!.resolutions, shared!, fixed);
        if (offered === undefined && sink!.settled?.(summary.id, summary.status, summary.repeats)) return;
        if (sink!.add(summary, window) && held) held.add(index, position, text.length);
        return;
      }
      const line = JSON.parse(text) as SummaryLine;
      // Offered before the summary is made: on a large register most commitments are settled, and are never made.
      if (offered === undefined && sink!.settled?.(line[1], line[0], line[2] || undefined)) return;
      sink!.add(fromSummaryLine(line, shared), windowIn(line, header!));
    },
    // Pieces whose slices JSON-ready summaries hold are read large: the collector never moves them.
    members && !held ? KEPT_CHUNK_BYTES : undefined,
    headerOutline,
  );
  return outline!;
}

/**
 * The register stored under `key` read a commitment at a time (see
 * `readSummaries`), for a command that holds only some of them; undefined
 * unless the file holds exactly that register, whole, and then whatever
 * `begin`'s function was given is to be dropped.
 */
export function readCachedSummaries(
  directory: string,
  root: string,
  key: string,
  begin: (outline: CachedOutline) => SummarySink,
): CachedOutline | undefined {
  try {
    return readSummaries(cacheFile(directory, root, 'summary'), key, undefined, begin);
  } catch {
    return undefined;
  }
}

/** A details line's `fixedJson`: what JSON output prints from the details. */
const fixedJsonOf = (line: string): string => fromAsciiText(line.slice(0, line.lastIndexOf('\t')));

/** Each details line's `fixedJson`, in register order. */
function readFixedJson(directory: string, root: string, key: string): string[] {
  const read: string[] = [];
  const keep = (line: string) => read.push(fixedJsonOf(line));
  readLinesOf<DetailsHeader>(cacheFile(directory, root, 'details'), key, () => undefined, keep, KEPT_CHUNK_BYTES);
  return read;
}

/**
 * The register stored under `key` read a commitment at a time for JSON
 * output, as `readCachedSummaries` reads it, each summary JSON-ready (its
 * `fixedJson` empty); the sink tells by `add` which it holds, and of those
 * only where their summary and details lines are is kept (the details file
 * is read after, and checked whole). `held` gives back the n-th commitment
 * the sink held, JSON-ready, made anew each time it is asked for from its
 * lines read again by their place (see lines-at.ts), so that nothing made of
 * a commitment outlives the moment it is printed: a report holds some of the
 * commitments, in an order of its own. The files are read again through the
 * descriptors they were checked through (see `readCachedJsonTwice`), which
 * `close` closes. Undefined, with both closed, unless the files hold exactly
 * that register, whole; then whatever `begin`'s sink was given is to be
 * dropped.
 */
export function readCachedJsonHeld(
  directory: string,
  root: string,
  key: string,
  begin: (outline: CachedOutline) => { add: (summary: JsonReadyCommitment, window: DeadlineResolution | undefined) => boolean },
): { outline: CachedOutline; held: (n: number) => [JsonReadyCommitment, DeadlineResolution | undefined]; close: () => void } | undefined {
  const opened: number[] = [];
  const close = (): void => {
    for (const fd of opened.splice(0)) closeSync(fd);
  };
  try {
    // Both opened first, so that what is read is one cache even if another replaces it meanwhile (see atomic-write.ts).
    for (const part of ['summary', 'details'] as const) opened.push(openWithoutBlocking(cacheFile(directory, root, part)));
    const [summaryFd, detailsFd] = opened as [number, number];
    const summaries = new LinePlaces();
    const second: SecondRead = {};
    // No line is offered as settled: what JSON output needs of a settled commitment (when it was made or delivered) is in its summary.
    const outline = readSummaries(
      summaryFd,
      key,
      summaries,
      (outline) => {
        const { add } = begin(outline);
        return { add: add as SummarySink['add'] };
      },
      second,
    );
    const wanted = summaries.indexes();
    const details = new LinePlaces(wanted.length);
    let next = 0;
    const take = (bytes: Buffer, position: number): void => details.add(wanted[next++]!, position, bytes.length);
    const sameCount = (header: DetailsHeader) => {
      if (header.count !== outline.count) throw new StaleCache();
    };
    checkLinesOf<DetailsHeader>(detailsFd, key, sameCount, { wanted, take });
    const { resolutions = [], shared } = second;
    const summaryLines = new LinesAt(summaryFd);
    const detailsLines = new LinesAt(detailsFd);
    const held = (n: number): [JsonReadyCommitment, DeadlineResolution | undefined] =>
      jsonReadyOf(summaries.text(n, summaryLines), resolutions, shared!, fixedJsonOf(details.text(n, detailsLines)));
    return { outline, held, close };
  } catch {
    close();
    return undefined;
  }
}

/**
 * The register stored under `key` read twice for JSON output: first through
 * `begin`'s sink, as `readCachedSummaries` reads it (both files are checked
 * whole then); then, as `again` is iterated (once), every commitment in
 * register order, each JSON-ready summary with its window, made only when
 * its turn comes, from the lines of both files read again. So the counts a
 * document opens with are known before its first commitment, and no
 * commitment outlives its turn. The files are read again through the
 * descriptors the first read checked them through, a small piece at a time:
 * a cache file is only ever replaced whole (atomic-write.ts), never written
 * in place, so what is read again is what was checked, and reading it from
 * the system's page cache costs less than keeping the text of the first
 * read (55 MB at 100,000 commitments, newly mapped memory). The second read
 * closes them; undefined, with both closed, unless the files hold exactly
 * that register, whole.
 */
export function readCachedJsonTwice(
  directory: string,
  root: string,
  key: string,
  begin: (outline: CachedOutline) => SummarySink,
): { outline: CachedOutline; again: Iterable<[JsonReadyCommitment, DeadlineResolution | undefined]> } | undefined {
  const opened: number[] = [];
  const close = (): void => {
    for (const fd of opened.splice(0)) closeSync(fd);
  };
  try {
    const summaryFd = openWithoutBlocking(cacheFile(directory, root, 'summary'));
    opened.push(summaryFd);
    const detailsFd = openWithoutBlocking(cacheFile(directory, root, 'details'));
    opened.push(detailsFd);
    const second: SecondRead = { detailsCount: -1 };
    checkLinesOf<DetailsHeader>(detailsFd, key, (header) => (second.detailsCount = header.count));
    // The first read makes no JSON-ready summary: it only counts, and keeps the chains, whose summaries the second read gives again.
    const outline = readSummaries(summaryFd, key, undefined, begin, second);
    const { resolutions = [], shared } = second;
    function* again(): Generator<[JsonReadyCommitment, DeadlineResolution | undefined]> {
      try {
        const summaries = fileLines(summaryFd);
        const details = fileLines(detailsFd);
        // Past each file's header.
        summaries.nextLine();
        details.nextLine();
        for (let index = 0; index < outline.count; index++) {
          const text = summaries.nextLine()!;
          yield jsonReadyOf(text, resolutions, shared!, fixedJsonOf(details.nextLine()!));
        }
      } finally {
        close();
      }
    }
    return { outline, again: { [Symbol.iterator]: again } };
  } catch {
    close();
    return undefined;
  }
}

/**
 * The register stored under `key`, with each commitment's summary only, or in
 * full; undefined unless the files hold exactly that register, whole.
 */
export function readCachedRegister<D extends Detail>(directory: string, root: string, key: string, detail: D): CachedRegister<CommitmentDetail[D]> | undefined {
  try {
    // For JSON output, each details line's values as they are printed, read first so that each summary is made once, with them.
    const members = detail === 'json' ? readFixedJson(directory, root, key) : undefined;
    const summaries: CommitmentSummary[] = [];
    const windows: (DeadlineResolution | undefined)[] = [];
    const { sources, config, calendar, spans } = readSummaries(cacheFile(directory, root, 'summary'), key, members, () => ({
      add: (summary, window) => {
        summaries.push(summary);
        windows.push(window);
      },
    }));
    let commitments: CommitmentSummary[] | Commitment[] = summaries;
    if (detail === 'full') {
      const full: Commitment[] = [];
      // readLinesOf holds the file to its header's count; this holds that count to the summaries', so each line has its summary.
      const sameCount = (details: DetailsHeader) => {
        if (details.count !== summaries.length) throw new StaleCache();
      };
      readLinesOf<DetailsHeader>(cacheFile(directory, root, 'details'), key, sameCount, (line) => full.push(withDetails(summaries[full.length]!, line)));
      commitments = full;
    }
    return {
      register: { sources: [...sources], commitments: commitments as CommitmentDetail[D][] },
      config,
      calendar,
      deadlines: deadlinesInOrder(commitments, windows, { spans, diagnostics: [], calendar }),
    };
  } catch {
    return undefined;
  }
}

/** The register files a cache is made of, in order, with their content hashes. */
export interface CacheKey {
  key: string;
  files: readonly { path: string; hash: string }[];
}

const sum16 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex').slice(0, 16);

/**
 * A cache as written before: its header, and where each segment's bytes are.
 * No segment is read until it is needed, and each is checked by its own sum
 * when it is read (see `segmentBytes`): so a write copies the bytes of the
 * other files' segments from it without reading the whole of both files
 * (55 MB at 100,000 commitments) and hashing them twice, once to check the
 * old file and once for the new one.
 */
export interface PreviousCache {
  header: SummaryHeader;
  /** Each file, as a path opened on each read, or as a descriptor held open by its owner (see `openCachedIndex`). */
  files: { summary: string | number; details: string | number };
  /** Where each of the header's segments starts, in each file. */
  starts: { summary: number; details: number }[];
  /** Segment index by path and content hash. */
  byFile: Map<string, number>;
}

const MAX_CACHE_BYTES = 2 ** 31 - 1;

/**
 * The cache as last written by this build, its headers checked (the same key
 * in both, the summary header's SHA-256 in the details header, its segments
 * adding up to each file's lines): the source of the segments a write
 * copies. Undefined for anything else.
 */
export function readPreviousCache(directory: string, root: string): PreviousCache | undefined {
  const files = { summary: cacheFile(directory, root, 'summary'), details: cacheFile(directory, root, 'details') };
  const fds: number[] = [];
  try {
    const opened = openBothCacheFiles(directory, root, fds);
    if (opened === undefined) return undefined;
    const { summaryFd, detailsFd, headerLine, detailsLine } = opened;
    return previousCacheOf(files, { summary: fstatSync(summaryFd).size, details: fstatSync(detailsFd).size }, headerLine, detailsLine);
  } catch {
    return undefined;
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

/** A previous cache from both files' header lines and sizes, when they agree; else undefined. `known`: the summary header already parsed from its line. */
function previousCacheOf(files: PreviousCache['files'], sizes: { summary: number; details: number }, headerLine: string, detailsLine: string, known?: SummaryHeader): PreviousCache | undefined {
  const header = known ?? (JSON.parse(headerLine) as SummaryHeader);
  const detailsHeader = JSON.parse(detailsLine) as DetailsHeader;
  if (header.format !== CACHE_FORMAT || header.build !== BUILD_ID || detailsHeader.format !== CACHE_FORMAT || detailsHeader.key !== header.key || detailsHeader.count !== header.count) return undefined;
  if (detailsHeader.header !== createHash('sha256').update(headerLine, 'latin1').digest('hex')) return undefined;
  const starts = segmentStarts(header, headerLine.length + 1, detailsLine.length + 1);
  const byFile = new Map<string, number>();
  for (const [index, segment] of header.segments.entries()) if (segment[1] !== '') byFile.set(`${segment[0]}\0${segment[1]}`, index);
  // After the segments, only the checksum line.
  const end = starts.at(-1)!;
  return end.summary + SUM_LINE === sizes.summary && end.details + SUM_LINE === sizes.details ? { header, files, starts: starts.slice(0, -1), byFile } : undefined;
}

/** The bytes of the segment at `index` of a previous cache in one of its files, checked by the segment's sum; throws StaleCache when they do not check. */
function segmentBytes(previous: PreviousCache, index: number, part: 'summary' | 'details'): Buffer {
  const segment = previous.header.segments[index]!;
  const file = previous.files[part];
  const fd = typeof file === 'number' ? file : openWithoutBlocking(file);
  let bytes: Buffer;
  try {
    bytes = readAt(fd, previous.starts[index]![part], part === 'summary' ? segment[4] : segment[5]);
  } finally {
    if (typeof file !== 'number') closeSync(fd);
  }
  if (sum16(bytes) !== (part === 'summary' ? segment[6] : segment[7])) throw new StaleCache();
  return bytes;
}

/** Copied a MiB at a time. */
const COPY_BYTES = 1 << 20;

/**
 * The bytes of the segments `first` to `last` (in a row) of a previous
 * cache in one of its files, read a MiB at a time, into one buffer reused:
 * each piece is to be used before the next is asked for. Each segment is
 * checked by its sum before the piece that ends it is given: one that does
 * not check throws StaleCache, and the file being written of them is then
 * never put in place.
 */
function* copiedSegments(previous: PreviousCache, first: number, last: number, part: 'summary' | 'details'): Generator<Uint8Array> {
  const { segments } = previous.header;
  const size = part === 'summary' ? 4 : 5;
  const sumAt = part === 'summary' ? 6 : 7;
  let length = 0;
  for (let index = first; index <= last; index++) length += segments[index]![size] as number;
  const start = previous.starts[first]![part];
  const fd = typeof previous.files[part] === 'number' ? previous.files[part] : openWithoutBlocking(previous.files[part]);
  try {
    const buffer = Buffer.allocUnsafe(Math.min(COPY_BYTES, Math.max(1, length)));
    let index = first;
    let left = segments[index]![size] as number;
    let hash = createHash('sha256');
    // Ends every segment whose bytes are all hashed, empty ones included, checking its sum.
    const settle = () => {
      while (left === 0 && index <= last) {
        if (hash.digest('hex').slice(0, 16) !== segments[index]![sumAt]) throw new StaleCache();
        index += 1;
        if (index <= last) {
          hash = createHash('sha256');
          left = segments[index]![size] as number;
        }
      }
    };
    settle();
    for (let done = 0; done < length; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, length - done), start + done);
      if (read === 0) throw new StaleCache();
      for (let at = 0; at < read; ) {
        const take = Math.min(left, read - at);
        hash.update(buffer.subarray(at, at + take));
        at += take;
        left -= take;
        settle();
      }
      done += read;
      yield buffer.subarray(0, read);
    }
    if (index <= last) throw new StaleCache();
  } finally {
    if (typeof previous.files[part] !== 'number') closeSync(fd);
  }
}

/** Where each segment starts in each file, and, last, where the segments end. */
function segmentStarts(header: SummaryHeader, summary: number, details: number): { summary: number; details: number }[] {
  const starts = [{ summary, details }];
  for (const segment of header.segments) {
    const at = starts.at(-1)!;
    starts.push({ summary: at.summary + segment[4], details: at.details + segment[5] });
  }
  return starts;
}

/**
 * The segment of one file: copied from the previous cache, or made from its
 * commitments; `rebuilds` when the file's own check is those commitments and
 * its source, as `rebuildsFromCache` tells.
 */
export type SegmentPlan = { path: string; hash: string } & ({ copy: number } | { commitments: readonly Commitment[]; rebuilds?: boolean });

/** Everything a cache holds besides the lines of the segments. */
export interface CacheContent {
  key: string;
  segments: readonly SegmentPlan[];
  sources: readonly Source[];
  config: RegisterConfig;
  calendar: Calendar;
  /** The windows of the commitments of the segments made anew (more do no harm). */
  windows: ReadonlyMap<string, DeadlineResolution>;
  spans: Iterable<[string, Span]>;
}

/**
 * Writes the cache from its segments: the bytes of a copied segment as they
 * were, its windows still pointing where they pointed, since the table only
 * grows. Best effort, like every cache write.
 */
export function writeCacheSegments(directory: string, root: string, content: CacheContent, previous: PreviousCache | undefined): CacheWrite {
  const writer = new SegmentWriter(previous);
  const sources = new Map(content.sources.map((source) => [source.id, source]));
  for (const plan of content.segments) {
    if ('copy' in plan) writer.copy(plan.copy);
    else writer.make(plan, content.windows, sources);
  }
  if (writer.write(directory, root, content)) return 'written';
  return writer.stale ? 'stale' : 'failed';
}

/** How a cache write went: `stale` when a segment copied from the previous cache did not check (nothing was written), `failed` when the disk refused it. */
export type CacheWrite = 'written' | 'failed' | 'stale';

/**
 * A cache's lines made a segment at a time, as bytes: a register read file
 * by file gives each file's commitments to `make` and lets them go, so that
 * they are never all held at once; `write` then writes both files.
 */
export class SegmentWriter {
  private readonly table: DeadlineResolution[];
  private readonly byObject = new Map<DeadlineResolution, number>();
  private byText: Map<string, number> | undefined;
  private readonly segments: Segment[] = [];
  private count = 0;
  /** Segments copied in a row, read as one stretch of each file. */
  private run: { first: number; last: number } | undefined;
  /** Set when a write failed because a copied segment did not check. */
  stale = false;

  /** `summaryPieces` and `detailsPieces`: where each file's lines go (see line-pieces.ts); in memory unless given. */
  constructor(
    private readonly previous: PreviousCache | undefined,
    private readonly summaryPieces: LinePieces = memoryPieces(),
    private readonly detailsPieces: LinePieces = memoryPieces(),
  ) {
    this.table = previous ? [...previous.header.resolutions] : [];
  }

  private indexOf(resolution: DeadlineResolution): number {
    let index = this.byObject.get(resolution);
    if (index !== undefined) return index;
    if (this.previous) {
      this.byText ??= new Map(this.table.map((known, at) => [asciiJson(known), at]));
      const text = asciiJson(resolution);
      index = this.byText.get(text);
      if (index === undefined) this.byText.set(text, (index = this.table.push(resolution) - 1));
    } else {
      index = this.table.push(resolution) - 1;
    }
    this.byObject.set(resolution, index);
    return index;
  }

  /** The segment at `index` of the previous cache, as its bytes, read (and checked) only as they are written. */
  copy(index: number): void {
    const old = this.previous!.header.segments[index]!;
    if (this.run && this.run.last === index - 1) this.run.last = index;
    else {
      this.endRun();
      this.run = { first: index, last: index };
    }
    this.segments.push(old);
    this.count += old[2].length;
  }

  private endRun(): void {
    if (!this.run) return;
    const { first, last } = this.run;
    const previous = this.previous!;
    this.summaryPieces.addLater(() => copiedSegments(previous, first, last, 'summary'));
    this.detailsPieces.addLater(() => copiedSegments(previous, first, last, 'details'));
    this.run = undefined;
  }

  /** A segment made from its file's commitments, with their windows (by id) and sources (by id); its ids, as kept. */
  make(plan: { path: string; hash: string; commitments: readonly Commitment[]; rebuilds?: boolean }, windows: ReadonlyMap<string, DeadlineResolution>, sources: ReadonlyMap<string, Source>): readonly string[] {
    this.endRun();
    let summary = '';
    let details = '';
    const links: [string, string][] = [];
    for (const commitment of plan.commitments) {
      const window = windows.get(commitment.id);
      summary += `${JSON.stringify(summaryLine(commitment, window ? this.indexOf(window) : -1))}\n`;
      details += `${detailsLine(commitment, sources.get(commitment.sourceId))}\n`;
      for (const link of linksOf(commitment)) links.push(link);
    }
    // Escaping is per UTF-16 unit, so a segment's lines escaped at once are the lines escaped one by one.
    summary = asciiText(summary);
    details = asciiText(details);
    // Summed as the bytes written: a string would be encoded for the hash once more.
    const summaryBytes = Buffer.from(summary, 'latin1');
    const detailsBytes = Buffer.from(details, 'latin1');
    this.summaryPieces.add(summaryBytes);
    this.detailsPieces.add(detailsBytes);
    // The ids and links are held to the end: copied, so that none is a slice keeping a whole file's text alive.
    const kept = detached({ ids: plan.commitments.map((commitment) => commitment.id), links });
    const segment: Segment = [plan.path, plan.hash, kept.ids, links.length > 0 ? kept.links : 0, summary.length, details.length, sum16(summaryBytes), sum16(detailsBytes)];
    if (plan.rebuilds && plan.hash !== '') segment.push(1);
    this.segments.push(segment);
    this.count += plan.commitments.length;
    return kept.ids;
  }

  /** Both files, with everything a cache holds besides its segments' lines; false when they could not be written. */
  write(directory: string, root: string, content: Omit<CacheContent, 'segments' | 'windows'>): boolean {
    this.endRun();
    const { previous, count } = this;
    const header: SummaryHeader = {
      format: CACHE_FORMAT,
      build: BUILD_ID,
      key: content.key,
      count,
      sources: content.sources.map((source) => ({ ...source, position: store(source.position) })),
      config: content.config,
      calendar: content.calendar,
      resolutions: this.table,
      fresh: previous ? previous.header.fresh : this.table.length,
      spans: [...content.spans],
      linked: [...new Set(this.segments.flatMap((segment) => (segment[3] ? segment[3].flat() : [])))],
      segments: this.segments,
    };
    // As bytes at once, hashed and written as such: the header holds every id and deadline (3 MB at 50,000 commitments), and its text, joined to a newline and encoded once per use, was held three times over when a first read peaked.
    const headerBytes = Buffer.from(asciiJson(header), 'latin1');
    const detailsHeader: DetailsHeader = { format: CACHE_FORMAT, key: content.key, count, header: createHash('sha256').update(headerBytes).digest('hex') };
    try {
      makeFolder(directory);
      // Details first: a reader that sees the new summaries then finds details with the same key, or a stale key and a miss.
      replaceVerifiedFileSync(cacheFile(directory, root, 'details'), withChecksumOf(Buffer.from(asciiJson(detailsHeader), 'latin1'), this.detailsPieces.pieces()));
      replaceVerifiedFileSync(cacheFile(directory, root, 'summary'), withChecksumOf(headerBytes, this.summaryPieces.pieces()));
      return true;
    } catch (error) {
      // Read-only home, full disk: run uncached.
      this.stale = error instanceof StaleCache;
      return false;
    } finally {
      this.summaryPieces.close();
      this.detailsPieces.close();
    }
  }
}

const NEWLINE = Buffer.from('\n', 'latin1');

/** A copy made through JSON text: its strings are new, never slices of a larger text that they would keep alive. */
export const detached = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A header line (its bytes, without the newline), the segments' bytes, and the SHA-256 of all of them as the last line: as pieces, never copied into one. */
function* withChecksumOf(headerLine: Uint8Array, pieces: Iterable<Uint8Array>): Generator<Uint8Array> {
  const hash = createHash('sha256');
  for (const head of [headerLine, NEWLINE]) {
    hash.update(head);
    yield head;
  }
  for (const piece of pieces) {
    hash.update(piece);
    yield piece;
  }
  yield Buffer.from(`${hash.digest('hex')}\n`, 'latin1');
}

/** Whether a previous cache's segments may be copied into a register with this config and calendar. */
function reusable(previous: PreviousCache | undefined, config: RegisterConfig, calendar: Calendar): previous is PreviousCache {
  if (!previous) return false;
  const { header } = previous;
  // Copies only ever add resolutions: past twice what a clean rewrite needs, the table is made anew.
  if (header.resolutions.length > 2 * header.fresh + 64) return false;
  return asciiJson(header.config) === asciiJson(config) && asciiJson(header.calendar) === asciiJson(calendar);
}

/**
 * Best effort: a cache that cannot be written only costs speed, never
 * correctness. With the files' content hashes (`key` a CacheKey), the
 * segments of files unchanged since the cache was last written are copied
 * from it rather than made again. `rebuilds`: the paths of files whose own
 * check the cache gives back (`rebuildsFromCache`); a file version the
 * previous cache said so of stays so.
 */
export function writeCachedRegister(directory: string, root: string, key: string | CacheKey, value: CachedRegister, rebuilds: ReadonlySet<string> = new Set()): void {
  const byFile = groupBy(value.register.commitments, (commitment) => commitment.file);
  let files = typeof key === 'string' ? undefined : key.files;
  // Files are the register's, in its order; anything else (a register built without its key) is laid out by its commitments, and copies nothing.
  const paths = new Set(files?.map((file) => file.path));
  if (files && [...byFile.keys()].some((path) => !paths.has(path))) files = undefined;
  const planned = files ?? [...byFile.keys()].map((path) => ({ path, hash: '' }));
  const found = files ? readPreviousCache(directory, root) : undefined;
  const write = (previous: PreviousCache | undefined) => {
    const segments: SegmentPlan[] = planned.map(({ path, hash }) => {
      const copy = previous && hash !== '' ? previous.byFile.get(`${path}\0${hash}`) : undefined;
      if (copy !== undefined) return { path, hash, copy };
      const before = found && hash !== '' ? found.byFile.get(`${path}\0${hash}`) : undefined;
      return { path, hash, commitments: byFile.get(path) ?? [], rebuilds: rebuilds.has(path) || (before !== undefined && found!.header.segments[before]![8] === 1) };
    });
    return writeCacheSegments(
      directory,
      root,
      { key: typeof key === 'string' ? key : key.key, segments, sources: value.register.sources, config: value.config, calendar: value.calendar, windows: value.deadlines.windows, spans: value.deadlines.spans },
      previous,
    );
  };
  // A segment that does not check as it is copied spoils the write: the register is then written whole, copying nothing.
  if (!reusable(found, value.config, value.calendar) || write(found) === 'stale') write(undefined);
}

/**
 * The commitments of the segment at `index` of a previous cache, whole, when
 * its file's own check rebuilds from them (the segment says so); else
 * undefined.
 */
export function rebuildingSegment(previous: PreviousCache, index: number): Commitment[] | undefined {
  const segment = previous.header.segments[index]!;
  if (segment[8] !== 1) return undefined;
  const summaries = segmentLines(previous, index, 'summary');
  const details = segmentLines(previous, index, 'details');
  if (!summaries || !details) return undefined;
  return segment[2].map((_, at) => withDetails(fromSummaryLine(JSON.parse(summaries[at]!) as SummaryLine), details[at]!));
}

/** The lines of the segment at `index` of a previous cache, in one of its files; undefined when they cannot be read or do not check. */
function segmentLines(previous: PreviousCache, index: number, part: 'summary' | 'details'): string[] | undefined {
  try {
    return segmentBytes(previous, index, part).toString('latin1').split('\n');
  } catch {
    return undefined;
  }
}

/** The summary of the commitment `id` from the segment at `index` of a previous cache; undefined when that segment does not hold it, or does not check. */
export function summaryIn(previous: PreviousCache, index: number, id: string): CommitmentSummary | undefined {
  const segment = previous.header.segments[index]!;
  const at = segment[2].indexOf(id);
  if (at < 0) return undefined;
  const line = segmentLines(previous, index, 'summary')?.[at];
  return line === undefined ? undefined : fromSummaryLine(JSON.parse(line) as SummaryLine);
}

const ID_MEMBER = Buffer.from('"id":"');

/**
 * Whether the segments at `indexes` of a previous cache may hold a
 * commitment imported from a record with one of these ids: a commitment's
 * `imported.id` is in its details line as an `"id":` member, so a segment
 * none of whose `"id":` strings is one of them holds none. Any other such
 * member alike (none is now) only makes the answer a cautious true.
 */
export function segmentsMayHoldRecords(previous: PreviousCache, indexes: Iterable<number>, recordIds: ReadonlySet<string>): boolean {
  const wanted = new Set([...recordIds].map((id) => asciiJson(id)));
  for (const index of indexes) {
    let details: Buffer;
    try {
      details = segmentBytes(previous, index, 'details');
    } catch {
      return true;
    }
    const end = details.length;
    for (let at = details.indexOf(ID_MEMBER); at >= 0; at = details.indexOf(ID_MEMBER, at + ID_MEMBER.length)) {
      const open = at + ID_MEMBER.length - 1;
      let close = open + 1;
      while (close < end && details[close] !== 0x22) close += details[close] === 0x5c ? 2 : 1;
      if (wanted.has(details.toString('latin1', open, close + 1))) return true;
    }
  }
  return false;
}

/** The sources of a previous cache, by the file each is in. */
export function sourcesByFile(previous: PreviousCache): Map<string, Source[]> {
  const sources: Source[] = previous.header.sources.map((stored) => ({ ...stored, position: restore(stored.position, stored.file) }));
  return groupBy(sources, (source) => source.file);
}

/** The first line of an open file, without its newline; undefined when there is none within `limit` bytes. */
function headLine(fd: number, limit: number): string | undefined {
  const pieces: Buffer[] = [];
  for (let position = 0; position <= limit; ) {
    const chunk = Buffer.allocUnsafe(1 << 16);
    const read = readSync(fd, chunk, 0, chunk.length, position);
    if (read === 0) return undefined;
    const newline = chunk.subarray(0, read).indexOf(0x0a);
    pieces.push(chunk.subarray(0, newline < 0 ? read : newline));
    if (newline >= 0) return Buffer.concat(pieces).toString('latin1');
    position += read;
  }
  return undefined;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const read = readSync(fd, bytes, done, length - done, position + done);
    if (read === 0) throw new StaleCache();
    done += read;
  }
  return bytes;
}

/**
 * Both cache files opened into `fds` (the caller closes them) with their first lines, unchecked; undefined when either
 * has no whole first line. Throws when a file is not a regular file or cannot be read.
 */
function openBothCacheFiles(directory: string, root: string, fds: number[]): { summaryFd: number; detailsFd: number; headerLine: string; detailsLine: string } | undefined {
  const open = (part: 'summary' | 'details') => {
    const fd = openWithoutBlocking(cacheFile(directory, root, part));
    fds.push(fd);
    if (!isRegularFile(fd)) throw new StaleCache();
    return fd;
  };
  const summaryFd = open('summary');
  const detailsFd = open('details');
  const headerLine = headLine(summaryFd, MAX_CACHE_BYTES);
  const detailsLine = headLine(detailsFd, MAX_CACHE_BYTES);
  return headerLine === undefined || detailsLine === undefined ? undefined : { summaryFd, detailsFd, headerLine, detailsLine };
}

/** Both cache files open, and their headers, which agree with each other and with `key`. */
interface OpenCache<H = SummaryHeader> {
  header: H;
  summaryFd: number;
  detailsFd: number;
  /** Where the first segment starts, in each file. */
  summaryStart: number;
  detailsStart: number;
}

/**
 * Opens both cache files into `fds` (the caller closes them) and checks their headers against each other and `key`;
 * undefined when they do not agree. Throws when a file cannot be read.
 */
function openCache<H extends Pick<SummaryHeader, 'format' | 'key' | 'count'> = SummaryHeader>(
  directory: string,
  root: string,
  key: string,
  fds: number[],
  parseHeader: (line: string) => H = (line) => JSON.parse(line) as H,
): (OpenCache<H> & { headerLine: string; detailsLine: string }) | undefined {
  const opened = openBothCacheFiles(directory, root, fds);
  if (opened === undefined) return undefined;
  const { summaryFd, detailsFd, headerLine, detailsLine } = opened;
  const header = parseHeader(headerLine);
  const details = JSON.parse(detailsLine) as DetailsHeader;
  if (header.format !== CACHE_FORMAT || header.key !== key || details.format !== CACHE_FORMAT || details.key !== key || details.count !== header.count) return undefined;
  // The summary header is checked by the details header; each segment read is checked by its own sum.
  if (details.header !== createHash('sha256').update(headerLine, 'latin1').digest('hex')) return undefined;
  return { header, headerLine, detailsLine, summaryFd, detailsFd, summaryStart: headerLine.length + 1, detailsStart: detailsLine.length + 1 };
}

function withOpenCache<T, H extends Pick<SummaryHeader, 'format' | 'key' | 'count'> = SummaryHeader>(
  directory: string,
  root: string,
  key: string,
  use: (cache: OpenCache<H>) => T,
  parseHeader?: (line: string) => H,
): T | undefined {
  const fds: number[] = [];
  try {
    const cache = openCache(directory, root, key, fds, parseHeader);
    return cache === undefined ? undefined : use(cache);
  } catch {
    return undefined;
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

/** Every commitment id and source id of the register stored under `key`, from the summary header alone. */
export function readCachedIds(directory: string, root: string, key: string): { ids: string[]; sources: string[] } | undefined {
  return withOpenCache(directory, root, key, ({ header }) => ({
    ids: header.segments.flatMap((segment) => segment[2]),
    sources: header.sources.map((source) => source.id),
  }));
}

/** Where each commitment is, with the register's settings: what the summary header alone says of the register stored under `key`. */
export interface CachedLayout {
  /** Each register file's commitment ids, in the register's order. */
  files: Array<{ path: string; ids: readonly string[] }>;
  config: RegisterConfig;
}

/** The layout of the register stored under `key`, from the summary header alone: no commitment's line is read. */
export function readCachedLayout(directory: string, root: string, key: string): CachedLayout | undefined {
  return withOpenCache(directory, root, key, ({ header }) => ({
    files: header.segments.map((segment) => ({ path: segment[0], ids: segment[2] })),
    config: header.config,
  }));
}

/** One commitment read from the cache through the header: enough to show it when nothing links to it or from it. */
export interface CachedCommitment {
  commitment: Commitment;
  source: Source | undefined;
  config: RegisterConfig;
  calendar: Calendar;
  deadlines: ResolvedDeadlines;
}

/**
 * The commitment `id` of the register stored under `key`, found through the
 * summary header and read from its file's segment only. Undefined on a miss,
 * and also when the commitment links to another or another to it (or it is
 * not there): showing it then takes the others, and the whole register.
 */
export function readCachedCommitment(directory: string, root: string, key: string, id: string): CachedCommitment | undefined {
  const read = ({ header, summaryFd, detailsFd, summaryStart, detailsStart }: OpenCache<HeaderOutline>): CachedCommitment | undefined => {
    // `linked` holds both ends of every segment's links.
    if (header.linked.includes(id)) return undefined;
    const located = locate(header, id);
    if (located === undefined) return undefined;
    const { segment, index, summaryAt, detailsAt } = located;
    const [, , , , summaryBytes, detailsBytes, summarySum, detailsSum] = segment;
    const summaries = readAt(summaryFd, summaryStart + summaryAt, summaryBytes);
    const details = readAt(detailsFd, detailsStart + detailsAt, detailsBytes);
    if (sum16(summaries) !== summarySum || sum16(details) !== detailsSum) return undefined;
    const line = JSON.parse(summaries.toString('latin1').split('\n')[index]!) as SummaryLine;
    const commitment = withDetails(fromSummaryLine(line), details.toString('latin1').split('\n')[index]!);
    if (commitment.id !== id || LINK_KINDS.some((kind) => commitment.imported?.links?.[kind]?.length)) return undefined;
    const stored = header.sources.find((source) => source.id === commitment.sourceId);
    const window = windowIn(line, header);
    const span = header.spans.find(([spanId]) => spanId === id);
    return {
      commitment,
      source: stored && { ...stored, position: restore(stored.position, stored.file) },
      config: header.config,
      calendar: header.calendar,
      deadlines: { windows: new Map(window ? [[id, window]] : []), spans: new Map(span ? [span] : []), diagnostics: [], calendar: header.calendar },
    };
  };
  return withOpenCache(directory, root, key, read, headerOutline);
}

/** One register file as the summary header lists it: its commitments' ids and their links to others. */
export interface CachedFile {
  path: string;
  /** Its content hash; '' when not known. */
  hash: string;
  ids: readonly string[];
  links: readonly (readonly [string, string])[];
}

/** A file's commitments, whole, with their deadlines. */
export interface FileCommitments {
  commitments: readonly Commitment[];
  windows: ReadonlyMap<string, DeadlineResolution>;
  spans: ReadonlyMap<string, Span>;
}

/**
 * The register stored under a key as its summary header tells it, both
 * cache files held open: each file's commitments are read from its segment
 * only when asked for. Files open are the files as they were opened, so a
 * cache replaced meanwhile (a rename) is never mixed in.
 */
export interface CachedIndex {
  config: RegisterConfig;
  calendar: Calendar;
  sources: readonly Source[];
  /** Every register file, in the register's order. */
  files: readonly CachedFile[];
  /** The commitments of `files[at]`; undefined when its bytes do not check. */
  read: (at: number) => FileCommitments | undefined;
  /** The spans of the commitments due some time after another (`due: {after, within}`), by id. */
  spans: () => ReadonlyMap<string, Span>;
  /** The whole cache, checked whole, for a write that copies the other files' segments; undefined when it does not check. */
  previous: () => PreviousCache | undefined;
  close: () => void;
}

/** The cache of the register stored under `key`, held open (see CachedIndex); undefined on a miss. The caller closes it. */
export function openCachedIndex(directory: string, root: string, key: string): CachedIndex | undefined {
  const fds: number[] = [];
  const close = () => {
    for (const fd of fds.splice(0)) closeSync(fd);
  };
  try {
    const cache = openCache(directory, root, key, fds);
    if (cache === undefined) throw new StaleCache();
    const { header, headerLine, summaryFd, detailsFd } = cache;
    const starts = segmentStarts(header, cache.summaryStart, cache.detailsStart);
    let spans: Map<string, Span> | undefined;
    const spanMap = () => (spans ??= new Map(header.spans));
    return {
      config: header.config,
      calendar: header.calendar,
      sources: header.sources.map((source) => ({ ...source, position: restore(source.position, source.file) })),
      files: header.segments.map(([path, hash, ids, links]) => ({ path, hash, ids, links: links || NONE })),
      read: (at) => {
        if (fds.length === 0) return undefined;
        const segment = header.segments[at]!;
        const [, , ids, , summaryBytes, detailsBytes, summarySum, detailsSum] = segment;
        try {
          const summaries = readAt(summaryFd, starts[at]!.summary, summaryBytes);
          const detailLines = readAt(detailsFd, starts[at]!.details, detailsBytes);
          if (sum16(summaries) !== summarySum || sum16(detailLines) !== detailsSum) return undefined;
          const summaryTexts = summaries.toString('latin1').split('\n');
          const detailTexts = detailLines.toString('latin1').split('\n');
          const spans = spanMap();
          const commitments: Commitment[] = [];
          const windows = new Map<string, DeadlineResolution>();
          const found = new Map<string, Span>();
          for (const [index, id] of ids.entries()) {
            const line = JSON.parse(summaryTexts[index]!) as SummaryLine;
            const commitment = withDetails(fromSummaryLine(line), detailTexts[index]!);
            if (commitment.id !== id) return undefined;
            commitments.push(commitment);
            const window = windowIn(line, header);
            if (window) windows.set(id, window);
            const span = spans.get(id);
            if (span) found.set(id, span);
          }
          return { commitments, windows, spans: found };
        } catch {
          return undefined;
        }
      },
      spans: spanMap,
      previous: () => {
        if (fds.length === 0) return undefined;
        try {
          return previousCacheOf({ summary: summaryFd, details: detailsFd }, { summary: fstatSync(summaryFd).size, details: fstatSync(detailsFd).size }, headerLine, cache.detailsLine, header);
        } catch {
          return undefined;
        }
      },
      close,
    };
  } catch {
    close();
    return undefined;
  }
}

/**
 * Writes the cache of the register of `key` from the cache `index` holds
 * open, in which only the files of `edited` changed: every other file's
 * segment is copied as bytes, never parsed. False, writing nothing, when
 * the index's cache headers do not agree, a copied segment does not check
 * against its sum, or it does not hold another file as `key` has it; the
 * caller then writes the cache from the whole register.
 */
export function writeEditedCache(directory: string, root: string, index: CachedIndex, key: CacheKey, edited: ReadonlyMap<string, FileCommitments & { rebuilds: boolean }>, sources: readonly Source[]): boolean {
  const previous = index.previous();
  if (!reusable(previous, index.config, index.calendar)) return false;
  const segments: SegmentPlan[] = [];
  const windows = new Map<string, DeadlineResolution>();
  const spans: [string, Span][] = [];
  for (const { path, hash } of key.files) {
    const change = edited.get(path);
    if (change) {
      segments.push({ path, hash, commitments: change.commitments, rebuilds: change.rebuilds });
      for (const entry of change.windows) windows.set(...entry);
      for (const entry of change.spans) spans.push(entry);
      continue;
    }
    const copy = previous.byFile.get(`${path}\0${hash}`);
    if (copy === undefined) return false;
    segments.push({ path, hash, copy });
  }
  // Few commitments have a span: the ids of the copied files are gathered only when some do.
  if (previous.header.spans.length > 0) {
    const copied = new Set(segments.flatMap((plan) => ('copy' in plan ? previous.header.segments[plan.copy]![2] : [])));
    for (const entry of previous.header.spans) if (copied.has(entry[0])) spans.push(entry);
  }
  return writeCacheSegments(directory, root, { key: key.key, segments, sources, config: index.config, calendar: index.calendar, windows, spans }, previous) !== 'stale';
}
