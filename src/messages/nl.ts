import type { Args, DiagnosticText } from './types.js';
import type { State, Status } from '../core/model.js';
import type { SortKey } from '../core/select.js';
import { FIRST_DATE, LAST_DATE } from '../core/civil-date.js';
import { DUTCH_MONTHS } from '../core/dutch-months.js';
/** What the `yaml` parser's error codes mean; its own sentences are English. */
const YAML_REASONS: Record<string, string> = {
  ALIAS_PROPS: 'een alias (*naam) kan geen anker of tag hebben',
  BAD_ALIAS: 'ongeldige alias (*naam)',
  BAD_COLLECTION_TYPE: 'verkeerd soort lijst of mapping voor deze tag',
  BAD_DIRECTIVE: 'ongeldige YAML-richtlijn (%…)',
  BAD_DQ_ESCAPE: 'ongeldige escape (\\…) tussen dubbele aanhalingstekens',
  BAD_INDENT: 'verkeerde inspringing',
  UNCLOSED_FLOW: 'een [ of { is niet gesloten met ] of }, of wat erin staat is niet ver genoeg ingesprongen',
  BAD_PROP_ORDER: 'anker en tag in de verkeerde volgorde',
  BAD_SCALAR_START: 'een waarde mag niet met dit teken beginnen; zet haar tussen aanhalingstekens',
  BLOCK_AS_IMPLICIT_KEY: 'een blok of een geneste mapping kan hier geen sleutel zijn',
  BLOCK_IN_FLOW: 'een blok binnen [ ] of { } is niet toegestaan',
  DUPLICATE_KEY: 'een sleutel komt twee keer voor',
  IMPOSSIBLE: 'onleesbare YAML',
  KEY_OVER_1024_CHARS: 'een sleutel is langer dan 1024 tekens',
  MISSING_CHAR: 'er ontbreekt een afsluitend teken (aanhalingsteken, ] of })',
  MULTILINE_IMPLICIT_KEY: 'een sleutel moet op één regel staan (ontbreekt er een dubbele punt of een aanhalingsteken?)',
  MULTIPLE_ANCHORS: 'meer dan één anker op één waarde',
  MULTIPLE_DOCS: 'meer dan één document in het bestand',
  MULTIPLE_TAGS: 'meer dan één tag op één waarde',
  NON_STRING_KEY: 'een sleutel moet tekst zijn',
  // Aliases are refused before anything expands them, so what exhausts the parser here is nesting.
  RESOURCE_EXHAUSTION: 'te diep genest: meer lagen lijsten en mappings dan te lezen zijn',
  TAB_AS_INDENT: 'tab als inspringing',
  TAG_RESOLVE_FAILED: 'onbekende of onbruikbare tag (!…)',
  UNEXPECTED_TOKEN: 'onverwacht teken',
};

/** The forms a date flag accepts (`--as-of`, `--on`, …), as its help names them. */
const DATE_FORMS_NL = 'JJJJ-MM-DD, DD-MM-JJJJ, "30 november 2026" of vandaag';

/** What to write when no phrase fits: the window or the day itself. */
const EXPLICIT_DUE_NL = 'Of schrijf het venster zelf, `{from: 2026-03-01, to: 2026-06-30}`, of een datum, `2026-03-01`.';
/** On the command line a window is not taken as a phrase: it is written in the source file. */
const EXPLICIT_DUE_CLI_NL = 'Of geef een datum, `2026-03-01`, of schrijf het venster zelf in het bronbestand: `due: {from: 2026-03-01, to: 2026-06-30}`.';

/**
 * A recess the calendar has no dates for in the year meant (a herfstreces, a verkiezingsreces: neither follows a
 * pattern), and what to do about it. Without a year the phrase means the first one after the promise.
 */
const RECESS_WITHOUT_DATES_NL = (recess: string, year: number | string | undefined): string =>
  `de kalender heeft geen data voor het ${recess} ${year === undefined ? 'na de datum van de toezegging' : `van ${year}`}; het ${recess} volgt geen vast patroon, dus toezegging rekent het niet uit en verzint geen venster`;
const ADD_RECESS_NL = (recess: string): string =>
  `Voeg het reces toe in toezegging.config.yaml (\`calendar: recesses: [{name: ${recess}, first: JJJJ-MM-DD, last: JJJJ-MM-DD}]\`), of geef een datum of het venster zelf.`;

/** What the system's error codes mean, for a file or folder the user named; the code itself follows in brackets. */
const SYSTEM_REASONS_NL: Record<string, string> = {
  ENOENT: 'het bestand of een map in het pad bestaat niet',
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'het schijfquotum is op',
  EFBIG: 'het bestand wordt groter dan toegestaan',
  EROFS: 'de map staat op een alleen-lezen bestandssysteem',
  EACCES: 'geen toestemming',
  EPERM: 'geen toestemming',
  EISDIR: 'het is een map',
  ENOTDIR: 'een deel van het pad is geen map',
  ELOOP: 'het pad is een kring van symbolische koppelingen',
  ENAMETOOLONG: 'het pad is te lang',
};

const systemReasonNl = (code: string): string => `${SYSTEM_REASONS_NL[code] ?? 'het systeem weigert'} (${code})`;

/**
 * All Dutch user-facing text. `en.ts` has the same shape; code refers to these
 * entries by name, never to literal wording.
 */
export const nl = {
  // --- deadline rules (owned by src/core/deadline) ---
  deadline: {
    months: DUTCH_MONTHS,
    /** Between the ends of a range: "1 juni t/m 31 augustus 2026". */
    through: 't/m',
    parts: { begin: 'begin', medio: 'medio', eind: 'eind' },
    ordinals: ['eerste', 'tweede', 'derde', 'vierde'],
    lastOrdinal: 'laatste',
    seasons: { voorjaar: 'voorjaar', zomer: 'zomer', najaar: 'najaar', winter: 'winter' },
    meteorological: {
      voorjaar: 'meteorologisch voorjaar',
      zomer: 'meteorologische zomer',
      najaar: 'meteorologische herfst',
      winter: 'meteorologische winter',
    },
    thisSeason: { voorjaar: 'dit voorjaar', zomer: 'deze zomer', najaar: 'dit najaar', winter: 'deze winter' },
    recesses: {
      zomerreces: 'zomerreces',
      kerstreces: 'kerstreces',
      herfstreces: 'herfstreces',
      voorjaarsreces: 'voorjaarsreces',
      meireces: 'meireces',
      verkiezingsreces: 'verkiezingsreces',
    },
    /** Singular and plural, for spans such as "3 maanden". */
    units: { day: ['dag', 'dagen'], week: ['week', 'weken'], month: ['maand', 'maanden'], year: ['jaar', 'jaar'] },
    inferred: '(afgeleid: berekend uit het vaste patroon, niet uit een opgave van de Kamer)',
    inferredWithoutPattern: '(afgeleid: dit reces volgt geen vast patroon; de data zijn aangenomen, niet uit een opgave van de Kamer)',
    config: '(datum uit de configuratie van het register)',
    /** Said before the rule when the phrase named no recess ("voor het reces"). */
    firstRecess: 'het reces zonder naam is het eerste reces van de Kamer na de datum van de toezegging:',
    /** What a rule is about, for rules that apply to many kinds ("uiterlijk …", "voor …"). */
    targets: {
      day: (a: Args) => `${a.date}`,
      month: (a: Args) => `${a.monthName} ${a.year}`,
      'month-part': (a: Args) => `${a.partName} ${a.monthName} ${a.year}`,
      'month-half': (a: Args) => `${a.ordinal} helft van ${a.monthName} ${a.year}`,
      months: (a: Args) => `${a.monthName}/${a.toMonthName} ${a.year}`,
      'month-week': (a: Args) => `de ${a.weekOrdinal} week van ${a.monthName} ${a.year}`,
      week: (a: Args) => `week ${a.week} van ${a.year}`,
      'recess-end': (a: Args) => `het einde van het ${a.recessName} ${a.year} (${a.recessRange})`,
      quarter: (a: Args) => `${a.ordinal} kwartaal ${a.year}`,
      half: (a: Args) => `${a.ordinal} helft van ${a.year}`,
      year: (a: Args) => `${a.year}`,
      'year-part': (a: Args) => `${a.partName} ${a.year}`,
      'during-year': (a: Args) => `in de loop van ${a.year}`,
      season: (a: Args) => `${a.seasonName} ${a.year}`,
      prinsjesdag: (a: Args) => `Prinsjesdag ${a.year}`,
      verantwoordingsdag: (a: Args) => `Verantwoordingsdag ${a.year}`,
      voorjaarsnota: (a: Args) => `de Voorjaarsnota ${a.year}`,
      najaarsnota: (a: Args) => `de Najaarsnota ${a.year}`,
    },
    /** A rule in words; dates arrive in words, `range` is the window, `label` the target. */
    rules: {
      day: (a: Args) => `${a.label}: die dag`,
      month: (a: Args) => `${a.label}: ${a.range}`,
      'month-part': (a: Args) => `${a.label}: ${a.range}`,
      'month-half': (a: Args) => `${a.label}: ${a.range}`,
      months: (a: Args) => `${a.label}: ${a.range}, beide maanden`,
      'month-week': (a: Args) => `${a.label}: maandag t/m zondag, ${a.range}, alleen hele weken van de maand`,
      week: (a: Args) => `${a.label}: maandag t/m zondag, ${a.range}`,
      days: (a: Args) => `${a.range}: die dagen`,
      'recess-end': (a: Args) => `${a.label}: ${a.to}, de laatste dag`,
      quarter: (a: Args) => `${a.label}: ${a.range}`,
      half: (a: Args) => `${a.label}: ${a.range}`,
      year: (a: Args) => `${a.label}: ${a.range}`,
      'year-part': (a: Args) => `${a.label}: ${a.range}`,
      'during-year': (a: Args) => `${a.label}: ${a.range}, niet eerder dan de datum van de toezegging`,
      season: (a: Args) => `${a.label}: ${a.meteorological}, ${a.range}`,
      prinsjesdag: (a: Args) => `${a.label}: ${a.prinsjesdag}`,
      verantwoordingsdag: (a: Args) => `${a.label}: ${a.verantwoordingsdag}`,
      voorjaarsnota: (a: Args) => `bij ${a.label}: ${a.range}; de Voorjaarsnota gaat voor 1 juni naar de Kamer`,
      najaarsnota: (a: Args) => `bij ${a.label}: ${a.range}; de Najaarsnota komt uiterlijk 1 december`,
      by: (a: Args) => `uiterlijk ${a.label}: t/m ${a.to}`,
      before: (a: Args) => `voor ${a.label}: t/m ${a.to}, de dag ervoor`,
      'before-recess': (a: Args) =>
        `voor het ${a.recessName} ${a.year}: t/m ${a.to}, de dag voor het ${a.recessName} (${a.recessRange})`,
      'after-recess': (a: Args) =>
        `na het ${a.recessName} ${a.year}: ${a.range}, vanaf de dag na het ${a.recessName} (${a.recessRange})`,
      'around-prinsjesdag': (a: Args) =>
        `rond Prinsjesdag ${a.year}: ${a.range}, van twee weken voor tot een week na Prinsjesdag (${a.prinsjesdag})`,
      'budget-debate': (a: Args) =>
        `voor de begrotingsbehandeling ${a.budgetOf}: de behandeling van de begroting voor ${a.budgetOf}, in het najaar van ${a.year}: ${a.range}, van Prinsjesdag tot de dag voor het kerstreces`,
      'during-budget-debate': (a: Args) =>
        `tijdens de begrotingsbehandeling ${a.budgetOf}: de behandeling van de begroting voor ${a.budgetOf}, in het najaar van ${a.year}: ${a.range}, van Prinsjesdag tot de dag voor het kerstreces`,
      'this-year': (a: Args) => `dit jaar (${a.year}): t/m ${a.to}`,
      'next-year': (a: Args) => `volgend jaar (${a.year}): ${a.range}`,
      'this-season': (a: Args) => `${a.thisSeason} (${a.year}): ${a.range}`,
      within: (a: Args) => `binnen ${a.span}: t/m ${a.to}, ${a.span} na de datum van de toezegging (${a.from})`,
      span: (a: Args) => `over ${a.span}: ${a.range}, gerekend vanaf de datum van de toezegging`,
      asap: (a: Args) => `zo spoedig mogelijk: t/m ${a.to}, drie weken na de datum van de toezegging`,
      'asap-in': (a: Args) => `zo spoedig mogelijk ${a.period}: ${a.range}, de drie weken vanaf het begin daarvan`,
      'these-days': (a: Args) => `een dezer dagen: t/m ${a.to}, een week na de datum van de toezegging`,
      'week-of': (a: Args) => `in de week van ${a.date}: ${a.range}, maandag t/m zondag`,
      'short-term': (a: Args) => `op korte termijn: t/m ${a.to}, zes weken na de datum van de toezegging`,
      after: (a: Args) => `na levering van ${a.after}: vanaf ${a.from}, zonder einddatum`,
      'after-within': (a: Args) => `binnen ${a.span} na levering van ${a.after}: ${a.range}`,
      ongoing: () => 'doorlopend: zonder einddatum',
      'before-note': (a: Args) => `voor ${a.label}: t/m ${a.to}, de dag voor de uiterste datum waarop die naar de Kamer gaat`,
      christmas: (a: Args) => `voor de kerst ${a.year}: t/m ${a.to}`,
      'year-turn': (a: Args) => `rond de jaarwisseling ${a.year}: ${a.range}, van half december tot half januari`,
      'before-year-turn': (a: Args) => `voor de jaarwisseling: t/m ${a.to}`,
      'after-short-recess': (a: Args) =>
        `na het ${a.recessName} ${a.year}: ${a.range}, de zes weken na het ${a.recessName} (${a.recessRange})`,
      'few-weeks': (a: Args) => `binnen enkele weken: t/m ${a.to}, vier weken na de datum van de toezegging`,
      'few-months': (a: Args) => `binnen enkele maanden: t/m ${a.to}, drie maanden na de datum van de toezegging`,
      'with-letter': (a: Args) => `gelijktijdig met deze brief: ${a.to}, de datum van de brief`,
      'same-day': (a: Args) => `dezelfde dag: ${a.to}, de datum van de toezegging`,
      'clock-time': (a: Args) => `vóór een tijdstip zonder datum: ${a.to}, de datum van de toezegging`,
      weekday: (a: Args) =>
        `${a.weekdayName}: ${a.date}, ${
          a.counted === 'next-week'
            ? `de ${a.weekdayName} van de week na die van de toezegging`
            : a.counted === 'after'
              ? `de eerste ${a.weekdayName} na de datum van de toezegging`
              : `de eerstvolgende ${a.weekdayName} vanaf de datum van de toezegging`
        }`,
      'by-weekday': (a: Args) => `uiterlijk ${a.weekdayName}: t/m ${a.to}`,
      'before-weekday': (a: Args) => `voor ${a.weekdayName} (${a.date}): t/m ${a.to}, de dag ervoor`,
      'week-part': (a: Args) => `${a.partName} van de week: ${a.range}`,
      'by-week-part': (a: Args) => `uiterlijk ${a.partName} van de week: t/m ${a.to}`,
      'this-week': (a: Args) => `deze week: t/m ${a.to}, de zondag van de week van de toezegging`,
      'next-week': (a: Args) => `volgende week: ${a.range}, maandag t/m zondag`,
      'this-month': (a: Args) => `deze maand: t/m ${a.to}`,
      'next-month': (a: Args) => `volgende maand: ${a.range}`,
      'coming-year': (a: Args) => `het komende jaar: t/m ${a.to}, twaalf maanden na de datum van de toezegging`,
      'span-month': (a: Args) => `over ${a.span}: ${a.range}, de maand waarin ${a.span} na de datum van de toezegging valt`,
      about: (a: Args) => `ongeveer ${a.span}: t/m ${a.to}, ${a.span} na de datum van de toezegging`,
      'years-from': (a: Args) => `${a.year}: het jaar dat de genoemde termijn vanaf het genoemde jaar bereikt`,
      event: (a: Args) =>
        `${a.relationWord} ${a.event}: gebonden aan een gebeurtenis waarvan de datum nog niet bekend is; geen termijn tot die datum is gegeven${a.span === undefined ? '' : a.relation === 'before' ? ` (${a.span} ervoor)` : ` (daarna binnen ${a.span})`}`,
      pointer: (a: Args) => `${a.pointer}: verwijst terug naar een eerder genoemde gebeurtenis waarvan de datum nog niet bekend is; geen termijn tot die datum is gegeven`,
      'event-dated': (a: Args) =>
        a.relation === 'before'
          ? a.span === undefined
            ? `voor ${a.event} (${a.date}): t/m ${a.to}, de dag ervoor`
            : `${a.span} voor ${a.event} (${a.date}): t/m ${a.to}`
          : a.relation === 'at'
            ? `bij ${a.event} (${a.date}): t/m die dag`
            : a.to === undefined
              ? `na ${a.event} (${a.date}): vanaf die dag, zonder einddatum`
              : `na ${a.event} (${a.date}): ${a.range}, binnen ${a.span} na die dag`,
      recurring: (a: Args) => `${a.every}${a.phase === undefined ? '' : ` ${a.phase}`}: een reeks termijnen; de eerste ${a.range}`,
      'recurring-instance': (a: Args) => `${a.every}${a.phase === undefined ? '' : ` ${a.phase}`}: keer ${a.n}, ${a.range}`,
    },
    /** How an event-bound deadline stands to its event. */
    relations: { before: 'voor', after: 'na', at: 'bij' },
    /** How often a recurring deadline comes back, by unit: one period, and a count of them. */
    every: {
      day: (n: number) => (n === 1 ? 'dagelijks' : `elke ${n} dagen`),
      week: (n: number) => (n === 1 ? 'wekelijks' : `elke ${n} weken`),
      month: (n: number) => (n === 1 ? 'maandelijks' : n === 3 ? 'elk kwartaal' : n === 6 ? 'halfjaarlijks' : `elke ${n} maanden`),
      year: (n: number) => (n === 1 ? 'jaarlijks' : `elke ${n} jaar`),
    },
    /** Said after the rule when the weekday written does not fit the date. */
    weekdayMismatch: (a: Args) => `(let op: ${a.date} is een ${a.actual}, geen ${a.named})`,
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  },

  /** Heads the remedy line under a diagnostic; the severity words before it stay English for the tools that parse them. */
  diagnosticHint: 'tip:',

  // --- diagnostics, by code (owned by src/core/validate and friends) ---
  diagnostics: ((): Record<string, DiagnosticText> => {
    const kinds: Record<string, string> = {
      mapping: 'een mapping (`sleutel: waarde`)',
      list: 'een lijst',
      text: 'tekst',
      number: 'een getal',
      boolean: 'een ja/nee-waarde',
      null: 'leeg',
      alias: 'een alias',
      date: 'een datum (JJJJ-MM-DD)',
      'text-or-number': 'tekst of een getal',
      due: 'een termijn',
    };
    const kind = (name: string | number | undefined): string => kinds[String(name)] ?? String(name);
    const didYouMean = (a: Args, otherwise: string): string => (a.suggestion !== undefined ? `Bedoelde u \`${a.suggestion}\`?` : otherwise);
    const typeHints: Record<string, (a: Args) => string> = {
      list: (a) => (a.field === 'commitments' ? 'Begin elke toezegging met `- `: `commitments` is een lijst.' : 'Schrijf een lijst: `[a, b]`, of regels die beginnen met `- `.'),
      mapping: (a) =>
        a.field === 'commitments' || a.field === 'history' || a.field === 'calendar.recesses'
          ? 'Elk item is een mapping: `- sleutel: waarde`, met de overige velden eronder ingesprongen.'
          : 'Schrijf `sleutel: waarde`-regels, ingesprongen onder dit veld.',
      text: (a) => (a.actual === 'number' || a.actual === 'boolean' ? 'Zet de waarde tussen aanhalingstekens: `"…"`.' : 'Schrijf hier tekst.'),
      'text-or-number': () => 'Schrijf hier tekst of een getal.',
      date: () => 'Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld `2026-03-01`.',
      due: () => 'Schrijf een termijn als tekst (`eerste helft van 2026`), een datum, `{after: ID, within: "3 maanden"}` of `{from: JJJJ-MM-DD, to: JJJJ-MM-DD}`.',
    };
    return {
      E_LINK_OUTSIDE: {
        message: (a) => `een symbolische koppeling naar ${a.target}, buiten de registermap: niet gelezen`,
        hint: () => 'Een register leest alleen bestanden binnen zijn map. Kopieer het bestand naar het register, of verwijder de koppeling.',
      },
      E_NOT_A_FILE: {
        message: () => 'geen gewoon bestand (een pijp, apparaat of socket): niet gelezen',
        hint: () => 'Alleen gewone bestanden worden gelezen; haal dit uit de registermap, of geef het een naam die niet op .yaml eindigt.',
      },
      E_FILE_TOO_LARGE: {
        message: (a) => `het bestand is groter dan ${Math.round(Number(a.limit) / 1048576)} MB: niet gelezen`,
        hint: () => 'Verdeel het over één bestand per brondocument.',
      },
      E_READ: {
        message: (a) => `bestand is niet te lezen (${a.reason})`,
        hint: () => 'Controleer de rechten op het bestand, of haal het uit de registermap.',
      },
      E_ENCODING: {
        message: (a) => (a.encoding !== undefined ? `bestand is ${a.encoding}, geen UTF-8` : `geen geldige UTF-8: byte ${a.byte}`),
        hint: () => 'Sla het bestand op als UTF-8 (in de meeste editors: Opslaan als → Codering: UTF-8).',
      },
      E_BINARY: {
        message: () => 'bestand bevat binaire gegevens (een NUL-byte), geen tekst',
        hint: () => 'In de registermap horen alleen YAML-tekstbestanden; verwijder dit bestand of geef het een andere extensie.',
      },
      E_YAML: {
        message: (a) => `ongeldige YAML: ${YAML_REASONS[String(a.yamlCode)] ?? 'onleesbare YAML'}`,
        hint: () => 'Controleer op deze plek de inspringing, de dubbele punten en de aanhalingstekens.',
      },
      W_YAML: {
        message: (a) => `YAML-waarschuwing: ${YAML_REASONS[String(a.yamlCode)] ?? 'onbekende constructie'}`,
        hint: () => 'Een register gebruikt gewone YAML zonder tags (`!…`); haal de tag weg.',
      },
      E_TAB_INDENT: {
        message: () => 'tab als inspringing: YAML staat alleen spaties toe',
        hint: () => 'Gebruik spaties in plaats van tabs, bijvoorbeeld twee per niveau.',
      },
      E_DUPLICATE_KEY: {
        message: (a) => `sleutel \`${a.key}\` staat twee keer in dezelfde mapping`,
        hint: () => 'Houd er één over: bij een dubbele sleutel is niet duidelijk welke waarde geldt.',
      },
      E_MULTIPLE_DOCUMENTS: {
        message: () => 'bestand bevat meer dan één YAML-document (`---`)',
        hint: () => 'Zet elk brondocument in een eigen bestand, of verwijder de regel `---`.',
      },
      E_ALIAS: {
        message: (a) => `YAML-alias \`*${a.alias}\` wordt niet ondersteund${Number(a.count) > 1 ? ` (en nog ${Number(a.count) - 1} in dit bestand)` : ''}`,
        hint: () => 'Schrijf de waarde voluit: een register heeft geen ankers (`&`) of aliassen (`*`) nodig.',
      },
      E_EMPTY_FILE: {
        message: () => 'bestand bevat geen gegevens',
        hint: () => 'Vul `source:` en `commitments:` in, of verwijder het bestand.',
      },
      E_ROOT_NOT_MAPPING: {
        message: (a) => `het bovenste niveau is ${kind(a.actual)}, geen mapping`,
        hint: () => 'Schrijf op het bovenste niveau `sleutel: waarde`-regels zonder inspringing; een bronbestand heeft `source:` en `commitments:`.',
      },
      E_UNKNOWN_FIELD: {
        message: (a) => `onbekend veld \`${a.field}\``,
        hint: (a) => didYouMean(a, `Toegestaan op deze plek: ${a.allowed}.`),
      },
      E_MISSING_FIELD: {
        message: (a) => `verplicht veld \`${a.field}\` ontbreekt`,
        hint: (a) => `Voeg \`${String(a.field).split('.').pop()}: …\` toe.`,
      },
      E_EMPTY_VALUE: {
        message: (a) => `\`${a.field}\` is leeg`,
        hint: (a) => (a.field === 'due' ? 'Schrijf een termijn, bijvoorbeeld `eerste helft van 2026`, of verwijder de regel `due:`.' : 'Vul een waarde in.'),
      },
      E_WRONG_TYPE: {
        message: (a) => `\`${a.field}\` moet ${kind(a.expected)} zijn, maar is ${kind(a.actual)}`,
        hint: (a) => typeHints[String(a.expected)]?.(a) ?? `Schrijf hier ${kind(a.expected)}.`,
      },
      E_DUE_SHAPE: {
        message: () => '`due` als mapping heeft `after` of `from` en `to` nodig',
        hint: () => 'Schrijf `{after: ID, within: "3 maanden"}` of `{from: 2026-01-01, to: 2026-06-30}`, of de termijn als tekst.',
      },
      E_BAD_ID: {
        message: (a) => `ongeldige id \`${a.id}\``,
        hint: (a) =>
          'Een id bestaat uit kleine letters, cijfers en koppeltekens en begint niet met een koppelteken' +
          (a.suggestion !== undefined ? `, bijvoorbeeld \`${a.suggestion}\`.` : '.'),
      },
      E_BAD_DATE: {
        message: (a) => `\`${a.value}\` bestaat niet als datum (\`${a.field}\`)`,
        hint: () => 'Controleer de dag en de maand: maanden lopen van 01 tot 12, februari heeft 28 dagen (in een schrikkeljaar 29).',
      },
      E_DATE_RANGE: {
        message: (a) => `\`${a.value}\` ligt buiten de datums die toezegging aankan (\`${a.field}\`)`,
        hint: () => `Datums lopen van ${FIRST_DATE} tot en met ${LAST_DATE}.`,
      },
      E_DATE_FORMAT: {
        message: (a) => `\`${a.value}\` is geen datum in de vorm JJJJ-MM-DD${a.format === 'day-or-month' ? ' of JJJJ-MM' : ''} (\`${a.field}\`)`,
        hint: (a) =>
          a.format === 'day-or-month' ? 'Schrijf bijvoorbeeld `2025-12-15`, of `2025-12` als alleen de maand bekend is.' : 'Schrijf bijvoorbeeld `2026-03-01`.',
      },
      E_BAD_URL: {
        message: (a) => `\`${a.value}\` is geen webadres (\`${a.field}\`)`,
        hint: () => 'Schrijf een volledig adres dat begint met `https://`.',
      },
      E_UNKNOWN_STATUS: {
        message: (a) => `onbekende status \`${a.value}\``,
        hint: (a) =>
          didYouMean(a, 'Kies uit open, delivered, partial, closed, lapsed, ongoing, of de namen van de Kamer: openstaand, voldaan, deels voldaan, afgedaan, vervallen, doorlopend.'),
      },
      E_UNKNOWN_SOURCE_TYPE: {
        message: (a) => `onbekend brontype \`${a.value}\``,
        hint: (a) => didYouMean(a, `Kies uit ${a.allowed}.`),
      },
      E_RANGE_REVERSED: {
        message: (a) => `de begindatum ${a.from} ligt na de einddatum ${a.to}`,
        hint: () => 'Verwissel de twee datums.',
      },
      E_BAD_RELATION: {
        message: (a) => `\`due.relation\` is \`${a.value}\``,
        hint: (a) => `Kies uit ${a.allowed}: voor, na of bij de gebeurtenis.`,
      },
      E_BAD_EVERY: {
        message: (a) => `\`due.every\` is \`${a.value}\``,
        hint: (a) => `Kies uit ${a.allowed}: hoe vaak de termijn terugkomt, bijvoorbeeld \`due: {every: year, phase: voor het zomerreces}\`.`,
      },
      E_PHASE_NOT_YEARLY: {
        message: (a) => `\`due.phase\` hoort bij \`every: year\`, niet bij \`every: ${a.every}\``,
        hint: () => 'Een fase plaatst de keer van elk jaar (`voor het zomerreces`); haal `phase` weg, of maak er `every: year` van.',
      },
      E_BAD_PHASE: {
        message: (a) => `\`due.phase\` \`${a.phase}\` is geen termijn die elk jaar terugkomt`,
        hint: () => 'Schrijf een termijn van het jaar (`voor het zomerreces`, `voor Prinsjesdag`, `bij de Voorjaarsnota`) of een naam die de kalender kent: zomerreces, kerstreces, meireces, voorjaarsreces, Prinsjesdag, Verantwoordingsdag, Voorjaarsnota, Najaarsnota.',
      },
      E_BAD_INSTANCE: {
        message: (a) => `\`deliveries.instance\` is \`${a.value}\`, geen keer van de reeks`,
        hint: () => 'De keren van een terugkerende termijn tellen vanaf 1: `instance: 1` is de eerste keer (toezegging show ID toont ze).',
      },
      E_DUPLICATE_INSTANCE: {
        message: (a) => `keer ${a.instance} staat twee keer in \`deliveries\``,
        hint: () => 'Elke keer wordt één keer geleverd; verwijder of verbeter een van de twee.',
      },
      E_DELIVERED_WITHOUT_DATE: {
        message: () => 'status is voldaan (`delivered`), maar `delivered.on` ontbreekt',
        hint: () => 'Voeg de dag van levering toe: `delivered: {on: JJJJ-MM-DD}`; zonder die dag is niet te zeggen of het op tijd was.',
      },
      W_DELIVERED_BUT_OPEN: {
        message: (a) => `\`delivered.on\` is ${a.on}, maar de status is open`,
        hint: () => 'Zet `status: delivered` (of `partial`) als de toezegging is nagekomen, of haal `delivered.on` weg.',
      },
      W_DELIVERED_BEFORE_MADE: {
        message: (a) => `geleverd op ${a.on}, vóór de toezegging werd gedaan (${a.made}, \`${a.field}\`)`,
        hint: (a) => a.field === 'made' ? 'Waarschijnlijk een tikfout in een van beide datums; controleer `delivered.on` en `made`.' : 'Waarschijnlijk een tikfout in een van beide datums; controleer `delivered.on` en de datum van de bron, of zet `made` als de toezegging eerder werd gedaan.',
      },
      W_EVENT_BEFORE_MADE: {
        message: (a) => `de gebeurtenis is gedateerd op ${a.date}, vóór de toezegging werd gedaan (${a.made}, \`${a.field}\`)`,
        hint: () => 'Een toezegging vóór of bij een gebeurtenis die al voorbij was kan niet; waarschijnlijk een tikfout in de datum (`due.date`, of toezegging set ID event-date JJJJ-MM-DD).',
      },
      W_AFTER_UNDATED_DELIVERY: {
        message: (a) => `de termijn telt vanaf de levering van \`${a.after}\`, maar die is geleverd op een dag die niet is vastgelegd (\`date_unknown\`); \`${a.id}\` blijft daardoor wachten`,
        hint: (a) => `Leg de dag van levering vast: toezegging deliver ${a.after} --on JJJJ-MM-DD`,
      },
      E_DUPLICATE_ID: {
        message: (a) => `id \`${a.id}\` komt al voor in ${a.firstFile}:${a.firstLine}`,
        hint: () => 'Elke toezegging heeft een eigen id in het hele register; kies een andere id.',
      },
      W_DUPLICATE_IMPORTED_ID: {
        message: (a) => `\`${a.id}\` is gemaakt uit hetzelfde geïmporteerde record (${a.from} \`${a.record}\`) als \`${a.first}\` in ${a.firstFile}:${a.firstLine}, en telt zo als een tweede toezegging`,
        hint: () => 'Een import maakt één toezegging per record: verwijder de achtergebleven kopie (een hernummerd of naar een andere maand verplaatst record), met wat u er zelf aan toevoegde overgezet naar de andere.',
      },
      E_DUPLICATE_SOURCE_ID: {
        message: (a) => `bron-id \`${a.id}\` komt al voor in ${a.firstFile}:${a.firstLine}`,
        hint: () => 'Eén bestand per brondocument: voeg de twee bestanden samen of geef deze bron een andere id.',
      },
      E_UNKNOWN_REF: {
        message: (a) => `\`${a.field}\` verwijst naar een onbekende toezegging \`${a.id}\``,
        hint: (a) => didYouMean(a, 'Controleer de id: die moet bij een toezegging in het register staan.'),
      },
      E_DEPENDENCY_CYCLE: {
        message: (a) => `kringverwijzing: ${a.cycle}`,
        hint: () => 'Deze toezeggingen wachten op elkaar en worden nooit opeisbaar; haal één verwijzing (`depends_on` of `due.after`) weg.',
      },
      E_BAD_HORIZON: {
        message: (a) => `horizon \`${a.value}\` is geen positief geheel aantal dagen`,
        hint: () => 'Schrijf bijvoorbeeld `horizon: 60`.',
      },
      E_UNKNOWN_LANG: {
        message: (a) => `onbekende taal \`${a.value}\``,
        hint: (a) => didYouMean(a, 'Kies `nl` of `en`.'),
      },
      W_UNKNOWN_RECESS: {
        message: (a) => `onbekend reces \`${a.name}\`: de termijnregels gebruiken deze datums niet`,
        hint: (a) => didYouMean(a, `Bekende recessen: ${a.allowed}.`),
      },
      E_BAD_VALUE: {
        message: (a) => `\`${a.field}\` kan niet \`${a.value}\` zijn`,
        hint: (a) => `Kies uit ${a.allowed}.`,
      },
      E_BAD_TIMESTAMP: {
        message: (a) => `\`${a.value}\` is geen tijdstip (\`${a.field}\`)`,
        hint: () => 'Schrijf een tijdstip als `2025-01-14T10:23:45+01:00`; toezegging import zet deze waarde zelf, dus verwijderen mag ook.',
      },
      E_BAD_DEADLINE: {
        message: (a) => `onbekende termijn \`${a.phrase}\``,
        hint: (a) =>
          `${a.suggestions ? `Dichtstbijzijnde bekende vormen: ${a.suggestions}. Probeer ze met \`toezegging explain\`.` : 'Zie `toezegging explain` voor de termijnen die het programma kent.'} ${EXPLICIT_DUE_NL}`,
      },
      E_RECESS_WITHOUT_DATES: {
        message: (a) => `de termijn \`${a.phrase}\` is bekend, maar ${RECESS_WITHOUT_DATES_NL(String(a.recess), a.year)}`,
        hint: (a) => ADD_RECESS_NL(String(a.recess)),
      },
      E_DEADLINE_RANGE: {
        message: (a) => `de termijn \`${a.phrase}\` valt buiten de datums die toezegging aankan`,
        hint: () => `Een termijn moet binnen ${FIRST_DATE} tot en met ${LAST_DATE} vallen; controleer het getal en de datum van de bron.`,
      },
      E_BAD_SPAN: {
        message: (a) => `onbekende tijdsduur \`${a.text}\` in \`due.within\``,
        hint: (a) => `Schrijf een duur zoals ${a.suggestions}.`,
      },
    };
  })(),

  // --- command line and reports ---
  cli: {
    stateLabel: {
      overdue: 'te laat',
      due: 'in termijn',
      upcoming: 'komend',
      waiting: 'wachtend',
      'no-deadline': 'zonder termijn',
      delivered: 'geleverd',
      closed: 'afgedaan',
      lapsed: 'vervallen',
      ongoing: 'doorlopend',
    } as Record<State, string>,
    statusLabel: {
      open: 'openstaand',
      delivered: 'voldaan',
      partial: 'deels voldaan',
      closed: 'afgedaan',
      lapsed: 'vervallen',
      ongoing: 'doorlopend',
    } as Record<Status, string>,
    sectionTitle: {
      overdue: 'Te laat',
      due: 'In termijn',
      upcoming: 'Komend',
      waiting: 'Wachtend op een andere toezegging of een gebeurtenis',
      'no-deadline': 'Zonder termijn',
      delivered: 'Geleverd',
      closed: 'Afgedaan',
      lapsed: 'Vervallen',
      ongoing: 'Doorlopend',
    } as Record<State, string>,
    afterPhrase: (id: string, within: string) => (within ? `binnen ${within} na levering van ${id}` : `na levering van ${id}`),
    afterPending: (id: string, within: string) => (within ? `${within} na levering van ${id}, dat nog niet geleverd is` : `na levering van ${id}, dat nog niet geleverd is`),
    afterUndated: (id: string, within: string) => `${within ? `${within} na levering van ${id}` : `na levering van ${id}`}; ${id} is geleverd, maar op een dag die niet is vastgelegd`,
    openEnded: 'geen einddatum',
    openEnd: 'open',
    /** What kind of deadline a phrase is, for those without a single window. */
    deadlineKind: { event: 'gebonden aan een gebeurtenis', recurring: 'terugkerend' },
    eventDateUnknown: 'nog niet bekend',
    waitingOnEvent: (event: string) => `wacht op ${event} (datum nog niet bekend)`,
    daysLate: (n: number) => (n === 1 ? '1 dag te laat' : `${n} dagen te laat`),
    daysLeft: (n: number) => (n === 0 ? 'vandaag de laatste dag' : n === 1 ? 'nog 1 dag' : `nog ${n} dagen`),
    startsIn: (n: number) => (n === 1 ? 'begint over 1 dag' : `begint over ${n} dagen`),
    waitingOn: (id: string, state: string) => `wacht op ${id} (${state})`,
    waitingVia: (id: string, state: string) => `— dat wacht op ${id} (${state})`,
    waitingOnDeliveryDate: (id: string) => `wacht op de leverdatum van ${id} (geleverd, datum onbekend)`,
    waitingViaDeliveryDate: (id: string) => `— dat wacht op de leverdatum van ${id} (geleverd, datum onbekend)`,
    deliveredOn: (date: string) => `geleverd op ${date}`,
    deliveredDateUnknown: 'geleverd (datum onbekend)',
    partlyDelivered: (date: string | undefined) => (date ? `deels geleverd op ${date}` : 'deels geleverd'),
    deliveredOnTime: 'op tijd geleverd',
    deliveredLate: (n: number) => (n === 1 ? '1 dag te laat geleverd' : `${n} dagen te laat geleverd`),
    range: (from: string, to: string) => `${from} t/m ${to}`,
    until: (to: string) => `t/m ${to}`,
    from: (from: string) => `vanaf ${from}`,
    link: {
      repeats: 'herhaalt',
      amends: 'wijzigt',
      supplements: 'vult aan',
      repeatedBy: 'herhaald door',
      amendedBy: 'gewijzigd door',
      supplementedBy: 'aangevuld door',
    },
    importedStatus: (status: string) => `status daar: ${status}`,
    dueFromText: 'termijn gevonden in de tekst',
    importedRemoved: 'daar verwijderd',
    deliveryDateUnknown: 'datum onbekend',
    inferredShort: 'afgeleid',
    instanceOf: (phrase: string, n: number) => `${phrase}, keer ${n}`,
    statusHeading: (date: string, commitments: number, sources: number) =>
      `Toezeggingen op ${date}: ${commitments} ${commitments === 1 ? 'toezegging' : 'toezeggingen'} uit ${sources} ${sources === 1 ? 'bron' : 'bronnen'}`,
    emptyRegister: 'Het register bevat nog geen toezeggingen.',
    beyondHorizon: (n: number, horizon: number) => `en ${n} die later dan over ${horizon} dagen beginnen (zie --horizon)`,
    nothingOpen: 'Niets openstaand: alles is geleverd, afgedaan, vervallen of doorlopend.',
    noMatches: 'Geen toezeggingen die aan de filters voldoen.',
    filterMatchesNothing: (option: string, value: string, suggestions: readonly string[]) =>
      `${option} "${value}" komt in geen enkele toezegging voor.${suggestions.length > 0 ? ` Bedoelde u: ${suggestions.join(', ')}?` : ''}`,
    column: { id: 'ID', state: 'STAAT', due: 'UITERLIJK', standing: 'STAND', title: 'TITEL' },
    field: {
      state: 'staat',
      status: 'status',
      source: 'bron',
      by: 'door',
      url: 'url',
      question: 'vraag',
      made: 'toegezegd op',
      imported: 'geïmporteerd',
      due: 'termijn',
      window: 'venster',
      rule: 'regel',
      delivered: 'geleverd',
      dependsOn: 'hangt af van',
      waitingChain: 'wachtketen',
      dependents: 'nodig voor',
      to: 'toegezegd aan',
      tags: 'tags',
      file: 'bestand',
      quote: 'citaat',
      notes: 'notities',
      history: 'geschiedenis',
      from: 'van',
      until: 'tot en met',
      anchor: 'anker',
      kind: 'soort',
      event: 'gebeurtenis',
      eventDate: 'datum gebeurtenis',
      every: 'herhaling',
      firstInstance: 'eerste keer',
      instances: 'keren',
    },
    exampleBanner: 'Dit is het voorbeeld. Uw eigen register: toezegging init MAP, of --data MAP.',
    noRegisterFound:
      'geen register gevonden. Het meegeleverde voorbeeldregister wordt alleen in een terminal getoond, niet in een pijp, cron, JSON, report, export of --fail-on. Kies een register met --data MAP of TOEZEGGING_DATA, begin er een met toezegging init MAP, of vraag met --example om het voorbeeld.',
    exampleAndData: '--example en --data gaan niet samen: kies het voorbeeldregister of een eigen register.',
    dataDirMissing: (dir: string) => `registermap ${dir} bestaat niet. Geef een bestaande map op met --data of TOEZEGGING_DATA.`,
    dataDirNotFolder: (dir: string) => `${dir} is geen map. Geef met --data de map van het register op, niet een bestand.`,
    dataDirUnreadable: (dir: string, code: string) => `registermap ${dir} is niet leesbaar: ${systemReasonNl(code)}.`,
    readingFiles: (done: number, total: number) => `register lezen: ${done} van ${total} bestanden…`,
    invalidRegister: (errors: number) => `het register bevat ${errors === 1 ? '1 fout' : `${errors} fouten`}; herstel die eerst (toezegging check toont ze allemaal).`,
    badLang: (value: string) => `onbekende taal "${value}"; kies nl of en.`,
    badLockTimeout: (value: string) => `TOEZEGGING_LOCK_TIMEOUT: "${value}" is geen aantal seconden; gebruik bijvoorbeeld 60.`,
    badDate: (option: string, value: string) => `${option}: "${value}" bestaat niet als datum; controleer de dag en de maand.`,
    dateFormat: (option: string, value: string) => `${option}: "${value}" heeft niet de vorm van een datum; schrijf bijvoorbeeld 2026-11-28, 28-11-2026, 28 november 2026 of vandaag.`,
    dateOutOfRange: (option: string, value: string) => `${option}: "${value}" valt buiten de datums die toezegging aankan (${FIRST_DATE} tot en met ${LAST_DATE}).`,
    /** commander's usage errors, in our words (see cli/commander-errors.ts). */
    usage: {
      unknownCommand: (name: string, suggestion: string | undefined) => `onbekende opdracht "${name}".${suggestion ? ` Bedoelde u ${suggestion}?` : ''}`,
      unknownOption: (flag: string, suggestion: string | undefined) => `onbekende optie ${flag}.${suggestion ? ` Bedoelde u ${suggestion}?` : ''}`,
      textAsOption: (text: string) => `"${text}" is geen optie. Zet -- voor een tekst die met een streepje begint, bijvoorbeeld: toezegging note ID -- "- tekst".`,
      missingArgument: (name: string) => `${name} ontbreekt.`,
      optionMissingValue: (flags: string) => `${flags}: de waarde ontbreekt.`,
      missingOption: (flags: string) => `${flags} is verplicht.`,
      tooManyArguments: (command: string | undefined, expected: number, got: number, surplus: readonly string[], meant: string | undefined) =>
        `te veel argumenten${command ? ` voor ${command}` : ''}: ${expected === 0 ? 'geen' : expected} verwacht, ${got} gekregen${surplus.length > 0 ? ` (niet gebruikt: ${surplus.map((word) => `"${word}"`).join(', ')})` : ''}.${meant ? ` Bedoelde u ${meant}?` : ''}`,
      unexpected: (sentence: string) => `verkeerd gebruik (${sentence}).`,
    },
    badChoice: (option: string, value: string, choices: string) => `${option}: onbekende waarde "${value}"; kies uit ${choices}.`,
    badNumber: (option: string, value: string) => `${option}: "${value}" is geen positief geheel getal.`,
    badJsonFields: (unknown: string, available: string) =>
      `${unknown ? `onbekend veld voor --json: ${unknown}. ` : ''}Beschikbare velden:\n  ${available}`,
    unknownId: (id: string, suggestions: string) => `geen toezegging met id "${id}".${suggestions ? ` Bedoelde u: ${suggestions}?` : ' Zie toezegging list voor alle ids.'}`,
    noDeadlineInText: 'geen termijn gevonden: de tekst noemt geen datum of termijn die nog moet komen',
    recessWithoutDatesInText: (phrase: string, recess: string, year?: number) =>
      `geen termijn gevonden: de tekst noemt "${phrase}", maar ${RECESS_WITHOUT_DATES_NL(recess, year)}.\n  ${ADD_RECESS_NL(recess)}`,
    explainEmptyText: '--text: de zin is leeg; geef de zin met de termijn, bijvoorbeeld toezegging explain --text "Ik stuur u voor de zomer een brief."',
    explainNeedsInput: 'geef een termijn (toezegging explain TERMIJN) of een zin (toezegging explain --text "ZIN"): precies één van de twee',
    unknownPhrase: (phrase: string, suggestions: readonly string[]) =>
      `toezegging: onbekende termijn "${phrase}".\nBekende vormen die erop lijken:\n${suggestions.map((s) => `  ${s}`).join('\n')}\n${EXPLICIT_DUE_CLI_NL}`,
    phraseOutOfRange: (phrase: string) => `toezegging: de termijn "${phrase}" valt buiten de datums die toezegging aankan (${FIRST_DATE} tot en met ${LAST_DATE}).`,
    recessWithoutDates: (phrase: string, recess: string, year?: number) =>
      `toezegging: de termijn "${phrase}" is bekend, maar ${RECESS_WITHOUT_DATES_NL(recess, year)}.\n${ADD_RECESS_NL(recess)}`,
    diskError: (action: 'lock' | 'write' | 'output', file: string, code: string) => {
      const reason = systemReasonNl(code);
      if (action === 'output') return `kan de uitvoer niet schrijven: ${reason}; wat er staat, is niet volledig.`;
      return action === 'lock'
        ? `kan het slot van het register ${file} niet nemen: ${reason}; er is niets geschreven.${code === 'EISDIR' ? ' Verwijder die map.' : ''}`
        : `kan ${file} niet schrijven: ${reason}. Bestanden worden in hun geheel vervangen: dit bestand is zoals het was.`;
    },
    internalError: (detail: string, reportUrl: string) => `interne fout: ${detail}\nDit is een fout in toezegging. Meld het graag op ${reportUrl}, met de opdracht die u gaf (TOEZEGGING_DEBUG=1 toont de details).`,
    help: {
      program: 'Houd de regering aan haar woord: toezeggingen in YAML, hun Nederlandse termijnen als datumvensters, en wat te laat, in termijn of komend is.',
      version: 'toon het versienummer',
      help: 'toon hulp bij een opdracht',
      helpCommand: 'toon hulp bij een opdracht',
      helpCommandName: 'de opdracht',
      heading: { 'Usage:': 'Gebruik:', 'Arguments:': 'Argumenten:', 'Options:': 'Opties:', 'Global Options:': 'Algemene opties:', 'Commands:': 'Opdrachten:' } as Record<string, string>,
      /** Placeholders in option and argument terms, `--data <dir>`: the English word as written in the code, and its Dutch. */
      placeholder: {
        options: 'opties', command: 'opdracht', dir: 'map', date: 'datum', days: 'dagen', field: 'veld', fields: 'velden', file: 'bestand',
        format: 'vorm', id: 'id', ids: 'ids', key: 'sleutel', lang: 'taal', n: 'n', names: 'namen', number: 'nummer', phrase: 'termijn',
        sentence: 'zin', shell: 'shell', span: 'duur', states: 'staten', status: 'status', statuses: 'statussen', tags: 'tags', text: 'tekst', type: 'soort',
        url: 'url', value: 'waarde', what: 'wat',
      } as Record<string, string>,
      choices: (list: string) => `keuze uit: ${list}`,
      defaultValue: (value: string) => `standaard: ${value}`,
      seeHelp: '(gebruik --help voor de mogelijkheden)',
      data: 'map van het register (standaard: TOEZEGGING_DATA, dan de dichtstbijzijnde map met toezegging.config.yaml, dan in een terminal het voorbeeldregister)',
      example: 'gebruik het meegeleverde voorbeeldregister, ook in een pijp of met --json',
      asOf: `rapporteer alsof het vandaag deze datum is (${DATE_FORMS_NL}; ook TOEZEGGING_TODAY); standaard vandaag in Nederland`,
      lang: 'taal van de uitvoer: nl of en (ook TOEZEGGING_LANG)',
      noColor: 'geen kleur (ook NO_COLOR=1)',
      programExamples: `
Voorbeelden:
  $ toezegging status                         overzicht van wat te laat, in termijn en komend is
  $ toezegging status --as-of 2026-03-01      de stand zoals die op 1 maart 2026 was
  $ toezegging list --state overdue --sort late
  $ toezegging show spine-eindrapportage
  $ toezegging explain "voor het zomerreces" --anchor 2026-02-10
  $ toezegging check                          controleer het register
  $ toezegging report --since 2026-08-01 --format md   de wekelijkse samenvatting, als e-mail
  $ toezegging export --format ics -o toezeggingen.ics
  $ toezegging timeline
  $ toezegging deliver wodc-onderzoek --on 2026-09-15 \\
      --ref "Kamerstuk 28638, nr. 260"

Afsluitcodes: 0 goed; 1 --fail-on geraakt, check vond fouten of explain kent de
termijn niet; 2 verkeerd gebruik; 3 onleesbaar of ongeldig register; 70 interne
fout; 130 afgebroken met Ctrl-C.`,
      status: 'overzicht: aantallen per staat, dan te laat, in termijn, komend, wachtend en zonder termijn',
      horizon: 'toon komende toezeggingen die binnen zoveel dagen beginnen (standaard 90)',
      failOn: 'eindig met code 1 als een toezegging in deze staat is (bijv. overdue = te laat), voor CI en cron',
      json: 'uitvoer als JSON; optioneel alleen deze velden (id,state,daysLate)',
      statusExamples: `
Voorbeelden:
  $ toezegging status
  $ toezegging status --as-of 2026-11-28 --json
  $ toezegging status --json id,state,daysLate
  $ toezegging status --fail-on overdue && echo "niets te laat"`,
      list: 'toezeggingen als tabel, te filteren en te sorteren',
      state: (states: string) => `alleen deze staten: ${states}; de Nederlandse namen mogen ook`,
      status_: (statuses: string) => `alleen deze opgeslagen status: ${statuses}; de Nederlandse namen mogen ook`,
      tag: 'alleen toezeggingen met een van deze tags',
      source: 'alleen uit deze bronnen (id)',
      to: 'alleen toezeggingen aan dit Kamerlid of deze fractie (deel van de naam, uit ToegezegdAan)',
      by: 'alleen toezeggingen van dit ministerie of deze bewindspersoon (deel van de naam; ook "by" van de bron)',
      sort: (keys: string) => `sorteer op ${keys}`,
      sortLabel: { due: 'termijn', late: 'dagen te laat', age: 'langst open', id: 'id' } as Record<SortKey, string>,
      listExamples: `
Voorbeelden:
  $ toezegging list --state overdue,due
  $ toezegging list --tag mensenhandel --sort age
  $ toezegging list --status voldaan
  $ toezegging list | cut -f1,2          (zonder terminal: tab-gescheiden, zonder kop)`,
      show: 'alles over één toezegging, met hoe haar termijn is bepaald',
      id: 'id van de toezegging',
      jsonOne: 'uitvoer als JSON',
      showExamples: `
Voorbeelden:
  $ toezegging show wodc-onderzoek
  $ toezegging show plan-van-aanpak --json`,
      explain: 'laat zien welk datumvenster een termijn oplevert, en volgens welke regel',
      phrase: 'de termijn, bijv. "in de zomer van 2026" of "voor het zomerreces"',
      anchor: `datum waarop de toezegging is gedaan, voor relatieve termijnen (${DATE_FORMS_NL}; standaard: --as-of of vandaag)`,
      text: 'zoek de termijn in deze zin of tekst, zoals import en extract dat doen',
      explainExamples: `
Voorbeelden:
  $ toezegging explain zomer 2026
  $ toezegging explain "voor het zomerreces" --anchor 2026-02-10
  $ toezegging explain "op korte termijn" --anchor 2025-12-15 --json
  $ toezegging explain --text "Ik zal uw Kamer voor het zomerreces informeren." --anchor 2026-02-10
  $ toezegging explain --text "Dit deelonderzoek wordt in de zomer van 2026 opgeleverd." --json

Met --text zoekt explain de termijn in een zin. Zonder --anchor is de datum van de
toezegging onbekend: een venster dat al voorbij is telt dan nog mee. Met --anchor telt
een venster dat voor die datum eindigde (een eerder debat, de datum van de brief zelf)
niet als termijn.`,
      check: 'controleer het register; stil en code 0 als alles klopt',
      jsonCheck: 'bevindingen als JSON',
      checkExamples: `
Voorbeelden:
  $ toezegging check
  $ toezegging check --data ./mijn-register --json`,
    },
  },

  // --- `report` and `export` (owned by src/commands/report.ts and export.ts) ---
  report: {
    heading: (asOf: string, since: string) => `Toezeggingen: overzicht op ${asOf} (nieuws sinds ${since})`,
    nothing: (since: string) => `Niets te melden sinds ${since}: niets te laat, niets binnenkort af, niets geleverd.`,
    section: {
      newlyOverdue: 'Nieuw te laat',
      overdue: 'Alles wat te laat is',
      dueSoon: 'Binnenkort af',
      delivered: 'Geleverd',
      waitingOnOverdue: 'Wacht op iets dat te laat is',
      newSince: 'Nieuwe toezeggingen',
    },
    groupHeading: { ministerie: 'Per ministerie', fractie: 'Per fractie', persoon: 'Per Kamerlid' },
    groupCounts: (open: number, overdue: number, days: number | null) =>
      `${open} open, ${overdue} te laat${days === null ? '' : `, langst open ${days} ${days === 1 ? 'dag' : 'dagen'}`}`,
    noGroup: '(niemand genoemd)',
    deliveredWhen: (standing: string, date: string) => `${standing}, op ${date}`,
    sinceAndDays: '--since en --days gaan niet samen; kies er één.',
    sinceAfterAsOf: (since: string, asOf: string) => `--since ${since} ligt na de rapportagedatum ${asOf}; kies een eerdere datum of een latere --as-of.`,
    jsonAndFormat: (format: string) => `--json en --format ${format} gaan niet samen; laat er één weg.`,
    help: {
      description: 'overzicht voor cron of e-mail: wat sinds een datum te laat is geraakt, wat te laat is, binnenkort af is, geleverd is of wacht op iets dat te laat is',
      since: `begin van de periode (${DATE_FORMS_NL}; standaard 7 dagen voor --as-of)`,
      days: 'periode van zoveel dagen tot --as-of (standaard 7)',
      horizon: 'meld ook als "binnenkort af" wat binnen zoveel dagen afloopt (standaard alleen naar verhouding van de termijn)',
      format: 'uitvoervorm: text, md (e-mail) of json (standaard text)',
      groupBy: 'tel per ministerie, fractie of persoon (Kamerlid): open en te laat, de langst openstaande eerst',
      to: 'alleen toezeggingen aan dit Kamerlid of deze fractie (deel van de naam)',
      by: 'alleen toezeggingen van dit ministerie of deze bewindspersoon (deel van de naam)',
      failOn: 'eindig met code 1 als een toezegging deze staat heeft (bijv. overdue = te laat, due = in termijn)',
      json: 'uitvoer als JSON (hetzelfde als --format json); eventueel alleen deze velden (id,state,daysLate)',
      examples: `
"Binnenkort af" is naar verhouding: een termijn van een half jaar wordt pas in
de laatste weken gemeld, een termijn van twee weken een paar dagen vooraf. Met
--horizon N komt daar bij wat binnen N dagen afloopt.
"Nieuw te laat": de laatste dag van de termijn valt op of na --since en voor
--as-of. "Geleverd": geleverd op --since t/m --as-of.

Voorbeelden:
  $ toezegging report                                   de afgelopen week
  $ toezegging report --since 2026-08-01 --as-of 2026-11-28
  $ toezegging report --days 30 --horizon 14 --format md
  $ toezegging report --format json | jq '.newlyOverdue[].id'
  $ toezegging report --fail-on overdue || echo "er is iets te laat"

In cron (elke maandag om 8 uur per e-mail):
  0 8 * * 1  toezegging report --data ~/toezeggingen --format md | mail -s "Toezeggingen" team@example.org`,
    },
  },

  export: {
    calendarName: 'Toezeggingen',
    heading: (date: string) => `Toezeggingen op ${date}`,
    column: { id: 'ID', title: 'Titel', due: 'Termijn', standing: 'Stand', source: 'Bron' },
    empty: 'Het register bevat nog geen toezeggingen.',
    ics: {
      instanceTitle: (title: string, n: number) => `${title} (keer ${n})`,
      due: (rule: string) => `Termijn: ${rule}`,
      source: (text: string) => `Bron: ${text}`,
      standing: (date: string, standing: string) => `Stand op ${date}: ${standing}`,
      promisedTo: (names: string) => `Toegezegd aan: ${names}`,
    },
    formatMissing: (formats: string) => `kies een uitvoervorm met --format (${formats}), of geef -o een bestandsnaam met die extensie.`,
    writeFailed: (file: string, code: string) => `kan ${file} niet schrijven: ${systemReasonNl(code)}.`,
    badHorizon: (value: string) => `--horizon ${value}: geef een termijn (2y, 18m, 26w, 90d) of een datum JJJJ-MM-DD, niet vóór de peildatum.`,
    help: {
      description: 'alle toezeggingen als json, ndjson, csv, md of ics (agenda), naar stdout of een bestand',
      format: 'uitvoervorm: json, ndjson, csv, md of ics (standaard: af te leiden uit de extensie van -o)',
      output: 'schrijf naar dit bestand (veilig: eerst volledig weggeschreven, dan vervangen) in plaats van naar stdout',
      horizon: 'hoe ver vooruit de keren van een terugkerende termijn in de agenda komen: 2y, 18m, 26w, 90d of een datum (standaard 1 jaar)',
      examples: `
Vormen:
  json    hetzelfde object als status --json
  ndjson  één toezegging per regel, elk een volledig JSON-object met
          "schemaVersion" en "asOf"
  csv     RFC 4180, UTF-8 met BOM (voor Excel), CRLF; kolommen: id, title,
          source, status, state, due, from, to, daysLate, daysLeft, waitingOn,
          deliveredOn, tags (gescheiden door ;), file, line, instance (de
          keer van een reeks waar from/to bij horen), event, eventDate
          (een gebeurtenis en haar datum, leeg zolang die niet bekend is).
          Tekst die met = + - @ begint krijgt een ' ervoor, zodat een
          spreadsheet haar niet als formule uitvoert.
  md      een tabel per staat, met links naar de bron
  ics     een agenda (RFC 5545): per openstaande toezegging met een einddatum
          een hele-dag-afspraak op de laatste dag van de termijn; te laat
          inbegrepen; een reeks krijgt een afspraak per keer tot --horizon

Voorbeelden:
  $ toezegging export --format csv -o toezeggingen.csv
  $ toezegging export -o toezeggingen.ics     de vorm volgt uit de extensie
  $ toezegging export --format ndjson | jq -c 'select(.state == "overdue")'
  $ toezegging export --format md --as-of 2026-11-28 > overzicht.md
  $ toezegging export -o toezeggingen.ics --horizon 2y
                                              reeksen twee jaar vooruit

Kan het bestand niet geschreven worden, dan eindigt export met code 2.`,
    },
  },

  // --- `timeline`, `completion` and the pager (owned by src/commands/timeline.ts, completion.ts, src/cli/pager.ts) ---
  timeline: {
    months: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    waitingOn: (id: string) => `wacht op ${id}`,
    endedBefore: (date: string) => `t/m ${date}`,
    startsAfter: (date: string) => `vanaf ${date}`,
    today: (date: string) => `vandaag (${date})`,
    beyond: 'loopt door buiten beeld',
    empty: (from: string, to: string) => `Geen toezeggingen met een termijn tussen ${from} en ${to}.`,
    badRange: (from: string, to: string) => `--from ${from} ligt na --to ${to}; kies een --from die eerder is.`,
    help: {
      description: 'tijdlijn van de termijnen: per openstaande toezegging een balk over de maanden, met vandaag gemarkeerd',
      from: `begin van de tijdlijn (${DATE_FORMS_NL}; standaard: zie hieronder)`,
      to: `einde van de tijdlijn (${DATE_FORMS_NL})`,
      state: (states: string) => `alleen deze staten: ${states}; de Nederlandse namen mogen ook`,
      tag: 'alleen toezeggingen met een van deze tags',
      examples: `
Standaard loopt de tijdlijn van de vroegste begindatum (hoogstens 6 maanden terug) tot
de laatste einddatum (minstens 6 maanden vooruit, hoogstens 24 maanden in totaal), in
hele maanden, en altijd met vandaag erin. Geleverde toezeggingen staan erbij als hun
termijn in beeld valt. Zonder kleur: █ loopt, ▒ komt eraan, ▓ te laat, ░ geleverd;
◀ en ▶ betekenen dat de termijn buiten beeld doorloopt.

Voorbeelden:
  $ toezegging timeline
  $ toezegging timeline --as-of 2026-03-01
  $ toezegging timeline --from 2026-01-01 --to 2026-12-31
  $ toezegging timeline --state overdue,due --tag mensenhandel`,
    },
  },

  completion: {
    help: {
      description: 'geef een script voor het aanvullen van commando\'s, opties en ids met Tab (bash, zsh of fish)',
      shell: 'de shell',
      examples: `
Installeren:
  bash  $ mkdir -p ~/.local/share/bash-completion/completions
        $ toezegging completion bash > ~/.local/share/bash-completion/completions/toezegging
        of in ~/.bashrc: source <(toezegging completion bash)
  zsh   $ toezegging completion zsh > "\${fpath[1]}/_toezegging"
        of in ~/.zshrc, na compinit: source <(toezegging completion zsh)
  fish  $ toezegging completion fish > ~/.config/fish/completions/toezegging.fish

Ids worden bij het aanvullen uit het register gelezen (met --data als dat op de regel staat).`,
    },
  },

  pager: {
    help: 'lange uitvoer niet door de pager ($PAGER, standaard less) sturen; ook TOEZEGGING_PAGER= of PAGER=cat',
  },

  // --- `import tk` (owned by src/commands/import.ts and src/import) ---
  import: {
    read: (origin: string, records: number, pages: number | undefined, considered: number) =>
      `Tweede Kamer (${origin}): ${records} ${records === 1 ? 'record' : 'records'} gelezen${pages === undefined ? '' : ` in ${pages} ${pages === 1 ? 'pagina' : "pagina's"}`}, ${considered} na de filters`,
    counts: (added: number, updated: number, unchanged: number, removed: number) =>
      `toegevoegd ${added}, bijgewerkt ${updated}, ongewijzigd ${unchanged}, verwijderd ${removed}`,
    deadlines: (date: number, text: number, kept: number, none: number, event: number) =>
      `termijnen: ${date} uit DatumNakoming, ${text} uit de tekst${event > 0 ? ` (waarvan ${event} gebonden aan een gebeurtenis zonder datum)` : ''}, ${none} zonder termijn${kept > 0 ? `, ${kept} lokaal gecorrigeerd en behouden` : ''}`,
    unknownStatus: (nummer: string, value: string) => `${nummer}: onbekende status "${value}"; niet ingelezen (een bestaande toezegging blijft zoals ze was)`,
    undated: (nummer: string) => `${nummer}: geen nummer en geen datum, dus geen maand om het onder te brengen; niet ingelezen`,
    elsewhere: (nummer: string, file: string) => `${nummer}: staat in ${file}, niet in tk/; niet bijgewerkt (zet de toezegging terug in tk/ of verwijder haar daar)`,
    collision: (id: string, records: string) => `${records}: zouden hetzelfde id ${id} krijgen; niet ingelezen`,
    collisionHeld: (id: string, records: string, file: string) => `${records}: zou id ${id} krijgen, maar dat is een andere toezegging in ${file}; niet ingelezen`,
    ignored: (count: number) => `${count} ${count === 1 ? 'item zonder Id genegeerd: geen record' : 'items zonder Id genegeerd: geen records'}`,
    newFile: (path: string) => `${path} (nieuw)`,
    nothingChanged: 'Niets gewijzigd.',
    wrote: (files: string) => `Geschreven: ${files}`,
    wouldWrite: (files: string) => `Proefdraai, niets geschreven. Zou schrijven: ${files}`,
    remembered: (at: string) => `De volgende import vraagt alleen wat na ${at} in de API is gewijzigd, met enkele minuten overlap (import.tk.last_sync).`,
    migrated: 'import.tk.last_sync kwam nog uit GewijzigdOp, dat wijzigingen mist die de API later bereiken; daarom is alles één keer opnieuw gelezen.',
    wouldRemember: (at: string) => `Zou import.tk.last_sync op ${at} zetten.`,
    progress: (pages: number, records: number) => `pagina ${pages}, ${records} records gelezen…`,
    wouldBreak: (errors: number) => `de import zou het register ongeldig maken (${errors === 1 ? '1 fout' : `${errors} fouten`}); er is niets geschreven. Meld dit graag als fout in toezegging.`,
    locked: (file: string, pid: number | undefined, seconds: number) =>
      `het register wordt door een ander proces bijgewerkt${pid === undefined ? '' : ` (pid ${pid})`}; na ${seconds === 1 ? '1 seconde' : `${seconds} seconden`} wachten is er niets geschreven. Probeer het zo opnieuw. Blijft dit zo, kijk dan naar ${file}.`,
    bundled: 'import schrijft in een register: kies er een met --data MAP (een nieuwe, lege map mag) of TOEZEGGING_DATA.',
    urlAndFrom: '--url en --from gaan niet samen: lees van de Kamer (eventueel via --url) of uit een bestand.',
    badUrl: (value: string) => `--url: "${value}" is geen http(s)-adres.`,
    badSince: (value: string) => `--since: "${value}" is geen datum (${DATE_FORMS_NL}) of tijdstip (2025-01-14T10:23:45+01:00).`,
    offline: (host: string, code: string) => `kan ${host} niet bereiken (${code}); controleer de netwerkverbinding, of lees opgeslagen antwoorden met --from BESTAND.`,
    timeout: (host: string, wait: string) => `${host} antwoordde niet binnen ${wait}, ook niet na herhaalde pogingen; probeer het later opnieuw.`,
    http: (url: string, status: string) => `${url} antwoordde met ${status}; er is niets geschreven.`,
    notOdata: (url: string, detail: string) => `${url} gaf geen OData-antwoord (${detail}); klopt --url?`,
    loop: (url: string) => `${url}: de bron verwijst naar een pagina die al gelezen is; er is niets geschreven.`,
    fromUnreadable: (file: string, code: string) => `kan ${file} niet lezen: ${systemReasonNl(code)}.`,
    fromInvalid: (file: string, reason: 'empty' | 'not-json' | 'no-records' | 'changed', line: number | undefined) =>
      reason === 'changed'
        ? `${file}${line === undefined ? '' : `:${line}`}: het bestand veranderde tijdens het inlezen; er is niets geschreven.`
        : `${file}${line === undefined ? '' : `:${line}`}: ${
            reason === 'empty' ? 'het bestand is leeg' : reason === 'not-json' ? 'geen JSON' : 'geen OData-antwoord, lijst van records of record'
          }. Verwacht: één antwoord ({"value": [...]}), een lijst van records, of NDJSON (één record of antwoord per regel).`,
    help: {
      description: 'lees toezeggingen in uit een openbaar register',
      tk: 'lees het toezeggingenregister van de Tweede Kamer in (open data) en houd het bij',
      url: 'lees van dit OData-adres (standaard het gegevensmagazijn van de Tweede Kamer)',
      from: 'lees opgeslagen antwoorden uit een bestand: één antwoord, een lijst van records of NDJSON',
      ministerie: 'alleen toezeggingen waarvan het ministerie deze tekst bevat (hoofdletters tellen niet)',
      status: (statuses: string) => `alleen deze status: ${statuses}; ook zoals de Kamer ze schrijft, bijv. Openstaand of "Deels Voldaan"`,
      since: `alleen wat na deze datum (${DATE_FORMS_NL}) of dit tijdstip (2025-01-14T10:23:45+01:00) is gewijzigd; standaard: import.tk.last_sync uit de configuratie`,
      dryRun: 'laat zien wat er zou veranderen, zonder iets te schrijven',
      json: 'samenvatting als JSON',
      groupExamples: `
Voorbeelden:
  $ toezegging import tk --data ~/toezeggingen
  $ toezegging import tk --help               alle mogelijkheden, en hoe bijwerken werkt`,
      examples: (saveLoop: string) => `
De toezeggingen komen in tk/JJJJ-MM.yaml, één bestand per maand van het nummer
(TZ202412-116 → id tz202412-116 in tk/2024-12.yaml). Opnieuw importeren maakt geen
dubbelen: titel, citaat, made, due, status, delivered, to en imported volgen de
Kamer; question, depends_on, tags, notes en history zijn van u en blijven staan.
De termijn is DatumNakoming ("uiterlijk <datum>"), of anders een termijn die letterlijk
in de tekst staat ("voor de zomer"); imported.due_from zegt welke. Zet
imported.due_from: local om een termijn zelf te verbeteren: de import laat hem dan staan.
Wat de Kamer verwijdert, blijft staan als vervallen, met imported.removed: true.
Na een volledige import van de Kamer (zonder --ministerie en --status) onthoudt
toezegging.config.yaml de laatste wijziging; de volgende keer komt alleen wat nieuw is.

Voorbeelden:
  $ toezegging import tk --data ~/toezeggingen
  $ toezegging import tk --data ~/toezeggingen --ministerie justitie --status openstaand
  $ toezegging import tk --data ~/toezeggingen --since 2025-01-01 --dry-run
  $ toezegging import tk --data ~/toezeggingen --from toezeggingen.ndjson

Opgeslagen antwoorden, bijvoorbeeld voor een machine zonder netwerk: elke pagina met
\$expand (brieven, ontvangers, verwante toezeggingen), tot een lege pagina:
${saveLoop}

Afsluitcodes: 0 goed (ook als er niets veranderde), 2 verkeerd gebruik, 3 bron of register onleesbaar.`,
    },
  },
  // --- `extract` (owned by src/commands/extract.ts and src/extract) ---
  extract: {
    draftHeader: 'Opgesteld door toezegging extract uit de brief zelf: controleer elke toezegging voordat u erop bouwt.',
    untitled: '(brief zonder titel)',
    cueComment: (confidence: number, cues: readonly string[]) => `zekerheid ${confidence.toFixed(2)}${cues.length > 0 ? `; aanwijzingen: ${cues.map((cue) => `"${cue}"`).join(', ')}` : ''}`,
    restatesNote: 'Herhaalt een eerdere toezegging (de brief zegt dat het al was toegezegd).',
    dateInferredNote: (date: string) =>
      `De brief zelf is niet gedateerd. Hij noemt ${date} als datum van iets dat al gebeurd is en is dus op of na die dag geschreven; als datum staat hier die vroegst mogelijke dag.`,
    dateNoneNote: 'De brief zelf is niet gedateerd en noemt geen datum van iets dat al gebeurd is; als datum staat hier de dag waarop hij werd ingelezen.',
    noDate: (date: string) => `de brief heeft geen datum; als ankerdatum voor de termijnen is ${date} gebruikt (vandaag). Geef de datum van de brief met --date JJJJ-MM-DD.`,
    inferredDate: (date: string) => `de brief heeft geen datum; hij is op of na ${date} geschreven (de laatste eerdere datum die hij noemt). Geef met --date de juiste datum als u die weet.`,
    summary: (found: number, skipped: number) =>
      `${found === 1 ? '1 toezegging' : `${found} toezeggingen`} gevonden${skipped > 0 ? `; ${skipped === 1 ? '1 zin leek erop maar is' : `${skipped} zinnen leken erop maar zijn`} overgeslagen (--json zegt waarom)` : ''}.`,
    noText: (file: string) => `${file}: er staat geen tekst in om te lezen.`,
    noTextLayer: (file: string) => `${file}: er staat geen tekst in om te lezen (een gescande PDF zonder tekstlaag? toezegging doet geen tekstherkenning).`,
    /** How the messages name the letter read from `-`. */
    standardInput: 'de standaardinvoer',
    empty: (file: string) => `${file} is leeg.`,
    tooLarge: (file: string, megabytes: number) => `${file} is groter dan ${megabytes} MB; zo'n brief leest toezegging niet.`,
    tooLong: (file: string, millions: number) => `${file} bevat meer dan ${millions} miljoen tekens tekst; zo'n lange tekst leest toezegging niet als brief.`,
    unsupported: (file: string) => `${file}: onbekend formaat. toezegging extract leest platte tekst (UTF-8, UTF-16 met BOM of Windows-1252), HTML, PDF en DOCX.`,
    unreadable: (file: string, code: string) => `kan ${file} niet lezen: ${systemReasonNl(code)}.`,
    badPdf: (file: string) => `${file} is geen leesbare PDF (beschadigd of onvolledig).`,
    encryptedPdf: (file: string) => `${file} is een versleutelde PDF; toezegging kan die niet openen. Sla hem op zonder wachtwoord en probeer het opnieuw.`,
    badDocx: (file: string) => `${file} is geen leesbaar Word-document (DOCX).`,
    sourceExists: (id: string) => `het register heeft al een bron ${id}; kies met --source-id een ander id, of voeg toezeggingen toe met toezegging add --source ${id}.`,
    writeNothing: 'in de brief is geen toezegging gevonden; er is niets geschreven.',
    written: (file: string, count: number) => `Geschreven: ${file} (${count === 1 ? '1 toezegging' : `${count} toezeggingen`}).`,
    wouldWrite: (file: string, count: number) => `Zou schrijven: ${file} (${count === 1 ? '1 toezegging' : `${count} toezeggingen`}).`,
    reviewNeedsTerminal: '--review stelt vragen en werkt alleen in een terminal; gebruik anders --json of de YAML-uitvoer.',
    review: {
      heading: (index: number, total: number, confidence: number) => `Toezegging ${index} van ${total} (zekerheid ${confidence.toFixed(2)})`,
      cues: 'aanwijzingen',
      question: 'Overnemen? [j]a, [b]ewerk de titel, [t]ermijn wijzigen, [o]verslaan, [s]toppen',
      keys: { accept: 'j', edit: 'b', due: 't', skip: 'o', quit: 's' },
      help: 'Antwoord met j (overnemen), b (titel bewerken), t (termijn wijzigen), o (overslaan) of s (stoppen; de rest wordt overgeslagen).',
      due: 'termijn',
      noDue: '(geen)',
      after: (id: string) => `na ${id}`,
      aborted: 'gestopt; er is niets geschreven.',
      editTitle: 'Titel',
      editDue: 'Termijn (leeg: geen)',
      unknownDue: (phrase: string) => `onbekende termijn "${phrase}"; probeer het opnieuw (toezegging explain TERMIJN laat zien wat werkt).`,
      dueOutOfRange: (phrase: string) => `de termijn "${phrase}" valt buiten de datums die toezegging aankan (${FIRST_DATE} tot en met ${LAST_DATE}); probeer het opnieuw.`,
      recessWithoutDates: (phrase: string, recess: string, year?: number) =>
        `de termijn "${phrase}" is bekend, maar ${RECESS_WITHOUT_DATES_NL(recess, year)}; probeer het opnieuw met een datum of een andere termijn.`,
      kept: (count: number, total: number) => `${count} van ${total} toezeggingen overgenomen.`,
    },
    suggestions: {
      heading: 'Deze brief gaat mogelijk over open toezeggingen in het register:',
      deliver: (id: string, date: string) => `${id}: mogelijk hiermee geleverd → toezegging deliver ${id} --on ${date}`,
      reschedule: (id: string, phrase: string) => `${id}: mogelijk uitgesteld (uitstelbrief) → toezegging set ${id} due "${phrase}"`,
      rescheduleNoPhrase: (id: string) => `${id}: mogelijk uitgesteld (uitstelbrief), zonder nieuwe termijn → toezegging note ${id} "uitstelbrief"`,
      why: (reasons: string) => `    (${reasons})`,
      reasons: { ref: 'dezelfde verwijzing', title: 'lijkt op de titel', quote: 'lijkt op het citaat' },
      nothingChanged: 'Dit zijn suggesties; er is niets gewijzigd.',
    },
    help: {
      description: 'stel de toezeggingen van een brief op uit de brief zelf (tekst, HTML, PDF of DOCX)',
      file: 'de brief: een bestand, of - voor standaardinvoer',
      date: `de datum van de brief (${DATE_FORMS_NL}), als die er niet (goed) in staat`,
      sourceId: 'het id van de bron (standaard de eigen verwijzing van de brief, zoals 2025Z19579)',
      json: 'als JSON: bron, toezeggingen met aanwijzingen en zekerheid, en overgeslagen zinnen',
      write: 'voeg de bron met de toezeggingen toe aan het register (met slot, atomair, gecontroleerd)',
      dryRun: 'met --write: toon de wijziging als diff en schrijf niets',
      review: 'loop in de terminal de toezeggingen één voor één langs: overnemen, bewerken of overslaan',
      examples: `
Voorbeelden:
  $ toezegging extract brief.pdf                          de toezeggingen als YAML-bronbestand
  $ toezegging extract antwoorden.html --json            met de aanwijzingen per toezegging
  $ toezegging extract brief.docx --date 2025-12-08 --write --dry-run
  $ curl -s https://www.tweedekamer.nl/... | toezegging extract -

Wat een toezegging is: de regering zegt toe iets te doen of te sturen (informeren, sturen,
delen, aanbieden, rapporteren, terugkomen op; zal, streef ernaar, is voornemens, zeg toe).
Geen toezegging: vragen, verzoeken van de Kamer, wat al gebeurd is, wat met deze brief
wordt meegestuurd, en wat niet gaat gebeuren.

Afsluitcodes: 0 goed (ook zonder toezeggingen), 2 verkeerd gebruik, 3 brief of register onleesbaar.`,
    },
  },
  // --- register changes: init, add, deliver, set, note (owned by src/write and those commands) ---
  write: {
    noRegister: 'het meegeleverde voorbeeldregister wordt niet gewijzigd. Begin een eigen register met toezegging init MAP, of kies er een met --data MAP of TOEZEGGING_DATA.',
    alreadyInvalid: (errors: number) => `het register bevat al ${errors === 1 ? '1 fout' : `${errors} fouten`}; er is niets gewijzigd. Herstel eerst wat toezegging check meldt.`,
    wouldBreak: (errors: number) => `deze wijziging zou het register ongeldig maken (${errors === 1 ? '1 fout' : `${errors} fouten`}, zie hierboven); er is niets geschreven.`,
    locked: (lockPath: string, holder: string, seconds: number) => `het register wordt al gewijzigd door ${holder}; na ${seconds === 1 ? '1 seconde' : `${seconds} seconden`} wachten is er niets geschreven. Probeer het zo opnieuw. Draait er geen toezegging meer, verwijder dan het slot: ${lockPath}`,
    lockHolder: (pid: number, host: string, since: string) => `proces ${pid} op ${host} (sinds ${since})`,
    lockHolderUnknown: 'een ander proces',
    changedOnDisk: (file: string) => `${file} is door een ander programma gewijzigd terwijl toezegging het bewerkte; er is niets geschreven. Voer de opdracht opnieuw uit.`,
    outsideRegister: (file: string, target: string) => `${file} verwijst (via een symbolische koppeling) naar ${target}, buiten de registermap; toezegging schrijft daar niet.`,
    cannotEdit: (where: string) => `kan ${where} niet bewerken: het YAML heeft daar een vorm die toezegging niet veilig kan aanpassen. Pas het bestand met de hand aan.`,
    unknownDue: (phrase: string, suggestions: readonly string[]) =>
      `onbekende termijn "${phrase}"; er is niets geschreven.\nBekende vormen die erop lijken:\n${suggestions.map((s) => `  ${s}`).join('\n')}\n${EXPLICIT_DUE_CLI_NL}\n(toezegging explain TERMIJN laat zien hoe een termijn wordt gelezen.)`,
    dueOutOfRange: (phrase: string) => `de termijn "${phrase}" valt buiten de datums die toezegging aankan (${FIRST_DATE} tot en met ${LAST_DATE}); er is niets geschreven.`,
    recessWithoutDates: (phrase: string, recess: string, year?: number) =>
      `de termijn "${phrase}" is bekend, maar ${RECESS_WITHOUT_DATES_NL(recess, year)}; er is niets geschreven.\n${ADD_RECESS_NL(recess)}`,
    unchanged: 'Niets gewijzigd: de waarde stond er al zo.',
    dryRunNothingWritten: '(--dry-run: niets geschreven; hierboven op stdout de wijziging als diff)',
    badUrl: (value: string) => `--url: "${value}" is geen webadres; schrijf een volledig adres dat begint met https://.`,
    deliveredInFuture: (on: string, asOf: string) => `--on ${on} ligt na vandaag (${asOf}); een levering kan niet in de toekomst liggen.`,
    delivered: (id: string, on: string) => `${id}: geleverd op ${on}.`,
    wouldDeliver: (id: string, on: string) => `${id}: zou worden vastgelegd als geleverd op ${on}.`,
    replacedDelivery: (id: string, previous: string, on: string, partly: boolean) =>
      `${id} stond al als ${partly ? 'deels ' : ''}geleverd op ${previous}; die datum is vervangen door ${on} (een eerdere --ref of --url blijft staan als u geen nieuwe opgeeft).`,
    deliveredPartly: (id: string, on: string) => `${id}: deels geleverd op ${on}; de toezegging blijft open.`,
    wouldDeliverPartly: (id: string, on: string) => `${id}: zou worden vastgelegd als deels geleverd op ${on}; de toezegging zou open blijven.`,
    deliveredInstance: (id: string, n: number, on: string) => `${id}: keer ${n} van de reeks geleverd op ${on}.`,
    wouldDeliverInstance: (id: string, n: number, on: string) => `${id}: keer ${n} van de reeks zou worden vastgelegd als geleverd op ${on}.`,
    noInstance: (id: string) => `${id}: de kalender kent de volgende keer van deze reeks niet; voeg de recesdatums toe in toezegging.config.yaml.`,
    partialInstance: (id: string) => `${id} is een terugkerende toezegging: elke keer wordt in zijn geheel geleverd, --partial past daar niet bij.`,
    emptyNote: 'de notitie is leeg; geef tekst op, bijv. toezegging note ID "uitstelbericht ontvangen".',
    noted: (id: string, on: string, note: string) => `${id}: notitie van ${on} toegevoegd aan history: ${note}`,
    wouldNote: (id: string, on: string, note: string) => `${id}: notitie van ${on} zou worden toegevoegd aan history: ${note}`,
    useDeliver: (id: string) => `status voldaan vraagt een leverdatum; gebruik toezegging deliver ${id} --on JJJJ-MM-DD.`,
    set: (id: string, field: string, value: string) => `${id}: ${field} is nu ${value === '' ? '(leeg)' : value}.`,
    wouldSet: (id: string, field: string, value: string) => `${id}: ${field} zou ${value === '' ? '(leeg)' : value} worden.`,
    badField: (field: string, suggestion: string | undefined, allowed: string) =>
      `veld "${field}" kan niet met set worden gewijzigd${suggestion ? `; bedoelde u ${suggestion}?` : '.'} Kies uit ${allowed} (leveren: toezegging deliver; notitie: toezegging note).`,
    notEventBound: (id: string) => `${id} is niet aan een gebeurtenis gebonden; event-date geldt alleen voor een termijn als "voor het commissiedebat X".`,
    emptyValue: (field: string) => `${field}: geef een waarde op.`,
    eventBeforeMade: (id: string, date: string, made: string, to: string) =>
      `event-date ${date} ligt vóór de dag waarop ${id} werd toegezegd (${made}): de termijn zou op ${to} zijn verstreken, voordat de toezegging bestond. Er is niets geschreven; controleer de datum (een tikfout in jaar of maand?).`,
    badStatus: (value: string, suggestion: string | undefined, allowed: string) => `onbekende status "${value}"${suggestion ? `; bedoelde u ${suggestion}?` : '.'} Kies uit ${allowed}.`,
    sourceRequired: (sources: string) => `geef met --source aan uit welke bron de toezegging komt${sources ? ` (${sources})` : ''}, of een nieuw bron-id met --source-title.`,
    sourceExists: (id: string) => `bron ${id} bestaat al; --source-title, --source-date en --source-type zijn alleen voor een nieuwe bron.`,
    badId: (id: string) => `id "${id}" is ongeldig: gebruik kleine letters, cijfers en koppeltekens, beginnend met een letter of cijfer.`,
    dueAndAfter: '--due en --after gaan niet samen: een toezegging heeft één termijn.',
    withinNeedsAfter: '--within hoort bij --after: binnen hoe lang na de levering van welke toezegging.',
    badWithin: (text: string) => `onbekende duur "${text}" bij --within; schrijf bijvoorbeeld 3 weken, 3 maanden of 1 jaar.`,
    idTaken: (id: string) => `er is al een toezegging met id ${id}; kies een ander met --id.`,
    newSourceNeedsTitle: (id: string) => `bron ${id} bestaat nog niet. Geef voor een nieuwe bron ook --source-title (en eventueel --source-date en --source-type).`,
    fileExists: (file: string) => `${file} bestaat al maar bevat bron niet; kies een ander bron-id.`,
    added: (id: string, file: string) => `Toegevoegd: ${id} (in ${file}).`,
    wouldAdd: (id: string, file: string) => `Zou toevoegen: ${id} (in ${file}).`,
    addedWithSource: (id: string, file: string, source: string) => `Toegevoegd: ${id}, met nieuwe bron ${source} (in ${file}).`,
    wouldAddWithSource: (id: string, file: string, source: string) => `Zou toevoegen: ${id}, met nieuwe bron ${source} (in ${file}).`,
    titleRequired: 'geef de toezegging op met --title (en --source, --due ...); zonder opties stelt toezegging add de vragen alleen in een terminal.',
    initExists: (dir: string, files: readonly string[]) => `${dir} bevat al ${files.join(', ')}; toezegging init overschrijft niets. Kies een lege map of verwijder die bestanden.`,
    initNotFolder: (dir: string) => `${dir} is een bestand, geen map; toezegging init maakt een register in een map. Kies een nieuwe of lege map.`,
    initDone: (dir: string) => `Nieuw register in ${dir}:`,
    nextSteps: 'Volgende stappen:',
    initNext: [
      'toezegging check                 controleer het register',
      'toezegging add --source voorbeeld --title "..." --due "voor het zomerreces"',
      'toezegging status                wat is te laat, in termijn of komend',
    ],
    prompt: {
      sourcesHeading: 'Bronnen in dit register:',
      source: 'Bron (nummer of id; een nieuw id maakt een nieuwe bron)',
      required: 'Dit is verplicht.',
      newSource: (id: string) => `${id} is een nieuwe bron.`,
      sourceTitle: 'Titel van de bron',
      sourceDate: `Datum van de bron (${DATE_FORMS_NL}, of een maand: JJJJ-MM)`,
      badSourceDate: (date: string) => `"${date}" is geen datum van ${FIRST_DATE} tot en met ${LAST_DATE}; schrijf ${DATE_FORMS_NL}, of een maand: JJJJ-MM.`,
      sourceType: (types: string) => `Soort bron (${types})`,
      choose: (choices: string) => `Kies uit ${choices}.`,
      title: 'Titel van de toezegging',
      id: 'Id',
      due: 'Termijn, zoals in de bron (leeg: geen termijn)',
      quote: 'Citaat uit de bron (leeg: geen)',
      tags: 'Tags, met komma\'s (leeg: geen)',
      to: 'Toegezegd aan, met komma\'s (leeg: niemand in het bijzonder)',
      aborted: 'afgebroken; er is niets geschreven.',
    },
    init: {
      configComments: [
        'Instellingen van dit toezeggingenregister. Elk ander *.yaml-bestand in deze map',
        '(en daaronder) is een bron met toezeggingen.',
        '',
        'Hoeveel dagen vooruit toezegging status komende toezeggingen toont:',
        'horizon: 90',
        '',
        'Taal van de uitvoer (nl of en):',
        'lang: nl',
        '',
        'Recesdata die voorgaan op de meegeleverde kalender:',
        'calendar:',
        '  recesses:',
        '    - name: zomerreces',
        '      first: 2026-07-03',
        '      last: 2026-08-31',
      ],
      exampleComments: [
        'Een bronbestand: één brief, beantwoorde Kamervragen, debat of motie, met de toezeggingen daaruit.',
        'Dit is een voorbeeld: vervang het door een echte bron, of verwijder het.',
        'Nieuwe toezeggingen: toezegging add. Geleverd: toezegging deliver ID --on JJJJ-MM-DD.',
        '',
      ],
      exampleSourceTitle: 'Voorbeeldbrief (vervang door de titel van de brief)',
      exampleTitle: 'Kamer informeren over de voortgang (voorbeeld)',
      exampleQuote: 'Ik zal uw Kamer binnen drie maanden informeren over de voortgang.',
      exampleTag: 'voorbeeld',
      exampleDueComment: (date: string) => `"binnen 3 maanden" na de datum van de bron: uiterlijk ${date}.`,
      gitignoreComment: 'toezegging: het schrijfslot en tijdelijke bestanden van onderbroken schrijfacties',
    },
    help: {
      dryRun: 'toon de wijziging als diff en schrijf niets',
      init: 'maak een nieuw register: toezegging.config.yaml en een map toezeggingen/ met een voorbeeldbron',
      initDir: 'map van het nieuwe register (standaard: --data of de huidige map; wordt zo nodig aangemaakt)',
      initExamples: `
Voorbeelden:
  $ toezegging init
  $ toezegging init ~/toezeggingen-jenv

Overschrijft nooit iets: bestaat toezegging.config.yaml of het voorbeeldbestand al, dan stopt init met code 2.`,
      add: 'voeg een toezegging toe, met opties of (in een terminal, zonder opties) door vragen te beantwoorden',
      source: 'id van de bron; een nieuw id maakt een nieuw bronbestand (dan ook --source-title)',
      title: 'titel van de toezegging',
      id: 'id (standaard afgeleid van de titel)',
      due: 'termijn zoals in de bron, bijv. "voor het zomerreces"; wordt gelezen vanaf de datum van de bron',
      after: 'in plaats van --due: de termijn begint bij de levering van deze andere toezegging (id)',
      within: 'bij --after: binnen hoe lang na die levering, bijv. "3 maanden"',
      quote: 'letterlijk citaat uit de bron',
      question: 'nummer van de Kamervraag',
      status: 'status (standaard open)',
      tag: 'tags, met komma\'s of herhaald',
      to: 'aan wie toegezegd, met komma\'s of herhaald',
      dependsOn: 'ids van toezeggingen waarvan deze afhangt',
      sourceTitle: 'titel van een nieuwe bron',
      sourceDate: `datum van een nieuwe bron (${DATE_FORMS_NL}, of een maand: JJJJ-MM; standaard vandaag)`,
      sourceType: 'soort van een nieuwe bron: brief, kamervragen, debat, motie of overig (standaard)',
      addExamples: `
Voorbeelden:
  $ toezegging add --source 2025Z19579 --title "Kamer informeren over de pilot" --due "voor het zomerreces"
  $ toezegging add --source 2026D01234 --source-title "Brief over de pilot" --source-date 2026-02-10 \\
      --source-type brief --title "Evaluatie naar de Kamer" --due "eind 2026" --tag pilot
  $ toezegging add --title "Plan van aanpak naar de Kamer" --after wodc-onderzoek --within "3 maanden"
  $ toezegging add                    (in een terminal: stelt de vragen één voor één)
  $ toezegging add --title "..." --due "Q3 2026" --dry-run`,
      deliver: 'leg vast dat een toezegging is geleverd (of deels, met --partial)',
      on: `datum van levering (${DATE_FORMS_NL}; standaard vandaag)`,
      ref: 'waarmee geleverd, bijv. "Kamerstuk 28638, nr. 250"',
      url: 'link naar het geleverde stuk',
      partial: 'deels geleverd: status deels voldaan, de toezegging blijft open',
      deliverExamples: `
Voorbeelden:
  $ toezegging deliver wodc-onderzoek --on 2026-09-15 --ref "Kamerstuk 28638, nr. 251"
  $ toezegging deliver spine-eindrapportage --partial --on 2026-07-01
  $ toezegging deliver wodc-onderzoek --on 2026-09-15 --dry-run`,
      set: 'wijzig één veld van een toezegging: status, due, title, tags, of event-date (de datum van de gebeurtenis waar de termijn aan hangt)',
      field: (fields: string) => `het veld: ${fields}`,
      value: `de nieuwe waarde (tags: met komma's; een lege waarde maakt de tags leeg; event-date: ${DATE_FORMS_NL})`,
      setExamples: `
Voorbeelden:
  $ toezegging set wodc-onderzoek due "najaar 2026"
  $ toezegging set plan-van-aanpak status vervallen
  $ toezegging set wodc-onderzoek tags mensenhandel,wodc
  $ toezegging set wodc-onderzoek title "WODC-deelonderzoek opgeleverd" --dry-run
  $ toezegging set commissiedebat-brief event-date 2026-04-16`,
      note: 'voeg een notitie met de datum van vandaag toe aan de geschiedenis van een toezegging',
      noteText: 'de notitie',
      noteExamples: `
Voorbeelden:
  $ toezegging note wodc-onderzoek "uitstelbericht: oplevering na de zomer"
  $ toezegging note spine-eindrapportage Kamervragen gesteld over de vertraging`,
    },
  },
};

export type Messages = typeof nl;
export type { Args };
