import { assess, assessorOf, openState, settledState, type AssessedCommitment, type Assessment } from './assess.js';
import type { Calendar } from './calendar.js';
import type { CivilDate } from './civil-date.js';
import { stateCounts } from './count-once.js';
import type { Span } from './deadline/span.js';
import type { CommitmentSummary, DeadlineResolution, Source, State } from './model.js';
import { deadlinesInOrder } from './resolve-deadlines.js';

/** The states whose commitments the dashboard lists, in its order; the others it only counts. */
export const LISTED: readonly State[] = ['overdue', 'due', 'upcoming', 'waiting', 'no-deadline'];

/** What `status` shows: the counts per state and what it keeps of each commitment it lists (`T`). */
export interface Dashboard<T = AssessedCommitment> {
  asOf: CivilDate;
  /** Per state, every commitment counted once (see count-once.ts), upcoming ones beyond the horizon too. */
  summary: Record<State, number>;
  /** How many commitments that is. */
  total: number;
  /** Those in a listed state, in register order; upcoming ones only within the horizon. */
  listed: T[];
}

const listedBy = (horizon: number) => (item: AssessedCommitment): boolean =>
  item.state === 'upcoming' ? (item.daysUntilStart ?? 0) <= horizon : LISTED.includes(item.state);

/** The dashboard of an assessment whose promises are counted once already, keeping `keep` of each listed one. Pure. */
export function dashboardOf<C extends CommitmentSummary, T>(assessment: Assessment<C>, horizon: number, keep: (item: AssessedCommitment<C>) => T): Dashboard<T> {
  return { asOf: assessment.asOf, summary: assessment.summary, total: assessment.items.length, listed: assessment.items.filter(listedBy(horizon)).map(keep) };
}

/** What assessing a register a commitment at a time needs to know before its first commitment. */
export interface RegisterOutline {
  sources: readonly Source[];
  calendar: Calendar;
  spans: Map<string, Span>;
  /** Every commitment id of the register: a promise that repeats one of them is left out, as `countedOnce` leaves it out. */
  ids: () => Iterable<string>;
  /** The commitments that link to another or that another links to (`due.after`, `depends_on`): a chain is assessed whole. */
  linked: ReadonlySet<string>;
}

/**
 * Takes a register's commitments one at a time, in its order, each with its
 * window; then gives the dashboard. A reader may offer each one to `settled`
 * first, by its id, status and the promises it repeats: true when that was
 * enough (it was counted, or left out), and its summary need not be made.
 */
export interface DashboardBuilder<C extends CommitmentSummary, T> {
  add: (commitment: C, window: DeadlineResolution | undefined) => void;
  settled: (id: string, status: CommitmentSummary['status'], repeats: readonly string[] | undefined) => boolean;
  finish: () => Dashboard<T>;
}

/**
 * What assessing a register a commitment at a time gives: the counts per
 * state and what was kept of each commitment, in register order.
 */
export interface AssessedInOrder<T> {
  summary: Record<State, number>;
  total: number;
  kept: T[];
}

/** Like DashboardBuilder, for any use: `keep` says what is held of each assessed commitment (undefined: nothing). */
export interface AssessingBuilder<C extends CommitmentSummary, T> {
  /** True when the commitment is held: what `keep` made of it, or the commitment itself until its chain is assessed. */
  add: (commitment: C, window: DeadlineResolution | undefined) => boolean;
  settled: (id: string, status: CommitmentSummary['status'], repeats: readonly string[] | undefined) => boolean;
  /**
   * Only for a `keep` that takes nothing of an open commitment waiting on
   * nothing: such a commitment, offered by its id, status and window, which
   * is one of dates or none, counted by its state (`openState`); true when
   * that was enough, and its summary need not be made.
   */
  open: (id: string, status: CommitmentSummary['status'], window: DeadlineResolution | undefined) => boolean;
  finish: () => AssessedInOrder<T>;
}

/** Whether a commitment repeats a promise of the register, and so is left out as `countedOnce` leaves it out. */
function repeatsPresentIn(outline: RegisterOutline): (repeats: readonly string[] | undefined) => boolean {
  let present: Set<string> | undefined;
  return (repeats) => repeats !== undefined && repeats.some((id) => (present ??= new Set(outline.ids())).has(id));
}

/** Whether a commitment is assessed with its chain, after the others: it is due after another, or linked to or from one. */
const chainedIn =
  (outline: RegisterOutline) =>
  (commitment: CommitmentSummary): boolean =>
    outline.linked.has(commitment.id) || commitment.due?.kind === 'after';

/**
 * A register read a commitment at a time, assessed as `countedOnce(assess(...))`
 * assesses it, holding only what `keep` makes of each commitment. On a large
 * register most commitments are delivered or closed: each is assessed,
 * counted and let go while it is still young, which the collector never
 * copies. Commitments of a chain (`linked`) are held and assessed together
 * at the end, as `assess` assesses them, and what is kept of them is put
 * back in their place. Pure.
 */
export function assessingBuilder<C extends CommitmentSummary, T>(outline: RegisterOutline, asOf: CivilDate, keep: (item: AssessedCommitment<C>) => T | undefined): AssessingBuilder<C, T> {
  const sources = new Map(outline.sources.map((source) => [source.id, source]));
  const assessOne = assessorOf<C>(sources, { calendar: outline.calendar, spans: outline.spans }, asOf);
  const summary = stateCounts([]);
  let kept: T[] = [];
  let total = 0;
  // Each held commitment with its window and how many kept values came before it.
  const held: { commitment: C; window: DeadlineResolution | undefined; at: number }[] = [];
  const repeatsPresent = repeatsPresentIn(outline);
  const chained = chainedIn(outline);
  return {
    add: (commitment, window) => {
      if (repeatsPresent(commitment.repeats)) return false;
      total += 1;
      if (chained(commitment)) {
        held.push({ commitment, window, at: kept.length });
        return true;
      }
      const item = assessOne(commitment, window);
      summary[item.state] += 1;
      const value = keep(item);
      if (value === undefined) return false;
      kept.push(value);
      return true;
    },
    // Most commitments of a large register are delivered or closed: never listed, only counted.
    settled: (id, status, repeats) => {
      const state = settledState(status);
      if (state === undefined || outline.linked.has(id)) return false;
      if (repeatsPresent(repeats)) return true;
      total += 1;
      summary[state] += 1;
      return true;
    },
    // A due date after another's delivery has no window of its own: such a commitment is linked, and refused here.
    open: (id, status, window) => {
      if ((status !== 'open' && status !== 'partial') || outline.linked.has(id) || (window !== undefined && window.kind !== 'window')) return false;
      total += 1;
      summary[openState(window ?? null, asOf)] += 1;
      return true;
    },
    finish: () => {
      if (held.length > 0) {
        const commitments = held.map((each) => each.commitment);
        const windows = held.map((each) => each.window);
        const chained = assess({ sources: [...outline.sources], commitments }, deadlinesInOrder(commitments, windows, { spans: outline.spans, diagnostics: [], calendar: outline.calendar }), asOf).items;
        const merged: T[] = [];
        let next = 0;
        chained.forEach((item, index) => {
          summary[item.state] += 1;
          const value = keep(item);
          if (value === undefined) return;
          while (next < held[index]!.at) merged.push(kept[next++]!);
          merged.push(value);
        });
        while (next < kept.length) merged.push(kept[next++]!);
        kept = merged;
      }
      return { summary, total, kept };
    },
  };
}

/**
 * The dashboard of a register read a commitment at a time: `dashboardOf` its
 * `countedOnce(assess(...))`, holding only what `keep` makes of those it
 * lists, made as each is read. Pure.
 */
export function dashboardBuilder<C extends CommitmentSummary, T>(outline: RegisterOutline, asOf: CivilDate, horizon: number, keep: (item: AssessedCommitment<C>) => T): DashboardBuilder<C, T> {
  const listed = listedBy(horizon);
  const builder = assessingBuilder<C, T>(outline, asOf, (item) => (listed(item) ? keep(item) : undefined));
  return {
    add: builder.add,
    settled: builder.settled,
    finish: () => {
      const { summary, total, kept } = builder.finish();
      return { asOf, summary, total, listed: kept };
    },
  };
}

/** What `assessingTwice` gives once the first read is over. */
export interface AssessedTwice<C extends CommitmentSummary> {
  summary: Record<State, number>;
  total: number;
  /** The second read's commitments assessed, counted once, in register order, each when it is asked for. */
  items: (again: Iterable<[C, DeadlineResolution | undefined]>) => Iterable<AssessedCommitment<C>>;
}

/**
 * A register read twice, for a document that opens with the counts and
 * then lists every commitment (`status --json`): the first read counts, as
 * `assessingBuilder` does, most commitments by their status or window alone,
 * and assesses the chains; the second assesses each commitment when the
 * writer comes to it, so that none outlives its turn, and gives a chain's
 * assessment from the first. Assessed as `countedOnce(assess(...))`. Pure.
 */
export function assessingTwice<C extends CommitmentSummary>(outline: RegisterOutline, asOf: CivilDate): Pick<AssessingBuilder<CommitmentSummary, never>, 'add' | 'settled' | 'open'> & { finish: () => AssessedTwice<C> } {
  const chained = chainedIn(outline);
  const first = assessingBuilder<CommitmentSummary, AssessedCommitment>(outline, asOf, (item) => (chained(item.commitment) ? item : undefined));
  return {
    add: first.add,
    settled: first.settled,
    open: first.open,
    finish: () => {
      const { summary, total, kept } = first.finish();
      const chains = new Map(kept.map((item) => [item.commitment.id, item]));
      const sources = new Map(outline.sources.map((source) => [source.id, source]));
      const repeatsPresent = repeatsPresentIn(outline);
      function* items(again: Iterable<[C, DeadlineResolution | undefined]>): Generator<AssessedCommitment<C>> {
        const assessOne = assessorOf<C>(sources, { calendar: outline.calendar, spans: outline.spans }, asOf);
        for (const [commitment, window] of again) {
          if (repeatsPresent(commitment.repeats)) continue;
          const chain = chained(commitment) ? chains.get(commitment.id) : undefined;
          // A chain's assessment from the first read, with its commitment as the second read gives it: the reader may make it only then.
          yield chain ? { ...chain, commitment } : assessOne(commitment, window);
        }
      }
      return { summary, total, items };
    },
  };
}
