import { stateCounts } from './count-once.js';
import { addDays, daysBetween, type CivilDate } from './civil-date.js';
import { instancesOf, resolveAfter } from './deadline/resolve.js';
import type { Instance } from './deadline/recurring.js';
import type { Calendar } from './calendar.js';
import { isDueSoon } from './due-soon.js';
import type {
  Commitment,
  CommitmentSummary,
  DeadlineResolution,
  EventResolution,
  RecurringResolution,
  Register,
  Resolution,
  Source,
  State,
} from './model.js';
import { anchorOf, type ResolvedDeadlines } from './resolve-deadlines.js';

/** One prerequisite in the chain a waiting commitment hangs on. */
export interface WaitLink {
  id: string;
  state: State;
  daysLate: number | null;
  /**
   * Delivered, but on a day no one recorded (`delivered: {date_unknown: true}`):
   * a window counted from the delivery cannot start until that day is given.
   */
  deliveryDateUnknown: boolean;
}

export interface AssessedCommitment<C extends CommitmentSummary = CommitmentSummary> {
  commitment: C;
  source: Source | undefined;
  state: State;
  /** The window as of the assessment date; null without a deadline or while waiting. */
  window: Resolution | null;
  /** Overdue: days after the window's last day. Delivered: days delivered after it (0 = on time). */
  daysLate: number | null;
  /** Due or upcoming: days until the window's last day. */
  daysLeft: number | null;
  /** Upcoming: days until the window opens. */
  daysUntilStart: number | null;
  dueSoon: boolean;
  /** The prerequisite a waiting commitment waits on directly. */
  waitingOn: string | null;
  /** The event a commitment tied to an event waits on while its date is not known, in words. */
  waitingOnEvent: string | null;
  /** An event-bound deadline: the event, and its date once given. */
  event: EventResolution | null;
  /** A recurring deadline: the series, and which instance `window` is. */
  recurrence: { resolution: RecurringResolution; instance: number; instances: readonly Instance[] } | null;
  /**
   * The prerequisites from the direct one down to the first that is not itself
   * waiting, at most WAIT_CHAIN_LINKS of them: each commitment of a long
   * `after:` chain repeating the whole chain would make the output quadratic.
   */
  waitingChain: readonly WaitLink[];
  /** How many prerequisites the whole chain has (0 when not waiting on one). */
  waitingDepth: number;
  /** The chain's last link: the first prerequisite not itself waiting. */
  waitingRoot: WaitLink | null;
  /** Days since the promise was made, for commitments still open. */
  ageDays: number | null;
}

/** How an assessment is made beyond the date: how far ahead a series' instances are listed. */
export interface AssessOptions {
  /** The last day an instance may start on to be listed (show, calendars); by default a year after the assessment date. */
  seriesUntil?: CivilDate;
}

export interface Assessment<C extends CommitmentSummary = CommitmentSummary> {
  asOf: CivilDate;
  summary: Record<State, number>;
  items: AssessedCommitment<C>[];
}

const FINAL_STATES: Partial<Record<Commitment['status'], State>> = {
  closed: 'closed',
  lapsed: 'lapsed',
  ongoing: 'ongoing',
};

/**
 * The state of a commitment neither open nor partly delivered: its status
 * alone says it, whatever its deadline (undefined for an open one).
 */
export function settledState(status: Commitment['status']): State | undefined {
  return status === 'delivered' ? 'delivered' : FINAL_STATES[status];
}

/**
 * The state of an open or partly delivered commitment that waits on nothing,
 * by its window as of `asOf` (null: none). A reader counts such a commitment
 * by its window alone (see `assessingBuilder`'s `open`).
 */
export function openState(window: Resolution | null, asOf: CivilDate): State {
  if (!window || (window.from === null && window.to === null)) return 'no-deadline';
  if (window.to !== null && asOf > window.to) return 'overdue';
  return window.from !== null && asOf < window.from ? 'upcoming' : 'due';
}

/** Shared by every result that waits on nothing: most of them, in a large register. */
const NO_CHAIN: readonly WaitLink[] = Object.freeze([]);

/** How many links of a waiting chain are kept; real chains are a few links long, and the depth and root are kept apart. */
export const WAIT_CHAIN_LINKS = 10;

/**
 * Assesses every commitment as of `asOf`. Pure: today is an input, so the
 * same register and date always give the same assessment.
 */
export function assess<C extends CommitmentSummary>(
  register: Register<C>,
  deadlines: ResolvedDeadlines,
  asOf: CivilDate,
  options: AssessOptions = {},
): Assessment<C> {
  const seriesUntil = options.seriesUntil ?? addDays(asOf, INSTANCES_AHEAD_DAYS);
  const sources = new Map(register.sources.map((source) => [source.id, source]));
  // Only commitments due after another need lookups by id; most registers have few, so the table is made when first asked for.
  let byId: Map<string, C> | undefined;
  const prerequisites = new Map<string, AssessedCommitment<C>>();
  const inProgress = new Set<string>();

  const assessPrerequisite = (id: string): AssessedCommitment<C> | undefined => {
    const known = prerequisites.get(id);
    // Validation rejects cycles; the in-progress guard only keeps a broken register from looping forever.
    if (known || inProgress.has(id)) return known;
    byId ??= new Map(register.commitments.map((commitment) => [commitment.id, commitment]));
    // Down the chain to the first prerequisite already assessed, then back up, each assessed after the one it waits on:
    // a loop, not a recursion, so a chain of any depth in any order fits the stack.
    const chain: C[] = [];
    for (let next: string | undefined = id; next !== undefined && !prerequisites.has(next) && !inProgress.has(next); ) {
      const prerequisite = byId.get(next);
      if (!prerequisite) break;
      inProgress.add(next);
      chain.push(prerequisite);
      next = prerequisite.due?.kind === 'after' ? prerequisite.due.after : undefined;
    }
    for (let index = chain.length - 1; index >= 0; index--) {
      const prerequisite = chain[index]!;
      prerequisites.set(prerequisite.id, assessCommitment(prerequisite, sources.get(prerequisite.sourceId), deadlines, deadlines.windows.get(prerequisite.id), asOf, seriesUntil, assessPrerequisite));
      inProgress.delete(prerequisite.id);
    }
    return prerequisites.get(id);
  };

  const inOrder = deadlines.inOrder?.commitments === register.commitments ? deadlines.inOrder.windows : undefined;
  const items = register.commitments.map(
    (commitment, index) =>
      (prerequisites.size > 0 ? prerequisites.get(commitment.id) : undefined) ??
      assessCommitment(commitment, sources.get(commitment.sourceId), deadlines, inOrder ? inOrder[index] : deadlines.windows.get(commitment.id), asOf, seriesUntil, assessPrerequisite),
  );
  return { asOf, summary: stateCounts(items), items };
}

/**
 * Assesses commitments one at a time, each exactly as `assess` would within
 * its register, for a register read a commitment at a time: only for
 * commitments not due after another, whose window depends on the other's
 * assessment (`assess` takes those whole). Pure.
 */
export function assessorOf<C extends CommitmentSummary>(
  sources: ReadonlyMap<string, Source>,
  deadlines: Pick<ResolvedDeadlines, 'calendar' | 'spans'>,
  asOf: CivilDate,
  options: AssessOptions = {},
): (commitment: C, window: DeadlineResolution | undefined) => AssessedCommitment<C> {
  const seriesUntil = options.seriesUntil ?? addDays(asOf, INSTANCES_AHEAD_DAYS);
  const none = (): undefined => undefined;
  return (commitment, window) => assessCommitment(commitment, sources.get(commitment.sourceId), deadlines, window, asOf, seriesUntil, none);
}

/** The first window of an event-bound deadline: none until the event has a date. */
function eventWindow(event: EventResolution): Resolution | null {
  if (event.date === null) return null;
  return { kind: 'window', phrase: event.phrase, from: event.from, to: event.to, rule: event.rule, inferred: event.inferred };
}

/**
 * The instance of a series a commitment stands on: the oldest undelivered one
 * whose window has started by the day asked for, else the next one. Instances
 * come in order, so that is the first one not delivered.
 */
export function currentInstance(series: RecurringResolution, delivered: ReadonlySet<number>, calendar: Calendar): Instance | undefined {
  for (const instance of instancesOf(series.recurrence, calendar)) if (!delivered.has(instance.n)) return instance;
  return undefined;
}

/** An instance as a window, whose rule says which instance of which series it is. */
export function instanceWindow(series: RecurringResolution, instance: Instance): Resolution {
  const args = { ...series.rule.args, n: instance.n, from: instance.from, to: instance.to };
  return { kind: 'window', phrase: series.phrase, from: instance.from, to: instance.to, rule: { id: 'recurring-instance', args }, inferred: instance.inferred };
}

const NO_INSTANCES: ReadonlySet<number> = new Set();

/** How far ahead a series' coming instances are listed by default: a year, one instance of a yearly series. */
const INSTANCES_AHEAD_DAYS = 365;

function assessCommitment<C extends CommitmentSummary>(
  commitment: C,
  source: Source | undefined,
  deadlines: Pick<ResolvedDeadlines, 'calendar' | 'spans'>,
  resolution: DeadlineResolution | undefined,
  asOf: CivilDate,
  seriesUntil: CivilDate,
  prerequisite: (id: string) => AssessedCommitment<C> | undefined,
): AssessedCommitment<C> {
  const anchor = anchorOf(commitment, source) ?? asOf;
  let window: Resolution | null = null;
  let event: EventResolution | null = null;
  let recurrence: AssessedCommitment['recurrence'] = null;
  const open = commitment.status === 'open' || commitment.status === 'partial';
  if (resolution?.kind === 'window') window = resolution;
  else if (resolution?.kind === 'event') {
    event = resolution;
    window = eventWindow(resolution);
  } else if (resolution?.kind === 'recurring') {
    const delivered = commitment.deliveries ? new Set(commitment.deliveries.map((delivery) => delivery.instance)) : NO_INSTANCES;
    const instance = currentInstance(resolution, delivered, deadlines.calendar);
    if (instance) {
      window = instanceWindow(resolution, instance);
      // The instances so far and those starting by `seriesUntil` (for show and calendars): up to the current one, any delivered ahead of it, and the coming ones.
      const last = Math.max(instance.n, ...delivered);
      const instances: Instance[] = [];
      for (const each of instancesOf(resolution.recurrence, deadlines.calendar)) {
        if (each.n > last && each.from > seriesUntil) break;
        instances.push(each);
      }
      recurrence = { resolution, instance: instance.n, instances };
    }
  }
  const due = commitment.due;
  if (due?.kind === 'after') {
    const before = prerequisite(due.after);
    const deliveredOn = before?.commitment.status === 'delivered' ? before.commitment.delivered?.on : undefined;
    if (deliveredOn) {
      window = resolveAfter(due.after, deliveredOn, deadlines.spans.get(commitment.id), due.within);
    } else if (open) {
      const link: WaitLink = {
        id: due.after,
        state: before?.state ?? 'no-deadline',
        daysLate: before?.daysLate ?? null,
        deliveryDateUnknown: before?.commitment.status === 'delivered',
      };
      return waiting(commitment, source, anchor, asOf, due.after, null, chainAfter(link, before), null);
    }
  }
  if (event && !window && open) return waiting(commitment, source, anchor, asOf, null, event.event, NO_WAIT, event);

  // Each case sets what it knows; the result is built once, in one shape, which at 100,000 commitments is measurably faster than spreading a base.
  let state: State = 'no-deadline';
  let daysLate: number | null = null;
  let daysLeft: number | null = null;
  let daysUntilStart: number | null = null;
  let dueSoon = false;
  let ageDays: number | null = null;
  const final = FINAL_STATES[commitment.status];
  if (final) {
    state = final;
  } else if (commitment.status === 'delivered') {
    state = 'delivered';
    const on = commitment.delivered?.on;
    daysLate = window?.to && on ? Math.max(0, daysBetween(window.to, on)) : null;
  } else {
    ageDays = Math.max(0, daysBetween(anchor, asOf));
    state = openState(window, asOf);
    if (state === 'overdue') {
      daysLate = daysBetween(window!.to!, asOf);
    } else if (state !== 'no-deadline') {
      daysLeft = window!.to === null ? null : daysBetween(asOf, window!.to);
      dueSoon = isDueSoon(asOf, anchor, window!.from, window!.to);
      if (state === 'upcoming') daysUntilStart = daysBetween(asOf, window!.from!);
    }
  }
  return {
    commitment,
    source,
    state,
    window,
    daysLate,
    daysLeft,
    daysUntilStart,
    dueSoon,
    waitingOn: null,
    waitingOnEvent: null,
    event,
    recurrence,
    waitingChain: NO_CHAIN,
    waitingDepth: 0,
    waitingRoot: null,
    ageDays,
  };
}

type Wait = Pick<AssessedCommitment, 'waitingChain' | 'waitingDepth' | 'waitingRoot'>;

const NO_WAIT: Wait = { waitingChain: NO_CHAIN, waitingDepth: 0, waitingRoot: null };

/** The chain of a commitment waiting on `link`, built from its prerequisite's in constant time, so a chain N deep costs N, not N². */
function chainAfter(link: WaitLink, before: AssessedCommitment | undefined): Wait {
  if (before?.state !== 'waiting' || before.waitingRoot === null) return { waitingChain: [link], waitingDepth: 1, waitingRoot: link };
  return {
    waitingChain: [link, ...before.waitingChain.slice(0, WAIT_CHAIN_LINKS - 1)],
    waitingDepth: before.waitingDepth + 1,
    waitingRoot: before.waitingRoot,
  };
}

function waiting<C extends CommitmentSummary>(
  commitment: C,
  source: Source | undefined,
  anchor: CivilDate,
  asOf: CivilDate,
  waitingOn: string | null,
  waitingOnEvent: string | null,
  wait: Wait,
  event: EventResolution | null,
): AssessedCommitment<C> {
  return {
    commitment,
    source,
    state: 'waiting',
    window: null,
    daysLate: null,
    daysLeft: null,
    daysUntilStart: null,
    dueSoon: false,
    waitingOn,
    waitingOnEvent,
    event,
    recurrence: null,
    waitingChain: wait.waitingChain,
    waitingDepth: wait.waitingDepth,
    waitingRoot: wait.waitingRoot,
    ageDays: Math.max(0, daysBetween(anchor, asOf)),
  };
}
