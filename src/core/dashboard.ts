import { assess, assessorOf, settledState, type AssessedCommitment, type Assessment } from './assess.js';
import type { Calendar } from './calendar.js';
import type { CivilDate } from './civil-date.js';
import { stateCounts } from './count-once.js';
import type { Span } from './deadline/span.js';
import type { CommitmentSummary, DeadlineResolution, Source, State } from './model.js';
import { deadlinesInOrder } from './resolve-deadlines.js';

/** The states whose commitments the dashboard lists, in its order; the others it only counts. */
export const LISTED: readonly State[] = ['overdue', 'due', 'upcoming', 'waiting', 'no-deadline'];

/** What `status` shows: the counts per state and the commitments it lists. */
export interface Dashboard<C extends CommitmentSummary = CommitmentSummary> {
  asOf: CivilDate;
  /** Per state, every commitment counted once (see count-once.ts), upcoming ones beyond the horizon too. */
  summary: Record<State, number>;
  /** How many commitments that is. */
  total: number;
  /** Those in a listed state, in register order; upcoming ones only within the horizon. */
  listed: AssessedCommitment<C>[];
}

const listedBy = (horizon: number) => (item: AssessedCommitment): boolean =>
  item.state === 'upcoming' ? (item.daysUntilStart ?? 0) <= horizon : LISTED.includes(item.state);

/** The dashboard of an assessment whose promises are counted once already. Pure. */
export function dashboardOf<C extends CommitmentSummary>(assessment: Assessment<C>, horizon: number): Dashboard<C> {
  return { asOf: assessment.asOf, summary: assessment.summary, total: assessment.items.length, listed: assessment.items.filter(listedBy(horizon)) };
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
export interface DashboardBuilder<C extends CommitmentSummary> {
  add: (commitment: C, window: DeadlineResolution | undefined) => void;
  settled: (id: string, status: CommitmentSummary['status'], repeats: readonly string[] | undefined) => boolean;
  finish: () => Dashboard<C>;
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
  add: (commitment: C, window: DeadlineResolution | undefined) => void;
  settled: (id: string, status: CommitmentSummary['status'], repeats: readonly string[] | undefined) => boolean;
  finish: () => AssessedInOrder<T>;
}

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
  let present: Set<string> | undefined;
  // Each held commitment with its window and how many kept values came before it.
  const held: { commitment: C; window: DeadlineResolution | undefined; at: number }[] = [];
  const repeatsPresent = (repeats: readonly string[] | undefined): boolean => repeats !== undefined && repeats.some((id) => (present ??= new Set(outline.ids())).has(id));
  return {
    add: (commitment, window) => {
      if (repeatsPresent(commitment.repeats)) return;
      total += 1;
      if (outline.linked.has(commitment.id) || commitment.due?.kind === 'after') {
        held.push({ commitment, window, at: kept.length });
        return;
      }
      const item = assessOne(commitment, window);
      summary[item.state] += 1;
      const value = keep(item);
      if (value !== undefined) kept.push(value);
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

/** The dashboard of a register read a commitment at a time: `dashboardOf` its `countedOnce(assess(...))`, holding only what it lists. Pure. */
export function dashboardBuilder<C extends CommitmentSummary>(outline: RegisterOutline, asOf: CivilDate, horizon: number): DashboardBuilder<C> {
  const listed = listedBy(horizon);
  const builder = assessingBuilder<C, AssessedCommitment<C>>(outline, asOf, (item) => (listed(item) ? item : undefined));
  return {
    add: builder.add,
    settled: builder.settled,
    finish: () => {
      const { summary, total, kept } = builder.finish();
      return { asOf, summary, total, listed: kept };
    },
  };
}
