import { answerHeadings } from './answer-headings.js';
import { oneLine } from './clean-text.js';
import { ABBREVIATED, isMinistry, MINISTRY, ministerPreposition, ministrySpelled } from './ministries.js';
import { RAPPEL_PAGE } from './register-status.js';

const OFFICE = String.raw`(?:[Mm]inister-[Pp]resident,[ \t]+)?(?:[Mm]inister|[Ss]taatssecretaris)[ \t]+(?:van|voor)`;

/**
 * A signer's name after the office: initials, given names, particles and surnames ("I.K. van Engelshoven", "M. J. M.
 * Verhagen", "A. Broekers-Knol"). Words in lower case other than particles are a sentence, not a name: "De
 * staatssecretaris van Onderwijs, Cultuur en Wetenschap zal de reviewcommissie … verzoeken …" is no signature.
 */
const SIGNER = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:(?:van|de|der|den|ter|ten|te|in|op|'t|’t)(?![\p{L}])|\p{Lu}[\p{L}.'’-]*)){0,8}`;

/**
 * The signature's office on a line of its own, with the signer's name after a comma or on the next line: "De Minister
 * van Onderwijs, Cultuur en Wetenschap, I.K. van Engelshoven", "De Staatssecretaris van Financiën,".
 */
const SIGNATURE = new RegExp(String.raw`^[ \t]*(?:[Dd]e[ \t]+|Verantwoordelijke\(n\)[ \t]+|Ondertekenaar:[ \t]*)?(${OFFICE}[ \t]+${MINISTRY})[ \t]*(?:,[ \t]*(?:${SIGNER})?)?[ \t]*$`, 'gmu');

/**
 * The signature in capitals, as letters printed from PDF set it: "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,", the
 * ministry running on to the next line after "EN" or a comma ("DE MINISTER VAN LANDBOUW, NATUUR EN" / "VOEDSELKWALITEIT,"),
 * a state secretary's portfolio after a dash ("… WATERSTAAT – OPENBAAR VERVOER EN MILIEU,") not part of the office.
 */
const CAPITAL_WORD = String.raw`(?!EN(?![\p{Lu}'’-]))\p{Lu}[\p{Lu}'’-]*`;
const CAPITALS = String.raw`${CAPITAL_WORD}(?:[ \t]+(?:EN[ \t]+)?${CAPITAL_WORD}|,[ \t]*${CAPITAL_WORD})*`;
const SIGNATURE_IN_CAPITALS = new RegExp(String.raw`^[ \t]*DE[ \t]+(MINISTER|STAATSSECRETARIS)[ \t]+(VAN|VOOR)[ \t]+(${CAPITALS}(?:(?:[ \t]+EN|,)[ \t]*\n[ \t]*${CAPITALS})?)[ \t]*(?:[–-][ \t]+${CAPITALS})?[ \t]*,?[ \t]*$`, 'gmu');

/**
 * The heading of an official publication: "Nr. 405 BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT",
 * "BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT". Of a letter of several ("BRIEF VAN DE MINISTERS VAN
 * … EN VAN …"), the first office named. A copy that runs the page on one line goes on with the addressee ("… BRIEF VAN
 * DE MINISTER VAN BUITENLANDSE ZAKEN Aan de Voorzitter …").
 */
const HEADING = /\bBRIEF VAN DE (MINISTERS?|STAATSSECRETARIS(?:SEN)?)(?: EN (?:DE )?(?:MINISTER|STAATSSECRETARIS))? (VAN|VOOR) ([\p{Lu}][\p{Lu} ,'’-]*?)(?=\s+EN\s+(?:VAN|VOOR|DE|MINISTER|STAATSSECRETARIS)\s|\s+Aan de\b|\s*$)/mu;

/**
 * The signature run on in the text's last paragraph, as pages that flatten a letter and scans set it: "… naar de
 * Tweede Kamer zal sturen. De Minister van Economische Zaken, H.G.J. Kamp", "De staatssecretaris van Onderwijs, Cultuur
 * en Wetenschap, mede namens de Minister voor Wonen, Wijken en Integratie, Marja van Bijsterveldt-Vliegenthart", "De
 * Minister-President, Minister van Algemene Zaken A. A. M. van Agt". After a sentence's end; the office followed by the
 * signer's initials or title, or by "mede namens", not by a sentence ("De Minister van Financiën, de heer Heinen, heeft …").
 */
const SIGNATURE_RUN_ON = new RegExp(String.raw`(?:^|[.!?…:][ \t]+)(?:[Dd]e[ \t]+)(${OFFICE}[ \t]+${MINISTRY}),?[ \t]+(?:mede[ \t]+namens\b|(?:(?:drs|mr|dr|prof|ir|ing)\.?[ \t]+)*\p{Lu}\.)`, 'gmu');

/**
 * The heading as the scans of Staten-Generaal Digitaal and printed Kamerstukken set it: broken over lines ("BRIEF VAN
 * DE MINISTER VAN SOCIALE ZAKEN EN" / "WERKGELEGENHEID"), its words broken with a hyphen ("WETEN-SCHAPPEN"). The lines
 * in capitals that follow are the heading's; the addressee ("Aan de Voorzitter") is not in capitals.
 */
const HEADING_LINES = /\bBRIEF VAN DE [^\n]*(?:\n[ \t]*\p{Lu}[\p{Lu} ,.'’-]*(?=\n|$))*/u;

function headingOf(text: string): RegExpExecArray | null {
  const lines = HEADING_LINES.exec(text);
  if (!lines) return null;
  return HEADING.exec(lines[0].replace(/[ \t]*\n[ \t]*/g, ' ').replace(/(\p{Lu})-(\p{Lu})/gu, '$1$2'));
}

/** The same heading as a page of the Tweede Kamer's own site writes it: "Nr. 70 Brief van de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties". */
const HEADING_AS_WRITTEN = new RegExp(String.raw`^[ \t]*(?:Nr\.[ \t]*\d+[ \t]+)?Brief van de (minister|staatssecretaris)[ \t]+(van|voor)[ \t]+(${MINISTRY})[ \t]*$`, 'mu');

/**
 * A parliamentary site's record of who sent or answered the document, the office in lower case and without "van":
 * "Indiener(s): Ronald Plasterk (minister binnenlandse zaken en koninkrijksrelaties)", "Beantwoord door Piet Adema
 * (minister landbouw, natuur en voedselkwaliteit)". A minister without portfolio names no ministry of his own.
 */
const RECORDED = /(?:Indiener\(s\):|Beantwoord door)[^()\n]{0,60}\((minister|staatssecretaris)[ \t]+(?!zonder\b)(?:(van|voor)[ \t]+)?([\p{Ll}ƫ][\p{Ll}ƫ ,-]*?)(?:,[ \t]*vice[\p{L}-]*)?[ \t]*\)/u;

/**
 * Written questions of a committee, answered by letter: "Bij brief van 5 november 2020 zijn ze door de Minister van
 * Landbouw, Natuur en Voedselkwaliteit beantwoord". The office in capitals or not, as the Kamer's texts write it since
 * 2020 ("voorgelegd aan de minister van Onderwijs, Cultuur en Wetenschap").
 */
const ANSWERED_BY_LETTER = new RegExp(String.raw`\bdoor de ([Mm]inister|[Ss]taatssecretaris)s?[ \t]+(van|voor)[ \t]+(${MINISTRY})(?=[ \t]+(?:beantwoord|en[ \t]+(?:van|voor)[ \t]))`, 'u');

/**
 * Questions of a committee put to an office, which answers them: "De vaste commissie voor Financiën heeft een aantal
 * vragen voorgelegd aan de Staatssecretaris van Financiën over …", "voorgelegd aan de Minister en Staatssecretaris van
 * Volksgezondheid, Welzijn en Sport".
 */
const PUT_TO = new RegExp(String.raw`\bvoorgelegd[ \t\n]+aan[ \t\n]+de[ \t\n]+([Mm]inister|[Ss]taatssecretaris)s?(?:[ \t\n]+en[ \t\n]+(?:de[ \t\n]+)?(?:[Mm]inister|[Ss]taatssecretaris))?[ \t\n]+(van|voor)[ \t\n]+(${MINISTRY.replaceAll('[ \\t]', '[ \\t\\n]')})`, 'u');

/**
 * "Antwoord van minister Van Oosten (Justitie en Veiligheid)", the heading of answers in the Aanhangsel, and "Mededeling
 * van minister Wiersma (Landbouw, Visserij, Voedselzekerheid en Natuur)", the heading of its notice that the answers
 * come later. The ministry ends at the next bracket either way: some headings are published with it left open before
 * the date received ("(Volksgezondheid, Welzijn en Sport (ontvangen 20 november 2024)"). The name may hold a dash and
 * particles ("minister Faber – Van de Klashorst"); the ministry may be abbreviated ("(BZ)") or carry a state
 * secretary's portfolio after a dash ("(Financiën – Fiscaliteit en Belastingdienst)"), which is not part of the office,
 * or "a.i." for a minister ad interim ("(Justitie a.i.)"), who answers as the ministry's minister. The scans print
 * "Antwoorden Minister Van Dam (…)" and run the office into the name ("ministerTer Beek (Defensie)").
 */
const ANSWERED_BY = /(?:[Aa]ntwoord(?:en)?|ANTWOORD(?:EN)?|[Mm]ededeling|MEDEDELING)\s+(?:[Vv]an\s+)?(?:[Dd]e\s+)?([Mm]inister|[Ss]taatssecretaris|MINISTER|STAATSSECRETARIS)(?:\s+|(?=\p{Lu}))(?:[^\s(),]+\s+){1,6}\(([^()]+?)\s*[()]/u;
/** The addressee of Kamervragen, who answers them: "Vragen van het lid … aan de Minister van Justitie en Veiligheid over …". */
const ADDRESSED_TO = /aan\s+de\s+(minister|staatssecretaris)\s+(van|voor)\s+([^,(\n]+?)\s+over\b/i;

/**
 * A BNC-fiche, which no one signs, names the ministry that answers for it in its first section: "Eerstverantwoordelijk
 * ministerie / Ministerie van Financiën" (its minister is the one bound), "Ministerie van Financiën in nauwe
 * samenwerking met …" (the first named).
 */
const RESPONSIBLE_MINISTRY = new RegExp(String.raw`\bEerstverantwoordelijk(?:e)?[ \t]+ministerie[ \t]*:?[ \t]*\n?[ \t]*(?:[a-z]\)[ \t]*)?(?:het[ \t]+)?[Mm]inisterie[ \t]+van[ \t]+(${MINISTRY})`, 'u');

/**
 * An Eerste Kamer register entry's "Kerngegevens": the office that answers for the promise now ("Huidige
 * Verantwoordelijke(n) Staatssecretaris van Infrastructuur en Waterstaat", or "Verantwoordelijke(n) …" where none went
 * before); the offices listed under "Voormalige Verantwoordelijke(n)" no longer do.
 */
const RESPONSIBLE_NOW = new RegExp(String.raw`^[ \t]*(?:Huidige[ \t]+)?Verantwoordelijke\(n\)[ \t]+(${OFFICE}[ \t]+${MINISTRY})`, 'mu');
/** The register's summary of the entry names who made the promise: "De minister voor Milieu en Wonen zegt de Kamer, … toe …". */
const PROMISED_BY = new RegExp(String.raw`\b[Dd]e[ \t]+([Mm]inister|[Ss]taatssecretaris)[ \t]+(van|voor)[ \t]+(?:[Mm]inister[ \t]+van[ \t]+)?(\p{Lu}+(?![\p{L}&])|${MINISTRY})[ \t]+zeg(?:t|gen)[ \t]+de[ \t]+Kamer\b`, 'u');
const KEY_DATA = /^[ \t]*Kerngegevens[ \t]*$/m;
/**
 * Who an Eerste Kamer register page binds: on the entry's own page the office that made the promise, as its summary
 * names it, then the one that answers for it now; on a rappel, which asks the ministry for its open entries, the one
 * that answers for it now.
 */
function registerOffices(text: string): string[] {
  if (!KEY_DATA.test(text)) return [];
  const offices: string[] = [];
  const promised = RAPPEL_PAGE.test(text) ? null : PROMISED_BY.exec(text);
  // An abbreviation not known names no ministry (as officeActing reads one).
  const ministry = promised && (/^\p{Lu}+$/u.test(promised[3]!) ? ABBREVIATED[promised[3]!] : ministryName(promised[3]!));
  if (promised && ministry) offices.push(`${capitalised(promised[1]!.toLowerCase())} ${promised[2]} ${ministry}`);
  const now = responsibleNow(text);
  if (now !== undefined) offices.push(now);
  return offices;
}

/** The office an Eerste Kamer register entry names as answering for it now (RESPONSIBLE_NOW), written as an office. */
export function responsibleNow(entry: string): string | undefined {
  const now = RESPONSIBLE_NOW.exec(entry);
  return now ? capitalised(ministryName(now[1]!)) : undefined;
}

/**
 * The debate on a ministry's budget, of which the text is the record or the written answers: "Schriftelijke antwoorden
 * op vragen gesteld tijdens de eerste termijn van de begrotingsbehandeling van Onderwijs, Cultuur en Wetenschap",
 * "Vaststelling van de begrotingsstaten van het ministerie van Veiligheid en Justitie (VI) voor het jaar 2013". No one
 * signs it; the office that answers in it is that ministry's.
 */
const BUDGET_DEBATE = new RegExp(String.raw`\bbegrotings(?:behandeling|staten|staat)[ \t]+(?:van[ \t]+(?:het[ \t]+)?(?:[Mm]inisterie[ \t]+van[ \t]+)?)?(${MINISTRY})`, 'u');
/**
 * A document of the ministry by its heading or letterhead: its budget or annual report ("Vaststelling begroting van het
 * Ministerie van Defensie (X) voor het jaar 2007", "Jaarverslag en slotwet ministerie van Volkshuisvesting, Ruimtelijke
 * Ordening en Milieubeheer 2005"), or the letterhead a letter printed from the ministry opens with ("Ministerie van
 * Onderwijs, Cultuur en Wetenschap").
 */
const MINISTRY_DOCUMENT = String.raw`(?:\b(?:[Bb]egroting|[Jj]aarverslag(?:[ \t]+en[ \t]+slotwet)?)[ \t]+(?:van[ \t]+)?(?:het[ \t]+)?|^[ \t]*)[Mm]inisterie[ \t]+van[ \t]+`;
/** The name on one line, or run on to the next ("Ministerie van Sociale Zaken" / "en Werkgelegenheid"). */
const MINISTRY_DOCUMENTS = [new RegExp(`${MINISTRY_DOCUMENT}(${MINISTRY})`, 'u'), new RegExp(`${MINISTRY_DOCUMENT}(${MINISTRY.replaceAll('[ \\t]', '[ \\t\\n]')})`, 'u')];
/** A state secretary who speaks in the record of a debate: "Staatssecretaris Van Rij:" on a line of its own. */
const STATE_SECRETARY_SPEAKS = /^[ \t']*Staatssecretaris[ \t]+\p{Lu}[^:\n]{0,40}:/mu;
const MINISTER_SPEAKS = /^[ \t']*Minister[ \t]+\p{Lu}[^:\n]{0,40}:/mu;

/**
 * The speech from the throne opens with its address to both houses ("Leden van de Staten-Generaal,"); no one signs
 * it, and the Minister-President answers for it (Grondwet art. 42: the King is inviolable, the ministers are
 * responsible).
 */
const SPEECH_FROM_THE_THRONE = /^\s*Leden van de Staten-Generaal,\s*$/m;
const MINISTER_PRESIDENT = 'Minister-President, Minister van Algemene Zaken';

/** The office of a ministry's minister or state secretary; the Minister of Algemene Zaken is the Minister-President, as his signature names him. */
function headOf(office: 'Minister' | 'Staatssecretaris', ministry: string): string {
  return office === 'Minister' && ministry === 'Algemene Zaken' ? MINISTER_PRESIDENT : `${office} van ${ministry}`;
}

/** Words a ministry's name keeps in lower case. */
const LOWER = new Set(['en', 'van', 'voor', 'de', 'het']);

/** "VOLKSGEZONDHEID, WELZIJN EN SPORT" as the signature writes it: "Volksgezondheid, Welzijn en Sport". */
function asWritten(capitals: string): string {
  return capitals
    .toLowerCase()
    .split(' ')
    .map((word) => (LOWER.has(word) ? word : word.replace(/(^|-)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())))
    .join(' ');
}

/** An office with its ministry as the ministry spells it (see ministrySpelled): "Minister van Onderwijs en Weteimschappen" is the minister of Onderwijs en Wetenschappen. */
function spelled(office: string): string {
  const parts = /^((?:Minister-President, )?(?:Minister|Staatssecretaris) (?:van|voor) )(.+)$/u.exec(office);
  return parts ? parts[1]! + ministrySpelled(parts[2]!) : office;
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A ministry's name as a text writes it, on one line, "&" written "en" as the ministry's own name has it. */
export function ministryName(matched: string): string {
  return oneLine(matched).replaceAll(' & ', ' en ');
}

/**
 * Who signs the letter, as offices ("Minister van Justitie en Veiligheid"), the one that is bound first: the office the
 * official heading names, then the signatures in their order, then, for answers to Kamervragen, the one who answers
 * or to whom the questions were put, for a BNC-fiche the minister of the ministry that answers for it, and for the
 * speech from the throne the Minister-President. A letter several sign binds each of them; the heading names the
 * first. The text's date tells a minister of a ministry from one of the same name with a portfolio only.
 */
export function signedBy(text: string, date?: string): string[] {
  const offices: string[] = [];
  const add = (office: string) => {
    const written = spelled(capitalised(ministryName(office).replace(/^minister-president,\s+/i, 'Minister-President, ')));
    if (!offices.some((known) => known.toLowerCase() === written.toLowerCase())) offices.push(written);
  };
  for (const office of registerOffices(text)) add(office);
  if (offices.length > 0) return offices;
  const heading = headingOf(text);
  if (heading) add(`${asWritten(heading[1] === 'MINISTERS' ? 'MINISTER' : heading[1]!.replace(/SEN$/, ''))} ${heading[2]!.toLowerCase()} ${asWritten(heading[3]!.trim())}`);
  const written = heading ? null : HEADING_AS_WRITTEN.exec(text);
  if (written) add(`${written[1]} ${written[2]} ${written[3]}`);
  const signatures = [
    ...[...text.matchAll(SIGNATURE)].map((match) => ({ at: match.index, office: match[1]! })),
    ...[...text.matchAll(SIGNATURE_IN_CAPITALS)].map((match) => ({ at: match.index, office: asWritten(oneLine(`${match[1]!} ${match[2]!} ${match[3]!}`)) })),
  ].sort((a, b) => a.at - b.at);
  for (const signature of signatures) add(signature.office);
  if (offices.length === 0) for (const signature of text.matchAll(SIGNATURE_RUN_ON)) add(signature[1]!);
  if (offices.length > 0) return offices;
  const recorded = RECORDED.exec(text);
  if (recorded) return [capitalised(`${recorded[1]} ${recorded[2] ?? 'van'} ${asWritten(recorded[3]!.trim())}`)];
  const answeredByLetter = ANSWERED_BY_LETTER.exec(text);
  if (answeredByLetter) return [capitalised(`${answeredByLetter[1]!.toLowerCase()} ${answeredByLetter[2]} ${ministryName(answeredByLetter[3]!)}`)];
  const putTo = PUT_TO.exec(text);
  if (putTo) return [capitalised(`${putTo[1]!.toLowerCase()} ${putTo[2]} ${ministryName(putTo[3]!)}`)];
  const answered = ANSWERED_BY.exec(text);
  if (answered) {
    const office = answered[1]!.toLowerCase();
    const named = ministryName(answered[2]!.trim()).replace(/\s+[–-]\s+.*$/u, '').replace(/\s+a\.\s?i\.?$/u, '');
    const ministry = ABBREVIATED[named] ?? ministrySpelled(named);
    return [capitalised(`${office} ${office === 'minister' ? ministerPreposition(ministry, date) : 'van'} ${ministry}`)];
  }
  const headed = answerHeadings(text)[0];
  if (headed) return [headed.office];
  const addressed = ADDRESSED_TO.exec(text);
  if (addressed) return [capitalised(`${addressed[1]!.toLowerCase()} ${addressed[2]} ${ministryName(addressed[3]!)}`)];
  const responsible = RESPONSIBLE_MINISTRY.exec(text);
  if (responsible) return [`Minister van ${ministryName(responsible[1]!)}`];
  const budget = BUDGET_DEBATE.exec(text);
  const debated = budget && ministryName(budget[1]!);
  if (debated && isMinistry(debated)) {
    const office = STATE_SECRETARY_SPEAKS.test(text) && !MINISTER_SPEAKS.test(text) ? 'Staatssecretaris' : 'Minister';
    return [headOf(office, ministrySpelled(debated))];
  }
  const document = MINISTRY_DOCUMENTS.map((pattern) => pattern.exec(text.slice(0, 600))?.[1]).filter((name) => name !== undefined).map(ministryName).reverse().find(isMinistry);
  if (document) return [headOf('Minister', ministrySpelled(document))];
  if (SPEECH_FROM_THE_THRONE.test(text.slice(0, 300))) return [MINISTER_PRESIDENT];
  return [];
}
