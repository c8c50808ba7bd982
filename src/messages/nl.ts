import type { Args, DiagnosticText } from './types.js';
import type { State, Status } from '../core/model.js';
const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];


/**
 * All Dutch user-facing text. `en.ts` has the same shape; code refers to these
 * entries by name, never to literal wording.
 */
export const nl = {
  // --- deadline rules (owned by src/core/deadline) ---
  deadline: {
    months: NL_MONTHS,
    /** Between the ends of a range: "1 juni t/m 31 augustus 2026". */
    through: 't/m',
    parts: { begin: 'begin', medio: 'medio', eind: 'eind' },
    ordinals: ['eerste', 'tweede', 'derde', 'vierde'],
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
    inferred: '(afgeleid: deze datum is nog niet door de Kamer bevestigd)',
    config: '(datum uit de configuratie van het register)',
    /** What a rule is about, for rules that apply to many kinds ("uiterlijk …", "voor …"). */
    targets: {
      day: (a: Args) => `${a.date}`,
      month: (a: Args) => `${a.monthName} ${a.year}`,
      'month-part': (a: Args) => `${a.partName} ${a.monthName} ${a.year}`,
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
        `voor de begrotingsbehandeling ${a.year}: ${a.range}, van Prinsjesdag tot de dag voor het kerstreces`,
      'this-year': (a: Args) => `dit jaar (${a.year}): t/m ${a.to}`,
      'next-year': (a: Args) => `volgend jaar (${a.year}): ${a.range}`,
      'this-season': (a: Args) => `${a.thisSeason} (${a.year}): ${a.range}`,
      within: (a: Args) => `binnen ${a.span}: t/m ${a.to}, ${a.span} na de datum van de toezegging (${a.from})`,
      span: (a: Args) => `over ${a.span}: ${a.range}, gerekend vanaf de datum van de toezegging`,
      asap: (a: Args) => `zo spoedig mogelijk: t/m ${a.to}, drie weken na de datum van de toezegging`,
      'short-term': (a: Args) => `op korte termijn: t/m ${a.to}, zes weken na de datum van de toezegging`,
      after: (a: Args) => `na levering van ${a.after}: vanaf ${a.from}, zonder einddatum`,
      'after-within': (a: Args) => `binnen ${a.span} na levering van ${a.after}: ${a.range}`,
      ongoing: () => 'doorlopend: zonder einddatum',
    },
  },

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
        message: (a) => `ongeldige YAML: ${a.reason}`,
        hint: () => 'Controleer op deze plek de inspringing, de dubbele punten en de aanhalingstekens.',
      },
      W_YAML: {
        message: (a) => `YAML-waarschuwing: ${a.reason}`,
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
      E_DELIVERED_WITHOUT_DATE: {
        message: () => 'status is voldaan (`delivered`), maar `delivered.on` ontbreekt',
        hint: () => 'Voeg de dag van levering toe: `delivered: {on: JJJJ-MM-DD}`; zonder die dag is niet te zeggen of het op tijd was.',
      },
      W_DELIVERED_BUT_OPEN: {
        message: (a) => `\`delivered.on\` is ${a.on}, maar de status is open`,
        hint: () => 'Zet `status: delivered` (of `partial`) als de toezegging is nagekomen, of haal `delivered.on` weg.',
      },
      E_DUPLICATE_ID: {
        message: (a) => `id \`${a.id}\` komt al voor in ${a.firstFile}:${a.firstLine}`,
        hint: () => 'Elke toezegging heeft een eigen id in het hele register; kies een andere id.',
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
      E_BAD_DEADLINE: {
        message: (a) => `onbekende termijn \`${a.phrase}\``,
        hint: (a) =>
          a.suggestions ? `Dichtstbijzijnde bekende vormen: ${a.suggestions}. Probeer ze met \`toezegging explain\`.` : 'Zie `toezegging explain` voor de termijnen die het programma kent.',
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
      waiting: 'Wachtend op een andere toezegging',
      'no-deadline': 'Zonder termijn',
      delivered: 'Geleverd',
      closed: 'Afgedaan',
      lapsed: 'Vervallen',
      ongoing: 'Doorlopend',
    } as Record<State, string>,
    afterPending: (id: string, within: string) => (within ? `${within} na levering van ${id}, dat nog niet geleverd is` : `na levering van ${id}, dat nog niet geleverd is`),
    openEnded: 'geen einddatum',
    openEnd: 'open',
    daysLate: (n: number) => (n === 1 ? '1 dag te laat' : `${n} dagen te laat`),
    daysLeft: (n: number) => (n === 0 ? 'vandaag de laatste dag' : n === 1 ? 'nog 1 dag' : `nog ${n} dagen`),
    startsIn: (n: number) => (n === 1 ? 'begint over 1 dag' : `begint over ${n} dagen`),
    waitingOn: (id: string, state: string) => `wacht op ${id} (${state})`,
    waitingVia: (id: string, state: string) => `— dat wacht op ${id} (${state})`,
    deliveredOn: (date: string) => `geleverd op ${date}`,
    deliveredOnTime: 'op tijd geleverd',
    deliveredLate: (n: number) => (n === 1 ? '1 dag te laat geleverd' : `${n} dagen te laat geleverd`),
    range: (from: string, to: string) => `${from} t/m ${to}`,
    until: (to: string) => `t/m ${to}`,
    from: (from: string) => `vanaf ${from}`,
    inferredShort: 'afgeleid',
    inferredLong: 'afgeleid: rust op een recesdatum die de Kamer (nog) niet heeft bevestigd',
    statusHeading: (date: string, commitments: number, sources: number) =>
      `Toezeggingen op ${date}: ${commitments} ${commitments === 1 ? 'toezegging' : 'toezeggingen'} uit ${sources} ${sources === 1 ? 'bron' : 'bronnen'}`,
    emptyRegister: 'Het register bevat nog geen toezeggingen.',
    beyondHorizon: (n: number, horizon: number) => `en ${n} die later dan over ${horizon} dagen beginnen (zie --horizon)`,
    nothingOpen: 'Niets openstaand: alles is geleverd, afgedaan, vervallen of doorlopend.',
    noMatches: 'Geen toezeggingen die aan de filters voldoen.',
    column: { id: 'ID', state: 'STAAT', due: 'UITERLIJK', standing: 'STAND', title: 'TITEL' },
    field: {
      state: 'staat',
      status: 'status',
      source: 'bron',
      by: 'door',
      url: 'url',
      question: 'vraag',
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
      note: 'let op',
    },
    bundledNotice: (dir: string) => `toezegging: geen register gevonden; het meegeleverde voorbeeldregister wordt gebruikt (${dir}). Kies een register met --data MAP of TOEZEGGING_DATA.`,
    dataDirMissing: (dir: string) => `registermap ${dir} bestaat niet. Geef een bestaande map op met --data of TOEZEGGING_DATA.`,
    dataDirNotFolder: (dir: string) => `${dir} is geen map. Geef met --data de map van het register op, niet een bestand.`,
    dataDirUnreadable: (dir: string, reason: string) => `registermap ${dir} is niet leesbaar (${reason}).`,
    invalidRegister: (errors: number) => `het register bevat ${errors === 1 ? '1 fout' : `${errors} fouten`}; herstel die eerst (toezegging check toont ze allemaal).`,
    badLang: (value: string) => `onbekende taal "${value}"; kies nl of en.`,
    badAsOf: (value: string, where: string) => `${where}: "${value}" is geen bestaande datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-28.`,
    badDate: (option: string, value: string) => `${option}: "${value}" is geen bestaande datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-28.`,
    badChoice: (option: string, value: string, choices: string) => `${option}: onbekende waarde "${value}"; kies uit ${choices}.`,
    badNumber: (option: string, value: string) => `${option}: "${value}" is geen positief geheel getal.`,
    badJsonFields: (unknown: string, available: string) =>
      `${unknown ? `onbekend veld voor --json: ${unknown}. ` : ''}Beschikbare velden:\n  ${available}`,
    unknownId: (id: string, suggestions: string) => `geen toezegging met id "${id}".${suggestions ? ` Bedoelde u: ${suggestions}?` : ' Zie toezegging list voor alle ids.'}`,
    unknownPhrase: (phrase: string, suggestions: readonly string[]) =>
      `toezegging: onbekende termijn "${phrase}".\nBekende vormen die erop lijken:\n${suggestions.map((s) => `  ${s}`).join('\n')}`,
    internalError: (detail: string) => `interne fout: ${detail}\nDit is een fout in toezegging. Meld het graag, met de opdracht die u gaf (TOEZEGGING_DEBUG=1 toont de details).`,
    help: {
      program: 'Houd de regering aan haar woord: toezeggingen in YAML, hun Nederlandse termijnen als datumvensters, en wat te laat, in termijn of komend is.',
      version: 'toon het versienummer',
      help: 'toon hulp bij een opdracht',
      helpCommand: 'toon hulp bij een opdracht',
      seeHelp: '(gebruik --help voor de mogelijkheden)',
      data: 'map van het register (standaard: TOEZEGGING_DATA, dan de dichtstbijzijnde map met toezegging.config.yaml, dan het voorbeeldregister)',
      asOf: 'rapporteer alsof het vandaag deze datum is (JJJJ-MM-DD; ook TOEZEGGING_TODAY); standaard vandaag in Nederland',
      lang: 'taal van de uitvoer (ook TOEZEGGING_LANG)',
      noColor: 'geen kleur (ook NO_COLOR=1)',
      programExamples: `
Voorbeelden:
  $ toezegging status                         overzicht van wat te laat, in termijn en komend is
  $ toezegging status --as-of 2026-03-01      de stand zoals die op 1 maart 2026 was
  $ toezegging list --state overdue --sort late
  $ toezegging show spine-eindrapportage
  $ toezegging explain "voor het zomerreces" --anchor 2026-02-10
  $ toezegging check                          controleer het register

Afsluitcodes: 0 goed, 1 --fail-on geraakt of check vond fouten, 2 verkeerd gebruik, 3 onleesbaar of ongeldig register.`,
      status: 'overzicht: aantallen per staat, dan te laat, in termijn, komend, wachtend en zonder termijn',
      horizon: 'toon komende toezeggingen die binnen zoveel dagen beginnen (standaard 90)',
      failOn: 'eindig met code 1 als een toezegging in deze staat is (bijv. overdue), voor CI en cron',
      json: 'uitvoer als JSON; optioneel alleen deze velden (id,state,daysLate)',
      statusExamples: `
Voorbeelden:
  $ toezegging status
  $ toezegging status --as-of 2026-11-28 --json
  $ toezegging status --json id,state,daysLate
  $ toezegging status --fail-on overdue && echo "niets te laat"`,
      list: 'toezeggingen als tabel, te filteren en te sorteren',
      state: 'alleen deze staten (overdue, due, upcoming, waiting, no-deadline, delivered, closed, lapsed, ongoing)',
      status_: 'alleen deze opgeslagen status (open, delivered, partial, closed, lapsed, ongoing of de Kamernamen)',
      tag: 'alleen toezeggingen met een van deze tags',
      source: 'alleen uit deze bronnen (id)',
      by: 'alleen van bronnen waarvan "by" deze tekst bevat',
      sort: (keys: string) => `sorteer op ${keys} (due = termijn, late = dagen te laat, age = langst open)`,
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
      anchor: 'datum waarop de toezegging is gedaan, voor relatieve termijnen (standaard: --as-of of vandaag)',
      explainExamples: `
Voorbeelden:
  $ toezegging explain zomer 2026
  $ toezegging explain "voor het zomerreces" --anchor 2026-02-10
  $ toezegging explain "op korte termijn" --anchor 2025-12-15 --json`,
      check: 'controleer het register; stil en code 0 als alles klopt',
      jsonCheck: 'bevindingen als JSON',
      checkExamples: `
Voorbeelden:
  $ toezegging check
  $ toezegging check --data ./mijn-register --json`,
    },
  },
};

export type Messages = typeof nl;
export type { Args };
