import { addDays, addMonths, addYears, type CivilDate } from '../civil-date.js';
import { normalizePhrase, numbersAsDigits } from './normalize.js';

export type SpanUnit = 'day' | 'week' | 'month' | 'year';

/** A length of time, possibly a range ("2-3 jaar"); lower === upper for a single length. */
export interface Span {
  unit: SpanUnit;
  lower: number;
  upper: number;
}

const UNITS: Record<string, SpanUnit> = {
  dag: 'day', dagen: 'day', day: 'day', days: 'day',
  week: 'week', weken: 'week', weeks: 'week',
  maand: 'month', maanden: 'month', month: 'month', months: 'month',
  jaar: 'year', jaren: 'year', year: 'year', years: 'year',
};

/** "3 maanden", "2-3 jaar", "2 à 3 jaar", "twee tot drie jaar", "a month". */
const SPAN = /^(?:(\d+)(?: ?(?:-|tot|a|to|or) ?(\d+))?|an?) ([a-z]+)$/;
/** Half years are said in months' worth: "een half jaar", "een halfjaar", "anderhalf jaar". */
const HALF_YEARS = /^(?:(?:1 )?half ?(?:jaar|year)|half a year|anderhalf jaar|1 and a half years?)$/;

/** Parses a length of time, with or without a leading "binnen"/"within"; undefined when it is none. */
export function parseSpan(text: string): Span | undefined {
  const phrase = numbersAsDigits(normalizePhrase(text)).replace(/^(?:binnen|within) /, '');
  const half = HALF_YEARS.exec(phrase);
  if (half) {
    const months = phrase.startsWith('ander') || phrase.startsWith('1 and') ? 18 : 6;
    return { unit: 'month', lower: months, upper: months };
  }
  const match = SPAN.exec(phrase);
  const unit = match && UNITS[match[3]!];
  if (!match || !unit) return undefined;
  const lower = match[1] === undefined ? 1 : Number(match[1]);
  const upper = match[2] === undefined ? lower : Number(match[2]);
  if (lower < 1 || upper < lower) return undefined;
  return { unit, lower, upper };
}

/** `date` moved forward by the span's lower or upper length; months and years keep the day where it exists. */
export function addSpan(date: CivilDate, span: Span, bound: 'lower' | 'upper'): CivilDate {
  const amount = span[bound];
  switch (span.unit) {
    case 'day':
      return addDays(date, amount);
    case 'week':
      return addDays(date, amount * 7);
    case 'month':
      return addMonths(date, amount);
    case 'year':
      return addYears(date, amount);
  }
}
