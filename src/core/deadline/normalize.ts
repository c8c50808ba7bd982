/**
 * Reduces a deadline phrase to one spelling so the grammar can stay small:
 * lowercase, no accents (vóór), no abbreviation dots, single spaces.
 */

const NUMBER_WORDS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, febr: 2, february: 2,
  maart: 3, mrt: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/**
 * Number words one to twelve as digits. Only for lengths of time: elsewhere
 * the words mean something else ("ten laatste", "een" as an article).
 */
export function numbersAsDigits(text: string): string {
  // Most phrases name no number: they are let go after one scan, without a call per word.
  if (!NUMBER_WORD.test(text)) return text;
  return text.replace(/\b[a-z]+\b/g, (word) => String(NUMBER_WORDS[word] ?? word));
}

// Besides the table's own words, the one all-lowercase word every object inherits a value for, which the replacement reads too.
const NUMBER_WORD = new RegExp(`\\b(?:${[...Object.keys(NUMBER_WORDS), 'constructor'].join('|')})\\b`);

export function monthNumber(word: string): number | undefined {
  return MONTHS[word];
}

/** A weekday as one word, a part of the day glued to it in Dutch ("vrijdagmiddag"): the source of a regular expression. */
export const WEEKDAY_WORD = String.raw`(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|morgen|middag|avond)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;

const WEEKDAY_BEFORE = new RegExp(`(?<!\\p{L})${WEEKDAY_WORD}\\s+$`, 'iu');

/** Where a date at `at` starts with the weekday that may open it ("op woensdag 5 november 2025"): `at` when none does. */
export function startWithWeekday(text: string, at: number): number {
  return at - (WEEKDAY_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[0].length ?? 0);
}

/** Words that add nothing to a deadline when they open it ("in de zomer van 2026", "the end of 2026"). */
const FILLER = /^(?:(?:in|de|het|the|op|on|per|met ingang van|nog|al|reeds|aan|still|already)\s+)+/;

export function stripFiller(text: string): string {
  return text.replace(FILLER, '');
}

/** Lowercase, accents and surplus whitespace removed: the form suggestions are compared in. */
export function simplify(text: string): string {
  // Printable ASCII has no accents to take off, and most words and spans the finder simplifies are that.
  const bare = PRINTABLE_ASCII.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '');
  const lower = bare.toLowerCase();
  // Single spaces, as most spans have, are already one spelling: no copy is made to say so.
  return (SPACES_TO_JOIN.test(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
}

/** `simplify` of a word, which has no whitespace to join or trim: in printable ASCII, only its case changes. */
export function simplifyWord(word: string): string {
  return PRINTABLE_ASCII.test(word) ? word.toLowerCase() : simplify(word);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Whitespace that is not a single space: without it, joining whitespace into single spaces changes nothing. */
const SPACES_TO_JOIN = /[^\S ]| {2}/;

/**
 * The finder asks for the same span's normal form from each grammar it tries
 * (window, series, span), and registers repeat their phrasing: normal forms
 * are kept, a bounded number at a time, since a text's spans are many and
 * each is short.
 */
const normalized = new Map<string, string>();
const NORMALIZED_KEPT = 4096;

export function normalizePhrase(text: string): string {
  let normal = normalized.get(text);
  if (normal === undefined) {
    if (normalized.size >= NORMALIZED_KEPT) normalized.clear();
    normalized.set(text, (normal = normalizeAnew(text)));
  }
  return normal;
}

function normalizeAnew(text: string): string {
  const simple = theYearItself(simplify(text));
  // Lowercase letters, digits and single spaces are already normal, unless they spell "zsm" or "asap" out.
  if (PLAIN.test(simple) && !SPELLED_OUT.test(simple)) return simple;
  return simple
    .replace(/\bz\.?\s?s\.?\s?m\b\.?/g, 'zo spoedig mogelijk')
    .replace(/\ba\.?s\.?a\.?p\b\.?/g, 'as soon as possible')
    .replace(/[–—]/g, '-')
    // "najaar '26": a year written with two digits is in this century.
    .replace(/(^|\s)['’‘](\d{2})\b/g, (_, space: string, year: string) => `${space}20${year}`)
    .replace(/\bmid-(?=\p{L}|\d)/gu, 'mid ')
    .replace(/(\p{L})\./gu, '$1')
    .replace(/[,;:!?]|\.$/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A year named with its noun is the year itself: "in het jaar 1987" is "in 1987", "eind dit kalenderjaar" is "eind dit
 * jaar" (the reference's rows "in 2026", "dit jaar"). Only after "in": "voor het jaar 2014", "over het jaar 2020" and
 * "ten behoeve van het jaar 1980" name the year a budget, a levy or a report is for, not a term.
 */
const YEAR_BY_ITS_NOUN = /\b(?:kalenderjaar|calendar year)\b|\bin (?:het jaar|the year) (?=\d{4}\b)/;

function theYearItself(text: string): string {
  if (!YEAR_BY_ITS_NOUN.test(text)) return text;
  return text.replace(/\bkalenderjaar\b/g, 'jaar').replace(/\bcalendar year\b/g, 'year').replace(/\bin (?:het jaar|the year) (?=\d{4}\b)/g, 'in ');
}

const PLAIN = /^[a-z0-9 ]*$/;
// What the abbreviations' patterns below can match once they have no dots.
const SPELLED_OUT = /z ?s ?m|a ?s ?a ?p/;
