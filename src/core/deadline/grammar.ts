import { monthNumber, stripFiller } from './normalize.js';

/**
 * The deadline grammar on normalized text (see normalize.ts): a phrase is an
 * optional modifier ("uiterlijk", "voor", "na", "rond", "bij") followed by a
 * target (a day, a period, a season, a recess, a budget event), or one of the
 * phrases relative to the anchor that resolve.ts matches as a whole.
 */

export type Part = 'begin' | 'medio' | 'eind';
export type Season = 'voorjaar' | 'zomer' | 'najaar' | 'winter';
export type Modifier = 'none' | 'by' | 'before' | 'after' | 'around' | 'at' | 'during' | 'course';

/** The year a target names: a number, or relative to the anchor's year (0 this year, 1 next year). */
export type YearRef = { year: number } | { offset: number };

export type EventKind =
  | 'prinsjesdag'
  | 'verantwoordingsdag'
  | 'voorjaarsnota'
  | 'najaarsnota'
  | 'begrotingsbehandeling'
  | 'christmas'
  | 'year-turn';

export type Target = { year?: YearRef } & (
  | { kind: 'day'; day: number; month: number }
  /** A range of days: "in de week van 1 december – 5 december", "de week van 1 - 5 december". */
  | { kind: 'days'; day: number; month: number; toDay: number; toMonth: number }
  | { kind: 'month'; month: number }
  | { kind: 'month-part'; part: Part; month: number }
  | { kind: 'month-half'; half: number; month: number }
  /** Two months joined by a slash or a hyphen: "maart/april 2026". */
  | { kind: 'months'; month: number; toMonth: number }
  /** A whole Monday-to-Sunday week of a month, counted from its first (or, with -1, back from its last): "de tweede week van maart". */
  | { kind: 'month-week'; week: number; month: number }
  | { kind: 'week'; week: number }
  | { kind: 'quarter'; quarter: number }
  | { kind: 'half'; half: number }
  | { kind: 'year' }
  | { kind: 'year-part'; part: Part }
  | { kind: 'during-year' }
  | { kind: 'season'; season: Season }
  | { kind: 'recess'; recess: string }
  | { kind: 'recess-end'; recess: string }
  | { kind: EventKind }
);

/** Ways of saying "before X": all resolve as "voor X" (second table); "eerder dan 1 maart 2016" is "voor 1 maart 2016". */
const BEFORE =
  '(?:voor (?:de )?aanvang van|voorafgaand(?:e)? aan|ten behoeve van|ter voorbereiding (?:op|van)|in aanloop naar|eerder dan|voor|before the start of|before|earlier than|prior to|ahead of|(?:in )?preparation for)';

/** A deadline set or moved ("nieuwe deadline 1 januari 2023", "de deadline wordt verplaatst naar 1 juli 2016"): read as "uiterlijk". */
const DEADLINE_SET =
  '(?:nieuwe |new )?deadline (?:(?:is|wordt|van|te|op|has been|is now|was) )*(?:(?:verplaatst|verschoven|verschuiven|verplaatsen|verlengd|verlengen|uitgesteld|gesteld|vastgesteld|bepaald|moved|extended|set|postponed) )?(?:naar |tot |op |to |at |on )?';

const MODIFIERS: ReadonlyArray<readonly [RegExp, Modifier]> = [
  // "niet later dan 1 maart" as "uiterlijk"; "uiterlijk nog voor de zomer": "nog" is a filler there too.
  [new RegExp(`^(?:uiterlijk|ten laatste|niet later dan|no later than|not later than|by)(?: (?:nog )?(${BEFORE}))? `), 'by'],
  [new RegExp(`^${DEADLINE_SET}(?=\\d)`), 'by'],
  [new RegExp(`^${BEFORE} `), 'before'],
  [/^(?:na|after) /, 'after'],
  [/^(?:rond|rondom|omstreeks|around) /, 'around'],
  [/^(?:gelijktijdig met|tegelijk(?:ertijd)? met|samen met|bij|met|simultaneously with|together with|with|at) /, 'at'],
  [/^(?:tijdens|gedurende|during) /, 'during'],
  // "in de loop van 2026" is its own target (the first table); of any other period it is the rest of that period.
  [/^(?:loop|course) (?:van|of) (?!(?:het jaar |the year )?\d{4}$|dit jaar$|het jaar$|this year$|the year$|volgend jaar$|komend jaar$|next year$)/, 'course'],
];

const PART_WORD = /^(?:begin|start|medio|midden|halverwege|half|eind|einde|end|early|mid|late)\b/;
const NAMED_DAY = /^\d{1,2} [a-z]/;

/**
 * "uiterlijk voor het zomerreces" is "voor het zomerreces": a "by … before"
 * names the "before" deadline. "rond eind april" is "eind april": "rond"
 * before a part of a period is a filler.
 */
export function parseModifier(text: string): { modifier: Modifier; rest: string } {
  for (const [pattern, modifier] of MODIFIERS) {
    const match = pattern.exec(text);
    if (match) {
      const rest = stripFiller(text.slice(match[0].length));
      // "omstreeks 20 januari 2009": around a named day is that day, as "rond" before a part of a period is a filler.
      if (modifier === 'around' && (PART_WORD.test(rest) || NAMED_DAY.test(rest))) return { modifier: 'none', rest };
      const stacked = modifier === 'by' && match[1] !== undefined;
      return { modifier: stacked ? 'before' : modifier, rest };
    }
  }
  return { modifier: 'none', rest: text };
}

const YEAR = '((?:het jaar |the year )?\\d{4}|dit jaar|het jaar|this year|the year|volgend jaar|komend jaar|next year)';
const OF = '(?:van |of )?';

function yearRef(text: string | undefined): YearRef | undefined {
  if (text === undefined) return undefined;
  const named = /\d{4}$/.exec(text);
  if (named) return { year: Number(named[0]) };
  return { offset: /^(?:volgend|komend|next)/.test(text) ? 1 : 0 };
}

/**
 * "begrotingsbehandeling 2026", "begrotingsdebat van 2026", "de behandeling van de begroting 2026": as the Kamer uses
 * the words, the debates on the 2026 budget, held in the autumn of 2025 (the lead's decision D5 of session 33). "dit
 * jaar", "volgend jaar" name the autumn meant.
 */
function budgetYearRef(text: string | undefined): YearRef | undefined {
  const year = yearRef(text);
  return year !== undefined && 'year' in year ? { year: year.year - 1 } : year;
}

const PARTS: Record<string, Part> = {
  begin: 'begin', start: 'begin', beginning: 'begin', early: 'begin',
  medio: 'medio', midden: 'medio', halverwege: 'medio', half: 'medio', mid: 'medio', middle: 'medio',
  eind: 'eind', einde: 'eind', end: 'eind', late: 'eind',
};
const PART = `(${Object.keys(PARTS).join('|')})`;

const ORDINALS: Record<string, number> = {
  eerste: 1, '1e': 1, first: 1, '1st': 1,
  tweede: 2, '2e': 2, second: 2, '2nd': 2,
  derde: 3, '3e': 3, third: 3, '3rd': 3,
  vierde: 4, '4e': 4, fourth: 4, '4th': 4, laatste: 4, last: 4,
};
const ORDINAL = `(${Object.keys(ORDINALS).join('|')})`;

const SEASONS: Record<string, Season> = {
  voorjaar: 'voorjaar', lente: 'voorjaar', spring: 'voorjaar',
  zomer: 'zomer', summer: 'zomer',
  najaar: 'najaar', herfst: 'najaar', autumn: 'najaar', fall: 'najaar',
  winter: 'winter',
};
export const SEASON = `(${Object.keys(SEASONS).join('|')})`;

export function seasonOf(word: string): Season | undefined {
  return SEASONS[word];
}

/** "voor het reces" names no recess: the first one of any kind is meant, which only the anchor can tell (D12). */
export const ANY_RECESS = 'reces';

const RECESSES: Record<string, string> = {
  zomerreces: 'zomerreces', 'summer recess': 'zomerreces',
  kerstreces: 'kerstreces', 'christmas recess': 'kerstreces',
  herfstreces: 'herfstreces', 'autumn recess': 'herfstreces',
  voorjaarsreces: 'voorjaarsreces', krokusreces: 'voorjaarsreces', 'spring recess': 'voorjaarsreces',
  meireces: 'meireces', 'may recess': 'meireces',
  verkiezingsreces: 'verkiezingsreces', 'election recess': 'verkiezingsreces',
  reces: ANY_RECESS, recess: ANY_RECESS,
};

const EVENTS: Record<string, EventKind> = {
  prinsjesdag: 'prinsjesdag', 'budget day': 'prinsjesdag',
  verantwoordingsdag: 'verantwoordingsdag', 'accountability day': 'verantwoordingsdag',
  voorjaarsnota: 'voorjaarsnota', 'spring memorandum': 'voorjaarsnota',
  najaarsnota: 'najaarsnota', 'autumn memorandum': 'najaarsnota',
  begrotingsbehandeling: 'begrotingsbehandeling', begrotingsbehandelingen: 'begrotingsbehandeling',
  begrotingsdebat: 'begrotingsbehandeling', begrotingsdebatten: 'begrotingsbehandeling',
  'budget debate': 'begrotingsbehandeling', 'budget debates': 'begrotingsbehandeling',
  kerst: 'christmas', kerstmis: 'christmas', kerstdagen: 'christmas', christmas: 'christmas',
  jaarwisseling: 'year-turn', 'turn of the year': 'year-turn',
};

/** "het zomerreces 2012 van de Tweede Kamer": the recesses are the Kamer's; naming it changes nothing. */
const OF_THE_KAMER = '(?: (?:van|of) (?:de |the )?(?:tweede |eerste )?(?:kamer|house))?';

/** "komende", "eerstvolgende": the next one, which is what a recess or event without a year means anyway. */
const NEXT = '(?:(?:komende|aankomende|eerstvolgende|eerstkomende|volgende|next|upcoming|coming) )?';

/**
 * "de behandeling van de begroting (van het Ministerie van …)": the budget
 * debate. A year right after "begroting", or after its owner ("de begroting
 * van dit departement voor 1981"), is the budget year, debated the autumn
 * before ("de begroting 2027" in 2026). The debate may be called parliamentary
 * or oral, be of one chapter ("de behandeling van hoofdstuk XIII van de
 * rijksbegroting voor het jaar 1988"), and the year follow "voor het jaar".
 */
const BUDGET_DEBATE =
  /^(?:(?:parlementaire|mondelinge|openbare|plenaire) )?behandeling van (?:hoofdstuk [ivx]+[ab]? van )?de (?:[a-z]+-?)?begroting(?:en)?(?:(?: (?:voor |van )?(?:het jaar )?(\d{4}))?(?: (?:van|voor) (?!\d)[a-z ]+)?| van (?!\d)[a-z ]+? voor (?:het jaar )?(\d{4}))$/;
/** "de EZK-begrotingsbehandeling 2025", "het OCW-begrotingsdebat": a ministry's budget debate, as the budget debate. */
const OWNED_BUDGET_DEBATE = /^[a-z]+-(?:begrotingsbehandeling(?:en)?|begrotingsdebat(?:ten)?)(?: (?:van |voor )?(\d{4}))?$/;

type Rule = readonly [RegExp, (m: RegExpExecArray) => Target | undefined];

const num = (text: string | undefined): number => Number(text);

function month(word: string | undefined, build: (month: number) => Target): Target | undefined {
  const number = word === undefined ? undefined : monthNumber(word);
  return number === undefined ? undefined : build(number);
}

/** The spending notes, and the words of their presentation, which is the note's own moment; the finder reads the same words. */
export const SPENDING_NOTE = 'voorjaarsnota|najaarsnota|spring memorandum|autumn memorandum';
export const NOTE_PRESENTED = 'presentatie|publicatie|verschijning|aanbieding|indiening|presentation|publication';

/** Targets, tried in order; the first whose pattern matches and yields a target wins. */
const TARGETS: readonly Rule[] = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => ({ kind: 'day', day: num(m[3]), month: num(m[2]), year: { year: num(m[1]) } })],
  [/^(\d{1,2})-(\d{1,2})-(\d{4})$/, (m) => ({ kind: 'day', day: num(m[1]), month: num(m[2]), year: { year: num(m[3]) } })],
  [
    new RegExp(`^week van (\\d{1,2})(?: ([a-z]+))? ?- ?(\\d{1,2}) ([a-z]+)(?: ${OF}${YEAR})?$`),
    (m) =>
      month(m[4], (toMonth) => ({
        kind: 'days',
        day: num(m[1]),
        month: m[2] === undefined ? toMonth : (monthNumber(m[2]) ?? 0),
        toDay: num(m[3]),
        toMonth,
        year: yearRef(m[5]),
      })),
  ],
  // "20-21 juni", "23–24 juni", "26/27 april a.s.": the days of one meeting, written as a range within a month.
  [
    new RegExp(`^(\\d{1,2}) ?[-/] ?(\\d{1,2}) ([a-z]+)(?: ${OF}${YEAR})?$`),
    (m) =>
      num(m[2]) > num(m[1])
        ? month(m[3], (n) => ({ kind: 'days', day: num(m[1]), month: n, toDay: num(m[2]), toMonth: n, year: yearRef(m[4]) }))
        : undefined,
  ],
  // "16 november van dit jaar", "1 juli van 2026": a day with its year after "van".
  [new RegExp(`^(\\d{1,2}) ([a-z]+)(?: ${OF}${YEAR})?$`), (m) => month(m[2], (n) => ({ kind: 'day', day: num(m[1]), month: n, year: yearRef(m[3]) }))],
  [new RegExp(`^([a-z]+) (\\d{1,2})(?: ${YEAR})?$`), (m) => month(m[1], (n) => ({ kind: 'day', day: num(m[2]), month: n, year: yearRef(m[3]) }))],
  // An ISO week: "week 6 van 2009", "week 6 of 2009", "wk 12 2026".
  [new RegExp(`^(?:week|wk) (\\d{1,2})(?: ${OF}${YEAR})?$`), (m) => ({ kind: 'week', week: num(m[1]), year: yearRef(m[2]) })],
  [/^(\d{4})-(\d{2})$/, (m) => ({ kind: 'month', month: num(m[2]), year: { year: num(m[1]) } })],
  [
    new RegExp(`^([a-z]+) ?[/-] ?([a-z]+)(?: ${OF}${YEAR})?$`),
    (m) => {
      const [month, toMonth] = [monthNumber(m[1]!), monthNumber(m[2]!)];
      return month !== undefined && toMonth !== undefined && toMonth > month ? { kind: 'months', month, toMonth, year: yearRef(m[3]) } : undefined;
    },
  ],
  [
    new RegExp(`^(eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e|first|second|third|fourth|last) (?:week|weekend) (?:van|of) ([a-z]+)(?: ${YEAR})?$`),
    (m) => month(m[2], (n) => ({ kind: 'month-week', week: /^(?:laatste|last)$/.test(m[1]!) ? -1 : ORDINALS[m[1]!]!, month: n, year: yearRef(m[3]) })),
  ],
  // "(in) de maand maart": the month named with its noun.
  [new RegExp(`^(?:maand |month of )?([a-z]+)(?: ${OF}${YEAR})?$`), (m) => month(m[1], (n) => ({ kind: 'month', month: n, year: yearRef(m[2]) }))],
  [
    // "medio mei van dit jaar", "eind juni van 2026": the year after "van" as after a month alone.
    new RegExp(`^${PART} ${OF}([a-z]+)(?: ${OF}${YEAR})?$`),
    (m) => month(m[2], (n) => ({ kind: 'month-part', part: PARTS[m[1]!]!, month: n, year: yearRef(m[3]) })),
  ],
  [
    new RegExp(`^(eerste|tweede|1e|2e|first|second) (?:helft|half) (?:van|of) ([a-z]+)(?: ${OF}${YEAR})?$`),
    (m) => month(m[2], (n) => ({ kind: 'month-half', half: ORDINALS[m[1]!]!, month: n, year: yearRef(m[3]) })),
  ],
  // "in augustus, in de tweede helft": a half said after the month it divides, in apposition, is that month's half.
  [
    new RegExp(`^([a-z]+)(?: ${OF}${YEAR})? (?:in )?de (eerste|tweede|1e|2e) helft$`),
    (m) => month(m[1], (n) => ({ kind: 'month-half', half: ORDINALS[m[3]!]!, month: n, year: yearRef(m[2]) })),
  ],
  [new RegExp(`^q([1-4])(?: ${OF}${YEAR})?$`), (m) => ({ kind: 'quarter', quarter: num(m[1]), year: yearRef(m[2]) })],
  [/^(\d{4})-q([1-4])$/, (m) => ({ kind: 'quarter', quarter: num(m[2]), year: { year: num(m[1]) } })],
  [
    new RegExp(`^${ORDINAL} (?:kwartaal|quarter)(?: ${OF}${YEAR})?$`),
    (m) => ({ kind: 'quarter', quarter: ORDINALS[m[1]!]!, year: yearRef(m[2]) }),
  ],
  [new RegExp(`^h([12])(?: ${OF}${YEAR})?$`), (m) => ({ kind: 'half', half: num(m[1]), year: yearRef(m[2]) })],
  [/^(\d{4})-h([12])$/, (m) => ({ kind: 'half', half: num(m[2]), year: { year: num(m[1]) } })],
  // "het tweede halfjaar van 2026", "de eerste jaarhelft": a half of the year in one word.
  [
    new RegExp(`^${ORDINAL} (?:helft|half|halfjaar|jaarhelft)(?: ${OF}${YEAR})?$`),
    (m) => {
      const half = ORDINALS[m[1]!]!;
      return half <= 2 ? { kind: 'half', half, year: yearRef(m[2]) } : undefined;
    },
  ],
  [/^(\d{4})$/, (m) => ({ kind: 'year', year: { year: num(m[1]) } })],
  [new RegExp(`^${PART} ${OF}${YEAR}$`), (m) => ({ kind: 'year-part', part: PARTS[m[1]!]!, year: yearRef(m[2]) })],
  [new RegExp(`^(?:loop|course) (?:van|of) ${YEAR}$`), (m) => ({ kind: 'during-year', year: yearRef(m[1]) })],
  [new RegExp(`^${SEASON}(?: ${OF}${YEAR})?$`), (m) => ({ kind: 'season', season: SEASONS[m[1]!]!, year: yearRef(m[2]) })],
  [
    new RegExp(`^(?:einde?|end) (?:van |of )(?:het |the )?${NEXT}(${Object.keys(RECESSES).join('|')})(?: ${OF}${YEAR})?${OF_THE_KAMER}$`),
    (m) => ({ kind: 'recess-end', recess: RECESSES[m[1]!]!, year: yearRef(m[2]) }),
  ],
  [
    new RegExp(`^${NEXT}(${Object.keys(RECESSES).join('|')})(?: ${OF}${YEAR})?${OF_THE_KAMER}$`),
    (m) => ({ kind: 'recess', recess: RECESSES[m[1]!]!, year: yearRef(m[2]) }),
  ],
  [
    new RegExp(`^${NEXT}(${Object.keys(EVENTS).join('|')})(?: ${OF}${YEAR})?$`),
    (m) => ({ kind: EVENTS[m[1]!]!, year: EVENTS[m[1]!] === 'begrotingsbehandeling' ? budgetYearRef(m[2]) : yearRef(m[2]) }),
  ],
  [BUDGET_DEBATE, (m) => ({ kind: 'begrotingsbehandeling', year: budgetYearRef(m[1] ?? m[2]) })],
  [OWNED_BUDGET_DEBATE, (m) => ({ kind: 'begrotingsbehandeling', year: budgetYearRef(m[1]) })],
  // "vóór de presentatie van de Voorjaarsnota": the note's presentation is the note's own moment.
  [
    new RegExp(`^(?:${NOTE_PRESENTED}) (?:van|of) (?:de |het |the )?(${SPENDING_NOTE})(?: ${OF}${YEAR})?$`),
    (m) => ({ kind: EVENTS[m[1]!]!, year: yearRef(m[2]) }),
  ],
];

export function parseTarget(text: string): Target | undefined {
  for (const [pattern, build] of TARGETS) {
    const match = pattern.exec(text);
    const target = match ? build(match) : undefined;
    if (target) return target;
  }
  return undefined;
}
