import { daysBetween, type CivilDate } from './civil-date.js';
import { resolveAfter } from './deadline/resolve.js';
import { isDueSoon } from './due-soon.js';
import { STATES, type Commitment, type Register, type Resolution, type Source, type State } from './model.js';
import { anchorOf, type ResolvedDeadlines } from './resolve-deadlines.js';

/** One prerequisite in the chain a waiting commitment hangs on. */
export interface WaitLink {
  id: string;
  state: State;
  daysLate: number | null;
}

export interface AssessedCommitment {
  commitment: Commitment;
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
  /** The prerequisites from the direct one down to the first that is not itself waiting. */
  waitingChain: WaitLink[];
  /** Days since the promise was made, for commitments still open. */
  ageDays: number | null;
}

export interface Assessment {
  asOf: CivilDate;
  summary: Record<State, number>;
  items: AssessedCommitment[];
}

const FINAL_STATES: Partial<Record<Commitment['status'], State>> = {
  closed: 'closed',
  lapsed: 'lapsed',
  ongoing: 'ongoing',
};

/**
 * Assesses every commitment as of `asOf`. Pure: today is an input, so the
 * same register and date always give the same assessment.
 */
export function assess(register: Register, deadlines: ResolvedDeadlines, asOf: CivilDate): Assessment {
  const sources = new Map(register.sources.map((source) => [source.id, source]));
  const byId = new Map(register.commitments.map((commitment) => [commitment.id, commitment]));
  const done = new Map<string, AssessedCommitment>();
  const inProgress = new Set<string>();

  const assessOne = (commitment: Commitment): AssessedCommitment => {
    const known = done.get(commitment.id);
    if (known) return known;
    // Validation rejects cycles; this guard only keeps a broken register from recursing forever.
    inProgress.add(commitment.id);
    const result = assessCommitment(commitment, sources.get(commitment.sourceId), deadlines, asOf, (id) => {
      const prerequisite = byId.get(id);
      return prerequisite && !inProgress.has(id) ? assessOne(prerequisite) : undefined;
    });
    inProgress.delete(commitment.id);
    done.set(commitment.id, result);
    return result;
  };

  const items = register.commitments.map(assessOne);
  const summary = Object.fromEntries(STATES.map((state) => [state, 0])) as Record<State, number>;
  for (const item of items) summary[item.state] += 1;
  return { asOf, summary, items };
}

function assessCommitment(
  commitment: Commitment,
  source: Source | undefined,
  deadlines: ResolvedDeadlines,
  asOf: CivilDate,
  prerequisite: (id: string) => AssessedCommitment | undefined,
): AssessedCommitment {
  const anchor = anchorOf(commitment, source) ?? asOf;
  const base: AssessedCommitment = {
    commitment,
    source,
    state: 'no-deadline',
    window: null,
    daysLate: null,
    daysLeft: null,
    daysUntilStart: null,
    dueSoon: false,
    waitingOn: null,
    waitingChain: [],
    ageDays: null,
  };

  let window = deadlines.windows.get(commitment.id) ?? null;
  const due = commitment.due;
  if (due?.kind === 'after') {
    const before = prerequisite(due.after);
    const deliveredOn = before?.commitment.status === 'delivered' ? before.commitment.delivered?.on : undefined;
    if (deliveredOn) {
      window = resolveAfter(due.after, deliveredOn, deadlines.spans.get(commitment.id), due.within);
    } else if (commitment.status === 'open' || commitment.status === 'partial') {
      const link: WaitLink = { id: due.after, state: before?.state ?? 'no-deadline', daysLate: before?.daysLate ?? null };
      return {
        ...base,
        state: 'waiting',
        waitingOn: due.after,
        waitingChain: [link, ...(before?.state === 'waiting' ? before.waitingChain : [])],
        ageDays: Math.max(0, daysBetween(anchor, asOf)),
      };
    }
  }

  const final = FINAL_STATES[commitment.status];
  if (final) return { ...base, state: final, window };

  if (commitment.status === 'delivered') {
    const on = commitment.delivered?.on;
    const late = window?.to && on ? Math.max(0, daysBetween(window.to, on)) : null;
    return { ...base, state: 'delivered', window, daysLate: late };
  }

  const ageDays = Math.max(0, daysBetween(anchor, asOf));
  if (!window || (window.from === null && window.to === null)) return { ...base, window, ageDays };

  if (window.to !== null && asOf > window.to) {
    return { ...base, state: 'overdue', window, daysLate: daysBetween(window.to, asOf), ageDays };
  }
  const daysLeft = window.to === null ? null : daysBetween(asOf, window.to);
  const dueSoon = isDueSoon(asOf, anchor, window.from, window.to);
  if (window.from !== null && asOf < window.from) {
    return { ...base, state: 'upcoming', window, daysLeft, daysUntilStart: daysBetween(asOf, window.from), dueSoon, ageDays };
  }
  return { ...base, state: 'due', window, daysLeft, dueSoon, ageDays };
}
