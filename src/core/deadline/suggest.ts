import { daysInMonth, yearOf, type CivilDate } from '../civil-date.js';
import { closest, editDistance } from '../closest.js';
import { DUTCH_MONTHS } from '../dutch-months.js';
import { ENGLISH_MONTHS } from '../english-months.js';
import { monthNumber, simplify, WEEKDAY_WORD } from './normalize.js';

/**
 * Known forms, one per family and spelling, in each language; a failed phrase
 * is compared with those of its own language. `{Y}` becomes the year the
 * phrase names (or the anchor's year), so a typo in "zomr 2027" suggests
 * "zomer 2027". Each form resolves (a test holds them to it).
 */
export const KNOWN_FORMS_NL: readonly string[] = [
  '1 maart {Y}', '{Y}-03-01', 'uiterlijk 1 maart {Y}', 'voor 1 maart {Y}', 'op vrijdag 13 maart {Y}', 'op 7 oktober a.s.',
  'maart {Y}', '{Y}-03', 'begin maart {Y}', 'medio maart {Y}', 'eind maart {Y}', 'uiterlijk maart {Y}', 'tweede helft van maart {Y}',
  'Q3 {Y}', '{Y}-Q3', 'derde kwartaal {Y}', 'eerste helft van {Y}', 'tweede helft van {Y}', 'H1 {Y}', '{Y}-H1',
  '{Y}', 'in {Y}', 'in de loop van {Y}', 'begin {Y}', 'medio {Y}', 'halverwege {Y}', 'eind {Y}', 'eind van {Y}',
  'voorjaar {Y}', 'zomer {Y}', 'in de zomer van {Y}', 'najaar {Y}', 'herfst {Y}', 'winter {Y}',
  'voor het zomerreces', 'voor het zomerreces {Y}', 'voor de zomer', 'na het zomerreces', 'na de zomer',
  'uiterlijk voor aanvang van het zomerreces', 'voor het komende zomerreces',
  'voor het kerstreces', 'voor het kerstreces {Y}', 'na het kerstreces', 'na het meireces', 'na het voorjaarsreces',
  'voor de kerst', 'rond de jaarwisseling',
  'voor Prinsjesdag', 'rond Prinsjesdag', 'rond Prinsjesdag {Y}', 'voor Verantwoordingsdag',
  'bij de Voorjaarsnota', 'voor de Voorjaarsnota', 'rond de Voorjaarsnota', 'bij de Najaarsnota', 'voor de Najaarsnota',
  'voor de begrotingsbehandeling', 'tijdens de begrotingsbehandeling', 'voor het begrotingsdebat',
  'op korte termijn', 'zo spoedig mogelijk', 'zo snel mogelijk', 'op zo kort mogelijke termijn',
  'binnen drie weken', 'binnen 3 maanden', 'binnen enkele weken', 'in de komende maanden',
  'over twee jaar', 'over 2-3 jaar', 'over een half jaar',
  'dit jaar', 'volgend jaar', 'het komende jaar', 'aan het einde van dit jaar', 'deze maand', 'volgende maand',
  'dit voorjaar', 'deze zomer', 'dit najaar', 'gelijktijdig met deze brief', 'nieuwe deadline 1 maart {Y}',
  'doorlopend',
];

/** Series, one per frequency and phase the grammar reads: what a recurring-looking phrase is offered first. */
export const RECURRING_FORMS_NL: readonly string[] = [
  'jaarlijks vóór het zomerreces', 'elk jaar voor Prinsjesdag', 'jaarlijks bij de Voorjaarsnota', 'halfjaarlijks',
  'twee keer per jaar', 'elk kwartaal', 'maandelijks', 'elke 6 weken',
];

export const RECURRING_FORMS_EN: readonly string[] = [
  'every year before the summer recess', 'every year before Budget Day', 'twice a year', 'quarterly', 'monthly',
];

export const KNOWN_FORMS_EN: readonly string[] = [
  '1 March {Y}', 'by 1 March {Y}', 'before 1 March {Y}', 'March {Y}', 'early March {Y}', 'mid-March {Y}', 'end of March {Y}',
  'third quarter of {Y}', 'first half of {Y}', 'second half of {Y}', 'in the course of {Y}', 'early {Y}', 'mid-{Y}', 'end of {Y}',
  'spring {Y}', 'summer {Y}', 'autumn {Y}', 'winter {Y}',
  'before the summer recess', 'before the summer recess {Y}', 'after the summer recess', 'before the Christmas recess',
  'before the Christmas recess {Y}', 'after the Christmas recess', 'before Christmas', 'around the turn of the year', 'before Budget Day',
  'around Budget Day', 'around Budget Day {Y}', 'with the Spring Memorandum',
  'before the budget debate', 'as soon as possible', 'in the short term', 'within 3 months', 'within a few weeks',
  'in the coming months', 'this year', 'next year', 'this summer', 'next month', 'the coming year', 'ongoing',
];

export const KNOWN_FORMS: readonly string[] = [...KNOWN_FORMS_NL, ...KNOWN_FORMS_EN, ...RECURRING_FORMS_NL, ...RECURRING_FORMS_EN];

const REPRESENTATIVE: readonly string[] = ['eerste helft van {Y}', 'voor het zomerreces', 'op korte termijn', '1 maart {Y}'];

/** Words that make a phrase a series ("jaarlijks rond de Voorjaarsnota", "per kwartaal", "3 keer per jaar"), wherever they stand. */
const RECURRING =
  /\b(?:\p{L}*jaarlijks|\p{L}*maandelijks|wekelijks|kwartaallijks|(?:elk|elke|ieder|iedere|per|each|every) (?:jaar|half jaar|kwartaal|maand|week|year|quarter|month)|\S+ ?(?:keer|maal|times) (?:per|a) (?:jaar|kwartaal|maand|year)|tweemaal|viermaal|annually|yearly|quarterly|monthly|weekly|twice a year)\b/u;

/** "30 februari 2026" → "28 februari 2026": the last day that month has. */
function lastExistingDay(text: string): string | undefined {
  const named = /\b(\d{1,2}) ([a-z]+) (\d{4})\b/.exec(text);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const found = named
    ? {
        match: named[0],
        day: Number(named[1]),
        month: monthNumber(named[2]!),
        year: Number(named[3]),
        write: (day: number) => `${day} ${named[2]} ${named[3]}`,
      }
    : iso && {
        match: iso[0],
        day: Number(iso[3]),
        month: Number(iso[2]),
        year: Number(iso[1]),
        write: (day: number) => `${iso[1]}-${iso[2]}-${day}`,
      };
  if (!found || found.month === undefined || found.month < 1 || found.month > 12) return undefined;
  const last = daysInMonth(found.year, found.month);
  return found.day > last ? text.replace(found.match, found.write(last)) : undefined;
}

/** Words every phrase has and that say nothing about which one was meant. */
const FUNCTION_WORDS = new Set(['de', 'het', 'van', 'in', 'op', 'een', 'the', 'of', 'a', 'an', 'in', 'on', '{y}']);

const wordsOf = (text: string): string[] =>
  simplify(text)
    .split(/[^\p{L}\p{N}{}-]+/u)
    .filter((word) => word !== '' && !FUNCTION_WORDS.has(word) && !/^\d+$/.test(word));

/** The words of each language's forms, made when first asked: most runs never suggest, yet load this module. */
let vocabularies: { en: Set<string>; nl: Set<string> } | undefined;
const vocabulary = (lang: 'nl' | 'en'): Set<string> =>
  (vocabularies ??= {
    en: new Set([...KNOWN_FORMS_EN.flatMap(wordsOf), ...MONTH_NAMES.en]),
    nl: new Set([...KNOWN_FORMS_NL.flatMap(wordsOf), ...MONTH_NAMES.nl]),
  })[lang];

/** The months as each language spells them: the forms show only March, yet "20 February" is English. */
const MONTH_NAMES = { nl: DUTCH_MONTHS, en: ENGLISH_MONTHS.map((month) => month.toLowerCase()) };

/** A word of the phrase matches a word of a form when it is the same or a plausible typo of it ("zomr", "zomereces"). */
function matches(word: string, formWord: string): boolean {
  if (word === formWord) return true;
  const longer = Math.max(word.length, formWord.length);
  return longer >= 4 && editDistance(word, formWord) <= (longer >= 8 ? 2 : 1);
}

/** The language a phrase is written in: the one whose forms share most of its words; Dutch when neither does. */
function languageOf(words: readonly string[]): 'nl' | 'en' {
  // A word spelled as one language spells it outweighs a near spelling of the other's ("february", "februari").
  const count = (lang: 'nl' | 'en') =>
    words.reduce((sum, word) => sum + (vocabulary(lang).has(word) ? 2 : [...vocabulary(lang)].some((known) => matches(word, known)) ? 1 : 0), 0);
  return count('en') > count('nl') ? 'en' : 'nl';
}

/** The forms' example month, and the day before it: the month and day a phrase names take their place. */
const EXAMPLE_MONTH = /\b(?:(1) )?(maart|March)\b/;
const WEEKDAY = new RegExp(WEEKDAY_WORD, 'i');

/**
 * The month (and day) the phrase names, put into the forms in place of their example month, so "tot 20 februari" is
 * offered "uiterlijk 20 februari 2026" and not a form in March. A form that names a weekday is left out: the day it
 * names would not be that weekday. A day the month does not have is left to `lastExistingDay`.
 */
function monthNamed(text: string, year: string, english: boolean): { written: string; full: string; into: (form: string) => string[] } | undefined {
  for (const match of text.matchAll(/\b(?:(\d{1,2}) )?([a-z]+)\b/g)) {
    const month = monthNumber(match[2]!);
    if (month === undefined || match[2]!.length < 3) continue;
    const word = (english ? ENGLISH_MONTHS : DUTCH_MONTHS)[month - 1]!;
    const full = word.toLowerCase();
    const day = match[1] !== undefined && Number(match[1]) >= 1 && Number(match[1]) <= daysInMonth(Number(year), month) ? match[1] : undefined;
    return {
      written: match[2]!,
      full,
      into: (form) => {
        if (!EXAMPLE_MONTH.test(form)) return [form];
        if (WEEKDAY.test(form)) return [];
        return [form.replace(EXAMPLE_MONTH, (_, first: string | undefined) => `${first === undefined ? '' : `${day ?? first} `}${word}`)];
      },
    };
  }
  return undefined;
}

/**
 * Two to four known forms of the phrase's own language: those that share most
 * of its words (a typo counts), nearest in spelling first; never a list
 * unrelated to what was written, unless nothing in it is known at all.
 */
export function suggest(phrase: string, anchor: CivilDate): string[] {
  const text = simplify(phrase);
  const year = /\b(\d{4})\b/.exec(text)?.[1] ?? String(yearOf(anchor));
  const words = wordsOf(text);
  const english = languageOf(words) === 'en';
  const named = monthNamed(text, year, english);
  const fill = (forms: readonly string[]): string[] =>
    forms.flatMap((form) => (named === undefined ? [form] : named.into(form))).map((form) => form.replaceAll('{Y}', year));
  // A phrase that names a frequency is offered series, never "doorlopend": a series is what it means, and one the grammar reads is what it lacks.
  const recurring = RECURRING.test(text);
  const forms = fill(recurring ? (english ? RECURRING_FORMS_EN : RECURRING_FORMS_NL) : english ? KNOWN_FORMS_EN : KNOWN_FORMS_NL);
  const ranked = forms
    .map((form) => {
      const formWords = wordsOf(form);
      const shared = words.filter((word) => formWords.some((formWord) => matches(word, formWord) || (word === named?.written && formWord === named.full))).length;
      return { form, shared, distance: editDistance(text, simplify(form)) };
    })
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance)
    .map(({ form }) => form);
  const near = ranked.length > 0 ? ranked : closest(text, forms, 4);
  const lead = [lastExistingDay(text)].filter((form) => form !== undefined);
  const found = [...new Set([...lead, ...near])];
  const fallback = recurring ? forms : fill(REPRESENTATIVE);
  return (found.length >= 2 ? found : [...new Set([...found, ...fallback])]).slice(0, 4);
}
