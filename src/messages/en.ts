import type { Messages } from './nl.js';
import type { Args, DiagnosticText } from './types.js';
import { FIRST_DATE, LAST_DATE } from '../core/civil-date.js';
import { ENGLISH_MONTHS } from '../core/english-months.js';

/** The `yaml` parser's own sentences, where they would mislead: aliases are refused before anything expands them, so what exhausts it is nesting. */
const YAML_REASONS: Record<string, string> = {
  RESOURCE_EXHAUSTION: 'nested too deeply: more levels of lists and mappings than can be read',
};

/** The forms a date flag accepts (`--as-of`, `--on`, …), as its help names them. */
const DATE_FORMS_EN = 'YYYY-MM-DD, DD-MM-YYYY, "30 November 2026" or today';

/** What to write when no phrase fits: the window or the day itself. */
const EXPLICIT_DUE_EN = 'Or write the window itself, `{from: 2026-03-01, to: 2026-06-30}`, or a date, `2026-03-01`.';
/** On the command line a window is not taken as a phrase: it is written in the source file. */
const EXPLICIT_DUE_CLI_EN = 'Or give a date, `2026-03-01`, or write the window itself in the source file: `due: {from: 2026-03-01, to: 2026-06-30}`.';

const RECESSES_EN: Record<string, string> = {
  zomerreces: 'summer recess',
  kerstreces: 'Christmas recess',
  herfstreces: 'autumn recess',
  voorjaarsreces: 'spring recess',
  meireces: 'May recess',
  verkiezingsreces: 'election recess',
};

/**
 * A recess the calendar has no dates for in the year meant (a herfstreces, a verkiezingsreces: neither follows a
 * pattern), and what to do about it. Without a year the phrase means the first one after the promise.
 */
const RECESS_WITHOUT_DATES_EN = (recess: string, year: number | string | undefined): string => {
  const name = RECESSES_EN[recess] ?? recess;
  return `the calendar has no dates for the ${name} (${recess}) ${year === undefined ? 'after the date of the promise' : `of ${year}`}; the ${name} follows no fixed pattern, so toezegging does not compute it and invents no window`;
};
const ADD_RECESS_EN = (recess: string): string =>
  `Add the recess in toezegging.config.yaml (\`calendar: recesses: [{name: ${recess}, first: YYYY-MM-DD, last: YYYY-MM-DD}]\`), or give a date or the window itself.`;

/** What the system's error codes mean, for a file or folder the user named; the code itself follows in brackets. */
const SYSTEM_REASONS_EN: Record<string, string> = {
  ENOENT: 'the file, or a folder in its path, does not exist',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would grow past the size allowed',
  EROFS: 'the folder is on a read-only file system',
  EACCES: 'no permission',
  EPERM: 'no permission',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  ELOOP: 'the path is a loop of symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

const systemReasonEn = (code: string): string => `${SYSTEM_REASONS_EN[code] ?? 'the system refused'} (${code})`;

/** All English user-facing text; the shape is that of `nl.ts`. */
export const en: Messages = {
  // --- deadline rules (owned by src/core/deadline) ---
  deadline: {
    months: ENGLISH_MONTHS,
    through: 'to',
    parts: { begin: 'early', medio: 'mid', eind: 'end of' },
    ordinals: ['first', 'second', 'third', 'fourth'],
    lastOrdinal: 'last',
    seasons: { voorjaar: 'spring', zomer: 'summer', najaar: 'autumn', winter: 'winter' },
    meteorological: {
      voorjaar: 'meteorological spring',
      zomer: 'meteorological summer',
      najaar: 'meteorological autumn',
      winter: 'meteorological winter',
    },
    thisSeason: { voorjaar: 'this spring', zomer: 'this summer', najaar: 'this autumn', winter: 'this winter' },
    recesses: {
      zomerreces: RECESSES_EN.zomerreces!,
      kerstreces: RECESSES_EN.kerstreces!,
      herfstreces: RECESSES_EN.herfstreces!,
      voorjaarsreces: RECESSES_EN.voorjaarsreces!,
      meireces: RECESSES_EN.meireces!,
      verkiezingsreces: RECESSES_EN.verkiezingsreces!,
    },
    units: { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] },
    inferred: '(inferred: computed from the usual pattern, not from a date published by parliament)',
    inferredWithoutPattern: '(inferred: this recess follows no fixed pattern; the dates are assumed, not published by parliament)',
    config: "(date from the register's configuration)",
    firstRecess: 'the recess without a name is the first recess of the House after the date of the promise:',
    targets: {
      day: (a) => `${a.date}`,
      month: (a) => `${a.monthName} ${a.year}`,
      'month-part': (a) => `${a.partName} ${a.monthName} ${a.year}`,
      'month-half': (a) => `${a.ordinal} half of ${a.monthName} ${a.year}`,
      months: (a) => `${a.monthName}/${a.toMonthName} ${a.year}`,
      'month-week': (a) => `the ${a.weekOrdinal} week of ${a.monthName} ${a.year}`,
      week: (a) => `week ${a.week} of ${a.year}`,
      'recess-end': (a) => `the end of the ${a.recessName} ${a.year} (${a.recessRange})`,
      quarter: (a) => `${a.ordinal} quarter of ${a.year}`,
      half: (a) => `${a.ordinal} half of ${a.year}`,
      year: (a) => `${a.year}`,
      'year-part': (a) => `${a.partName} ${a.year}`,
      'during-year': (a) => `in the course of ${a.year}`,
      season: (a) => `${a.seasonName} ${a.year}`,
      prinsjesdag: (a) => `Prinsjesdag (Budget Day) ${a.year}`,
      verantwoordingsdag: (a) => `Verantwoordingsdag (Accountability Day) ${a.year}`,
      voorjaarsnota: (a) => `the Voorjaarsnota (Spring Memorandum) ${a.year}`,
      najaarsnota: (a) => `the Najaarsnota (Autumn Memorandum) ${a.year}`,
    },
    rules: {
      day: (a) => `${a.label}: that day`,
      month: (a) => `${a.label}: ${a.range}`,
      'month-part': (a) => `${a.label}: ${a.range}`,
      'month-half': (a) => `${a.label}: ${a.range}`,
      months: (a) => `${a.label}: ${a.range}, both months`,
      'month-week': (a) => `${a.label}: Monday to Sunday, ${a.range}, whole weeks of the month only`,
      week: (a) => `${a.label}: Monday to Sunday, ${a.range}`,
      days: (a) => `${a.range}: those days`,
      'recess-end': (a) => `${a.label}: ${a.to}, its last day`,
      quarter: (a) => `${a.label}: ${a.range}`,
      half: (a) => `${a.label}: ${a.range}`,
      year: (a) => `${a.label}: ${a.range}`,
      'year-part': (a) => `${a.label}: ${a.range}`,
      'during-year': (a) => `${a.label}: ${a.range}, not before the date of the promise`,
      season: (a) => `${a.label}: ${a.meteorological}, ${a.range}`,
      prinsjesdag: (a) => `${a.label}: ${a.prinsjesdag}`,
      verantwoordingsdag: (a) => `${a.label}: ${a.verantwoordingsdag}`,
      voorjaarsnota: (a) => `with ${a.label}: ${a.range}; it goes to parliament before 1 June`,
      najaarsnota: (a) => `with ${a.label}: ${a.range}; it is due by 1 December`,
      by: (a) => `by ${a.label}: until ${a.to}`,
      before: (a) => `before ${a.label}: until ${a.to}, the day before`,
      'before-recess': (a) =>
        `before the ${a.recessName} ${a.year}: until ${a.to}, the day before the ${a.recessName} (${a.recessRange})`,
      'after-recess': (a) =>
        `after the ${a.recessName} ${a.year}: ${a.range}, from the day after the ${a.recessName} (${a.recessRange})`,
      'around-prinsjesdag': (a) =>
        `around Prinsjesdag (Budget Day) ${a.year}: ${a.range}, from two weeks before to a week after Prinsjesdag (${a.prinsjesdag})`,
      'budget-debate': (a) =>
        `before the budget debates ${a.budgetOf}: the debates on the ${a.budgetOf} budget, in the autumn of ${a.year}: ${a.range}, from Prinsjesdag to the day before the Christmas recess`,
      'during-budget-debate': (a) =>
        `during the budget debates ${a.budgetOf}: the debates on the ${a.budgetOf} budget, in the autumn of ${a.year}: ${a.range}, from Prinsjesdag to the day before the Christmas recess`,
      'this-year': (a) => `this year (${a.year}): until ${a.to}`,
      'next-year': (a) => `next year (${a.year}): ${a.range}`,
      'this-season': (a) => `${a.thisSeason} (${a.year}): ${a.range}`,
      within: (a) => `within ${a.span}: until ${a.to}, ${a.span} after the date of the promise (${a.from})`,
      span: (a) => `in ${a.span}: ${a.range}, counted from the date of the promise`,
      asap: (a) => `as soon as possible: until ${a.to}, three weeks after the date of the promise`,
      'asap-in': (a) => `as soon as possible within the term "${a.period}": ${a.range}, the three weeks from its start`,
      'these-days': (a) => `one of these days: until ${a.to}, a week after the date of the promise`,
      'week-of': (a) => `in the week of ${a.date}: ${a.range}, Monday to Sunday`,
      'short-term': (a) => `in the short term: until ${a.to}, six weeks after the date of the promise`,
      after: (a) => `after ${a.after} is delivered: from ${a.from}, without an end date`,
      'after-within': (a) => `within ${a.span} after ${a.after} is delivered: ${a.range}`,
      ongoing: () => 'ongoing: without an end date',
      'before-note': (a) => `before ${a.label}: until ${a.to}, the day before the last day it goes to parliament`,
      christmas: (a) => `before Christmas ${a.year}: until ${a.to}`,
      'year-turn': (a) => `around the turn of the year ${a.year}: ${a.range}, from mid-December to mid-January`,
      'before-year-turn': (a) => `before the turn of the year: until ${a.to}`,
      'after-short-recess': (a) =>
        `after the ${a.recessName} ${a.year}: ${a.range}, the six weeks after the ${a.recessName} (${a.recessRange})`,
      'few-weeks': (a) => `within a few weeks: until ${a.to}, four weeks after the date of the promise`,
      'few-months': (a) => `within a few months: until ${a.to}, three months after the date of the promise`,
      'with-letter': (a) => `with this letter: ${a.to}, the date of the letter`,
      'same-day': (a) => `the same day: ${a.to}, the date of the promise`,
      'clock-time': (a) => `before a time of day without a date: ${a.to}, the date of the promise`,
      weekday: (a) =>
        `${a.weekdayName}: ${a.date}, ${
          a.counted === 'next-week'
            ? `the ${a.weekdayName} of the week after the promise's`
            : a.counted === 'after'
              ? `the first ${a.weekdayName} after the date of the promise`
              : `the first ${a.weekdayName} from the date of the promise`
        }`,
      'by-weekday': (a) => `by ${a.weekdayName}: until ${a.to}`,
      'before-weekday': (a) => `before ${a.weekdayName} (${a.date}): until ${a.to}, the day before`,
      // Not partName: "early" and "end of" name a part of a month or year ("early March", "end of 2026"), not of a week.
      'week-part': (a) => `the ${a.part === 'begin' ? 'start' : 'end'} of the week: ${a.range}`,
      'by-week-part': (a) => `by the ${a.part === 'begin' ? 'start' : 'end'} of the week: until ${a.to}`,
      'this-week': (a) => `this week: until ${a.to}, the Sunday of the week of the promise`,
      'next-week': (a) => `next week: ${a.range}, Monday to Sunday`,
      'this-month': (a) => `this month: until ${a.to}`,
      'next-month': (a) => `next month: ${a.range}`,
      'coming-year': (a) => `the coming year: until ${a.to}, twelve months after the date of the promise`,
      'span-month': (a) => `in ${a.span}: ${a.range}, the month in which ${a.span} after the date of the promise falls`,
      about: (a) => `about ${a.span}: until ${a.to}, ${a.span} after the date of the promise`,
      'years-from': (a) => `${a.year}: the year the stated number of years from the named year reaches`,
      event: (a) =>
        `${a.relationWord} ${a.event}: tied to an event whose date is not known yet; no deadline until that date is given${a.span === undefined ? '' : a.relation === 'before' ? ` (${a.span} before it)` : ` (then within ${a.span})`}`,
      pointer: (a) => `${a.pointer}: points back to an event named earlier whose date is not known yet; no deadline until that date is given`,
      'event-dated': (a) =>
        a.relation === 'before'
          ? a.span === undefined
            ? `before ${a.event} (${a.date}): by ${a.to}, the day before`
            : `${a.span} before ${a.event} (${a.date}): by ${a.to}`
          : a.relation === 'at'
            ? `with ${a.event} (${a.date}): by that day`
            : a.to === undefined
              ? `after ${a.event} (${a.date}): from that day, without an end date`
              : `after ${a.event} (${a.date}): ${a.range}, within ${a.span} of that day`,
      recurring: (a) => `${a.every}${a.phase === undefined ? '' : ` ${a.phase}`}: a series of deadlines; the first ${a.range}`,
      'recurring-instance': (a) => `${a.every}${a.phase === undefined ? '' : ` ${a.phase}`}: time ${a.n}, ${a.range}`,
    },
    relations: { before: 'before', after: 'after', at: 'with' },
    every: {
      day: (n: number) => (n === 1 ? 'daily' : `every ${n} days`),
      week: (n: number) => (n === 1 ? 'weekly' : `every ${n} weeks`),
      month: (n: number) => (n === 1 ? 'monthly' : n === 3 ? 'quarterly' : n === 6 ? 'every six months' : `every ${n} months`),
      year: (n: number) => (n === 1 ? 'yearly' : `every ${n} years`),
    },
    /** Said after the rule when the weekday written does not fit the date. */
    weekdayMismatch: (a) => `(note: ${a.date} is a ${a.actual}, not a ${a.named})`,
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  },

  diagnosticHint: 'hint:',

  // --- diagnostics, by code (owned by src/core/validate and friends) ---
  diagnostics: ((): Record<string, DiagnosticText> => {
    const kinds: Record<string, string> = {
      mapping: 'a mapping (`key: value`)',
      list: 'a list',
      text: 'text',
      number: 'a number',
      boolean: 'a true/false value',
      null: 'empty',
      alias: 'an alias',
      date: 'a date (YYYY-MM-DD)',
      'text-or-number': 'text or a number',
      due: 'a deadline',
    };
    const kind = (name: string | number | undefined): string => kinds[String(name)] ?? String(name);
    const didYouMean = (a: Args, otherwise: string): string => (a.suggestion !== undefined ? `Did you mean \`${a.suggestion}\`?` : otherwise);
    const typeHints: Record<string, (a: Args) => string> = {
      list: (a) => (a.field === 'commitments' ? 'Start each commitment with `- `: `commitments` is a list.' : 'Write a list: `[a, b]`, or lines starting with `- `.'),
      mapping: (a) =>
        a.field === 'commitments' || a.field === 'history' || a.field === 'calendar.recesses'
          ? 'Each item is a mapping: `- key: value`, with its other fields indented below.'
          : 'Write `key: value` lines, indented under this field.',
      text: (a) => (a.actual === 'number' || a.actual === 'boolean' ? 'Put the value in quotes: `"…"`.' : 'Write text here.'),
      'text-or-number': () => 'Write text or a number here.',
      date: () => 'Write a date as YYYY-MM-DD, for example `2026-03-01`.',
      due: () => 'Write a deadline as text (`eerste helft van 2026`), a date, `{after: ID, within: "3 maanden"}` or `{from: YYYY-MM-DD, to: YYYY-MM-DD}`.',
    };
    return {
      E_LINK_OUTSIDE: {
        message: (a) => `a symbolic link to ${a.target}, outside the register folder: not read`,
        hint: () => 'A register reads only files inside its folder. Copy the file into the register, or remove the link.',
      },
      E_NOT_A_FILE: {
        message: () => 'not a regular file (a pipe, device or socket): not read',
        hint: () => 'Only ordinary files are read; remove this one from the register folder, or rename it to end in something other than .yaml.',
      },
      E_FILE_TOO_LARGE: {
        message: (a) => `the file is larger than ${Math.round(Number(a.limit) / 1048576)} MB: not read`,
        hint: () => 'Split it into one file per source document.',
      },
      E_READ: {
        message: (a) => `cannot read the file (${a.reason})`,
        hint: () => 'Check the file permissions, or move the file out of the register folder.',
      },
      E_ENCODING: {
        message: (a) => (a.encoding !== undefined ? `the file is ${a.encoding}, not UTF-8` : `not valid UTF-8: byte ${a.byte}`),
        hint: () => 'Save the file as UTF-8 (in most editors: Save As → Encoding: UTF-8).',
      },
      E_BINARY: {
        message: () => 'the file holds binary data (a NUL byte), not text',
        hint: () => 'Only YAML text files belong in the register folder; delete this file or give it another extension.',
      },
      E_YAML: {
        message: (a) => `invalid YAML: ${YAML_REASONS[String(a.yamlCode)] ?? a.reason}`,
        hint: () => 'Check the indentation, colons and quotes around this spot.',
      },
      W_YAML: {
        message: (a) => `YAML warning: ${a.reason}`,
        hint: () => 'A register uses plain YAML without tags (`!…`); remove the tag.',
      },
      E_TAB_INDENT: {
        message: () => 'tab used for indentation: YAML allows only spaces',
        hint: () => 'Use spaces instead of tabs, for example two per level.',
      },
      E_DUPLICATE_KEY: {
        message: (a) => `key \`${a.key}\` appears twice in the same mapping`,
        hint: () => 'Keep one of them: with a duplicate key it is unclear which value holds.',
      },
      E_MULTIPLE_DOCUMENTS: {
        message: () => 'the file holds more than one YAML document (`---`)',
        hint: () => 'Put each source document in a file of its own, or remove the `---` line.',
      },
      E_ALIAS: {
        message: (a) => `YAML alias \`*${a.alias}\` is not supported${Number(a.count) > 1 ? ` (and ${Number(a.count) - 1} more in this file)` : ''}`,
        hint: () => 'Write the value out in full: a register needs no anchors (`&`) or aliases (`*`).',
      },
      E_EMPTY_FILE: {
        message: () => 'the file holds no data',
        hint: () => 'Fill in `source:` and `commitments:`, or delete the file.',
      },
      E_ROOT_NOT_MAPPING: {
        message: (a) => `the top level is ${kind(a.actual)}, not a mapping`,
        hint: () => 'Write `key: value` lines without indentation at the top level; a source file has `source:` and `commitments:`.',
      },
      E_UNKNOWN_FIELD: {
        message: (a) => `unknown field \`${a.field}\``,
        hint: (a) => didYouMean(a, `Allowed here: ${a.allowed}.`),
      },
      E_MISSING_FIELD: {
        message: (a) => `required field \`${a.field}\` is missing`,
        hint: (a) => `Add \`${String(a.field).split('.').pop()}: …\`.`,
      },
      E_EMPTY_VALUE: {
        message: (a) => `\`${a.field}\` is empty`,
        hint: (a) => (a.field === 'due' ? 'Write a deadline, for example `eerste helft van 2026`, or remove the `due:` line.' : 'Fill in a value.'),
      },
      E_WRONG_TYPE: {
        message: (a) => `\`${a.field}\` must be ${kind(a.expected)}, but is ${kind(a.actual)}`,
        hint: (a) => typeHints[String(a.expected)]?.(a) ?? `Write ${kind(a.expected)} here.`,
      },
      E_DUE_SHAPE: {
        message: () => '`due` as a mapping needs `after`, or `from` and `to`',
        hint: () => 'Write `{after: ID, within: "3 maanden"}` or `{from: 2026-01-01, to: 2026-06-30}`, or the deadline as text.',
      },
      E_BAD_ID: {
        message: (a) => `invalid id \`${a.id}\``,
        hint: (a) =>
          'An id consists of lowercase letters, digits and hyphens and does not start with a hyphen' +
          (a.suggestion !== undefined ? `, for example \`${a.suggestion}\`.` : '.'),
      },
      E_BAD_DATE: {
        message: (a) => `\`${a.value}\` is not a date that exists (\`${a.field}\`)`,
        hint: () => 'Check the day and the month: months run from 01 to 12, and February has 28 days (29 in a leap year).',
      },
      E_DATE_RANGE: {
        message: (a) => `\`${a.value}\` lies outside the dates toezegging handles (\`${a.field}\`)`,
        hint: () => `Dates run from ${FIRST_DATE} through ${LAST_DATE}.`,
      },
      E_DATE_FORMAT: {
        message: (a) => `\`${a.value}\` is not a date of the form YYYY-MM-DD${a.format === 'day-or-month' ? ' or YYYY-MM' : ''} (\`${a.field}\`)`,
        hint: (a) => (a.format === 'day-or-month' ? 'Write for example `2025-12-15`, or `2025-12` when only the month is known.' : 'Write for example `2026-03-01`.'),
      },
      E_BAD_URL: {
        message: (a) => `\`${a.value}\` is not a web address (\`${a.field}\`)`,
        hint: () => 'Write a full address starting with `https://`.',
      },
      E_UNKNOWN_STATUS: {
        message: (a) => `unknown status \`${a.value}\``,
        hint: (a) =>
          didYouMean(a, "Choose from open, delivered, partial, closed, lapsed, ongoing, or the Kamer's names: openstaand, voldaan, deels voldaan, afgedaan, vervallen, doorlopend."),
      },
      E_UNKNOWN_SOURCE_TYPE: {
        message: (a) => `unknown source type \`${a.value}\``,
        hint: (a) => didYouMean(a, `Choose from ${a.allowed}.`),
      },
      E_RANGE_REVERSED: {
        message: (a) => `the start date ${a.from} is after the end date ${a.to}`,
        hint: () => 'Swap the two dates.',
      },
      E_BAD_RELATION: {
        message: (a) => `\`due.relation\` is \`${a.value}\``,
        hint: (a) => `Choose from ${a.allowed}: before, after or with the event.`,
      },
      E_BAD_EVERY: {
        message: (a) => `\`due.every\` is \`${a.value}\``,
        hint: (a) => `Choose from ${a.allowed}: how often the deadline comes back, e.g. \`due: {every: year, phase: voor het zomerreces}\`.`,
      },
      E_PHASE_NOT_YEARLY: {
        message: (a) => `\`due.phase\` goes with \`every: year\`, not with \`every: ${a.every}\``,
        hint: () => 'A phase places each year\'s time (`voor het zomerreces`); remove `phase`, or make it `every: year`.',
      },
      E_BAD_PHASE: {
        message: (a) => `\`due.phase\` \`${a.phase}\` is no window that comes back every year`,
        hint: () => 'Write a window of the year (`voor het zomerreces`, `before Budget Day`, `bij de Voorjaarsnota`) or a name the calendar knows: zomerreces, kerstreces, meireces, voorjaarsreces, Prinsjesdag, Verantwoordingsdag, Voorjaarsnota, Najaarsnota.',
      },
      E_BAD_INSTANCE: {
        message: (a) => `\`deliveries.instance\` is \`${a.value}\`, not a time of the series`,
        hint: () => 'The times of a recurring deadline count from 1: `instance: 1` is the first (toezegging show ID lists them).',
      },
      E_DUPLICATE_INSTANCE: {
        message: (a) => `time ${a.instance} is in \`deliveries\` twice`,
        hint: () => 'Each time is delivered once; remove or correct one of the two.',
      },
      E_DELIVERED_WITHOUT_DATE: {
        message: () => 'the status is `delivered`, but `delivered.on` is missing',
        hint: () => 'Add the day of delivery: `delivered: {on: YYYY-MM-DD}`; without it, on time or late cannot be told.',
      },
      W_DELIVERED_BUT_OPEN: {
        message: (a) => `\`delivered.on\` is ${a.on}, but the status is open`,
        hint: () => 'Set `status: delivered` (or `partial`) if the promise was kept, or remove `delivered.on`.',
      },
      W_DELIVERED_BEFORE_MADE: {
        message: (a) => `delivered on ${a.on}, before the promise was made (${a.made}, \`${a.field}\`)`,
        hint: (a) => a.field === 'made' ? 'Most likely a typo in one of the two dates; check `delivered.on` and `made`.' : 'Most likely a typo in one of the two dates; check `delivered.on` and the source\'s date, or set `made` if the promise was made earlier.',
      },
      W_EVENT_BEFORE_MADE: {
        message: (a) => `the event is dated ${a.date}, before the promise was made (${a.made}, \`${a.field}\`)`,
        hint: () => 'A promise before or at an event already past cannot be; most likely a typo in the date (`due.date`, or toezegging set ID event-date YYYY-MM-DD).',
      },
      W_AFTER_UNDATED_DELIVERY: {
        message: (a) => `the deadline counts from the delivery of \`${a.after}\`, which was delivered on a day not recorded (\`date_unknown\`); so \`${a.id}\` keeps waiting`,
        hint: (a) => `Record the day of delivery: toezegging deliver ${a.after} --on YYYY-MM-DD`,
      },
      E_DUPLICATE_ID: {
        message: (a) => `id \`${a.id}\` is already used in ${a.firstFile}:${a.firstLine}`,
        hint: () => 'Each commitment has an id of its own across the whole register; choose another id.',
      },
      W_DUPLICATE_IMPORTED_ID: {
        message: (a) => `\`${a.id}\` was made from the same imported record (${a.from} \`${a.record}\`) as \`${a.first}\` in ${a.firstFile}:${a.firstLine}, so it counts as a second promise`,
        hint: () => 'An import makes one commitment per record: remove the copy left behind (a record renumbered or moved to another month), moving what you added to it to the other.',
      },
      E_DUPLICATE_SOURCE_ID: {
        message: (a) => `source id \`${a.id}\` is already used in ${a.firstFile}:${a.firstLine}`,
        hint: () => 'One file per source document: merge the two files, or give this source another id.',
      },
      E_UNKNOWN_REF: {
        message: (a) => `\`${a.field}\` refers to an unknown commitment \`${a.id}\``,
        hint: (a) => didYouMean(a, 'Check the id: it must belong to a commitment in the register.'),
      },
      E_DEPENDENCY_CYCLE: {
        message: (a) => `circular dependency: ${a.cycle}`,
        hint: () => 'These commitments wait on each other and can never fall due; remove one reference (`depends_on` or `due.after`).',
      },
      E_BAD_HORIZON: {
        message: (a) => `horizon \`${a.value}\` is not a positive whole number of days`,
        hint: () => 'Write for example `horizon: 60`.',
      },
      E_UNKNOWN_LANG: {
        message: (a) => `unknown language \`${a.value}\``,
        hint: (a) => didYouMean(a, 'Choose `nl` or `en`.'),
      },
      W_UNKNOWN_RECESS: {
        message: (a) => `unknown recess \`${a.name}\`: the deadline rules do not use these dates`,
        hint: (a) => didYouMean(a, `Known recesses: ${a.allowed}.`),
      },
      E_BAD_VALUE: {
        message: (a) => `\`${a.field}\` cannot be \`${a.value}\``,
        hint: (a) => `Choose from ${a.allowed}.`,
      },
      E_BAD_TIMESTAMP: {
        message: (a) => `\`${a.value}\` is not an instant (\`${a.field}\`)`,
        hint: () => 'Write an instant such as `2025-01-14T10:23:45+01:00`; toezegging import sets this value itself, so removing it is fine too.',
      },
      E_BAD_DEADLINE: {
        message: (a) => `unknown deadline \`${a.phrase}\``,
        hint: (a) =>
          `${a.suggestions ? `Nearest known forms: ${a.suggestions}. Try them with \`toezegging explain\`.` : 'See `toezegging explain` for the deadlines the program knows.'} ${EXPLICIT_DUE_EN}`,
      },
      E_RECESS_WITHOUT_DATES: {
        message: (a) => `the deadline \`${a.phrase}\` is known, but ${RECESS_WITHOUT_DATES_EN(String(a.recess), a.year)}`,
        hint: (a) => ADD_RECESS_EN(String(a.recess)),
      },
      E_DEADLINE_RANGE: {
        message: (a) => `the deadline \`${a.phrase}\` falls outside the dates toezegging handles`,
        hint: () => `A deadline must fall within ${FIRST_DATE} through ${LAST_DATE}; check the number and the date of the source.`,
      },
      E_BAD_SPAN: {
        message: (a) => `unknown duration \`${a.text}\` in \`due.within\``,
        hint: (a) => `Write a duration such as ${a.suggestions}.`,
      },
    };
  })(),

  // --- command line and reports ---
  cli: {
    stateLabel: {
      overdue: 'overdue',
      due: 'due',
      upcoming: 'upcoming',
      waiting: 'waiting',
      'no-deadline': 'no deadline',
      delivered: 'delivered',
      closed: 'closed',
      lapsed: 'lapsed',
      ongoing: 'ongoing',
    },
    statusLabel: {
      open: 'open',
      delivered: 'delivered',
      partial: 'partly delivered',
      closed: 'closed',
      lapsed: 'lapsed',
      ongoing: 'ongoing',
    },
    sectionTitle: {
      overdue: 'Overdue',
      due: 'Due',
      upcoming: 'Upcoming',
      waiting: 'Waiting on another commitment or an event',
      'no-deadline': 'No deadline',
      delivered: 'Delivered',
      closed: 'Closed',
      lapsed: 'Lapsed',
      ongoing: 'Ongoing',
    },
    afterPhrase: (id: string, within: string) => (within ? `within ${within} of the delivery of ${id}` : `after the delivery of ${id}`),
    afterPending: (id: string, within: string) => (within ? `${within} after ${id} is delivered, which it is not yet` : `after ${id} is delivered, which it is not yet`),
    afterUndated: (id: string, within: string) => `${within ? `${within} after ${id} is delivered` : `after ${id} is delivered`}; ${id} was delivered, but on a day not recorded`,
    openEnded: 'no end date',
    openEnd: 'open',
    deadlineKind: { event: 'tied to an event', recurring: 'recurring' },
    eventDateUnknown: 'not known yet',
    waitingOnEvent: (event: string) => `waits on ${event} (date not known yet)`,
    daysLate: (n: number) => (n === 1 ? '1 day late' : `${n} days late`),
    daysLeft: (n: number) => (n === 0 ? 'last day today' : n === 1 ? '1 day left' : `${n} days left`),
    startsIn: (n: number) => (n === 1 ? 'starts in 1 day' : `starts in ${n} days`),
    waitingOn: (id: string, state: string) => `waits on ${id} (${state})`,
    waitingVia: (id: string, state: string) => `— which waits on ${id} (${state})`,
    waitingOnDeliveryDate: (id: string) => `waits on the delivery date of ${id} (delivered, date unknown)`,
    waitingViaDeliveryDate: (id: string) => `— which waits on the delivery date of ${id} (delivered, date unknown)`,
    deliveredOn: (date: string) => `delivered on ${date}`,
    deliveredDateUnknown: 'delivered (date unknown)',
    partlyDelivered: (date: string | undefined) => (date ? `partly delivered on ${date}` : 'partly delivered'),
    deliveredOnTime: 'delivered on time',
    deliveredLate: (n: number) => (n === 1 ? 'delivered 1 day late' : `delivered ${n} days late`),
    range: (from: string, to: string) => `${from} to ${to}`,
    until: (to: string) => `by ${to}`,
    from: (from: string) => `from ${from}`,
    link: {
      repeats: 'repeats',
      amends: 'amends',
      supplements: 'supplements',
      repeatedBy: 'repeated by',
      amendedBy: 'amended by',
      supplementedBy: 'supplemented by',
    },
    importedStatus: (status: string) => `status there: ${status}`,
    dueFromText: 'deadline found in the text',
    importedRemoved: 'removed there',
    deliveryDateUnknown: 'date unknown',
    inferredShort: 'inferred',
    instanceOf: (phrase: string, n: number) => `${phrase}, instance ${n}`,
    statusHeading: (date: string, commitments: number, sources: number) =>
      `Commitments as of ${date}: ${commitments} ${commitments === 1 ? 'commitment' : 'commitments'} from ${sources} ${sources === 1 ? 'source' : 'sources'}`,
    emptyRegister: 'The register holds no commitments yet.',
    beyondHorizon: (n: number, horizon: number) => `and ${n} starting more than ${horizon} days from now (see --horizon)`,
    nothingOpen: 'Nothing open: everything is delivered, closed, lapsed or ongoing.',
    noMatches: 'No commitments match the filters.',
    filterMatchesNothing: (option: string, value: string, suggestions: readonly string[]) =>
      `${option} "${value}" matches no commitment at all.${suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''}`,
    column: { id: 'ID', state: 'STATE', due: 'DUE BY', standing: 'STANDING', title: 'TITLE' },
    field: {
      state: 'state',
      status: 'status',
      source: 'source',
      by: 'by',
      url: 'url',
      question: 'question',
      made: 'promised on',
      imported: 'imported',
      due: 'deadline',
      window: 'window',
      rule: 'rule',
      delivered: 'delivered',
      dependsOn: 'depends on',
      waitingChain: 'waiting chain',
      dependents: 'needed for',
      to: 'promised to',
      tags: 'tags',
      file: 'file',
      quote: 'quote',
      notes: 'notes',
      history: 'history',
      from: 'from',
      until: 'up to and including',
      anchor: 'anchor',
      kind: 'kind',
      event: 'event',
      eventDate: 'event date',
      every: 'repeats',
      firstInstance: 'first time',
      instances: 'times',
    },
    exampleBanner: 'This is the example. Your own register: toezegging init DIR, or --data DIR.',
    noRegisterFound:
      'no register found. The bundled example register is shown only at a terminal, not in a pipe, cron, JSON, report, export or --fail-on. Choose a register with --data DIR or TOEZEGGING_DATA, start one with toezegging init DIR, or ask for the example with --example.',
    exampleAndData: '--example and --data do not go together: choose the example register or a register of your own.',
    dataDirMissing: (dir: string) => `register folder ${dir} does not exist. Give an existing folder with --data or TOEZEGGING_DATA.`,
    dataDirNotFolder: (dir: string) => `${dir} is not a folder. Give --data the register's folder, not a file.`,
    dataDirUnreadable: (dir: string, code: string) => `register folder ${dir} cannot be read: ${systemReasonEn(code)}.`,
    readingFiles: (done: number, total: number) => `reading the register: ${done} of ${total} files…`,
    invalidRegister: (errors: number) => `the register has ${errors === 1 ? '1 error' : `${errors} errors`}; fix them first (toezegging check lists them all).`,
    badLang: (value: string) => `unknown language "${value}"; choose nl or en.`,
    badLockTimeout: (value: string) => `TOEZEGGING_LOCK_TIMEOUT: "${value}" is not a number of seconds; use for example 60.`,
    badDate: (option: string, value: string) => `${option}: "${value}" is not a date that exists; check the day and the month.`,
    dateFormat: (option: string, value: string) => `${option}: "${value}" is not written as a date; write e.g. 2026-11-28, 28-11-2026, 28 November 2026 or today.`,
    dateOutOfRange: (option: string, value: string) => `${option}: "${value}" falls outside the dates toezegging handles (${FIRST_DATE} through ${LAST_DATE}).`,
    /** commander's usage errors, in our words (see cli/commander-errors.ts). */
    usage: {
      unknownCommand: (name: string, suggestion: string | undefined) => `unknown command "${name}".${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
      unknownOption: (flag: string, suggestion: string | undefined) => `unknown option ${flag}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
      textAsOption: (text: string) => `"${text}" is not an option. Put -- before text that opens with a dash, for example: toezegging note ID -- "- text".`,
      missingArgument: (name: string) => `${name} is missing.`,
      optionMissingValue: (flags: string) => `${flags}: the value is missing.`,
      missingOption: (flags: string) => `${flags} is required.`,
      tooManyArguments: (command: string | undefined, expected: number, got: number, surplus: readonly string[], meant: string | undefined) =>
        `too many arguments${command ? ` for ${command}` : ''}: expected ${expected === 0 ? 'none' : expected}, got ${got}${surplus.length > 0 ? ` (not used: ${surplus.map((word) => `"${word}"`).join(', ')})` : ''}.${meant ? ` Did you mean ${meant}?` : ''}`,
      unexpected: (sentence: string) => `wrong usage (${sentence}).`,
    },
    badChoice: (option: string, value: string, choices: string) => `${option}: unknown value "${value}"; choose from ${choices}.`,
    badNumber: (option: string, value: string) => `${option}: "${value}" is not a positive whole number.`,
    badJsonFields: (unknown: string, available: string) => `${unknown ? `unknown field for --json: ${unknown}. ` : ''}Available fields:\n  ${available}`,
    unknownId: (id: string, suggestions: string) => `no commitment with id "${id}".${suggestions ? ` Did you mean: ${suggestions}?` : ' See toezegging list for all ids.'}`,
    noDeadlineInText: 'no deadline found: the text names no date or term still to come',
    recessWithoutDatesInText: (phrase: string, recess: string, year?: number) =>
      `no deadline found: the text names "${phrase}", but ${RECESS_WITHOUT_DATES_EN(recess, year)}.\n  ${ADD_RECESS_EN(recess)}`,
    explainEmptyText: '--text: the sentence is empty; give the sentence with the deadline, e.g. toezegging explain --text "Ik stuur u voor de zomer een brief."',
    explainNeedsInput: 'give a deadline phrase (toezegging explain PHRASE) or a sentence (toezegging explain --text "SENTENCE"): exactly one of the two',
    unknownPhrase: (phrase: string, suggestions: readonly string[]) =>
      `toezegging: unknown deadline "${phrase}".\nKnown forms close to it:\n${suggestions.map((s) => `  ${s}`).join('\n')}\n${EXPLICIT_DUE_CLI_EN}`,
    phraseOutOfRange: (phrase: string) => `toezegging: the deadline "${phrase}" falls outside the dates toezegging handles (${FIRST_DATE} through ${LAST_DATE}).`,
    recessWithoutDates: (phrase: string, recess: string, year?: number) =>
      `toezegging: the deadline "${phrase}" is known, but ${RECESS_WITHOUT_DATES_EN(recess, year)}.\n${ADD_RECESS_EN(recess)}`,
    diskError: (action: 'lock' | 'write' | 'output', file: string, code: string) => {
      const reason = systemReasonEn(code);
      if (action === 'output') return `cannot write the output: ${reason}; what was written is incomplete.`;
      return action === 'lock'
        ? `cannot take the register's lock ${file}: ${reason}; nothing was written.${code === 'EISDIR' ? ' Remove that folder.' : ''}`
        : `cannot write ${file}: ${reason}. Files are replaced whole: this one is as it was.`;
    },
    internalError: (detail: string, reportUrl: string) => `internal error: ${detail}\nThis is a bug in toezegging. Please report it at ${reportUrl}, with the command you ran (TOEZEGGING_DEBUG=1 shows details).`,
    help: {
      program: 'Hold the government to its word: promises kept in YAML, their Dutch deadlines as date windows, and what is overdue, due or upcoming.',
      version: 'print the version number',
      help: 'show help for a command',
      helpCommand: 'show help for a command',
      helpCommandName: 'the command',
      heading: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Global Options:': 'Global options:', 'Commands:': 'Commands:' } as Record<string, string>,
      /** Placeholders in option and argument terms are written in English in the code. */
      placeholder: {} as Record<string, string>,
      choices: (list: string) => `choices: ${list}`,
      defaultValue: (value: string) => `default: ${value}`,
      seeHelp: '(use --help to see the options)',
      data: 'register folder (default: TOEZEGGING_DATA, then the nearest folder with toezegging.config.yaml, then, at a terminal, the example register)',
      example: 'use the bundled example register, also in a pipe or with --json',
      asOf: `report as if today were this date (${DATE_FORMS_EN}; also TOEZEGGING_TODAY); default: today in the Netherlands`,
      lang: 'language of the output: nl or en (also TOEZEGGING_LANG)',
      noColor: 'no colour (also NO_COLOR=1)',
      programExamples: `
Examples:
  $ toezegging status                         what is overdue, due and upcoming
  $ toezegging status --as-of 2026-03-01      the picture as it was on 1 March 2026
  $ toezegging list --state overdue --sort late
  $ toezegging show spine-eindrapportage
  $ toezegging explain "voor het zomerreces" --anchor 2026-02-10
  $ toezegging check                          validate the register
  $ toezegging report --since 2026-08-01 --format md   the weekly digest, as an e-mail body
  $ toezegging export --format ics -o toezeggingen.ics
  $ toezegging timeline
  $ toezegging deliver wodc-onderzoek --on 2026-09-15 \\
      --ref "Kamerstuk 28638, nr. 260"

Exit codes: 0 ok; 1 --fail-on met, check found errors or explain does not know
the phrase; 2 usage error; 3 unreadable or invalid register; 70 internal error;
130 stopped with Ctrl-C.`,
      status: 'dashboard: counts per state, then overdue, due, upcoming, waiting and no-deadline',
      horizon: 'list upcoming commitments that start within this many days (default 90)',
      failOn: 'exit 1 when a commitment is in this state (e.g. overdue), for CI and cron',
      json: 'print JSON; optionally only these fields (id,state,daysLate)',
      statusExamples: `
Examples:
  $ toezegging status
  $ toezegging status --as-of 2026-11-28 --json
  $ toezegging status --json id,state,daysLate
  $ toezegging status --fail-on overdue && echo "nothing overdue"`,
      list: 'commitments as a table, filtered and sorted',
      state: (states: string) => `only these states: ${states}`,
      status_: (statuses: string) => `only this stored status: ${statuses}, or the Dutch register names`,
      tag: 'only commitments with one of these tags',
      source: 'only from these sources (id)',
      to: 'only promises made to this member or party (part of the name, from ToegezegdAan)',
      by: 'only promises made by this ministry or minister (part of the name; also the source\'s "by")',
      sort: (keys: string) => `sort by ${keys}`,
      sortLabel: { due: 'deadline', late: 'days late', age: 'longest open', id: 'id' },
      listExamples: `
Examples:
  $ toezegging list --state overdue,due
  $ toezegging list --tag mensenhandel --sort age
  $ toezegging list --status voldaan
  $ toezegging list | cut -f1,2          (piped: tab-separated, no header)`,
      show: 'everything about one commitment, including how its deadline resolved',
      id: 'the commitment id',
      jsonOne: 'print JSON',
      showExamples: `
Examples:
  $ toezegging show wodc-onderzoek
  $ toezegging show plan-van-aanpak --json`,
      explain: 'show the date window a deadline phrase resolves to, and the rule used',
      phrase: 'the deadline, e.g. "in de zomer van 2026" or "voor het zomerreces"',
      anchor: `date the promise was made, for relative phrases (${DATE_FORMS_EN}; default: --as-of or today)`,
      text: 'find the deadline in this sentence or text, as import and extract do',
      explainExamples: `
Examples:
  $ toezegging explain zomer 2026
  $ toezegging explain "voor het zomerreces" --anchor 2026-02-10
  $ toezegging explain "op korte termijn" --anchor 2025-12-15 --json
  $ toezegging explain --text "Ik zal uw Kamer voor het zomerreces informeren." --anchor 2026-02-10
  $ toezegging explain --text "Dit deelonderzoek wordt in de zomer van 2026 opgeleverd." --json

With --text, explain finds the deadline in a sentence. Without --anchor the date of
the promise is unknown: a window already over still counts. With --anchor, a window
that ended before that date (an earlier debate, the letter's own date) is no deadline.`,
      check: 'validate the register; silent with exit 0 when clean',
      jsonCheck: 'print findings as JSON',
      checkExamples: `
Examples:
  $ toezegging check
  $ toezegging check --data ./my-register --json`,
    },
  },

  // --- `report` and `export` (owned by src/commands/report.ts and export.ts) ---
  report: {
    heading: (asOf: string, since: string) => `Commitments: digest as of ${asOf} (news since ${since})`,
    nothing: (since: string) => `Nothing to report since ${since}: nothing overdue, nothing due soon, nothing delivered.`,
    section: {
      newlyOverdue: 'Newly overdue',
      overdue: 'Everything overdue',
      dueSoon: 'Due soon',
      delivered: 'Delivered',
      waitingOnOverdue: 'Waiting on something overdue',
      newSince: 'New promises',
    },
    groupHeading: { ministerie: 'By ministry', fractie: 'By party', persoon: 'By member' },
    groupCounts: (open: number, overdue: number, days: number | null) =>
      `${open} open, ${overdue} overdue${days === null ? '' : `, longest open ${days} ${days === 1 ? 'day' : 'days'}`}`,
    noGroup: '(none named)',
    deliveredWhen: (standing: string, date: string) => `${standing}, on ${date}`,
    sinceAndDays: '--since and --days cannot be combined; choose one.',
    sinceAfterAsOf: (since: string, asOf: string) => `--since ${since} is after the report date ${asOf}; choose an earlier date or a later --as-of.`,
    jsonAndFormat: (format: string) => `--json and --format ${format} cannot be combined; leave one out.`,
    help: {
      description: 'digest for cron or e-mail: what became overdue since a date, what is overdue, due soon, delivered, or waiting on something overdue',
      since: `start of the period (${DATE_FORMS_EN}; default 7 days before --as-of)`,
      days: 'a period of this many days up to --as-of (default 7)',
      horizon: 'also report as "due soon" what ends within this many days (default: only in proportion to the deadline)',
      format: 'output format: text, md (e-mail) or json (default text)',
      groupBy: 'count per ministerie (ministry), fractie (party) or persoon (member): open and overdue, longest open first',
      to: 'only promises made to this member or party (part of the name)',
      by: 'only promises made by this ministry or minister (part of the name)',
      failOn: 'exit 1 when a commitment is in this state (e.g. overdue or due)',
      json: 'print JSON (same as --format json); optionally only these fields (id,state,daysLate)',
      examples: `
"Due soon" is proportional: a six-month window is reported only in its last
weeks, a two-week window a few days ahead. --horizon N adds whatever ends within
N days.
"Newly overdue": the window's last day is on or after --since and before
--as-of. "Delivered": delivered from --since up to and including --as-of.

Examples:
  $ toezegging report                                   the past week
  $ toezegging report --since 2026-08-01 --as-of 2026-11-28
  $ toezegging report --days 30 --horizon 14 --format md
  $ toezegging report --format json | jq '.newlyOverdue[].id'
  $ toezegging report --fail-on overdue || echo "something is overdue"

In cron (every Monday at 8 by e-mail):
  0 8 * * 1  toezegging report --data ~/toezeggingen --format md | mail -s "Commitments" team@example.org`,
    },
  },

  export: {
    calendarName: 'Commitments',
    heading: (date: string) => `Commitments as of ${date}`,
    column: { id: 'ID', title: 'Title', due: 'Deadline', standing: 'Standing', source: 'Source' },
    empty: 'The register holds no commitments yet.',
    ics: {
      instanceTitle: (title: string, n: number) => `${title} (time ${n})`,
      due: (rule: string) => `Deadline: ${rule}`,
      source: (text: string) => `Source: ${text}`,
      standing: (date: string, standing: string) => `Standing on ${date}: ${standing}`,
      promisedTo: (names: string) => `Promised to: ${names}`,
    },
    formatMissing: (formats: string) => `choose a format with --format (${formats}), or give -o a file name with that extension.`,
    writeFailed: (file: string, code: string) => `cannot write ${file}: ${systemReasonEn(code)}.`,
    badHorizon: (value: string) => `--horizon ${value}: give a span (2y, 18m, 26w, 90d) or a date YYYY-MM-DD, not before the as-of date.`,
    help: {
      description: 'every commitment as json, ndjson, csv, md or ics (calendar), to stdout or a file',
      format: 'output format: json, ndjson, csv, md or ics (default: from the extension of -o)',
      output: 'write to this file (safely: written in full, then swapped in) instead of stdout',
      horizon: 'how far ahead the times of a recurring deadline go into the calendar: 2y, 18m, 26w, 90d or a date (default 1 year)',
      examples: `
Formats:
  json    the same object as status --json
  ndjson  one commitment per line, each a complete JSON object with
          "schemaVersion" and "asOf"
  csv     RFC 4180, UTF-8 with a BOM (for Excel), CRLF; columns: id, title,
          source, status, state, due, from, to, daysLate, daysLeft, waitingOn,
          deliveredOn, tags (separated by ;), file, line, instance (the time
          of a series that from/to belong to), event, eventDate (an event
          and its date, empty while not known). Text starting with
          = + - @ gets a leading ' so that a spreadsheet does not run it as a
          formula.
  md      a table per state, with links to the source
  ics     a calendar (RFC 5545): for every open commitment with an end date, an all-day
          event on the last day of its window; overdue ones included; a series
          gets an event per time up to --horizon

Examples:
  $ toezegging export --format csv -o commitments.csv
  $ toezegging export -o commitments.ics      the format follows from the extension
  $ toezegging export --format ndjson | jq -c 'select(.state == "overdue")'
  $ toezegging export --format md --as-of 2026-11-28 > overview.md
  $ toezegging export -o commitments.ics --horizon 2y
                                              series two years ahead

When the file cannot be written, export exits with code 2.`,
    },
  },

  // --- `timeline`, `completion` and the pager (owned by src/commands/timeline.ts, completion.ts, src/cli/pager.ts) ---
  timeline: {
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    waitingOn: (id: string) => `waits on ${id}`,
    endedBefore: (date: string) => `until ${date}`,
    startsAfter: (date: string) => `from ${date}`,
    today: (date: string) => `today (${date})`,
    beyond: 'continues beyond the chart',
    empty: (from: string, to: string) => `No commitments with a deadline between ${from} and ${to}.`,
    badRange: (from: string, to: string) => `--from ${from} is after --to ${to}; choose an earlier --from.`,
    help: {
      description: 'timeline of the deadlines: a bar across the months for each open commitment, with today marked',
      from: `start of the timeline (${DATE_FORMS_EN}; default: see below)`,
      to: `end of the timeline (${DATE_FORMS_EN})`,
      state: (states: string) => `only these states: ${states}`,
      tag: 'only commitments with one of these tags',
      examples: `
By default the timeline runs from the earliest start (at most 6 months back) to the
latest end (at least 6 months ahead, at most 24 months in all), in whole months, and
always includes today. Delivered commitments are added when their window is in view.
Without colour: █ running, ▒ upcoming, ▓ overdue, ░ delivered; ◀ and ▶ mean the
window continues beyond the chart.

Examples:
  $ toezegging timeline
  $ toezegging timeline --as-of 2026-03-01
  $ toezegging timeline --from 2026-01-01 --to 2026-12-31
  $ toezegging timeline --state overdue,due --tag mensenhandel`,
    },
  },

  completion: {
    help: {
      description: 'print a script that completes commands, options and ids with Tab (bash, zsh or fish)',
      shell: 'the shell',
      examples: `
Install:
  bash  $ mkdir -p ~/.local/share/bash-completion/completions
        $ toezegging completion bash > ~/.local/share/bash-completion/completions/toezegging
        or in ~/.bashrc: source <(toezegging completion bash)
  zsh   $ toezegging completion zsh > "\${fpath[1]}/_toezegging"
        or in ~/.zshrc, after compinit: source <(toezegging completion zsh)
  fish  $ toezegging completion fish > ~/.config/fish/completions/toezegging.fish

Ids are read from the register while completing (with --data when it is on the line).`,
    },
  },

  pager: {
    help: 'do not send long output through the pager ($PAGER, default less); also TOEZEGGING_PAGER= or PAGER=cat',
  },

  // --- `import tk` (owned by src/commands/import.ts and src/import) ---
  import: {
    read: (origin: string, records: number, pages: number | undefined, considered: number) =>
      `Tweede Kamer (${origin}): read ${records} ${records === 1 ? 'record' : 'records'}${pages === undefined ? '' : ` in ${pages} ${pages === 1 ? 'page' : 'pages'}`}, ${considered} after the filters`,
    counts: (added: number, updated: number, unchanged: number, removed: number) =>
      `added ${added}, updated ${updated}, unchanged ${unchanged}, removed ${removed}`,
    deadlines: (date: number, text: number, kept: number, none: number, event: number) =>
      `deadlines: ${date} from DatumNakoming, ${text} from the text${event > 0 ? ` (of which ${event} tied to an event without a date)` : ''}, ${none} without a deadline${kept > 0 ? `, ${kept} corrected locally and kept` : ''}`,
    unknownStatus: (nummer: string, value: string) => `${nummer}: unknown status "${value}"; not imported (an existing commitment is left as it was)`,
    undated: (nummer: string) => `${nummer}: no number and no date, so no month to file it under; not imported`,
    elsewhere: (nummer: string, file: string) => `${nummer}: lives in ${file}, not in tk/; not updated (move the commitment back to tk/ or delete it there)`,
    collision: (id: string, records: string) => `${records}: would all get the id ${id}; not imported`,
    collisionHeld: (id: string, records: string, file: string) => `${records}: would get the id ${id}, but that is another commitment in ${file}; not imported`,
    ignored: (count: number) => `ignored ${count} ${count === 1 ? 'item without an Id: not a record' : 'items without an Id: not records'}`,
    newFile: (path: string) => `${path} (new)`,
    nothingChanged: 'Nothing changed.',
    wrote: (files: string) => `Wrote: ${files}`,
    wouldWrite: (files: string) => `Dry run, nothing written. Would write: ${files}`,
    remembered: (at: string) => `The next import asks only for what changed in the API after ${at}, with a few minutes' overlap (import.tk.last_sync).`,
    migrated: 'import.tk.last_sync was still a GewijzigdOp, which misses changes that reach the API later; so everything was read once again.',
    wouldRemember: (at: string) => `Would set import.tk.last_sync to ${at}.`,
    progress: (pages: number, records: number) => `page ${pages}, ${records} records read…`,
    wouldBreak: (errors: number) => `the import would make the register invalid (${errors === 1 ? '1 error' : `${errors} errors`}); nothing was written. Please report this as a bug in toezegging.`,
    locked: (file: string, pid: number | undefined, seconds: number) =>
      `another process is updating the register${pid === undefined ? '' : ` (pid ${pid})`}; after waiting ${seconds === 1 ? '1 second' : `${seconds} seconds`} nothing was written. Try again in a moment. If this persists, look at ${file}.`,
    bundled: 'import writes to a register: choose one with --data DIR (a new, empty folder is fine) or TOEZEGGING_DATA.',
    urlAndFrom: '--url and --from do not go together: read from the Kamer (through --url if need be) or from a file.',
    badUrl: (value: string) => `--url: "${value}" is not an http(s) address.`,
    badSince: (value: string) => `--since: "${value}" is not a date (${DATE_FORMS_EN}) or an instant (2025-01-14T10:23:45+01:00).`,
    offline: (host: string, code: string) => `cannot reach ${host} (${code}); check the network connection, or read saved responses with --from FILE.`,
    timeout: (host: string, wait: string) => `${host} did not answer within ${wait}, even after retrying; try again later.`,
    http: (url: string, status: string) => `${url} answered ${status}; nothing was written.`,
    notOdata: (url: string, detail: string) => `${url} gave no OData response (${detail}); is --url right?`,
    loop: (url: string) => `${url}: the source points to a page already read; nothing was written.`,
    fromUnreadable: (file: string, code: string) => `cannot read ${file}: ${systemReasonEn(code)}.`,
    fromInvalid: (file: string, reason: 'empty' | 'not-json' | 'no-records' | 'changed', line: number | undefined) =>
      reason === 'changed'
        ? `${file}${line === undefined ? '' : `:${line}`}: the file changed while it was read; nothing was written.`
        : `${file}${line === undefined ? '' : `:${line}`}: ${
            reason === 'empty' ? 'the file is empty' : reason === 'not-json' ? 'not JSON' : 'not an OData response, a list of records or a record'
          }. Expected: one response ({"value": [...]}), a list of records, or NDJSON (one record or response per line).`,
    help: {
      description: 'import promises from a public register',
      tk: "import the Tweede Kamer's register of promises (open data) and keep it in sync",
      url: "read from this OData address (default: the Tweede Kamer's data warehouse)",
      from: 'read saved responses from a file: one response, a list of records, or NDJSON',
      ministerie: 'only promises whose ministry contains this text (case does not matter)',
      status: (statuses: string) => `only this status: ${statuses}, or the Kamer's names, such as Openstaand or "Deels Voldaan"`,
      since: `only what changed after this date (${DATE_FORMS_EN}) or instant (2025-01-14T10:23:45+01:00); default: import.tk.last_sync from the config`,
      dryRun: 'show what would change, without writing anything',
      json: 'the summary as JSON',
      groupExamples: `
Examples:
  $ toezegging import tk --data ~/toezeggingen
  $ toezegging import tk --help               every option, and how updating works`,
      examples: (saveLoop: string) => `
Promises go to tk/YYYY-MM.yaml, one file per month of their number
(TZ202412-116 → id tz202412-116 in tk/2024-12.yaml). Importing again makes no
duplicates: title, quote, made, due, status, delivered, to and imported follow the
Kamer; question, depends_on, tags, notes and history are yours and are kept.
The deadline is DatumNakoming ("uiterlijk <date>"), or else a deadline phrase found
literally in the text ("voor de zomer"); imported.due_from says which. Set
imported.due_from: local to correct a deadline yourself: the import then leaves it.
What the Kamer deletes stays, as lapsed, with imported.removed: true.
After a full import from the Kamer (without --ministerie and --status),
toezegging.config.yaml remembers the latest change; next time only what is new comes.

Examples:
  $ toezegging import tk --data ~/toezeggingen
  $ toezegging import tk --data ~/toezeggingen --ministerie justitie --status openstaand
  $ toezegging import tk --data ~/toezeggingen --since 2025-01-01 --dry-run
  $ toezegging import tk --data ~/toezeggingen --from toezeggingen.ndjson

Saved responses, for a machine without a network say: every page with \$expand
(letters, recipients, linked promises), until an empty page:
${saveLoop}

Exit codes: 0 ok (also when nothing changed), 2 usage error, 3 source or register unreadable.`,
    },
  },
  // --- `extract` (owned by src/commands/extract.ts and src/extract) ---
  extract: {
    draftHeader: 'Drafted by toezegging extract from the letter itself: check every commitment before you rely on it.',
    untitled: '(untitled letter)',
    cueComment: (confidence: number, cues: readonly string[]) => `confidence ${confidence.toFixed(2)}${cues.length > 0 ? `; cues: ${cues.map((cue) => `"${cue}"`).join(', ')}` : ''}`,
    restatesNote: 'Restates an earlier promise (the letter says it was promised before).',
    dateInferredNote: (date: string) =>
      `The letter itself is undated. It gives ${date} as the date of something that already happened, so it was written on or after that day; the date here is that earliest possible day.`,
    dateNoneNote: 'The letter itself is undated and dates nothing that already happened; the date here is the day it was read in.',
    noDate: (date: string) => `the letter has no date; deadlines are anchored on ${date} (today). Give the letter's date with --date YYYY-MM-DD.`,
    inferredDate: (date: string) => `the letter has no date; it was written on or after ${date} (the latest earlier date it mentions). Give the right date with --date if you know it.`,
    summary: (found: number, skipped: number) =>
      `${found === 1 ? '1 commitment' : `${found} commitments`} found${skipped > 0 ? `; ${skipped === 1 ? '1 sentence' : `${skipped} sentences`} looked like one but ${skipped === 1 ? 'was' : 'were'} skipped (--json says why)` : ''}.`,
    noText: (file: string) => `${file}: there is no text in it to read.`,
    noTextLayer: (file: string) => `${file}: there is no text in it to read (a scanned PDF without a text layer? toezegging does no text recognition).`,
    /** How the messages name the letter read from `-`. */
    standardInput: 'standard input',
    empty: (file: string) => `${file} is empty.`,
    tooLarge: (file: string, megabytes: number) => `${file} is larger than ${megabytes} MB; toezegging does not read a letter that size.`,
    tooLong: (file: string, millions: number) => `${file} holds more than ${millions} million characters of text; toezegging does not read a text that long as a letter.`,
    unsupported: (file: string) => `${file}: unknown format. toezegging extract reads plain text (UTF-8, UTF-16 with a BOM or Windows-1252), HTML, PDF and DOCX.`,
    unreadable: (file: string, code: string) => `cannot read ${file}: ${systemReasonEn(code)}.`,
    badPdf: (file: string) => `${file} is not a readable PDF (damaged or incomplete).`,
    encryptedPdf: (file: string) => `${file} is an encrypted PDF; toezegging cannot open it. Save it without a password and try again.`,
    badDocx: (file: string) => `${file} is not a readable Word document (DOCX).`,
    sourceExists: (id: string) => `the register already has a source ${id}; choose another id with --source-id, or add commitments with toezegging add --source ${id}.`,
    writeNothing: 'no commitment found in the letter; nothing was written.',
    written: (file: string, count: number) => `Written: ${file} (${count === 1 ? '1 commitment' : `${count} commitments`}).`,
    wouldWrite: (file: string, count: number) => `Would write: ${file} (${count === 1 ? '1 commitment' : `${count} commitments`}).`,
    reviewNeedsTerminal: '--review asks questions and works only at a terminal; otherwise use --json or the YAML output.',
    review: {
      heading: (index: number, total: number, confidence: number) => `Commitment ${index} of ${total} (confidence ${confidence.toFixed(2)})`,
      cues: 'cues',
      question: 'Keep it? [y]es, [e]dit the title, change the [d]eadline, [s]kip, [q]uit',
      keys: { accept: 'y', edit: 'e', due: 'd', skip: 's', quit: 'q' },
      help: 'Answer y (keep), e (edit the title), d (change the deadline), s (skip) or q (quit; the rest is skipped).',
      due: 'deadline',
      noDue: '(none)',
      after: (id: string) => `after ${id}`,
      aborted: 'stopped; nothing was written.',
      editTitle: 'Title',
      editDue: 'Deadline (empty: none)',
      unknownDue: (phrase: string) => `unknown deadline "${phrase}"; try again (toezegging explain PHRASE shows what works).`,
      dueOutOfRange: (phrase: string) => `the deadline "${phrase}" falls outside the dates toezegging handles (${FIRST_DATE} through ${LAST_DATE}); try again.`,
      recessWithoutDates: (phrase: string, recess: string, year?: number) =>
        `the deadline "${phrase}" is known, but ${RECESS_WITHOUT_DATES_EN(recess, year)}; try again with a date or another deadline.`,
      kept: (count: number, total: number) => `Kept ${count} of ${total} commitments.`,
    },
    suggestions: {
      heading: 'This letter may concern open commitments in the register:',
      deliver: (id: string, date: string) => `${id}: perhaps delivered by it → toezegging deliver ${id} --on ${date}`,
      reschedule: (id: string, phrase: string) => `${id}: perhaps postponed (uitstelbrief) → toezegging set ${id} due "${phrase}"`,
      rescheduleNoPhrase: (id: string) => `${id}: perhaps postponed (uitstelbrief), without a new deadline → toezegging note ${id} "uitstelbrief"`,
      why: (reasons: string) => `    (${reasons})`,
      reasons: { ref: 'same reference', title: 'resembles the title', quote: 'resembles the quote' },
      nothingChanged: 'These are suggestions; nothing was changed.',
    },
    help: {
      description: "draft a letter's commitments from the letter itself (text, HTML, PDF or DOCX)",
      file: 'the letter: a file, or - for standard input',
      date: `the letter's date (${DATE_FORMS_EN}), when it does not state it or states it wrongly`,
      sourceId: "the source's id (by default the letter's own reference, such as 2025Z19579)",
      json: 'as JSON: the source, the commitments with their cues and confidence, and the sentences skipped',
      write: 'add the source with its commitments to the register (locked, atomic, validated)',
      dryRun: 'with --write: show the change as a diff and write nothing',
      review: 'go through the commitments one by one at a terminal: keep, edit or skip',
      examples: `
Examples:
  $ toezegging extract letter.pdf                         the commitments as a YAML source file
  $ toezegging extract answers.html --json               with the cues behind each commitment
  $ toezegging extract letter.docx --date 2025-12-08 --write --dry-run
  $ curl -s https://www.tweedekamer.nl/... | toezegging extract -

What counts: the government undertaking to do or send something (informeren, sturen,
delen, aanbieden, rapporteren, terugkomen op; zal, streef ernaar, is voornemens, zeg toe).
Not a commitment: questions, requests of the Kamer, what already happened, what is sent
with this letter, and what will not happen.

Exit codes: 0 ok (also without commitments), 2 usage error, 3 letter or register unreadable.`,
    },
  },
  // --- register changes: init, add, deliver, set, note (owned by src/write and those commands) ---
  write: {
    noRegister: 'the bundled example register is not changed. Start a register of your own with toezegging init DIR, or choose one with --data DIR or TOEZEGGING_DATA.',
    alreadyInvalid: (errors: number) => `the register already has ${errors === 1 ? '1 error' : `${errors} errors`}; nothing was changed. First fix what toezegging check reports.`,
    wouldBreak: (errors: number) => `this change would make the register invalid (${errors === 1 ? '1 error' : `${errors} errors`}, see above); nothing was written.`,
    locked: (lockPath: string, holder: string, seconds: number) => `the register is being changed by ${holder}; after waiting ${seconds === 1 ? '1 second' : `${seconds} seconds`} nothing was written. Try again shortly. If no toezegging is running any more, remove the lock: ${lockPath}`,
    lockHolder: (pid: number, host: string, since: string) => `process ${pid} on ${host} (since ${since})`,
    lockHolderUnknown: 'another process',
    changedOnDisk: (file: string) => `${file} was changed by another program while toezegging was editing it; nothing was written. Run the command again.`,
    outsideRegister: (file: string, target: string) => `${file} leads (through a symbolic link) to ${target}, outside the register folder; toezegging does not write there.`,
    cannotEdit: (where: string) => `cannot edit ${where}: the YAML there has a shape toezegging cannot change safely. Edit the file by hand.`,
    unknownDue: (phrase: string, suggestions: readonly string[]) =>
      `unknown deadline "${phrase}"; nothing was written.\nKnown forms close to it:\n${suggestions.map((s) => `  ${s}`).join('\n')}\n${EXPLICIT_DUE_CLI_EN}\n(toezegging explain PHRASE shows how a deadline is read.)`,
    dueOutOfRange: (phrase: string) => `the deadline "${phrase}" falls outside the dates toezegging handles (${FIRST_DATE} through ${LAST_DATE}); nothing was written.`,
    recessWithoutDates: (phrase: string, recess: string, year?: number) =>
      `the deadline "${phrase}" is known, but ${RECESS_WITHOUT_DATES_EN(recess, year)}; nothing was written.\n${ADD_RECESS_EN(recess)}`,
    unchanged: 'Nothing changed: the value was already so.',
    dryRunNothingWritten: '(--dry-run: nothing written; the change is on stdout above, as a diff)',
    badUrl: (value: string) => `--url: "${value}" is not a web address; write a whole address starting with https://.`,
    deliveredInFuture: (on: string, asOf: string) => `--on ${on} is after today (${asOf}); a delivery cannot lie in the future.`,
    delivered: (id: string, on: string) => `${id}: delivered on ${on}.`,
    wouldDeliver: (id: string, on: string) => `${id}: would be recorded as delivered on ${on}.`,
    replacedDelivery: (id: string, previous: string, on: string, partly: boolean) =>
      `${id} was already recorded as ${partly ? 'partly ' : ''}delivered on ${previous}; that date is replaced by ${on} (an earlier --ref or --url stays unless you give a new one).`,
    deliveredPartly: (id: string, on: string) => `${id}: partly delivered on ${on}; the commitment stays open.`,
    wouldDeliverPartly: (id: string, on: string) => `${id}: would be recorded as partly delivered on ${on}; the commitment would stay open.`,
    deliveredInstance: (id: string, n: number, on: string) => `${id}: time ${n} of the series delivered on ${on}.`,
    wouldDeliverInstance: (id: string, n: number, on: string) => `${id}: time ${n} of the series would be recorded as delivered on ${on}.`,
    noInstance: (id: string) => `${id}: the calendar does not know the next time of this series; add the recess dates to toezegging.config.yaml.`,
    partialInstance: (id: string) => `${id} is a recurring commitment: each time is delivered whole, so --partial does not apply.`,
    emptyNote: 'the note is empty; give some text, e.g. toezegging note ID "postponement letter received".',
    noted: (id: string, on: string, note: string) => `${id}: note of ${on} added to history: ${note}`,
    wouldNote: (id: string, on: string, note: string) => `${id}: note of ${on} would be added to history: ${note}`,
    useDeliver: (id: string) => `status delivered needs a delivery date; use toezegging deliver ${id} --on YYYY-MM-DD.`,
    set: (id: string, field: string, value: string) => `${id}: ${field} is now ${value === '' ? '(empty)' : value}.`,
    wouldSet: (id: string, field: string, value: string) => `${id}: ${field} would become ${value === '' ? '(empty)' : value}.`,
    badField: (field: string, suggestion: string | undefined, allowed: string) =>
      `field "${field}" cannot be changed with set${suggestion ? `; did you mean ${suggestion}?` : '.'} Choose from ${allowed} (delivering: toezegging deliver; notes: toezegging note).`,
    notEventBound: (id: string) => `${id} is not tied to an event; event-date applies only to a deadline such as "voor het commissiedebat X".`,
    emptyValue: (field: string) => `${field}: give a value.`,
    eventBeforeMade: (id: string, date: string, made: string, to: string) =>
      `event-date ${date} is before the day ${id} was promised (${made}): its deadline would have passed on ${to}, before the promise existed. Nothing was written; check the date (a typo in the year or month?).`,
    badStatus: (value: string, suggestion: string | undefined, allowed: string) => `unknown status "${value}"${suggestion ? `; did you mean ${suggestion}?` : '.'} Choose from ${allowed}.`,
    sourceRequired: (sources: string) => `say with --source which source the commitment comes from${sources ? ` (${sources})` : ''}, or give a new source id with --source-title.`,
    sourceExists: (id: string) => `source ${id} exists already; --source-title, --source-date and --source-type are for a new source only.`,
    badId: (id: string) => `id "${id}" is not valid: use lowercase letters, digits and hyphens, starting with a letter or digit.`,
    dueAndAfter: '--due and --after do not go together: a commitment has one deadline.',
    withinNeedsAfter: '--within goes with --after: how long after the delivery of which commitment.',
    badWithin: (text: string) => `unknown length of time "${text}" for --within; write for example 3 weken, 3 maanden or 1 jaar.`,
    idTaken: (id: string) => `there is already a commitment with id ${id}; choose another with --id.`,
    newSourceNeedsTitle: (id: string) => `source ${id} does not exist yet. For a new source also give --source-title (and possibly --source-date and --source-type).`,
    fileExists: (file: string) => `${file} exists already but does not hold that source; choose another source id.`,
    added: (id: string, file: string) => `Added: ${id} (in ${file}).`,
    wouldAdd: (id: string, file: string) => `Would add: ${id} (in ${file}).`,
    addedWithSource: (id: string, file: string, source: string) => `Added: ${id}, with new source ${source} (in ${file}).`,
    wouldAddWithSource: (id: string, file: string, source: string) => `Would add: ${id}, with new source ${source} (in ${file}).`,
    titleRequired: 'give the commitment with --title (and --source, --due ...); without options toezegging add asks its questions only on a terminal.',
    initExists: (dir: string, files: readonly string[]) => `${dir} already holds ${files.join(', ')}; toezegging init overwrites nothing. Choose an empty folder or remove those files.`,
    initNotFolder: (dir: string) => `${dir} is a file, not a folder; toezegging init makes a register in a folder. Choose a new or empty folder.`,
    initDone: (dir: string) => `New register in ${dir}:`,
    nextSteps: 'Next steps:',
    initNext: [
      'toezegging check                 check the register',
      'toezegging add --source voorbeeld --title "..." --due "voor het zomerreces"',
      'toezegging status                what is overdue, due or upcoming',
    ],
    prompt: {
      sourcesHeading: 'Sources in this register:',
      source: 'Source (number or id; a new id makes a new source)',
      required: 'This is required.',
      newSource: (id: string) => `${id} is a new source.`,
      sourceTitle: 'Title of the source',
      sourceDate: `Date of the source (${DATE_FORMS_EN}, or a month: YYYY-MM)`,
      badSourceDate: (date: string) => `"${date}" is not a date from ${FIRST_DATE} through ${LAST_DATE}; write ${DATE_FORMS_EN}, or a month: YYYY-MM.`,
      sourceType: (types: string) => `Kind of source (${types})`,
      choose: (choices: string) => `Choose from ${choices}.`,
      title: 'Title of the commitment',
      id: 'Id',
      due: 'Deadline, as the source puts it (empty: none)',
      quote: 'Quote from the source (empty: none)',
      tags: 'Tags, comma-separated (empty: none)',
      to: 'Promised to, comma-separated (empty: no one in particular)',
      aborted: 'stopped; nothing was written.',
    },
    init: {
      configComments: [
        'Settings of this register of commitments. Every other *.yaml file in this folder',
        '(and below it) is a source with commitments.',
        '',
        'Days ahead that toezegging status lists upcoming commitments:',
        'horizon: 90',
        '',
        'Language of the output (nl or en):',
        'lang: en',
        '',
        'Recess dates that take precedence over the shipped calendar:',
        'calendar:',
        '  recesses:',
        '    - name: zomerreces',
        '      first: 2026-07-03',
        '      last: 2026-08-31',
      ],
      exampleComments: [
        'A source file: one letter, answered parliamentary questions, debate or motion, with its commitments.',
        'This is an example: replace it with a real source, or delete it.',
        'New commitments: toezegging add. Delivered: toezegging deliver ID --on YYYY-MM-DD.',
        '',
      ],
      exampleSourceTitle: 'Example letter (replace with the title of the letter)',
      exampleTitle: 'Inform parliament of the progress (example)',
      exampleQuote: 'Ik zal uw Kamer binnen drie maanden informeren over de voortgang.',
      exampleTag: 'example',
      exampleDueComment: (date: string) => `"binnen 3 maanden" after the date of the source: by ${date}.`,
      gitignoreComment: 'toezegging: the write lock and temporary files of interrupted writes',
    },
    help: {
      dryRun: 'show the change as a diff and write nothing',
      init: 'create a new register: toezegging.config.yaml and a folder toezeggingen/ with an example source',
      initDir: 'folder of the new register (default: --data or the current folder; created when needed)',
      initExamples: `
Examples:
  $ toezegging init
  $ toezegging init ~/commitments

Never overwrites anything: when toezegging.config.yaml or the example file exists, init stops with exit code 2.`,
      add: 'add a commitment, from options or (on a terminal, without options) by answering questions',
      source: 'id of the source; a new id creates a new source file (then also --source-title)',
      title: 'title of the commitment',
      id: 'id (default: derived from the title)',
      due: 'deadline as the source puts it, e.g. "voor het zomerreces"; read from the source\'s date',
      after: 'instead of --due: the deadline starts when this other commitment (id) is delivered',
      within: 'with --after: how long after that delivery, e.g. "3 maanden"',
      quote: 'verbatim quote from the source',
      question: 'number of the parliamentary question',
      status: 'status (default open)',
      tag: 'tags, comma-separated or repeated',
      to: 'to whom it was promised, comma-separated or repeated',
      dependsOn: 'ids of commitments this one depends on',
      sourceTitle: 'title of a new source',
      sourceDate: `date of a new source (${DATE_FORMS_EN}, or a month: YYYY-MM; default today)`,
      sourceType: 'kind of a new source: brief, kamervragen, debat, motie or overig (default)',
      addExamples: `
Examples:
  $ toezegging add --source 2025Z19579 --title "Inform parliament about the pilot" --due "voor het zomerreces"
  $ toezegging add --source 2026D01234 --source-title "Letter about the pilot" --source-date 2026-02-10 \\
      --source-type brief --title "Evaluation to parliament" --due "eind 2026" --tag pilot
  $ toezegging add --title "Plan of action to parliament" --after wodc-onderzoek --within "3 maanden"
  $ toezegging add                    (on a terminal: asks the questions one by one)
  $ toezegging add --title "..." --due "Q3 2026" --dry-run`,
      deliver: 'record that a commitment was delivered (or partly, with --partial)',
      on: `date of delivery (${DATE_FORMS_EN}; default today)`,
      ref: 'what it was delivered with, e.g. "Kamerstuk 28638, nr. 250"',
      url: 'link to the delivered document',
      partial: 'partly delivered: status partial, the commitment stays open',
      deliverExamples: `
Examples:
  $ toezegging deliver wodc-onderzoek --on 2026-09-15 --ref "Kamerstuk 28638, nr. 251"
  $ toezegging deliver spine-eindrapportage --partial --on 2026-07-01
  $ toezegging deliver wodc-onderzoek --on 2026-09-15 --dry-run`,
      set: 'change one field of a commitment: status, due, title, tags, or event-date (the date of the event its deadline is tied to)',
      field: (fields: string) => `the field: ${fields}`,
      value: `the new value (tags: comma-separated; an empty value empties the tags; event-date: ${DATE_FORMS_EN})`,
      setExamples: `
Examples:
  $ toezegging set wodc-onderzoek due "najaar 2026"
  $ toezegging set plan-van-aanpak status lapsed
  $ toezegging set wodc-onderzoek tags mensenhandel,wodc
  $ toezegging set wodc-onderzoek title "WODC study delivered" --dry-run
  $ toezegging set commissiedebat-brief event-date 2026-04-16`,
      note: 'add a note dated today to the history of a commitment',
      noteText: 'the note',
      noteExamples: `
Examples:
  $ toezegging note wodc-onderzoek "postponement letter: delivery after the summer"
  $ toezegging note spine-eindrapportage questions asked about the delay`,
    },
  },
};
