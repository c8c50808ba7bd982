import type { DeadlineResolution, Period } from '../core/model.js';

/** What kind of deadline a resolution is, in the fields every JSON output shares; null where a field does not apply. */
export interface DeadlineKindJson {
  kind: DeadlineResolution['kind'];
  /** The event in words, for an event-bound deadline. */
  event: string | null;
  /** `before`, `after` or `at` the event. */
  relation: string | null;
  /** The event's date, once given. */
  eventDate: string | null;
  /** A recurring deadline's period as an ISO 8601 duration: `P1Y`, `P6M`, `P3M`, `P1M`, `P1W`. */
  every: string | null;
  /** The window each instance of a yearly series takes ("voor het zomerreces"). */
  phase: string | null;
}

const DESIGNATOR: Record<Period['unit'], string> = { day: 'D', week: 'W', month: 'M', year: 'Y' };

export function periodDuration(period: Period): string {
  return `P${period.count}${DESIGNATOR[period.unit]}`;
}

export function deadlineKindJson(resolution: DeadlineResolution): DeadlineKindJson {
  return {
    kind: resolution.kind,
    event: resolution.kind === 'event' ? resolution.event : null,
    relation: resolution.kind === 'event' ? resolution.relation : null,
    eventDate: resolution.kind === 'event' ? resolution.date : null,
    every: resolution.kind === 'recurring' ? periodDuration(resolution.recurrence.every) : null,
    phase: resolution.kind === 'recurring' ? resolution.recurrence.phase : null,
  };
}
