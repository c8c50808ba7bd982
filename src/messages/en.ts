import type { Messages } from './nl.js';
import type { Args, DiagnosticText } from './types.js';
import type { State, Status } from '../core/model.js';
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];


/** All English user-facing text; the shape is that of `nl.ts`. */
export const en: Messages = {
  // --- deadline rules (owned by src/core/deadline) ---
  deadline: {
    months: EN_MONTHS,
    through: 'to',
    parts: { begin: 'early', medio: 'mid', eind: 'end of' },
    ordinals: ['first', 'second', 'third', 'fourth'],
    seasons: { voorjaar: 'spring', zomer: 'summer', najaar: 'autumn', winter: 'winter' },
    meteorological: {
      voorjaar: 'meteorological spring',
      zomer: 'meteorological summer',
      najaar: 'meteorological autumn',
      winter: 'meteorological winter',
    },
    thisSeason: { voorjaar: 'this spring', zomer: 'this summer', najaar: 'this autumn', winter: 'this winter' },
    recesses: {
      zomerreces: 'summer recess',
      kerstreces: 'Christmas recess',
      herfstreces: 'autumn recess',
      voorjaarsreces: 'spring recess',
      meireces: 'May recess',
      verkiezingsreces: 'election recess',
    },
    units: { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] },
    inferred: '(inferred: this date has not been confirmed by parliament)',
    config: "(date from the register's configuration)",
    targets: {
      day: (a) => `${a.date}`,
      month: (a) => `${a.monthName} ${a.year}`,
      'month-part': (a) => `${a.partName} ${a.monthName} ${a.year}`,
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
        `before the budget debates ${a.year}: ${a.range}, from Prinsjesdag to the day before the Christmas recess`,
      'this-year': (a) => `this year (${a.year}): until ${a.to}`,
      'next-year': (a) => `next year (${a.year}): ${a.range}`,
      'this-season': (a) => `${a.thisSeason} (${a.year}): ${a.range}`,
      within: (a) => `within ${a.span}: until ${a.to}, ${a.span} after the date of the promise (${a.from})`,
      span: (a) => `in ${a.span}: ${a.range}, counted from the date of the promise`,
      asap: (a) => `as soon as possible: until ${a.to}, three weeks after the date of the promise`,
      'short-term': (a) => `in the short term: until ${a.to}, six weeks after the date of the promise`,
      after: (a) => `after ${a.after} is delivered: from ${a.from}, without an end date`,
      'after-within': (a) => `within ${a.span} after ${a.after} is delivered: ${a.range}`,
      ongoing: () => 'ongoing: without an end date',
    },
  },

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
        message: (a) => `invalid YAML: ${a.reason}`,
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
      E_DELIVERED_WITHOUT_DATE: {
        message: () => 'the status is `delivered`, but `delivered.on` is missing',
        hint: () => 'Add the day of delivery: `delivered: {on: YYYY-MM-DD}`; without it, on time or late cannot be told.',
      },
      W_DELIVERED_BUT_OPEN: {
        message: (a) => `\`delivered.on\` is ${a.on}, but the status is open`,
        hint: () => 'Set `status: delivered` (or `partial`) if the promise was kept, or remove `delivered.on`.',
      },
      E_DUPLICATE_ID: {
        message: (a) => `id \`${a.id}\` is already used in ${a.firstFile}:${a.firstLine}`,
        hint: () => 'Each commitment has an id of its own across the whole register; choose another id.',
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
      E_BAD_DEADLINE: {
        message: (a) => `unknown deadline \`${a.phrase}\``,
        hint: (a) =>
          a.suggestions ? `Nearest known forms: ${a.suggestions}. Try them with \`toezegging explain\`.` : 'See `toezegging explain` for the deadlines the program knows.',
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
      waiting: 'Waiting on another commitment',
      'no-deadline': 'No deadline',
      delivered: 'Delivered',
      closed: 'Closed',
      lapsed: 'Lapsed',
      ongoing: 'Ongoing',
    },
    afterPending: (id: string, within: string) => (within ? `${within} after ${id} is delivered, which it is not yet` : `after ${id} is delivered, which it is not yet`),
    openEnded: 'no end date',
    openEnd: 'open',
    daysLate: (n: number) => (n === 1 ? '1 day late' : `${n} days late`),
    daysLeft: (n: number) => (n === 0 ? 'last day today' : n === 1 ? '1 day left' : `${n} days left`),
    startsIn: (n: number) => (n === 1 ? 'starts in 1 day' : `starts in ${n} days`),
    waitingOn: (id: string, state: string) => `waits on ${id} (${state})`,
    waitingVia: (id: string, state: string) => `— which waits on ${id} (${state})`,
    deliveredOn: (date: string) => `delivered on ${date}`,
    deliveredOnTime: 'delivered on time',
    deliveredLate: (n: number) => (n === 1 ? 'delivered 1 day late' : `delivered ${n} days late`),
    range: (from: string, to: string) => `${from} to ${to}`,
    until: (to: string) => `by ${to}`,
    from: (from: string) => `from ${from}`,
    inferredShort: 'inferred',
    inferredLong: 'inferred: rests on a recess date the House has not (yet) confirmed',
    statusHeading: (date: string, commitments: number, sources: number) =>
      `Commitments as of ${date}: ${commitments} ${commitments === 1 ? 'commitment' : 'commitments'} from ${sources} ${sources === 1 ? 'source' : 'sources'}`,
    emptyRegister: 'The register holds no commitments yet.',
    beyondHorizon: (n: number, horizon: number) => `and ${n} starting more than ${horizon} days from now (see --horizon)`,
    nothingOpen: 'Nothing open: everything is delivered, closed, lapsed or ongoing.',
    noMatches: 'No commitments match the filters.',
    column: { id: 'ID', state: 'STATE', due: 'DUE BY', standing: 'STANDING', title: 'TITLE' },
    field: {
      state: 'state',
      status: 'status',
      source: 'source',
      by: 'by',
      url: 'url',
      question: 'question',
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
      note: 'note',
    },
    bundledNotice: (dir: string) => `toezegging: no register found; using the bundled example register (${dir}). Choose a register with --data DIR or TOEZEGGING_DATA.`,
    dataDirMissing: (dir: string) => `register folder ${dir} does not exist. Give an existing folder with --data or TOEZEGGING_DATA.`,
    dataDirNotFolder: (dir: string) => `${dir} is not a folder. Give --data the register's folder, not a file.`,
    dataDirUnreadable: (dir: string, reason: string) => `register folder ${dir} cannot be read (${reason}).`,
    invalidRegister: (errors: number) => `the register has ${errors === 1 ? '1 error' : `${errors} errors`}; fix them first (toezegging check lists them all).`,
    badLang: (value: string) => `unknown language "${value}"; choose nl or en.`,
    badAsOf: (value: string, where: string) => `${where}: "${value}" is not a real date; use YYYY-MM-DD, e.g. 2026-11-28.`,
    badDate: (option: string, value: string) => `${option}: "${value}" is not a real date; use YYYY-MM-DD, e.g. 2026-11-28.`,
    badChoice: (option: string, value: string, choices: string) => `${option}: unknown value "${value}"; choose from ${choices}.`,
    badNumber: (option: string, value: string) => `${option}: "${value}" is not a positive whole number.`,
    badJsonFields: (unknown: string, available: string) => `${unknown ? `unknown field for --json: ${unknown}. ` : ''}Available fields:\n  ${available}`,
    unknownId: (id: string, suggestions: string) => `no commitment with id "${id}".${suggestions ? ` Did you mean: ${suggestions}?` : ' See toezegging list for all ids.'}`,
    unknownPhrase: (phrase: string, suggestions: readonly string[]) =>
      `toezegging: unknown deadline "${phrase}".\nKnown forms close to it:\n${suggestions.map((s) => `  ${s}`).join('\n')}`,
    internalError: (detail: string) => `internal error: ${detail}\nThis is a bug in toezegging. Please report it with the command you ran (TOEZEGGING_DEBUG=1 shows details).`,
    help: {
      program: 'Hold the government to its word: promises kept in YAML, their Dutch deadlines as date windows, and what is overdue, due or upcoming.',
      version: 'print the version number',
      help: 'show help for a command',
      helpCommand: 'show help for a command',
      seeHelp: '(use --help to see the options)',
      data: 'register folder (default: TOEZEGGING_DATA, then the nearest folder with toezegging.config.yaml, then the example register)',
      asOf: 'report as if today were this date (YYYY-MM-DD; also TOEZEGGING_TODAY); default: today in the Netherlands',
      lang: 'language of the output (also TOEZEGGING_LANG)',
      noColor: 'no colour (also NO_COLOR=1)',
      programExamples: `
Examples:
  $ toezegging status                         what is overdue, due and upcoming
  $ toezegging status --as-of 2026-03-01      the picture as it was on 1 March 2026
  $ toezegging list --state overdue --sort late
  $ toezegging show spine-eindrapportage
  $ toezegging explain "voor het zomerreces" --anchor 2026-02-10
  $ toezegging check                          validate the register

Exit codes: 0 ok, 1 --fail-on met or check found errors, 2 usage error, 3 unreadable or invalid register.`,
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
      state: 'only these states (overdue, due, upcoming, waiting, no-deadline, delivered, closed, lapsed, ongoing)',
      status_: 'only this stored status (open, delivered, partial, closed, lapsed, ongoing or the Dutch register names)',
      tag: 'only commitments with one of these tags',
      source: 'only from these sources (id)',
      by: 'only from sources whose "by" contains this text',
      sort: (keys: string) => `sort by ${keys} (due = deadline, late = days late, age = longest open)`,
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
      anchor: 'date the promise was made, for relative phrases (default: --as-of or today)',
      explainExamples: `
Examples:
  $ toezegging explain zomer 2026
  $ toezegging explain "voor het zomerreces" --anchor 2026-02-10
  $ toezegging explain "op korte termijn" --anchor 2025-12-15 --json`,
      check: 'validate the register; silent with exit 0 when clean',
      jsonCheck: 'print findings as JSON',
      checkExamples: `
Examples:
  $ toezegging check
  $ toezegging check --data ./my-register --json`,
    },
  },
};
