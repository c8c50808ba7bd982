import { instanceWindow, type AssessedCommitment, type Assessment } from './assess.js';
import type { CommitmentSummary } from './model.js';
import { addDays, daysBetween, type CivilDate } from './civil-date.js';
import { grown } from './grown.js';

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

/** The lists of a digest, in the order every report format shows them. */
export const DIGEST_LISTS = ['newlyOverdue', 'overdue', 'dueSoon', 'delivered', 'waitingOnOverdue', 'newSince'] as const;
export type DigestList = (typeof DIGEST_LISTS)[number];

/** A digest whose lists may be made as they are iterated, each once. */
export type DigestLists<C extends CommitmentSummary = CommitmentSummary> = Pick<Digest<C>, 'asOf' | 'since'> & Record<DigestList, Iterable<AssessedCommitment<C>>>;

/**
 * Selects what a periodic report says. Pure: the assessment already holds
 * today, so the same register, date and options always give the same digest.
 */
export function digest<C extends CommitmentSummary>(assessment: Assessment<C>, options: DigestOptions): Digest<C> {
  const { asOf, items } = assessment;
  const ordering = digestOrdering(options, asOf);
  items.forEach((item, place) => ordering.add(item, place));
  const order = ordering.finish();
  const listed = (list: DigestList) => Array.from(order[list].places, (place, entry) => entryItem(items[place]!, order[list].instances[entry]!, asOf));
  return { asOf, since: options.since, ...(Object.fromEntries(DIGEST_LISTS.map((list) => [list, listed(list)])) as Record<DigestList, AssessedCommitment<C>[]>) };
}

/**
 * Where the entries of one of a digest's lists are, in the list's order:
 * each entry's item, by the place it was added at, and which of its overdue
 * instances it is (its index in `overdueInstances`; 0 for any other entry).
 */
export interface DigestPlaces {
  places: Int32Array;
  instances: Int32Array;
}

/**
 * A digest's lists ordered from the items as they are added, keeping of each
 * entry only its place, its instance and its sort key: a reader that holds
 * few commitments (`report --format json` of a large register) adds each as
 * it is assessed and makes it again when its turn in a list comes. Items may
 * be added in any order; each list comes in the order `digest` gives it for
 * the items in the order of their places.
 */
export function digestOrdering(options: DigestOptions, asOf: CivilDate): { add: (item: AssessedCommitment, place: number) => void; finish: () => Record<DigestList, DigestPlaces> } {
  const { since, horizon } = options;
  const lists = Object.fromEntries(DIGEST_LISTS.map((list) => [list, new SortedEntries(LIST_ORDER[list])])) as Record<DigestList, SortedEntries>;
  return {
    add: (item, place) => {
      if (item.state === 'overdue') {
        overdueInstances(item, asOf).forEach((instance, n) => {
          const late = instance.daysLate ?? 0;
          if (isNewlyOverdue(instance, since, asOf)) lists.newlyOverdue.add(place, n, late);
          lists.overdue.add(place, n, late);
        });
      }
      if (isReportedDueSoon(item, horizon)) lists.dueSoon.add(place, 0, item.daysLeft ?? Infinity);
      if (isDeliveredIn(item, since, asOf)) lists.delivered.add(place, 0, item.commitment.delivered?.on ?? '');
      if (isWaitingOnOverdue(item)) lists.waitingOnOverdue.add(place, 0, blockingDays(item));
      if (isMadeIn(item, since, asOf)) lists.newSince.add(place, 0, madeOn(item) ?? '', item.commitment.id);
    },
    finish: () => Object.fromEntries(DIGEST_LISTS.map((list) => [list, lists[list].sorted()])) as Record<DigestList, DigestPlaces>,
  };
}

/** The entry of a digest list that is `instance` of `item` (see `DigestPlaces`). */
export function entryItem<C extends CommitmentSummary>(item: AssessedCommitment<C>, instance: number, asOf: CivilDate): AssessedCommitment<C> {
  return item.state === 'overdue' && item.recurrence !== null ? overdueInstances(item, asOf)[instance]! : item;
}

type SortKey = number | string;

/** How a list orders two entries by their keys (and, for new promises, their ids); entries the same by it keep the order of their places. */
type KeyOrder = (a: SortKey, b: SortKey, idA: string, idB: string) => number;

const byNumber = (a: SortKey, b: SortKey): number => (a < b ? -1 : a > b ? 1 : 0);
const byDay = (a: SortKey, b: SortKey): number => (a < b ? 1 : a > b ? -1 : 0);

/**
 * Each list's order: overdue longest late first, due soon nearest deadline
 * first, delivered most recent first, waiting longest blocked first, new
 * promises newest first and then by id.
 */
const LIST_ORDER: Record<DigestList, KeyOrder> = {
  newlyOverdue: (a, b) => byNumber(b, a),
  overdue: (a, b) => byNumber(b, a),
  dueSoon: byNumber,
  delivered: byDay,
  waitingOnOverdue: (a, b) => byNumber(b, a),
  newSince: (a, b, idA, idB) => byDay(a, b) || idA.localeCompare(idB),
};

/**
 * The entries of one list, sorted once at the end: their places, instances
 * and number keys in typed arrays, which the collector neither copies nor
 * scans (150,000 entries at 300,000 commitments); a list ordered by day
 * (delivered, new promises) keeps its days and ids as strings.
 */
class SortedEntries {
  #places = new Int32Array(64);
  #instances = new Int32Array(64);
  #numbers = new Float64Array(64);
  readonly #days: string[] = [];
  readonly #ids: string[] = [];
  #count = 0;
  // Whether the entries came in the order of their places (a reader adds a chain's commitments last).
  #inOrder = true;

  constructor(private readonly order: KeyOrder) {}

  add(place: number, instance: number, key: SortKey, id = ''): void {
    if (this.#count === this.#places.length) this.#grow();
    const last = this.#count - 1;
    if (last >= 0 && (place < this.#places[last]! || (place === this.#places[last] && instance < this.#instances[last]!))) this.#inOrder = false;
    this.#places[this.#count] = place;
    this.#instances[this.#count] = instance;
    if (typeof key === 'number') {
      this.#numbers[this.#count] = key;
    } else {
      this.#days.push(key);
      this.#ids.push(id);
    }
    this.#count += 1;
  }

  sorted(): DigestPlaces {
    const places = this.#places;
    const instances = this.#instances;
    const entries = this.#inOrder && this.#days.length === 0 ? this.#bucketed() : this.#compared();
    return { places: Int32Array.from(entries, (entry) => places[entry]!), instances: Int32Array.from(entries, (entry) => instances[entry]!) };
  }

  /**
   * Entries that came in the order of their places, by number keys: each put
   * in the bucket of its key, which keeps that order. A list's keys are few
   * (days late or left, shared by the many commitments with one window), so
   * this takes time in proportion to the entries, where comparing them takes
   * more (150,000 entries at 300,000 commitments).
   */
  #bucketed(): Uint32Array {
    const keys = this.#numbers.subarray(0, this.#count);
    const counts = new Map<number, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    const next = new Map<number, number>();
    let at = 0;
    for (const key of [...counts.keys()].sort((a, b) => this.order(a, b, '', ''))) {
      next.set(key, at);
      at += counts.get(key)!;
    }
    const entries = new Uint32Array(this.#count);
    keys.forEach((key, entry) => {
      const to = next.get(key)!;
      entries[to] = entry;
      next.set(key, to + 1);
    });
    return entries;
  }

  #compared(): Uint32Array {
    const places = this.#places;
    const instances = this.#instances;
    const keys: ArrayLike<SortKey> = this.#days.length > 0 ? this.#days : this.#numbers;
    const ids = this.#ids;
    const entries = Uint32Array.from({ length: this.#count }, (_, entry) => entry);
    return entries.sort((a, b) => this.order(keys[a]!, keys[b]!, ids[a] ?? '', ids[b] ?? '') || places[a]! - places[b]! || instances[a]! - instances[b]!);
  }

  #grow(): void {
    const size = 2 * this.#places.length;
    this.#places = grown(this.#places, new Int32Array(size));
    this.#instances = grown(this.#instances, new Int32Array(size));
    this.#numbers = grown(this.#numbers, new Float64Array(size));
  }
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

export function isWaitingOnOverdue(item: AssessedCommitment): boolean {
  // Every link but the root is itself waiting, so only the root can be overdue.
  return item.state === 'waiting' && item.waitingRoot?.state === 'overdue';
}

function blockingDays(item: AssessedCommitment): number {
  return item.waitingRoot?.state === 'overdue' ? Math.max(0, item.waitingRoot.daysLate ?? 0) : 0;
}

/** The first day of a period of `days` days before `asOf`: with `--days 7` a Monday report starts on the Monday before. */
export function periodStart(asOf: CivilDate, days: number): CivilDate {
  return addDays(asOf, -days);
}
