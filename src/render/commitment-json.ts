import type { AssessedCommitment, Assessment } from '../core/assess.js';
import type { Commitment, ImportedFrom, State } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import { periodDuration } from './deadline-json.js';
import { dueOf, ruleText } from './describe-item.js';
import type { Chunks } from './chunks.js';
import { jsonChunks, JsonList } from './json-stream.js';

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
 * Lists and objects of the model are shared, not copied: every caller prints
 * the result at once (at 100,000 commitments the copies were garbage to collect).
 */
export function commitmentJson(item: AssessedCommitment<Commitment>, messages: Messages): CommitmentJson {
  const c = item.commitment;
  const due = dueOf(item);
  return {
    id: c.id,
    title: c.title,
    source: c.sourceId,
    sourceTitle: item.source?.title ?? null,
    status: c.status,
    state: item.state,
    due: due && {
      kind: item.recurrence ? 'recurring' : item.event ? 'event' : 'window',
      phrase: due.phrase,
      from: due.from,
      to: due.to,
      rule: ruleText(due, messages),
      ruleId: due.rule.id,
      inferred: due.inferred,
    },
    daysLate: item.daysLate,
    daysLeft: item.daysLeft,
    daysUntilStart: item.daysUntilStart,
    dueSoon: item.dueSoon,
    waitingOn: item.waitingOn,
    waitingChain: item.waitingChain,
    waitingDepth: item.waitingDepth,
    waitingRoot: item.waitingRoot,
    event: item.event && { name: item.event.event, relation: item.event.relation, date: item.event.date },
    recurrence: recurrenceJson(item),
    dependsOn: c.dependsOn,
    delivered: c.delivered
      ? { on: c.delivered.on ?? null, dateUnknown: c.delivered.dateUnknown ?? false, ref: c.delivered.ref ?? null, url: c.delivered.url ?? null }
      : null,
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

function recurrenceJson(item: AssessedCommitment<Commitment>): CommitmentJson['recurrence'] {
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
  assessment: Assessment<Commitment>,
  items: Iterable<AssessedCommitment<Commitment>>,
  fields: readonly (keyof CommitmentJson)[],
  messages: Messages,
  register: RegisterJson,
  human: boolean,
): Chunks {
  const only = picker(fields);
  const commitments = new JsonList(items, (item) => only(commitmentJson(item, messages)));
  return jsonChunks({ schemaVersion: SCHEMA_VERSION, asOf: assessment.asOf, register, summary: { ...assessment.summary }, commitments }, human);
}

/** Only the asked-for keys, in the asked order (`--json id,state`); the object itself when all are asked for. */
export function pick(object: CommitmentJson, fields: readonly (keyof CommitmentJson)[]): Partial<CommitmentJson> {
  return picker(fields)(object);
}

/** `pick` for many objects: which fields are asked is settled once, not per commitment. */
export function picker(fields: readonly (keyof CommitmentJson)[]): (object: CommitmentJson) => Partial<CommitmentJson> {
  if (fields.length === JSON_FIELDS.length && fields.every((field, index) => field === JSON_FIELDS[index])) return (object) => object;
  return (object) => Object.fromEntries(fields.map((field) => [field, object[field]]));
}
