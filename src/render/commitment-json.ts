import type { AssessedCommitment, Assessment } from '../core/assess.js';
import type { Commitment, CommitmentSummary, Delivery, ImportedFrom, Resolution, Source, State } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import { periodDuration } from './deadline-json.js';
import { dueOf, ruleText } from './describe-item.js';
import type { Chunks } from './chunks.js';
import { jsonChunks, JsonList, JsonText } from './json-stream.js';

/** Bumped only when a key is renamed, removed or changes meaning; adding keys is not a break. */
export const SCHEMA_VERSION = 1;

export interface DueJson {
  /** `window`; `event` for a deadline tied to an event (no window until its date is known); `recurring` for a series, whose current instance `from`/`to` are. */
  kind: 'window' | 'event' | 'recurring';
  phrase: string;
  from: string | null;
  to: string | null;
  rule: string;
  ruleId: string;
  inferred: boolean;
}

export interface WaitLinkJson {
  id: string;
  state: State;
  daysLate: number | null;
  /** Delivered on a day not recorded: a window counted from it cannot start. */
  deliveryDateUnknown: boolean;
}

/** One commitment as every JSON-speaking command prints it. Keys are English and never follow `--lang`. */
export interface CommitmentJson {
  id: string;
  title: string;
  source: string;
  sourceTitle: string | null;
  status: string;
  state: State;
  due: DueJson | null;
  daysLate: number | null;
  daysLeft: number | null;
  daysUntilStart: number | null;
  dueSoon: boolean;
  waitingOn: string | null;
  /** The first WAIT_CHAIN_LINKS links of the chain; `waitingDepth` says how many there are, `waitingRoot` is the last. */
  waitingChain: readonly WaitLinkJson[];
  waitingDepth: number;
  waitingRoot: WaitLinkJson | null;
  /** An event-bound deadline: the event in words, how the promise stands to it, and its date once given. */
  event: { name: string; relation: string; date: string | null } | null;
  /** A recurring deadline: its period (ISO 8601), its yearly phase, the instance the state is about, and the deliveries per instance. */
  recurrence: {
    every: string;
    phase: string | null;
    instance: number | null;
    deliveries: { instance: number; on: string; ref: string | null; url: string | null }[];
  } | null;
  dependsOn: string[];
  delivered: { on: string | null; dateUnknown: boolean; ref: string | null; url: string | null } | null;
  /** When the promise was made, if not the source's date. */
  made: string | null;
  /** For commitments imported from another register (`import tk`): where from, and whether `due` was read from the text. */
  imported: ImportedFrom | null;
  ageDays: number | null;
  to: string[];
  tags: string[];
  question: string | number | null;
  quote: string | null;
  notes: string | null;
  url: string | null;
  file: string;
  line: number;
}

/**
 * A commitment read for JSON output alone (from the cache): its summary, and
 * `fixedJson` of the whole commitment, made when the cache was written.
 */
export interface JsonReadyCommitment extends CommitmentSummary {
  fixedJson: string;
  /** The title as JSON text, `JSON.stringify(title)`, when the reader has it so. */
  titleJson?: string;
}

/** What JSON output prints a commitment from: the whole commitment, or one ready for JSON. */
export type JsonCommitment = Commitment | JsonReadyCommitment;

function isJsonReady(commitment: JsonCommitment): commitment is JsonReadyCommitment {
  return (commitment as Partial<JsonReadyCommitment>).fixedJson !== undefined;
}

/**
 * The text of the members of a commitment's JSON object that only its
 * details hold or that change with neither the day it is assessed on nor the
 * language, as `JSON.stringify(commitmentJson(item))` prints them: from
 * `dependsOn` to `imported`, a tab (which JSON text holds only escaped), and
 * from `to` to the end of the object. The cache keeps it, so that printing
 * 100,000 commitments joins a few long pieces each instead of printing some
 * thirty members one by one. `source` is the commitment's own, which is in
 * its file: a change to it rewrites the text.
 */
export function fixedJson(c: Commitment, source: Source | undefined): string {
  return (
    `"dependsOn":${JSON.stringify(c.dependsOn)},"delivered":${JSON.stringify(deliveryJson(c.delivered))},"made":${JSON.stringify(c.made ?? null)},"imported":${JSON.stringify(c.imported ?? null)},\t` +
    `"to":${JSON.stringify(c.to)},"tags":${JSON.stringify(c.tags)},"question":${JSON.stringify(c.question ?? null)},"quote":${JSON.stringify(c.quote ?? null)},"notes":${JSON.stringify(c.notes ?? null)},` +
    `"url":${JSON.stringify(source?.url ?? null)},"file":${JSON.stringify(c.position.file)},"line":${c.position.line}}`
  );
}

/** A delivery as every JSON output gives it: `list --json`, `export`, and the draft of `extract --json`. */
export function deliveryJson(delivered: Delivery | undefined): CommitmentJson['delivered'] {
  return delivered ? { on: delivered.on ?? null, dateUnknown: delivered.dateUnknown ?? false, ref: delivered.ref ?? null, url: delivered.url ?? null } : null;
}

function dueJson(item: AssessedCommitment<CommitmentSummary>, messages: Messages): DueJson | null {
  const due = dueOf(item);
  return (
    due && {
      kind: item.recurrence ? 'recurring' : item.event ? 'event' : 'window',
      phrase: due.phrase,
      from: due.from,
      to: due.to,
      rule: ruleText(due, messages),
      ruleId: due.rule.id,
      inferred: due.inferred,
    }
  );
}

function eventJson(item: AssessedCommitment<CommitmentSummary>): CommitmentJson['event'] {
  return item.event && { name: item.event.event, relation: item.event.relation, date: item.event.date };
}

/**
 * Lists and objects of the model are shared, not copied: every caller prints
 * the result at once (at 100,000 commitments the copies were garbage to collect).
 */
export function commitmentJson(item: AssessedCommitment<Commitment>, messages: Messages): CommitmentJson {
  const c = item.commitment;
  return {
    id: c.id,
    title: c.title,
    source: c.sourceId,
    sourceTitle: item.source?.title ?? null,
    status: c.status,
    state: item.state,
    due: dueJson(item, messages),
    daysLate: item.daysLate,
    daysLeft: item.daysLeft,
    daysUntilStart: item.daysUntilStart,
    dueSoon: item.dueSoon,
    waitingOn: item.waitingOn,
    waitingChain: item.waitingChain,
    waitingDepth: item.waitingDepth,
    waitingRoot: item.waitingRoot,
    event: eventJson(item),
    recurrence: recurrenceJson(item),
    dependsOn: c.dependsOn,
    delivered: deliveryJson(c.delivered),
    made: c.made ?? null,
    imported: c.imported ?? null,
    ageDays: item.ageDays,
    to: c.to,
    tags: c.tags,
    question: c.question ?? null,
    quote: c.quote ?? null,
    notes: c.notes ?? null,
    url: item.source?.url ?? null,
    file: c.position.file,
    line: c.position.line,
  };
}

/**
 * The members from `status` to `recurrence` of a commitment that waits on
 * nothing and has neither an event nor a series: made once for all the
 * commitments that share a window, a status and what assessing them gave
 * (on a large register most open ones share a phrase from the same date).
 */
interface Middle {
  status: string;
  state: State;
  daysLate: number | null;
  daysLeft: number | null;
  daysUntilStart: number | null;
  dueSoon: boolean;
  text: string;
}

/** How many variants of the middle are kept per window: delivered commitments differ by their days late. */
const MIDDLES_PER_WINDOW = 8;

/**
 * The JSON text of commitments ready for JSON, byte for byte what
 * `JSON.stringify(commitmentJson(item))` gives for the whole commitment:
 * its id and title, then the pieces of `fixedJson` joined with the members
 * made for the day. What commitments share (a source's members, the middle
 * members, `ageDays`) is made once: each piece joined is a node the writer
 * walks when it encodes the text, so few long pieces cost less to make and
 * to print than many short ones.
 */
function commitmentTexts(messages: Messages): (item: AssessedCommitment<JsonReadyCommitment>) => string {
  const middles = new Map<Resolution | null, Middle[]>();
  // A window's `due` member, made once for every middle that has it.
  const dues = new Map<Resolution | null, string>();
  const ages = new Map<number, string>();
  const sources = new Map<string, string>();
  const middleOf = (item: AssessedCommitment<JsonReadyCommitment>): string => {
    const { commitment: c, state, daysLate, daysLeft, daysUntilStart, dueSoon } = item;
    // Not waiting, no event, no series: the window alone (or none) is the deadline.
    const shared = !item.recurrence && !item.event && c.due?.kind !== 'after' && item.waitingOn === null;
    const known = shared ? middles.get(item.window) : undefined;
    if (known) {
      for (const middle of known) {
        if (middle.status === c.status && middle.state === state && middle.daysLate === daysLate && middle.daysLeft === daysLeft && middle.daysUntilStart === daysUntilStart && middle.dueSoon === dueSoon) return middle.text;
      }
    }
    let due = shared ? dues.get(item.window) : undefined;
    if (due === undefined) {
      due = JSON.stringify(dueJson(item, messages));
      if (shared) dues.set(item.window, due);
    }
    const text =
      `"status":${JSON.stringify(c.status)},"state":${JSON.stringify(state)},"due":${due},"daysLate":${numberJson(daysLate)},"daysLeft":${numberJson(daysLeft)},"daysUntilStart":${numberJson(daysUntilStart)},"dueSoon":${dueSoon ? 'true' : 'false'},` +
      `"waitingOn":${item.waitingOn === null ? 'null' : JSON.stringify(item.waitingOn)},"waitingChain":${item.waitingChain.length === 0 ? '[]' : JSON.stringify(item.waitingChain)},` +
      `"waitingDepth":${numberJson(item.waitingDepth)},"waitingRoot":${item.waitingRoot === null ? 'null' : JSON.stringify(item.waitingRoot)},` +
      `"event":${item.event === null ? 'null' : JSON.stringify(eventJson(item))},"recurrence":${item.recurrence === null ? 'null' : JSON.stringify(recurrenceJson(item))},`;
    if (shared) {
      const middle: Middle = { status: c.status, state, daysLate, daysLeft, daysUntilStart, dueSoon, text };
      if (!known) middles.set(item.window, [middle]);
      else if (known.length < MIDDLES_PER_WINDOW) known.push(middle);
      else known[known.length - 1] = middle;
    }
    return text;
  };
  const ageOf = (days: number | null): string => {
    if (days === null) return '"ageDays":null,';
    let text = ages.get(days);
    if (text === undefined) ages.set(days, (text = `"ageDays":${numberJson(days)},`));
    return text;
  };
  return (item) => {
    const c = item.commitment;
    let source = sources.get(c.sourceId);
    if (source === undefined) sources.set(c.sourceId, (source = `,"source":${JSON.stringify(c.sourceId)},"sourceTitle":${JSON.stringify(item.source?.title ?? null)},`));
    const fixed = c.fixedJson;
    const tab = fixed.indexOf('\t');
    return `{"id":${JSON.stringify(c.id)},"title":${c.titleJson ?? JSON.stringify(c.title)}${source}${middleOf(item)}${fixed.slice(0, tab)}${ageOf(item.ageDays)}${fixed.slice(tab + 1)}`;
  };
}

/** A number as JSON.stringify prints it, without the call: most of a commitment's members are numbers or null. */
function numberJson(value: number | null): string {
  return value !== null && Number.isFinite(value) ? `${value}` : 'null';
}

/**
 * Each item of a JSON list as it is printed, with only the fields asked for:
 * the object, or for a commitment ready for JSON its text (see
 * `commitmentTexts`), parsed again only when some fields are left out.
 */
export function commitmentJsonOf(fields: readonly (keyof CommitmentJson)[], messages: Messages): (item: AssessedCommitment<JsonCommitment>) => unknown {
  const only = picker(fields);
  const every = only === whole;
  const text = commitmentTexts(messages);
  return (item) => {
    if (!isJsonReady(item.commitment)) return only(commitmentJson(item as AssessedCommitment<Commitment>, messages));
    const json = text(item as AssessedCommitment<JsonReadyCommitment>);
    return every ? new JsonText(json) : only(JSON.parse(json) as CommitmentJson);
  };
}

function recurrenceJson(item: AssessedCommitment<CommitmentSummary>): CommitmentJson['recurrence'] {
  const series = item.recurrence?.resolution ?? null;
  if (!series) return null;
  return {
    every: periodDuration(series.recurrence.every),
    phase: series.recurrence.phase,
    instance: item.recurrence?.instance ?? null,
    deliveries: (item.commitment.deliveries ?? []).map((d) => ({ instance: d.instance, on: d.on, ref: d.ref ?? null, url: d.url ?? null })),
  };
}

/** Which register a JSON document was made from: a program reading it can tell the shipped example from real data. */
export interface RegisterJson {
  path: string;
  example: boolean;
}

/** The keys of a commitment object, in their documented order: what `--json FIELDS` may name. */
export const JSON_FIELDS: readonly (keyof CommitmentJson)[] = [
  'id', 'title', 'source', 'sourceTitle', 'status', 'state', 'due', 'daysLate', 'daysLeft', 'daysUntilStart', 'dueSoon',
  'waitingOn', 'waitingChain', 'waitingDepth', 'waitingRoot', 'event', 'recurrence', 'dependsOn', 'delivered', 'made', 'imported', 'ageDays', 'to', 'tags', 'question', 'quote', 'notes', 'url', 'file', 'line',
];

/**
 * `status --json`, `list --json` and `export --format json`: the assessment
 * with these items, each with only the fields asked for, made a commitment at
 * a time (see chunks.ts). Keys: schemaVersion, asOf, register, summary, commitments.
 */
export function assessmentJsonChunks(
  assessment: Pick<Assessment<JsonCommitment>, 'asOf' | 'summary'>,
  items: Iterable<AssessedCommitment<JsonCommitment>>,
  fields: readonly (keyof CommitmentJson)[],
  messages: Messages,
  register: RegisterJson,
  human: boolean,
): Chunks {
  const commitments = new JsonList(items, commitmentJsonOf(fields, messages));
  return jsonChunks({ schemaVersion: SCHEMA_VERSION, asOf: assessment.asOf, register, summary: { ...assessment.summary }, commitments }, human);
}

/** Only the asked-for keys, in the asked order (`--json id,state`); the object itself when all are asked for. */
export function pick(object: CommitmentJson, fields: readonly (keyof CommitmentJson)[]): Partial<CommitmentJson> {
  return picker(fields)(object);
}

/** `pick` for many objects: which fields are asked is settled once, not per commitment. */
export function picker(fields: readonly (keyof CommitmentJson)[]): (object: CommitmentJson) => Partial<CommitmentJson> {
  if (fields.length === JSON_FIELDS.length && fields.every((field, index) => field === JSON_FIELDS[index])) return whole;
  return (object) => Object.fromEntries(fields.map((field) => [field, object[field]]));
}

const whole = (object: CommitmentJson): Partial<CommitmentJson> => object;
