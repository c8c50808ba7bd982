import type { Calendar } from './calendar.js';
import { isInRange, type CivilDate } from './civil-date.js';
import { eventResolution, matchEvent } from './deadline/event.js';
import { resolvePhrase, type PhraseOutcome } from './deadline/resolve.js';
import { seriesPhrase } from './deadline/series.js';
import { addSpan, parseSpan, type Span } from './deadline/span.js';
import type { Commitment, DeadlineResolution, Diagnostic, Register, Source } from './model.js';

/** What the `due` of every commitment resolved to, ready for `assess`. */
export interface ResolvedDeadlines {
  /** Deadlines known without looking at other commitments: windows, events and series, from phrases and explicit forms. */
  windows: Map<string, DeadlineResolution>;
  /** Spans of `{after: ID, within: ...}`; the window itself depends on when ID is delivered. */
  spans: Map<string, Span>;
  diagnostics: Diagnostic[];
  /** The calendar the deadlines were resolved with; a yearly series places each next instance on it. */
  calendar: Calendar;
  /**
   * The same windows by position, when they were read in the order of a
   * list of commitments (a cached register): `windows[i]` is that of
   * `commitments[i]`. Assessing that very list then needs no lookup by id,
   * which at 100,000 commitments is a table of its own to build.
   */
  inOrder?: { commitments: readonly object[]; windows: readonly (DeadlineResolution | undefined)[] };
}

/**
 * Deadlines whose windows come by position (see `inOrder`); the table by id
 * is made only when something asks for it.
 */
export function deadlinesInOrder(
  commitments: readonly { id: string }[],
  windows: readonly (DeadlineResolution | undefined)[],
  rest: Omit<ResolvedDeadlines, 'windows' | 'inOrder'>,
): ResolvedDeadlines {
  let byId: Map<string, DeadlineResolution> | undefined;
  return {
    ...rest,
    inOrder: { commitments, windows },
    get windows() {
      if (!byId) {
        byId = new Map();
        commitments.forEach((commitment, index) => {
          const window = windows[index];
          if (window) byId!.set(commitment.id, window);
        });
      }
      return byId;
    },
  };
}

/** The day a commitment's relative deadline counts from: when it was made, else its source's date. */
export function anchorOf(commitment: Pick<Commitment, 'made'>, source: Source | undefined): CivilDate | undefined {
  return commitment.made ?? source?.date.anchor;
}

/**
 * Resolves each commitment's `due` against the day it was made (its `made`,
 * else its source's date) and the calendar. Pure. `resolved`: the outcomes of
 * an earlier call with the same calendar, to share with this one (a register
 * resolved a file at a time then shares each resolution as a whole one would).
 */
export function resolveDeadlines(register: Register, calendar: Calendar, resolved = new Map<string, PhraseOutcome>()): ResolvedDeadlines {
  const sources = new Map(register.sources.map((source) => [source.id, source]));
  // Only a deadline counted from another commitment's delivery looks that one up: most registers have few or none.
  let byId: Map<string, Commitment> | undefined;
  const commitmentById = (id: string) => (byId ??= new Map(register.commitments.map((commitment) => [commitment.id, commitment]))).get(id);
  const windows = new Map<string, DeadlineResolution>();
  const spans = new Map<string, Span>();
  const diagnostics: Diagnostic[] = [];

  for (const commitment of register.commitments) {
    const due = commitment.due;
    if (!due) continue;
    const anchor = anchorOf(commitment, sources.get(commitment.sourceId));
    if (due.kind === 'phrase') {
      // A source with a broken date was reported by validation; its deadlines cannot be placed.
      if (!anchor) continue;
      // Registers repeat the same few phrases from the same dates; resolve each pair once.
      const key = `${anchor}\u0000${due.phrase}`;
      let outcome = resolved.get(key);
      if (!outcome) resolved.set(key, (outcome = resolvePhrase(due.phrase, anchor, calendar)));
      if (outcome.ok) windows.set(commitment.id, outcome.resolution);
      else if (outcome.problem === 'out-of-range') diagnostics.push(badDue(commitment, 'E_DEADLINE_RANGE', { phrase: due.phrase }, due.phrase));
      else if (outcome.problem === 'recess-without-dates') {
        const args = { phrase: due.phrase, recess: outcome.recess, ...(outcome.year !== undefined && { year: outcome.year }) };
        diagnostics.push(badDue(commitment, 'E_RECESS_WITHOUT_DATES', args, due.phrase));
      }
      else diagnostics.push(badDue(commitment, 'E_BAD_DEADLINE', { phrase: due.phrase, suggestions: outcome.suggestions.join(' | ') }, due.phrase));
    } else if (due.kind === 'event') {
      if (!anchor) continue;
      // The event may be written as the phrase that named it ("voor het commissiedebat X") or by its name alone.
      const named = matchEvent(due.event, anchor);
      const relation = due.relation ?? named?.relation ?? 'before';
      windows.set(commitment.id, eventResolution(due.event, named?.event ?? due.event, relation, due.date ?? named?.date ?? null, anchor, named?.within));
    } else if (due.kind === 'series') {
      if (!anchor) continue;
      const phrase = seriesPhrase(due.every, due.phase);
      const outcome = resolvePhrase(phrase, anchor, calendar);
      if (outcome.ok && outcome.resolution.kind === 'recurring') windows.set(commitment.id, outcome.resolution);
      else diagnostics.push(badDue(commitment, 'E_BAD_PHASE', { phase: due.phase ?? '' }, due.phase ?? due.every));
    } else if (due.kind === 'range') {
      windows.set(commitment.id, {
        kind: 'window',
        phrase: `${due.from} – ${due.to}`,
        from: due.from,
        to: due.to,
        rule: { id: 'range', args: { from: due.from, to: due.to } },
        inferred: false,
      });
    } else if (due.within !== undefined) {
      const span = parseSpan(due.within);
      if (!span) diagnostics.push(badDue(commitment, 'E_BAD_SPAN', { text: due.within, suggestions: '3 weken | 3 maanden | 1 jaar' }, due.within));
      else if (!fitsAfterDelivery(span, commitmentById(due.after))) diagnostics.push(badDue(commitment, 'E_DEADLINE_RANGE', { phrase: due.within }, due.within));
      else spans.set(commitment.id, span);
    }
  }
  return { windows, spans, diagnostics, calendar };
}

/** The window of `{after, within}` starts at the prerequisite's delivery: once that is known, the whole window must lie in the range. */
function fitsAfterDelivery(span: Span, prerequisite: Commitment | undefined): boolean {
  const on = prerequisite?.status === 'delivered' ? prerequisite.delivered?.on : undefined;
  return on === undefined || isInRange(addSpan(on, span, 'upper'));
}

function badDue(commitment: Commitment, code: string, args: Diagnostic['args'], text: string): Diagnostic {
  const at = commitment.due?.position ?? commitment.position;
  return { code, severity: 'error', file: at.file, line: at.line, col: at.col, length: Math.max(1, text.length), args };
}
