import type { CivilDate } from './civil-date.js';

/** Where a value sits in a source file; lines and columns count from 1. */
export interface Position {
  file: string;
  line: number;
  col: number;
}

export const STATUSES = ['open', 'delivered', 'partial', 'closed', 'lapsed', 'ongoing'] as const;
export type Status = (typeof STATUSES)[number];

export const STATES = [
  'overdue',
  'due',
  'upcoming',
  'waiting',
  'no-deadline',
  'delivered',
  'closed',
  'lapsed',
  'ongoing',
] as const;
export type State = (typeof STATES)[number];

export const SOURCE_TYPES = ['brief', 'kamervragen', 'debat', 'motie', 'overig'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** A date given to day or to month precision (`2025-12`). */
export interface SourceDate {
  text: string;
  /** The anchor for relative deadlines: the day itself, or the first day of the month. */
  anchor: CivilDate;
  precision: 'day' | 'month';
}

export interface Source {
  id: string;
  type: SourceType;
  title: string;
  date: SourceDate;
  by?: string;
  refs: string[];
  url?: string;
  notes?: string;
  file: string;
  position: Position;
}

/** `due` as written in the file, before resolution. */
export type DueSpec =
  | { kind: 'phrase'; phrase: string; position: Position }
  | { kind: 'after'; after: string; within?: string; position: Position }
  | { kind: 'range'; from: CivilDate; to: CivilDate; position: Position }
  /** `{event: "voor het commissiedebat X", date: D}`: the event as a phrase or a name, and its date once known. */
  | { kind: 'event'; event: string; date?: CivilDate; relation?: EventRelation; position: Position }
  /** `{every: year, phase: "voor het zomerreces"}`: a series written as its parts rather than as one phrase. */
  | { kind: 'series'; every: SeriesEvery; phase?: string; position: Position };

/** How often a series written as `{every, phase}` comes back. */
export const SERIES_EVERY = ['year', 'half-year', 'quarter', 'month'] as const;
export type SeriesEvery = (typeof SERIES_EVERY)[number];

export interface Delivery {
  on?: CivilDate;
  /** Said explicitly when the source reports a delivery without its day, so no day is invented. */
  dateUnknown?: boolean;
  ref?: string;
  url?: string;
}

/** Where an imported commitment came from; the importer owns these fields and rewrites them on every run. */
/**
 * How the source links one promise to another: this one repeats, amends or
 * supplements that one, or is repeated, amended or supplemented by it.
 */
export const LINK_KINDS = ['repeats', 'amends', 'supplements', 'repeatedBy', 'amendedBy', 'supplementedBy'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface ImportedFrom {
  /** The register it was imported from, e.g. `tk` (Tweede Kamer). */
  from: string;
  id?: string;
  nummer?: string;
  /** The debate (activity) the promise was made in. */
  activiteit?: string;
  /** Who made the promise, with their function. */
  by?: string;
  ministerie?: string;
  /** The status exactly as the source wrote it. */
  status?: string;
  /** When the source last changed the record (an instant, as the source wrote it). */
  changed?: string;
  /** Where `due` came from: the source's date field, a phrase found in the text, or a local correction the importer keeps. */
  dueFrom?: 'date' | 'text' | 'local';
  /** The source's own remarks. */
  notes?: string;
  /** The source deleted the record; it is kept, as lapsed, with whatever was added locally. */
  removed?: boolean;
  /** The linked promises, by commitment id; they need not be in the register. */
  links?: Partial<Record<LinkKind, string[]>>;
}

/** The delivery of one instance of a recurring deadline (`deliveries:` in YAML); instances count from 1. */
export interface InstanceDelivery {
  instance: number;
  on: CivilDate;
  ref?: string;
  url?: string;
}

export interface HistoryEntry {
  on: CivilDate;
  note: string;
}

/** Omit over each member of a union, keeping it a union. */
type WithoutPosition<T> = T extends unknown ? Omit<T, 'position'> : never;

/** `due` without where it was written. */
export type DueSummary = WithoutPosition<DueSpec>;

/**
 * What assessing a commitment, filtering it and listing it (status, list,
 * report, timeline) needs. At 100,000 commitments, reading only this from the
 * cache, and not quotes, notes, history and positions, is much of what keeps
 * those commands fast.
 */
export interface CommitmentSummary {
  id: string;
  title: string;
  sourceId: string;
  status: Status;
  /** When the promise was made, when that differs from the source's date; the anchor for relative deadlines. */
  made?: CivilDate;
  due?: DueSummary;
  delivered?: Delivery;
  /** A recurring deadline's deliveries, one per instance. */
  deliveries?: InstanceDelivery[];
  tags: string[];
  /** The promises this one repeats (`imported.links.repeats`), here so that counting a promise once needs no more than the summary. */
  repeats?: string[];
}

export interface Commitment extends CommitmentSummary {
  quote?: string;
  question?: number | string;
  due?: DueSpec;
  dependsOn: string[];
  to: string[];
  notes?: string;
  history: HistoryEntry[];
  imported?: ImportedFrom;
  file: string;
  position: Position;
}

export interface Register<C extends CommitmentSummary = Commitment> {
  sources: Source[];
  commitments: C[];
}

export type Severity = 'error' | 'warning';

/**
 * A problem found in a register, as data: words come from the messages module
 * by `code`, with `args` filled in, so checks and tests speak codes only.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  file: string;
  line: number;
  col: number;
  /** Length of the offending text on its line, for the caret; at least 1. */
  length?: number;
  args: Record<string, string | number>;
}

/** A rule of the deadline grammar, as data; the messages module puts it in words. */
export interface RuleRef {
  id: string;
  args: Record<string, string | number>;
}

/** A deadline phrase resolved to an inclusive window; null ends are open. */
export interface Resolution {
  kind: 'window';
  phrase: string;
  from: CivilDate | null;
  to: CivilDate | null;
  rule: RuleRef;
  /** True when the window rests on a calendar row that is inferred, not stated by a source. */
  inferred: boolean;
}

/** How a promise stands to its event: delivered before it, after it (from its date on), or with it (by its date). */
export type EventRelation = 'before' | 'after' | 'at';

/**
 * A deadline tied to an event ("voor het commissiedebat X", "zodra de
 * evaluatie gereed is"). Without the event's date there is no window, and
 * `from`/`to` are null; with it, the window follows the relation: before →
 * anchor … date − 1, at → anchor … date, after → date … (date + `within`).
 */
export interface EventResolution {
  kind: 'event';
  phrase: string;
  /** The event in words, as written ("het commissiedebat Mensenhandel"). */
  event: string;
  relation: EventRelation;
  date: CivilDate | null;
  /** After the event: how long after its date the promise falls due ("zodra": as soon as possible); absent for an open end. */
  within?: Period;
  from: CivilDate | null;
  to: CivilDate | null;
  rule: RuleRef;
  inferred: boolean;
}

/** A length of time: the period of a recurring deadline, or how long after an event a promise falls due. */
export interface Period {
  unit: 'day' | 'week' | 'month' | 'year';
  count: number;
}

/**
 * A series of windows ("jaarlijks vóór het zomerreces", "elk kwartaal").
 * With a `phase`, instance 1 is that phrase resolved at `start` and each next
 * instance the same phrase resolved from the day after the previous one
 * ends; without, instance n is start + (n − 1)·every … start + n·every.
 */
export interface Recurrence {
  every: Period;
  /** The window phrase each instance resolves, for yearly series ("voor het zomerreces"); null when instances count from `start`. */
  phase: string | null;
  /** The day instance 1 counts from: the anchor. */
  start: CivilDate;
}

/** A recurring deadline; `from`/`to` are its first instance. */
export interface RecurringResolution {
  kind: 'recurring';
  phrase: string;
  recurrence: Recurrence;
  from: CivilDate;
  to: CivilDate;
  rule: RuleRef;
  inferred: boolean;
}

/** What a deadline phrase resolves to: a window, a window waiting on an event, or a series of windows. */
export type DeadlineResolution = Resolution | EventResolution | RecurringResolution;

/** A recess date set in a register's `toezegging.config.yaml`, taking precedence over the shipped calendar. */
export interface RecessOverride {
  /** e.g. `zomerreces`, `kerstreces`. */
  name: string;
  first: CivilDate;
  last: CivilDate;
  note?: string;
}

/** Settings from a register's `toezegging.config.yaml`. */
export interface RegisterConfig {
  recesses: RecessOverride[];
  /** Days ahead that `status` lists upcoming commitments. */
  horizon?: number;
  lang?: 'nl' | 'en';
  /**
   * What importers remember between runs. `lastSyncField` names the field `lastSync` was taken from; a `lastSync` without it predates `ApiGewijzigdOp` and was a `GewijzigdOp`.
   */
  imports?: { tk?: { lastSync?: string; lastSyncField?: string } };
}
