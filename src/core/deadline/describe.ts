import { isCivilDate, isoWeekday, partsOf, type CivilDate } from '../civil-date.js';
import { followsAPattern } from '../calendar.js';
import type { RuleRef } from '../model.js';
import type { Args, Messages } from '../../messages/index.js';

type Words = Messages['deadline'];
type Text = (args: Args) => string;

export function dateInWords(date: CivilDate, words: Words): string {
  const { year, month, day } = partsOf(date);
  return `${day} ${words.months[month - 1]} ${year}`;
}

/** "1 juni t/m 31 augustus 2026": the shared month and year are said once. */
export function rangeInWords(from: CivilDate, to: CivilDate, words: Words): string {
  if (from === to) return dateInWords(from, words);
  const a = partsOf(from);
  const b = partsOf(to);
  const start =
    a.year !== b.year ? dateInWords(from, words) : a.month !== b.month ? `${a.day} ${words.months[a.month - 1]}` : `${a.day}`;
  return `${start} ${words.through} ${dateInWords(to, words)}`;
}

function lookup(table: object, key: string | number | undefined): string | undefined {
  const value = key === undefined ? undefined : (table as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** "3 maanden", "2-3 jaar". */
function spanInWords(args: RuleRef['args'], words: Words): string | undefined {
  const forms = typeof args.unit === 'string' ? (words.units as Record<string, string[] | undefined>)[args.unit] : undefined;
  if (!forms || typeof args.upper !== 'number') return undefined;
  const count = args.lower === args.upper ? `${args.upper}` : `${args.lower}-${args.upper}`;
  return `${count} ${args.upper === 1 ? forms[0] : forms[1]}`;
}

/** "jaarlijks", "elk kwartaal", "elke 6 weken": how often a recurring deadline comes back. */
export function everyInWords(args: RuleRef['args'], words: Words): string | undefined {
  const unit = args.unit;
  if (typeof args.count !== 'number' || (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year')) return undefined;
  return words.every[unit](args.count);
}

/** The rule behind a resolved deadline in words, in the language of `messages`. */
export function describeRule(rule: RuleRef, messages: Messages): string {
  const words = messages.deadline;
  const args = rule.args;
  const said: Args = {};
  for (const [key, value] of Object.entries(args)) said[key] = isCivilDate(value) ? dateInWords(value, words) : value;

  const named: Record<string, string | undefined> = {
    monthName: typeof args.month === 'number' ? words.months[args.month - 1] : undefined,
    toMonthName: typeof args.toMonth === 'number' ? words.months[args.toMonth - 1] : undefined,
    weekdayName: typeof args.weekday === 'number' ? words.weekdays[args.weekday - 1] : undefined,
    weekOrdinal: typeof args.week === 'number' ? (args.week < 0 ? words.lastOrdinal : words.ordinals[args.week - 1]) : undefined,
    partName: lookup(words.parts, args.part),
    ordinal: words.ordinals[Number(args.quarter ?? args.half) - 1],
    seasonName: lookup(words.seasons, args.season),
    meteorological: lookup(words.meteorological, args.season),
    thisSeason: lookup(words.thisSeason, args.season),
    recessName: typeof args.recess === 'string' ? (lookup(words.recesses, args.recess) ?? args.recess) : undefined,
    range: isCivilDate(args.from) && isCivilDate(args.to) ? rangeInWords(args.from, args.to, words) : undefined,
    span: spanInWords(args, words),
    recessRange: isCivilDate(args.first) && isCivilDate(args.last) ? rangeInWords(args.first, args.last, words) : undefined,
    relationWord: lookup(words.relations, args.relation),
    every: everyInWords(args, words),
  };
  for (const [key, value] of Object.entries(named)) if (value !== undefined) said[key] = value;

  const targets = words.targets as Record<string, Text | undefined>;
  const label = targets[String(args.target ?? rule.id)]?.(said);
  if (label !== undefined) said.label = label;
  const text = (words.rules as Record<string, Text | undefined>)[rule.id]?.(said) ?? rule.id;
  // An inferred row of a recess without a pattern (the reference's herfstreces 2024 and 2026) was not computed from one.
  const inferred = typeof args.recess === 'string' && !followsAPattern(args.recess) ? words.inferredWithoutPattern : words.inferred;
  const basis = args.calendar === 'inferred' ? inferred : args.calendar === 'config' ? words.config : undefined;
  const chosen = args.recessChosen === 'first' ? words.firstRecess : undefined;
  const notes = [chosen, text, basis, weekdayWarning(args, words)].filter((note) => note !== undefined);
  return notes.join(' ');
}

function weekdayWarning(args: RuleRef['args'], words: Words): string | undefined {
  if (typeof args.weekdayMismatch !== 'number' || !isCivilDate(args.date)) return undefined;
  const date = args.date;
  return words.weekdayMismatch({
    date: dateInWords(date, words),
    actual: words.weekdays[isoWeekday(date) - 1]!,
    named: words.weekdays[args.weekdayMismatch - 1]!,
  });
}
