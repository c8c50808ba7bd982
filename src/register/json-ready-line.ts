import type { Commitment, DeadlineResolution, Delivery, DueSummary } from '../core/model.js';
import type { JsonReadyCommitment } from '../render/commitment-json.js';
import { fromAsciiText } from './ascii-text.js';

/** What a reader shares between the summaries it makes: one object per deadline phrase, one string per source id. */
export interface SharedValues {
  phrase: (phrase: string) => DueSummary;
  sourceId: (id: string) => string;
}

/**
 * A commitment ready for JSON output, read from its summary line by cutting
 * the line at its members rather than parsing it (see `jsonReadyFromLine`).
 * Its title is kept as the JSON text JSON output prints, and made a string
 * (as are its tags) only if something asks for it: JSON output of a cached
 * register reads neither.
 */
class LineSummary implements JsonReadyCommitment {
  readonly repeats = undefined;
  readonly deliveries = undefined;

  constructor(
    readonly id: string,
    readonly status: Commitment['status'],
    readonly sourceId: string,
    readonly made: string | undefined,
    readonly due: DueSummary | undefined,
    readonly delivered: Delivery | undefined,
    public fixedJson: string,
    readonly titleJson: string,
    private readonly tagsJson: string | undefined,
  ) {}

  get title(): string {
    return JSON.parse(this.titleJson) as string;
  }

  get tags(): string[] {
    return this.tagsJson === undefined ? [] : (JSON.parse(this.tagsJson) as string[]);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const ZERO = 0x30;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * The JSON-ready summary of a summary line and its window, read without
 * parsing the line, for the lines most commitments have:
 * `["status","id",0,window,"title","source",made,due,delivered,tags,0]`,
 * repeating no promise, its deadline a phrase or none, no instances
 * delivered, and no backslash in the source id, `made` or the phrase; a
 * delivery and the tags are parsed on their own (a title with escapes is
 * kept as its JSON text, escapes and all). Undefined for any other line,
 * which the caller parses whole. A summary line is `JSON.stringify`'s text of
 * the summary made ASCII (see register-cache.ts), and the values read here
 * are what parsing it gives.
 */
export function jsonReadyFromLine(
  text: string,
  resolutions: readonly DeadlineResolution[],
  shared: SharedValues,
  fixedJson: string,
): [JsonReadyCommitment, DeadlineResolution | undefined] | undefined {
  if (text.charCodeAt(0) !== OPEN_ARRAY || text.charCodeAt(1) !== QUOTE) return undefined;
  const statusEnd = text.indexOf('"', 2);
  const idEnd = text.indexOf('"', statusEnd + 3);
  if (statusEnd < 0 || idEnd < 0 || text.charCodeAt(idEnd + 2) !== ZERO || text.charCodeAt(idEnd + 3) !== COMMA) return undefined;
  const windowEnd = text.indexOf(',', idEnd + 4);
  const window = windowEnd < 0 ? NaN : Number(text.slice(idEnd + 4, windowEnd));
  if (windowEnd <= idEnd + 4 || !Number.isInteger(window) || window < -1 || window >= resolutions.length) return undefined;
  if (text.charCodeAt(windowEnd + 1) !== QUOTE) return undefined;
  const titleEnd = stringEnd(text, windowEnd + 1);
  if (titleEnd < 0 || text.charCodeAt(titleEnd) !== COMMA || text.charCodeAt(titleEnd + 1) !== QUOTE) return undefined;
  // The source id, `made` and the phrase are read as the text between their quotes: none may hold an escape.
  const backslash = text.indexOf('\\', titleEnd);
  const sourceEnd = text.indexOf('"', titleEnd + 2);
  if (sourceEnd < 0 || text.charCodeAt(sourceEnd + 1) !== COMMA) return undefined;
  const madeAt = sourceEnd + 2;
  const madeEnd = plainStringOrZeroEnd(text, madeAt);
  if (madeEnd < 0 || text.charCodeAt(madeEnd) !== COMMA) return undefined;
  const made = text.slice(madeAt + 1, madeEnd - 1) || undefined;
  const dueAt = madeEnd + 1;
  const dueEnd = plainStringOrZeroEnd(text, dueAt);
  if (dueEnd < 0) return undefined;
  const due = text.charCodeAt(dueAt) === QUOTE ? shared.phrase(text.slice(dueAt + 1, dueEnd - 1)) : undefined;
  if ((backslash >= 0 && backslash < dueEnd) || text.charCodeAt(dueEnd) !== COMMA) return undefined;
  const deliveredAt = dueEnd + 1;
  const deliveredEnd = bracketedOrZeroEnd(text, deliveredAt, OPEN_OBJECT);
  if (deliveredEnd < 0) return undefined;
  const delivered = text.charCodeAt(deliveredAt) === OPEN_OBJECT ? (JSON.parse(text.slice(deliveredAt, deliveredEnd)) as Delivery) : undefined;
  if (text.charCodeAt(deliveredEnd) !== COMMA) return undefined;
  const tagsAt = deliveredEnd + 1;
  const tagsEnd = bracketedOrZeroEnd(text, tagsAt, OPEN_ARRAY);
  if (tagsEnd < 0) return undefined;
  const tags = text.charCodeAt(tagsAt) === OPEN_ARRAY ? text.slice(tagsAt, tagsEnd) : undefined;
  // No instances delivered: the line ends `,0]`.
  if (tagsEnd !== text.length - 3 || text.charCodeAt(tagsEnd) !== COMMA || text.charCodeAt(tagsEnd + 1) !== ZERO || text.charCodeAt(tagsEnd + 2) !== CLOSE_ARRAY) return undefined;
  const status = text.slice(2, statusEnd) as Commitment['status'];
  const summary = new LineSummary(text.slice(statusEnd + 3, idEnd), status, shared.sourceId(text.slice(titleEnd + 2, sourceEnd)), made, due, delivered, fixedJson, fromAsciiText(text.slice(windowEnd + 1, titleEnd)), tags);
  return [summary, window >= 0 ? resolutions[window] : undefined];
}

/** Where a member that is a string without escapes, or 0, ends (just past it); -1 when it is neither. */
function plainStringOrZeroEnd(text: string, at: number): number {
  if (text.charCodeAt(at) === QUOTE) {
    const quote = text.indexOf('"', at + 1);
    return quote < 0 ? -1 : quote + 1;
  }
  return text.charCodeAt(at) === ZERO ? at + 1 : -1;
}

/** Where a member that is an array or object opening with `open`, or 0, ends (just past it); -1 when it is neither. */
function bracketedOrZeroEnd(text: string, at: number, open: number): number {
  if (text.charCodeAt(at) === open) return bracketEnd(text, at);
  return text.charCodeAt(at) === ZERO ? at + 1 : -1;
}

/** Where the JSON string that opens at `at` ends (just past its closing quote); -1 when it does not. */
function stringEnd(text: string, at: number): number {
  for (let quote = text.indexOf('"', at + 1); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
  }
  return -1;
}

/** Where the array or object that opens at `at` ends, just past its bracket (brackets counted outside strings); -1 when it does not. */
function bracketEnd(text: string, at: number): number {
  let depth = 0;
  for (let index = at; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      const closed = stringEnd(text, index);
      if (closed < 0) return -1;
      index = closed - 1;
    } else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      depth += 1;
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return -1;
}
