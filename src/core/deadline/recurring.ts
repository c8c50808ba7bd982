import { addDays, addMonths, isInRange, type CivilDate } from '../civil-date.js';
import type { Period, Recurrence, RecurringResolution, Resolution } from '../model.js';
import { normalizePhrase, numbersAsDigits } from './normalize.js';

/**
 * Recurring deadlines: a frequency ("jaarlijks", "twee keer per jaar", "elk
 * kwartaal", "elke 6 weken", "om de twee jaar") and, for yearly series, a
 * phase: the window each year's instance takes ("vóór het zomerreces", "voor
 * Prinsjesdag"), written after the frequency or before "van elk jaar".
 */

/** Resolves a phase ("voor het zomerreces") at an anchor with the window grammar; undefined when it is no yearly window. */
export type PhaseWindow = (phase: string, anchor: CivilDate) => Resolution | undefined;

const UNIT: Record<string, Period['unit']> = {
  week: 'week', weken: 'week', weeks: 'week',
  maand: 'month', maanden: 'month', month: 'month', months: 'month',
  jaar: 'year', jaren: 'year', year: 'year', years: 'year',
};

const year = (count = 1): Period => ({ unit: 'year', count });
const months = (count: number): Period => ({ unit: 'month', count });

/** Frequencies at the start of the phrase (number words already digits), each with the period it means. */
const FREQUENCIES: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Period | undefined]> = [
  [/^(?:halfjaarlijkse?|half ?yearly|semi ?annually|(?:elk|ieder|iedere) half jaar|every half year|twice a year|2 ?(?:keer|maal) per jaar|tweemaal per jaar)\b/, () => months(6)],
  [/^(?:elk|ieder|iedere|per|each|every) (?:kwartaal|quarter)|^(?:kwartaallijkse?|driemaandelijkse?|quarterly|viermaal per jaar)\b/, () => months(3)],
  [/^(?:jaarlijkse?|annually|yearly|(?:elk|ieder|iedere|each|every) jaar|every year|once a year|(?:1 ?(?:keer|maal)|eenmaal|eens) per jaar)\b/, () => year()],
  [/^(?:maandelijkse?|monthly|(?:elke|iedere|each|every) (?:maand|month))\b/, () => months(1)],
  [/^(?:wekelijkse?|weekly|(?:elke|iedere|each|every) (?:week))\b/, () => ({ unit: 'week', count: 1 })],
  // "twee keer per jaar" is read above; other counts per year divide the year into whole months, or are no frequency.
  [/^(\d+) ?(?:keer|maal|times) (?:per|a) (?:jaar|year)\b/, (m) => (12 % Number(m[1]) === 0 ? months(12 / Number(m[1])) : undefined)],
  [/^(?:(?:elke|iedere|elk|ieder|each|every) |om de )(\d+) (weken|maanden|jaar|jaren|weeks|months|years)\b/, (m) => {
    const unit = UNIT[m[2]!];
    return unit && Number(m[1]) >= 1 ? { unit, count: Number(m[1]) } : undefined;
  }],
  // "ten minste eens in de vijf jaar", "eens per 2 jaar": once every so many years, months or weeks.
  [/^(?:(?:ten minste|minimaal|minstens|at least) )?(?:eens|eenmaal|1 ?(?:keer|maal)|once) (?:in de|per|om de|every) (\d+) (weken|maanden|jaar|jaren|weeks|months|years)\b/, (m) => {
    const unit = UNIT[m[2]!];
    return unit && Number(m[1]) >= 2 ? { unit, count: Number(m[1]) } : undefined;
  }],
  [/^(\d+)(jaarlijks|maandelijks|wekelijks)e?\b/, (m) => {
    const count = Number(m[1]);
    const unit = m[2] === 'jaarlijks' ? 'year' : m[2] === 'maandelijks' ? 'month' : 'week';
    return count >= 1 ? { unit, count } : undefined;
  }],
];

const AT_LEAST = /\bten minste /g;

/** "tweejaarlijks" is "2jaarlijks" once number words are digits; the word boundary inside a compound is lost otherwise. */
function withDigits(text: string): string {
  // "ten minste" is "at least", not the English "ten": said as "minstens" first, or its digits hide the frequency.
  return numbersAsDigits(text.replace(AT_LEAST, 'minstens ')).replace(/\b(een|twee|drie|vier|vijf|zes)(jaarlijkse?|maandelijkse?|wekelijkse?)\b/, (_, word: string, rest: string) => `${numbersAsDigits(word)}${rest}`);
}

function frequency(text: string): { every: Period; rest: string } | undefined {
  for (const [pattern, build] of FREQUENCIES) {
    const match = pattern.exec(text);
    const every = match ? build(match) : undefined;
    if (match && every) return { every, rest: text.slice(match[0].length).trim() };
  }
  return undefined;
}

/**
 * Every frequency above, and a phase written first, names its period with one of these ("wekelijks" and "weken" with
 * "wek", "jaren" with itself); number words made digits neither add nor remove one. Most spans the finder tries name
 * none, and are let go before they are read.
 */
const NAMES_A_PERIOD = /jaar|jaren|year|annual|kwarta|quarter|maand|month|week|wek/;

/** The phase written before the frequency: "voor het zomerreces van elk jaar", "rond Prinsjesdag ieder jaar". */
const PHASE_FIRST = /^(.+?) (?:van |in )?(?:elk|ieder|iedere|each|every) (?:jaar|year)$/;

/** One window of a series; `n` counts from 1. */
export interface Instance {
  n: number;
  from: CivilDate;
  to: CivilDate;
  inferred: boolean;
}

/**
 * The instances of a series in order: the phase resolved again from the day
 * after each instance ends, or one period on each time. Stops where the
 * calendar has no window for the phase, and before the first instance that
 * leaves the dates toezegging handles (a series started in 9998 ends there:
 * every reader of instances may count on their dates, and on their end).
 */
export function* recurrenceInstances(recurrence: Recurrence, phaseWindow: PhaseWindow): Generator<Instance> {
  for (const instance of unboundedInstances(recurrence, phaseWindow)) {
    if (!isInRange(instance.from) || !isInRange(instance.to)) return;
    yield instance;
  }
}

function* unboundedInstances(recurrence: Recurrence, phaseWindow: PhaseWindow): Generator<Instance> {
  const { start, every, phase } = recurrence;
  let anchor = start;
  for (let n = 1; ; n++) {
    if (phase === null) {
      yield { n, from: shift(start, every, n - 1), to: shift(start, every, n), inferred: false };
      continue;
    }
    const window = phaseWindow(phase, anchor);
    if (!window || window.from === null || window.to === null) return;
    yield { n, from: window.from, to: window.to, inferred: window.inferred };
    anchor = addDays(window.to, 1);
  }
}

/** Instance n (from 1); undefined when the calendar has no window for it. */
export function recurrenceInstance(recurrence: Recurrence, n: number, phaseWindow: PhaseWindow): Instance | undefined {
  for (const instance of recurrenceInstances(recurrence, phaseWindow)) if (instance.n === n) return instance;
  return undefined;
}

function shift(date: CivilDate, every: Period, times: number): CivilDate {
  switch (every.unit) {
    case 'day':
      return addDays(date, every.count * times);
    case 'week':
      return addDays(date, every.count * 7 * times);
    case 'month':
      return addMonths(date, every.count * times);
    case 'year':
      return addMonths(date, every.count * 12 * times);
  }
}

/** The frequency and the phase a phrase names, read without the anchor; undefined when it names no series. */
function seriesIn(phrase: string): { every: Period; rest: string } | undefined {
  const normal = normalizePhrase(phrase);
  if (!NAMES_A_PERIOD.test(normal)) return undefined;
  const text = withDigits(normal);
  let found = frequency(text);
  if (!found) {
    const phaseFirst = PHASE_FIRST.exec(text);
    if (!phaseFirst) return undefined;
    found = { every: year(), rest: phaseFirst[1]! };
  }
  const { every, rest } = found;
  // A phase places each year's instance; with any other period, or a year of its own ("2026"), it is not a phase.
  if (rest !== '' && (every.unit !== 'year' || every.count !== 1 || /\b\d{4}\b/.test(rest))) return undefined;
  return found;
}

/** Whether the phrase has the form of a series: without it, `matchRecurring` matches it at no anchor. */
export function mayRecur(phrase: string): boolean {
  return seriesIn(phrase) !== undefined;
}

/** Recognises a recurring deadline phrase; undefined when the phrase names no frequency, or a phase that is no yearly window. */
export function matchRecurring(phrase: string, anchor: CivilDate, phaseWindow: PhaseWindow): RecurringResolution | undefined {
  const found = seriesIn(phrase);
  if (!found) return undefined;
  const { every, rest } = found;
  const recurrence: Recurrence = { every, phase: rest === '' ? null : rest, start: anchor };
  // The first instance even when it is out of range: the phrase is then known, and its window refused as such by the caller.
  const first = unboundedInstances(recurrence, phaseWindow).next().value;
  if (!first) return undefined;
  const args: Record<string, string | number> = { unit: every.unit, count: every.count, from: first.from, to: first.to };
  if (recurrence.phase !== null) args.phase = recurrence.phase;
  return { kind: 'recurring', phrase, recurrence, from: first.from, to: first.to, rule: { id: 'recurring', args }, inferred: first.inferred };
}
