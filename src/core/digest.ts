import { instanceWindow, type AssessedCommitment, type Assessment } from './assess.js';
import type { CommitmentSummary } from './model.js';
import { addDays, daysBetween, type CivilDate } from './civil-date.js';

/** What a digest covers besides the assessment date. */
export interface DigestOptions {
  /** The first day of the reporting period; the period runs up to the assessment date. */
  since: CivilDate;
  /** Also report as due soon what ends within this many days, whatever its proportional lead time. */
  horizon?: number;
}

/** The news of one period, for a recurring (cron) report. Every list is in the order a reader needs it. */
export interface Digest<C extends CommitmentSummary = CommitmentSummary> {
  asOf: CivilDate;
  since: CivilDate;
  /** Overdue, with the window's last day in [since, asOf): the deadline passed during the period. Longest late first. */
  newlyOverdue: AssessedCommitment<C>[];
  /** Every overdue commitment, newly overdue included; a recurring one once per overdue instance. Longest late first. */
  overdue: AssessedCommitment<C>[];
  /** Due or upcoming and close to the window's end (see `isReportedDueSoon`). Nearest deadline first. */
  dueSoon: AssessedCommitment<C>[];
  /** Delivered on a day in [since, asOf]. Most recent first. */
  delivered: AssessedCommitment<C>[];
  /** Waiting on a chain of prerequisites of which at least one is overdue. Longest blocked first. */
  waitingOnOverdue: AssessedCommitment<C>[];
  /** Made in [since, asOf]: promises that are new in the register, as a nightly import brings them. Newest first. */
  newSince: AssessedCommitment<C>[];
}

/**
 * Selects what a periodic report says. Pure: the assessment already holds
 * today, so the same register, date and options always give the same digest.
 */
export function digest<C extends CommitmentSummary>(assessment: Assessment<C>, options: DigestOptions): Digest<C> {
  const { asOf } = assessment;
  const { since } = options;
  const items = assessment.items;
  const overdue = items.flatMap((item) => (item.state === 'overdue' ? overdueInstances(item, asOf) : [])).sort(byDaysLate);
  return {
    asOf,
    since,
    newlyOverdue: overdue.filter((item) => isNewlyOverdue(item, since, asOf)),
    overdue,
    dueSoon: items.filter((item) => isReportedDueSoon(item, options.horizon)).sort(byDaysLeft),
    delivered: items.filter((item) => isDeliveredIn(item, since, asOf)).sort(byDeliveryDay),
    waitingOnOverdue: items.filter(isWaitingOnOverdue).sort(byBlockingDays),
    newSince: items.filter((item) => isMadeIn(item, since, asOf)).sort(byMadeDay),
  };
}

/**
 * Whether a digest of `options` may list the item, whatever else the
 * assessment holds: each list takes the items it takes one by one, so the
 * digest of the items this keeps is the digest of them all.
 */
export function mayDigest(item: AssessedCommitment, options: DigestOptions, asOf: CivilDate): boolean {
  return item.state === 'overdue' || isReportedDueSoon(item, options.horizon) || isDeliveredIn(item, options.since, asOf) || isWaitingOnOverdue(item) || isMadeIn(item, options.since, asOf);
}

/**
 * An overdue commitment as a report nags about it: a recurring one once for
 * every instance whose window passed undelivered, each with that instance's
 * window and days late, oldest first; any other as it is.
 */
export function overdueInstances<C extends CommitmentSummary>(item: AssessedCommitment<C>, asOf: CivilDate): AssessedCommitment<C>[] {
  const series = item.recurrence;
  if (series === null) return [item];
  const delivered = new Set((item.commitment.deliveries ?? []).map((delivery) => delivery.instance));
  const late = series.instances.filter((instance) => !delivered.has(instance.n) && instance.to < asOf);
  if (late.length === 0) return [item];
  return late.map((instance) => ({
    ...item,
    window: instanceWindow(series.resolution, instance),
    daysLate: daysBetween(instance.to, asOf),
    recurrence: { ...series, instance: instance.n },
  }));
}

/** True when nothing in the digest is worth a reader's time. */
export function isEmptyDigest(digest: Digest): boolean {
  return [digest.newlyOverdue, digest.overdue, digest.dueSoon, digest.delivered, digest.waitingOnOverdue, digest.newSince].every((list) => list.length === 0);
}

/**
 * The deadline passed in the period when the window's last day lies in
 * [since, asOf): on `asOf` itself the last day is still open, and a last day
 * before `since` passed in an earlier period (and was reported then).
 * Consecutive weekly reports with `since` = the previous `asOf` thus report
 * each deadline exactly once.
 */
export function isNewlyOverdue(item: AssessedCommitment, since: CivilDate, asOf: CivilDate): boolean {
  const end = item.window?.to ?? null;
  return item.state === 'overdue' && end !== null && end >= since && end < asOf;
}

/**
 * Due soon in proportion to the window (the assessment's `dueSoon`: a
 * six-month window is not flagged in its first weeks, a two-week one is), or,
 * when the user asks for a horizon, ending within that many days.
 */
export function isReportedDueSoon(item: AssessedCommitment, horizon: number | undefined): boolean {
  if (item.state !== 'due' && item.state !== 'upcoming') return false;
  if (item.dueSoon) return true;
  return horizon !== undefined && item.daysLeft !== null && item.daysLeft <= horizon;
}

/** Delivered during the period; a delivery on the report day itself counts, so today's news is not held back a week. */
export function isDeliveredIn(item: AssessedCommitment, since: CivilDate, asOf: CivilDate): boolean {
  const on = item.commitment.delivered?.on;
  return item.state === 'delivered' && on !== undefined && on >= since && on <= asOf;
}

/** The day a promise was made: its own (imported promises), else its source's. */
const madeOn = (item: AssessedCommitment): CivilDate | undefined => item.commitment.made ?? item.source?.date.anchor;

/** Made during the period, the report day included: a promise the register did not hold before. */
export function isMadeIn(item: AssessedCommitment, since: CivilDate, asOf: CivilDate): boolean {
  const made = madeOn(item);
  return made !== undefined && made >= since && made <= asOf;
}

function byMadeDay(a: AssessedCommitment, b: AssessedCommitment): number {
  const dayA = madeOn(a) ?? '';
  const dayB = madeOn(b) ?? '';
  return dayA < dayB ? 1 : dayA > dayB ? -1 : a.commitment.id.localeCompare(b.commitment.id);
}

export function isWaitingOnOverdue(item: AssessedCommitment): boolean {
  // Every link but the root is itself waiting, so only the root can be overdue.
  return item.state === 'waiting' && item.waitingRoot?.state === 'overdue';
}

function byDaysLate(a: AssessedCommitment, b: AssessedCommitment): number {
  return (b.daysLate ?? 0) - (a.daysLate ?? 0);
}

function byDaysLeft(a: AssessedCommitment, b: AssessedCommitment): number {
  return (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity);
}

function byDeliveryDay(a: AssessedCommitment, b: AssessedCommitment): number {
  const dayA = a.commitment.delivered?.on ?? '';
  const dayB = b.commitment.delivered?.on ?? '';
  return dayA < dayB ? 1 : dayA > dayB ? -1 : 0;
}

function blockingDays(item: AssessedCommitment): number {
  return item.waitingRoot?.state === 'overdue' ? Math.max(0, item.waitingRoot.daysLate ?? 0) : 0;
}

function byBlockingDays(a: AssessedCommitment, b: AssessedCommitment): number {
  return blockingDays(b) - blockingDays(a);
}

/** The first day of a period of `days` days before `asOf`: with `--days 7` a Monday report starts on the Monday before. */
export function periodStart(asOf: CivilDate, days: number): CivilDate {
  return addDays(asOf, -days);
}
