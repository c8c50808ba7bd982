import { addDays, addMonths, daysBetween, isInRange, isoWeekday, lastDayOfMonth, makeDate, maxDate, minDate, partsOf, yearOf, type CivilDate } from '../civil-date.js';
import { isInferred, recessesAround, type Calendar, type CalendarFlag } from '../calendar.js';
import type { DeadlineResolution, EventResolution, Recurrence, RecurringResolution, Resolution, RuleRef } from '../model.js';
import { DUTCH_MONTHS } from '../dutch-months.js';
import { readableText } from '../readable-text.js';
import { datesAMeeting, meetingAndDay } from './during-meeting.js';
import { eventResolution, matchEvent, matchPointer, mayNameEvent } from './event.js';
import { ANY_RECESS, parseModifier, parseTarget, seasonOf, SEASON, type Modifier, type Target } from './grammar.js';
import { normalizePhrase, numbersAsDigits, stripFiller } from './normalize.js';
import { matchRecurring, mayRecur, recurrenceInstance, recurrenceInstances, type Instance, type PhaseWindow } from './recurring.js';
import { addSpan, parseSpan, type Span } from './span.js';
import { suggest } from './suggest.js';
import { windowOf, type Window } from './windows.js';

/** `out-of-range`: the phrase is known, but its window leaves the dates toezegging handles (`binnen 100000 jaar`). */
export type PhraseOutcome =
  | { ok: true; resolution: DeadlineResolution }
  | { ok: false; problem: 'unknown'; suggestions: string[] }
  | { ok: false; problem: 'out-of-range' }
  | RecessWithoutDates;

/**
 * `recess-without-dates`: the phrase names a recess the calendar has no dates for in the year meant (a herfstreces,
 * which follows no pattern, in a year the data does not list). The phrase is known; its window would be invented.
 * `year`: the year the phrase names, absent when it names none (the first one after the anchor is meant).
 */
export interface RecessWithoutDates {
  ok: false;
  problem: 'recess-without-dates';
  recess: string;
  year?: number;
}

type Resolved = Omit<Resolution, 'phrase'>;
type Args = RuleRef['args'];

function resolved(id: string, from: CivilDate | null, to: CivilDate | null, args: Args = {}, flags: CalendarFlag[] = []): Resolved {
  const withDates: Args = { ...args };
  if (from !== null) withDates.from = from;
  if (to !== null) withDates.to = to;
  const inferred = flags.some(isInferred);
  if (flags.length > 0) withDates.calendar = inferred ? 'inferred' : flags.includes('config') ? 'config' : 'stated';
  return { kind: 'window', from, to, rule: { id, args: withDates }, inferred };
}

const spanArgs = (span: Span): Args => ({ unit: span.unit, lower: span.lower, upper: span.upper });

/**
 * The chosen occurrence of a target without a year. `current`: the one
 * containing the anchor or the next (a period, "na het zomerreces" written
 * during that recess, "rond Prinsjesdag"). `upcoming`: the first that starts
 * after the anchor, so that "voor het zomerreces" written inside a recess, or
 * on its first day, means the next one and never an empty window.
 */
type Pick = 'current' | 'upcoming' | 'past' | 'nearest';

function occurrence(
  target: Target,
  anchor: CivilDate,
  pick: Pick,
  calendar: Calendar,
): { year: number; window: Window } | undefined {
  const anchorYear = yearOf(anchor);
  if (target.year) {
    const year = 'year' in target.year ? target.year.year : anchorYear + target.year.offset;
    const window = windowOf(target, year, calendar);
    return window && { year, window };
  }
  if (pick === 'nearest') return nearestOccurrence(target, anchor, calendar);
  // "jl.": the most recent one before the anchor.
  const years = pick === 'past' ? [anchorYear, anchorYear - 1] : [anchorYear - 1, anchorYear, anchorYear + 1];
  for (const year of years) {
    const window = windowOf(target, year, calendar);
    if (!window) continue;
    if (pick === 'past' ? window.to < anchor : pick === 'current' ? window.to >= anchor : window.from > anchor) return { year, window };
  }
  return undefined;
}

/** The occurrence closest to the anchor, before or after it: how a date without a year is read in running text. */
function nearestOccurrence(target: Target, anchor: CivilDate, calendar: Calendar): { year: number; window: Window } | undefined {
  const distance = (window: Window): number =>
    window.to < anchor ? daysBetween(window.to, anchor) : window.from > anchor ? daysBetween(anchor, window.from) : 0;
  let best: { year: number; window: Window } | undefined;
  for (const year of [yearOf(anchor) - 1, yearOf(anchor), yearOf(anchor) + 1]) {
    const window = windowOf(target, year, calendar);
    if (window && (!best || distance(window) < distance(best.window))) best = { year, window };
  }
  return best;
}

/** How a modifier turns a target's window into the deadline window, or undefined when the pair makes no sense. */
interface Plan {
  id: string;
  pick: Pick;
  /** Whether the rule names its target (`by`, `before` apply to many kinds). */
  named: boolean;
  apply(window: Window, anchor: CivilDate, year: number): { from: CivilDate; to: CivilDate; flags: (CalendarFlag | undefined)[] };
}

const PERIODS = new Set(['day', 'month', 'months', 'month-part', 'month-half', 'month-week', 'week', 'quarter', 'half', 'year', 'year-part', 'season']);
const DAYS = new Set(['prinsjesdag', 'verantwoordingsdag']);

const whole: Plan['apply'] = (w) => ({ from: w.from, to: w.to, flags: [w.fromFlag, w.toFlag] });
const upTo: Plan['apply'] = (w, anchor) => ({ from: anchor, to: w.to, flags: [w.toFlag] });
const dayBefore: Plan['apply'] = (w, anchor) => ({ from: anchor, to: addDays(w.from, -1), flags: [w.fromFlag] });

const SPENDING_NOTES = new Set(['voorjaarsnota', 'najaarsnota']);

function plan(modifier: Modifier, target: Target): Plan | undefined {
  const { kind } = target;
  switch (modifier) {
    case 'none':
    case 'at':
    case 'during':
      if (kind === 'during-year') {
        const fromAnchor: Plan['apply'] = (w, anchor) => ({ from: maxDate(anchor, w.from), to: w.to, flags: [] });
        return { id: kind, pick: 'current', named: false, apply: fromAnchor };
      }
      if (PERIODS.has(kind) || DAYS.has(kind) || SPENDING_NOTES.has(kind) || kind === 'recess-end' || kind === 'days') {
        return { id: kind, pick: 'current', named: false, apply: whole };
      }
      // "tijdens de begrotingsbehandeling", "bij de begrotingsbehandeling"; a bare "de begrotingsbehandeling" says too little.
      // The same window as "voor", but explained as the debates themselves, not as before them.
      if (kind === 'begrotingsbehandeling' && modifier !== 'none') return { id: 'during-budget-debate', pick: 'current', named: false, apply: whole };
      return undefined;
    case 'by':
      return PERIODS.has(kind) || DAYS.has(kind) || kind === 'recess-end' ? { id: 'by', pick: 'current', named: true, apply: upTo } : undefined;
    case 'before':
      if (kind === 'recess') return { id: 'before-recess', pick: 'upcoming', named: false, apply: dayBefore };
      if (kind === 'begrotingsbehandeling') return { id: 'budget-debate', pick: 'current', named: false, apply: whole };
      // The Voorjaarsnota reaches the Kamer before 1 June, the Najaarsnota by 1 December.
      if (SPENDING_NOTES.has(kind)) {
        const beforeNote: Plan['apply'] = (w, anchor) => ({ from: anchor, to: addDays(w.to, -1), flags: [] });
        return { id: 'before-note', pick: 'current', named: true, apply: beforeNote };
      }
      if (kind === 'christmas') return { id: 'christmas', pick: 'upcoming', named: false, apply: dayBefore };
      if (kind === 'year-turn') {
        const yearEnd: Plan['apply'] = (_w, anchor, year) => ({ from: anchor, to: makeDate(year, 12, 31), flags: [] });
        return { id: 'before-year-turn', pick: 'current', named: false, apply: yearEnd };
      }
      // "voor eind 2026" is said to mean by the end of 2026, not before November; "voor het einde van het meireces", by its last day.
      if (((kind === 'year-part' || kind === 'month-part') && target.part === 'eind') || kind === 'recess-end') {
        return { id: 'by', pick: 'current', named: true, apply: upTo };
      }
      return PERIODS.has(kind) || DAYS.has(kind) ? { id: 'before', pick: 'upcoming', named: true, apply: dayBefore } : undefined;
    case 'after':
      if (kind !== 'recess') return undefined;
      if (target.recess !== 'zomerreces') {
        // Six weeks after a short recess: the weeks the Kamer meets before the next one.
        const sixWeeks: Plan['apply'] = (w) => ({ from: addDays(w.to, 1), to: addDays(w.to, 42), flags: [w.toFlag] });
        return { id: 'after-short-recess', pick: 'current', named: false, apply: sixWeeks };
      }
      return {
        id: 'after-recess',
        pick: 'current',
        named: false,
        apply: (w, _anchor, year) => ({ from: addDays(w.to, 1), to: makeDate(year, 10, 31), flags: [w.toFlag] }),
      };
    case 'course':
      // As "in de loop van 2026" (first table): from the anchor, or the period's start if later, to its end.
      if (!PERIODS.has(kind) || kind === 'day') return undefined;
      return { id: kind, pick: 'current', named: false, apply: (w, anchor) => ({ from: maxDate(anchor, w.from), to: w.to, flags: [] }) };
    case 'around':
      // "rond de zomer van 2022", "rond maart": "rond" before a period is a filler, as before "begin/medio/eind" (second table).
      if (PERIODS.has(kind) && kind !== 'day') return { id: kind, pick: 'current', named: false, apply: whole };
      if (SPENDING_NOTES.has(kind)) return { id: kind, pick: 'current', named: false, apply: whole };
      if (kind === 'year-turn') return { id: 'year-turn', pick: 'current', named: false, apply: whole };
      if (kind !== 'prinsjesdag') return undefined;
      return {
        id: 'around-prinsjesdag',
        pick: 'current',
        named: false,
        apply: (w) => ({ from: addDays(w.from, -14), to: addDays(w.from, 7), flags: [w.fromFlag] }),
      };
  }
}

const WEEKDAYS: Record<string, number> = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
  ma: 1, di: 2, wo: 3, do: 4, vr: 5, za: 6, zo: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
const WEEKDAY = new RegExp(`^(${Object.keys(WEEKDAYS).join('|')}) (?=\\d)`);

/** "op vrijdag 13 september 2024": the weekday is dropped, and kept to check against the date. */
function splitWeekday(text: string): { weekday?: number; rest: string } {
  const match = WEEKDAY.exec(text);
  return match ? { weekday: WEEKDAYS[match[1]!], rest: text.slice(match[0].length) } : { rest: text };
}

/** "7 oktober a.s." is the next 7 October; "16 juni jl." the last one before the anchor. */
function splitDirection(text: string): { pick?: Pick; rest: string } {
  const ahead = / (?:as|aanstaande|eerstkomende?)$/.exec(text);
  if (ahead) return { pick: 'current', rest: text.slice(0, ahead.index) };
  const past = / (?:jl|jongstleden|ll|laatstleden|last)$/.exec(text);
  if (past) return { pick: 'past', rest: text.slice(0, past.index) };
  return { rest: text };
}

/** "voor de zomer" and "na de zomer" speak of the zomerreces, not the meteorological summer. */
function recessMeant(modifier: Modifier, target: Target): Target {
  const aboutRecess = modifier === 'before' || modifier === 'after';
  return aboutRecess && target.kind === 'season' && target.season === 'zomer'
    ? { kind: 'recess', recess: 'zomerreces', year: target.year }
    : target;
}

/** Dates without a year in running text are the nearest such date, not the next: "op 10 december" in a text of 12 December is two days ago. */
const CALENDAR_DATES = new Set(['day', 'days', 'month', 'months', 'month-part', 'month-half', 'month-week']);

interface TargetRead {
  modifier: Modifier;
  weekday?: number;
  pick?: Pick;
  target: Target;
  how: Plan;
}

/**
 * The target a phrase of the grammar names and how its modifier applies, read without the anchor; undefined when it is
 * no such phrase. Asked once to tell whether a span has a phrase's form and again to resolve it, at each anchor: kept
 * per text, a bounded number at a time (what is kept is never changed, so one reading serves every anchor).
 */
function targetIn(text: string): TargetRead | undefined {
  let read = targetsRead.get(text);
  if (read === undefined) {
    if (targetsRead.size >= TARGETS_READ_KEPT) targetsRead.clear();
    targetsRead.set(text, (read = readTarget(text) ?? null));
  }
  return read ?? undefined;
}

const targetsRead = new Map<string, TargetRead | null>();
const TARGETS_READ_KEPT = 16_384;

function readTarget(text: string): TargetRead | undefined {
  const { modifier, rest: afterModifier } = parseModifier(text);
  const { weekday, rest: afterWeekday } = splitWeekday(afterModifier);
  const { pick, rest } = splitDirection(afterWeekday);
  const parsed = parseTarget(rest);
  if (!parsed || (pick !== undefined && ((parsed.kind !== 'day' && parsed.kind !== 'days') || parsed.year !== undefined))) return undefined;
  if (weekday !== undefined && parsed.kind !== 'day') return undefined;
  const target = recessMeant(modifier, parsed);
  const how = plan(modifier, target);
  return how && { modifier, weekday, pick, target, how };
}

/**
 * "voor het reces", "na het reces": the first recess of any kind the plan's pick takes from the anchor (D12), read
 * from then on as if the phrase had named it; so "na het reces" is six weeks or the autumn as that recess's own.
 */
function namedRecess(read: TargetRead, anchor: CivilDate, calendar: Calendar): { target: Target; how: Plan } | undefined {
  const { target } = read;
  if ((target.kind !== 'recess' && target.kind !== 'recess-end') || target.recess !== ANY_RECESS) return read;
  if (target.year !== undefined) return undefined;
  const upcoming = read.how.pick === 'upcoming';
  const recess = recessesAround(calendar, yearOf(anchor)).find((row) => (upcoming ? row.first > anchor : row.last >= anchor));
  if (!recess) return undefined;
  const named: Target = { ...target, recess: recess.name, year: { year: yearOf(recess.first) } };
  const how = plan(read.modifier, named);
  return how && { target: named, how };
}

function resolveTarget(text: string, anchor: CivilDate, calendar: Calendar, options: MatchOptions = {}): Resolved | undefined {
  const read = targetIn(text);
  const chosen = read && namedRecess(read, anchor, calendar);
  if (!read || !chosen) return undefined;
  const { weekday, pick } = read;
  const { target, how } = chosen;
  const yearless = options.yearless === 'nearest' && target.year === undefined && CALENDAR_DATES.has(target.kind) ? 'nearest' : undefined;
  const found = occurrence(target, anchor, pick ?? yearless ?? how.pick, calendar);
  if (!found) return undefined;
  const { from, to, flags } = how.apply(found.window, anchor, found.year);
  const { kind, year: _named, ...identity } = target;
  const args: Args = { ...(how.named ? { target: kind } : {}), ...identity, year: found.year, ...found.window.args };
  if (chosen !== read) args.recessChosen = 'first';
  // A weekday that does not fit the date is a slip of the writer: the date wins, and the rule says so.
  if (weekday !== undefined && isoWeekday(found.window.from) !== weekday) args.weekdayMismatch = weekday;
  // The explanation names the budget debated in that autumn, the next year's (D5): "begrotingsbehandeling 2026" is the
  // autumn of 2025, so an autumn of 2026 labelled with its own year would contradict the reading of a named year.
  if (target.kind === 'begrotingsbehandeling') args.budgetOf = found.year + 1;
  // A promise made after its own deadline still has that deadline; the window shrinks to its last day.
  return resolved(how.id, minDate(from, to), to, args, flags.filter((flag) => flag !== undefined));
}

function seasonOccurrence(word: string, anchor: CivilDate, pick: Pick, calendar: Calendar) {
  const season = seasonOf(word);
  const found = season && occurrence({ kind: 'season', season }, anchor, pick, calendar);
  return found && { season, year: found.year, from: found.window.from, to: found.window.to };
}

type Relative = readonly [RegExp, (match: RegExpExecArray, anchor: CivilDate, calendar: Calendar) => Resolved | undefined];

const DAY_NAMES = Object.keys(WEEKDAYS).filter((name) => name.length > 2).join('|');
/**
 * A weekday without a date, read from the day of the promise: "uiterlijk vrijdag", "deze vrijdag", "aanstaande
 * dinsdag", "volgende week dinsdag", "vrijdagmiddag". A part of the day glued to it changes nothing.
 */
const RELATIVE_WEEKDAY = new RegExp(
  `^(?:(uiterlijk|ten laatste|by|voor|before) )?(?:(deze|this|aanstaande|komende|eerstkomende|coming) |(volgende week|next week) )?(${DAY_NAMES})(?:ochtend|morgen|middag|avond|morning|afternoon|evening)?(?: (as|aanstaande|volgende week|next week))?$`,
);

/**
 * Which day a weekday without a date names: "deze vrijdag" and a bare "vrijdag" the first on or after the day of the
 * promise (said on a Friday, that day); "aanstaande/komende vrijdag" the first after it; "volgende week dinsdag" the
 * Tuesday of the week after the promise's. "uiterlijk vrijdag" runs up to that day, "voor vrijdag" to the day before.
 */
function weekdayWindow(match: RegExpExecArray, anchor: CivilDate): Resolved | undefined {
  const [, bound, which, nextWeek, name, after] = match;
  if ((which !== undefined || nextWeek !== undefined) && after !== undefined) return undefined;
  const weekday = WEEKDAYS[name!]!;
  const today = isoWeekday(anchor);
  const week = nextWeek ?? (after === 'volgende week' || after === 'next week' ? after : undefined);
  const strictlyAfter = bound === 'voor' || bound === 'before' || (which !== undefined && which !== 'deze' && which !== 'this') || after !== undefined;
  const ahead = week !== undefined ? 7 - today + weekday : (weekday - today + 7) % 7 || (strictlyAfter ? 7 : 0);
  const day = addDays(anchor, ahead);
  // How the day was counted, for its explanation: "volgende week dinsdag" said on a Monday is not the first Tuesday.
  const counted = week !== undefined ? 'next-week' : strictlyAfter ? 'after' : 'on-or-after';
  if (bound === undefined) return resolved('weekday', day, day, { weekday, date: day, counted });
  if (bound === 'voor' || bound === 'before') return resolved('before-weekday', anchor, addDays(day, -1), { weekday, date: day });
  return resolved('by-weekday', anchor, day, { weekday, date: day });
}

/** Phrases that only make sense relative to the anchor; matched as a whole, before the modifier grammar. */
const RELATIVE: readonly Relative[] = [
  // "ten spoedigste" and "zodra mogelijk" are the older letters' words for it.
  [
    /^(?:zo (?:spoedig|snel|kort|vlug) (?:als )?mogelijk(?:e termijn)?|spoedig|ten spoedigste|zodra mogelijk|onverwijld|per omgaande|as soon as possible|without delay|promptly)$/,
    (_, anchor) => resolved('asap', anchor, addDays(anchor, 21)),
  ],
  // "zo spoedig mogelijk in het nieuwe jaar", "zo snel mogelijk na de zomer": the three weeks of "zo spoedig mogelijk",
  // counted from the start of the period named instead of from the promise, and not past its end.
  [
    /^(?:zo (?:spoedig|snel|kort|vlug) (?:als )?mogelijk|as soon as possible) ((?:in|na|after|in the) .+)$/,
    (match, anchor, calendar) => {
      const period = matchAnyWindow(match[1]!, anchor, calendar);
      if (!period || period.from === null || period.to === null || period.kind !== 'window') return undefined;
      const from = maxDate(anchor, period.from);
      const to = minDate(period.to, addDays(from, from === anchor ? 21 : 20));
      return resolved('asap-in', from, to, { period: match[1]! });
    },
  ],
  // "één dezer dagen", "dezer dagen": within the week.
  [/^(?:een |één )?dezer dagen$|^(?:one of )?these days$/, (_, anchor) => resolved('these-days', anchor, addDays(anchor, 7))],
  // "binnenkort" and "soon" are taken as "op korte termijn".
  [/^(?:(?:zeer )?korte termijn|(?:the )?short term|binnenkort|shortly|soon)$/, (_, anchor) => resolved('short-term', anchor, addDays(anchor, 42))],
  [
    /^(?:(?:binnen|over|within) )?(?:de |the )?(?:enkele|een paar|een aantal|komende|eerstkomende|few|a few|several|coming|next few) (weken|weeks|maanden|months)$/,
    (match, anchor) =>
      /^we/.test(match[1]!) ? resolved('few-weeks', anchor, addDays(anchor, 28)) : resolved('few-months', anchor, addMonths(anchor, 3)),
  ],
  [
    // Plain "met deze brief" opens most letters ("Met deze brief informeer ik u ..."): only "at the same time" promises a date.
    /^(?:gelijktijdig met|tegelijk(?:ertijd)? met|samen met|parallel aan|parallel met|together with|simultaneously with|(?:in )?parallel with|alongside) (?:deze|dit|this) (?:brief|letter)$/,
    (_, anchor) => resolved('with-letter', anchor, anchor),
  ],
  // "in de week van 8 juni 2015": Monday to Sunday of the week that holds the day.
  [
    /^(?:week van|week of) (\d{1,2} [a-z]+(?: \d{4})?)$/,
    (match, anchor, calendar) => {
      const day = resolveTarget(match[1]!, anchor, calendar, { yearless: 'nearest' });
      if (!day || day.from === null || day.from !== day.to) return undefined;
      const monday = addDays(day.from, 1 - isoWeekday(day.from));
      return resolved('week-of', monday, addDays(monday, 6), { date: day.from });
    },
  ],
  // "deze week": until the Sunday of the anchor's week; "volgende week": Monday to Sunday after it.
  [/^(?:deze week|this week)$/, (_, anchor) => resolved('this-week', anchor, addDays(anchor, 7 - isoWeekday(anchor)))],
  [
    /^(?:volgende week|komende week|next week)$/,
    (_, anchor) => {
      const monday = addDays(anchor, 8 - isoWeekday(anchor));
      return resolved('next-week', monday, addDays(monday, 6));
    },
  ],
  // "later vandaag", "vandaag vóór 18.00 uur": the day of the promise. A bare "vandaag" or "vanavond" is the text's own date
  // or hour ("Ik praat vanavond over …"), no term.
  [
    /^(?:(?:uiterlijk|ten laatste|by) )?(?:later (?:vandaag|vanmiddag|vanavond|today|tonight)|(?:vandaag |today )?(?:voor|uiterlijk|before|by) \d{1,2}[.:]\d{2} uur)$/,
    (_, anchor) => resolved('same-day', anchor, anchor),
  ],
  // "vóór 18.00 uur": a clock time as a term says the hour, not the day; named alone, it is the day of the promise.
  [/^(?:voor|uiterlijk|ten laatste|before|by) \d{1,2}[.:]\d{2}(?: uur)?$/, (_, anchor) => resolved('clock-time', anchor, anchor)],
  [RELATIVE_WEEKDAY, (match, anchor) => weekdayWindow(match, anchor)],
  // "begin volgende week": Monday to Wednesday of that week; "eind deze week": Thursday to Sunday (as "begin/eind maart" are its thirds).
  [
    /^(?:(uiterlijk|ten laatste|by) )?(begin|eind|einde|early|end of|late) (?:van )?(?:de )?(deze|this|volgende|komende|next) week$/,
    (match, anchor) => {
      const monday = addDays(anchor, 1 - isoWeekday(anchor) + (/^(?:deze|this)$/.test(match[3]!) ? 0 : 7));
      const part = /^(?:begin|early)$/.test(match[2]!) ? 'begin' : 'eind';
      const [from, to] = part === 'begin' ? [monday, addDays(monday, 2)] : [addDays(monday, 3), addDays(monday, 6)];
      return resolved(match[1] === undefined ? 'week-part' : 'by-week-part', match[1] === undefined ? maxDate(anchor, from) : anchor, to, { part });
    },
  ],
  [/^(?:later )?(?:deze maand|this month)$/, (_, anchor) => {
    const { year, month } = partsOf(anchor);
    return resolved('this-month', anchor, lastDayOfMonth(year, month));
  }],
  // "voor het einde van de zomer", "voor het einde van het eerste kwartaal": by the period's last day, as the
  // reference reads "voor het einde van het jaar 2026" (A … 31 December 2026) and "voor eind 2026".
  [
    /^(?:voor|before) (?:het |the )?(?:einde?|end) (?:van|of) (.+)$/,
    (match, anchor, calendar) =>
      resolveTarget(match[0], anchor, calendar) ? undefined : resolveTarget(`uiterlijk ${stripFiller(match[1]!)}`, anchor, calendar),
  ],
  // "eind deze maand", "begin volgende maand": a third of that month, as "begin/medio/eind maart" are (first table).
  [
    /^(begin|medio|half|halverwege|eind|einde|early|mid|late|end of) (?:van )?(?:de )?(deze|dit|this|volgende|komende|aankomende|next) (?:maand|month)$/,
    (match, anchor, calendar) => {
      const thisMonth = /^(?:deze|dit|this)$/.test(match[2]!);
      const { year, month } = partsOf(thisMonth ? anchor : addMonths(anchor.slice(0, 8) + '01', 1));
      return resolveTarget(`${match[1]!} ${DUTCH_MONTHS[month - 1]!} ${year}`, anchor, calendar);
    },
  ],
  [/^(?:volgende maand|komende maand|aankomende maand|next month)$/, (_, anchor) => {
    const { year, month } = partsOf(addMonths(anchor.slice(0, 8) + '01', 1));
    return resolved('next-month', makeDate(year, month, 1), lastDayOfMonth(year, month));
  }],
  [/^(?:komende jaar|coming year|komende 12 maanden|next 12 months)$/, (_, anchor) => resolved('coming-year', anchor, addMonths(anchor, 12))],
  [
    /^(?:later )?(?:dit jaar|this year)$|^later in (?:het jaar|the year)$/,
    (_, anchor) => resolved('this-year', anchor, makeDate(yearOf(anchor), 12, 31), { year: yearOf(anchor) }),
  ],
  [
    /^(?:volgend jaar|komend jaar|nieuwe jaar|next year|new year)$/,
    (_, anchor) => {
      const year = yearOf(anchor) + 1;
      return resolved('next-year', makeDate(year, 1, 1), makeDate(year, 12, 31), { year });
    },
  ],
  [
    new RegExp(`^(?:later )?(?:dit|deze|this) ${SEASON}$`),
    (match, anchor, calendar) => {
      const found = seasonOccurrence(match[1]!, anchor, 'current', calendar);
      return found && resolved('this-season', maxDate(anchor, found.from), found.to, { season: found.season, year: found.year });
    },
  ],
  [
    new RegExp(`^(?:volgend|volgende|komend|komende|aankomend|aankomende|next) ${SEASON}$`),
    (match, anchor, calendar) => {
      const found = seasonOccurrence(match[1]!, anchor, 'upcoming', calendar);
      return found && resolved('season', found.from, found.to, { season: found.season, year: found.year });
    },
  ],
  // "over een week of drie", "binnen een maand of twee": a count said roughly is at most that long, as "binnen" is.
  [
    /^(?:over|binnen|na|within|in) (?:een|1) (dag|week|maand|jaar) of ([a-z]+|\d+)$/,
    (match, anchor) => {
      const span = parseSpan(`${match[2]!} ${match[1]!}`);
      return span && resolved('about', anchor, addSpan(anchor, span, 'upper'), spanArgs(span));
    },
  ],
  // "over zes jaar vanaf 2010": a count of years from a named year is the year it reaches, not a span from the promise.
  [
    /^(?:over|na|after|in) ([a-z]+|\d+) (?:jaar|jaren|years?) (?:vanaf|na|sinds|from|after) (\d{4})$/,
    (match) => {
      const count = Number(numbersAsDigits(match[1]!));
      if (!Number.isInteger(count) || count < 1) return undefined;
      const year = Number(match[2]!) + count;
      return resolved('years-from', makeDate(year, 1, 1), makeDate(year, 12, 31), { year });
    },
  ],
  [
    /^(?:binnen|within) (.+)$/,
    (match, anchor) => {
      const span = parseSpan(match[1]!);
      return span && resolved('within', anchor, addSpan(anchor, span, 'upper'), spanArgs(span));
    },
  ],
  [
    /^(?:over|na|after) (.+)$/,
    (match, anchor) => {
      const span = parseSpan(match[1]!);
      if (!span) return undefined;
      if (span.lower !== span.upper) return resolved('span', addSpan(anchor, span, 'lower'), addSpan(anchor, span, 'upper'), spanArgs(span));
      // A single span is not meant to the day: the calendar month it ends in.
      const { year, month } = partsOf(addSpan(anchor, span, 'upper'));
      return resolved('span-month', makeDate(year, month, 1), lastDayOfMonth(year, month), spanArgs(span));
    },
  ],
  // A standing promise has no deadline: an open window, which the assessment reports as ongoing.
  [/^(?:doorlopend|ongoing|continu|continuous)$/, () => resolved('ongoing', null, null)],
];

/** Resolves a deadline phrase against the date the promise was made; unknown phrases fail with the nearest known forms. */
export function resolvePhrase(given: string, anchor: CivilDate, calendar: Calendar): PhraseOutcome {
  // A phrase the finder took from running text keeps that text's soft hyphens, combining marks and words run together
  // (`findDeadline`).
  const phrase = readableText(given, { lostSpaces: true }).text;
  const window = matchAnyWindow(phrase, anchor, calendar);
  if (window) return windowInRange(window) ? { ok: true, resolution: window } : { ok: false, problem: 'out-of-range' };
  const series = matchRecurring(phrase, anchor, phaseWindow(calendar));
  if (series) return windowInRange(series) ? { ok: true, resolution: series } : { ok: false, problem: 'out-of-range' };
  const event = matchEvent(phrase, anchor) ?? meetingOnItsDay(phrase, anchor, calendar) ?? matchPointer(phrase, anchor);
  if (event) return { ok: true, resolution: event };
  return recessWithoutDates(phrase, anchor, calendar) ?? { ok: false, problem: 'unknown', suggestions: suggest(phrase, anchor) };
}

/** A recess named in running text with its preposition, and a year where it names one. */
const RECESS_IN_TEXT = /\b(?:voor|vóór|na|rond|tijdens)\s+(?:het\s+)?(?:\p{L}+\s+)?\p{L}*reces(?:\s+(?:van\s+)?\d{4})?/giu;

/**
 * A phrase naming a recess in running text ("Ik zal u voor het herfstreces informeren") that the calendar cannot place
 * (see RecessWithoutDates): what `explain --text` says when it finds no deadline, rather than that the text names none.
 * A recess of a year before the text's ("Na het herfstreces van 2018 is het wetsvoorstel aangenomen", written in 2019)
 * is over whatever its dates: no term the dates would give, so nothing to add.
 */
export function recessWithoutDatesIn(text: string, anchor: CivilDate, calendar: Calendar): (RecessWithoutDates & { phrase: string }) | undefined {
  for (const match of text.matchAll(RECESS_IN_TEXT)) {
    const outcome = resolvePhrase(match[0], anchor, calendar);
    if (!outcome.ok && outcome.problem === 'recess-without-dates' && !(outcome.year !== undefined && outcome.year < yearOf(anchor))) return { ...outcome, phrase: match[0] };
  }
  return undefined;
}

/** A named recess the grammar reads but the calendar cannot place (see RecessWithoutDates). */
function recessWithoutDates(phrase: string, anchor: CivilDate, calendar: Calendar): RecessWithoutDates | undefined {
  const read = targetIn(stripFiller(normalizePhrase(phrase)));
  const target = read?.target;
  if (!read || !target || (target.kind !== 'recess' && target.kind !== 'recess-end') || target.recess === ANY_RECESS) return undefined;
  if (occurrence(target, anchor, read.pick ?? read.how.pick, calendar)) return undefined;
  const year = target.year === undefined ? undefined : 'year' in target.year ? target.year.year : yearOf(anchor) + target.year.offset;
  return { ok: false, problem: 'recess-without-dates', recess: target.recess, ...(year !== undefined && { year }) };
}

/**
 * A meeting ahead dated by a term that names its day or days, as the finder reads it in running text
 * (during-meeting.ts): the meeting, an event on the term's last day. Only here, not in `matchPhrase`: in running
 * text "tijdens" makes a meeting the deadline only of a term the finder holds to be one already.
 */
function meetingOnItsDay(phrase: string, anchor: CivilDate, calendar: Calendar): EventResolution | undefined {
  for (const { meeting, day } of meetingAndDay(phrase)) {
    const window = matchWindow(day, anchor, calendar);
    if (window && datesAMeeting(window, anchor)) return eventResolution(phrase, meeting, 'at', window.to, anchor);
  }
  return undefined;
}

export interface MatchOptions {
  /** `nearest`: a date without a year is the one nearest the anchor (running text), not the next one (a `due` phrase). */
  yearless?: 'next' | 'nearest';
}

/**
 * `resolvePhrase` without suggestions: for callers that try many candidates
 * and expect most to fail. A window first; then a series of windows; then an
 * event, which has no window until its date is known.
 */
export function matchPhrase(phrase: string, anchor: CivilDate, calendar: Calendar, options: MatchOptions = {}): DeadlineResolution | undefined {
  if (!mayMatch(phrase)) return undefined;
  let kept = matches.get(calendar);
  if (kept === undefined) matches.set(calendar, (kept = { size: 0, byAnchor: new Map() }));
  // By the anchor, then the phrase: a key joining both was a string made and hashed for every span the finder reads.
  const anchorKey = options.yearless === undefined ? anchor : `${options.yearless} ${anchor}`;
  let byPhrase = kept.byAnchor.get(anchorKey);
  let found = byPhrase?.get(phrase);
  if (found === undefined) {
    found =
      matchWindow(phrase, anchor, calendar, options) ??
      matchSeries(phrase, anchor, calendar) ??
      matchEvent(phrase, anchor, options.yearless === 'nearest') ??
      null;
    if (kept.size >= MATCHES_KEPT) {
      kept.byAnchor.clear();
      kept.size = 0;
      byPhrase = undefined;
    }
    if (byPhrase === undefined) kept.byAnchor.set(anchorKey, (byPhrase = new Map()));
    byPhrase.set(phrase, found);
    kept.size += 1;
  }
  return found ?? undefined;
}

/**
 * What a phrase of the right form resolves to, per calendar, anchor and phrase: promises made on one day share
 * their phrasing ("voor het zomerreces", "in het najaar van 2026"). A resolution is never changed once made, so one
 * may serve several texts. `size` counts the resolutions kept, at most `MATCHES_KEPT`.
 */
const matches = new WeakMap<Calendar, { size: number; byAnchor: Map<string, Map<string, DeadlineResolution | null>> }>();
const MATCHES_KEPT = 4096;

/**
 * Whether a phrase has the form of a window, a series or an event, read
 * without the anchor or the calendar: each grammar gets no further without
 * it, so a phrase without it matches at no anchor. The finder tries many
 * spans per text, most of which match nothing, and texts share most of them
 * ("de Kamer in het najaar van 2026", "het advies"): the answer is kept per
 * phrase, a bounded number at a time.
 */
function mayMatch(phrase: string): boolean {
  let may = phraseForms.get(phrase);
  if (may === undefined) {
    const text = stripFiller(normalizePhrase(phrase));
    may = RELATIVE.some(([pattern]) => pattern.test(text)) || targetIn(text) !== undefined || mayRecur(phrase) || mayNameEvent(phrase);
    if (phraseForms.size >= PHRASE_FORMS_KEPT) phraseForms.clear();
    phraseForms.set(phrase, may);
  }
  return may;
}

const phraseForms = new Map<string, boolean>();
const PHRASE_FORMS_KEPT = 16_384;

/** A recurring phrase whose first instance lies in the range. */
function matchSeries(phrase: string, anchor: CivilDate, calendar: Calendar): RecurringResolution | undefined {
  const series = matchRecurring(phrase, anchor, phaseWindow(calendar));
  return series && windowInRange(series) ? series : undefined;
}

/** A phrase of the window grammar only (the first table, and phrases relative to the anchor), whose window lies in the range. */
export function matchWindow(phrase: string, anchor: CivilDate, calendar: Calendar, options: MatchOptions = {}): Resolution | undefined {
  const resolution = matchAnyWindow(phrase, anchor, calendar, options);
  return resolution && windowInRange(resolution) ? resolution : undefined;
}

/** Whether both ends of a window, where it has them, lie within the dates toezegging handles. */
export function windowInRange(window: { from: CivilDate | null; to: CivilDate | null }): boolean {
  return (window.from === null || isInRange(window.from)) && (window.to === null || isInRange(window.to));
}

function matchAnyWindow(phrase: string, anchor: CivilDate, calendar: Calendar, options: MatchOptions = {}): Resolution | undefined {
  const text = stripFiller(normalizePhrase(phrase));
  for (const [pattern, resolve] of RELATIVE) {
    const match = pattern.exec(text);
    const found = match && resolve(match, anchor, calendar);
    if (found) return { phrase, ...found };
  }
  const found = resolveTarget(text, anchor, calendar, options);
  return found && { phrase, ...found };
}

/** The phase of a yearly series ("voor het zomerreces"): a target of the grammar, which has one window a year; never one relative to the anchor. */
function phaseWindow(calendar: Calendar): PhaseWindow {
  return (phase, anchor) => {
    const found = resolveTarget(stripFiller(normalizePhrase(phase)), anchor, calendar);
    return found && { phrase: phase, ...found };
  };
}

/** Instance n (from 1) of a recurring deadline; undefined when the calendar has no window for it. */
export function instanceOf(recurrence: Recurrence, n: number, calendar: Calendar): Instance | undefined {
  return recurrenceInstance(recurrence, n, phaseWindow(calendar));
}

/** The instances of a recurring deadline in order, up to the end of the range (see recurring.ts). */
export function instancesOf(recurrence: Recurrence, calendar: Calendar): Generator<Instance> {
  return recurrenceInstances(recurrence, phaseWindow(calendar));
}

/** `{after: ID, within: …}`: from the prerequisite's delivery to that plus the span, or open-ended without one. */
export function resolveAfter(
  afterId: string,
  deliveredOn: CivilDate,
  within: Span | undefined,
  withinText: string | undefined,
): Resolution {
  const phrase = withinText === undefined ? `after: ${afterId}` : `after: ${afterId}, within: ${withinText}`;
  const found = within
    ? resolved('after-within', deliveredOn, addSpan(deliveredOn, within, 'upper'), { after: afterId, ...spanArgs(within) })
    : resolved('after', deliveredOn, null, { after: afterId });
  return { phrase, ...found };
}
