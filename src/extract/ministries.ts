import { editDistance } from '../core/closest.js';

/**
 * A ministry's name as a signature writes it: one or two capitalised words, and a list of such words joined by commas
 * only when "en" closes it ("Volksgezondheid, Welzijn en Sport", "Basis- en Voortgezet Onderwijs en Media",
 * "Financiën"; "&" for "en" as a register may write it). A name after the comma ("Defensie, Kajsa Ollongren") has no
 * "en", so it is not taken for the ministry's.
 */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’]*-?(?:[ \t]+\p{Lu}[\p{Ll}'’]+(?![\p{L}.]))?`;
export const MINISTRY = String.raw`${WORD}(?:[ \t]+(?:en|&)[ \t]+${WORD})*(?:(?:,[ \t]*\n?[ \t]*${WORD})+[ \t]+(?:en|&)[ \t]+${WORD}(?:[ \t]+(?:en|&)[ \t]+${WORD})*)?`;

/**
 * The ministries of the Netherlands, by the names their ministers' offices use, past and present. A minister heads a
 * ministry ("Minister van Financiën") or holds a portfolio without one ("Minister voor Medische Zorg"); the heading of
 * an answer to Kamervragen names only the portfolio in brackets ("Antwoord van minister Klever (Buitenlandse Handel en
 * Ontwikkelingshulp)"), so "van" or "voor" is read from this list. `portfolio`: the years a ministry's name was a
 * portfolio only (Volkshuisvesting en Ruimtelijke Ordening: a ministry 1965-1982 and again since 2 July 2024, a portfolio
 * of Binnenlandse Zaken in between).
 */
const MINISTRIES: ReadonlyArray<{ name: string; portfolio?: { from: string; until: string } }> = [
  { name: 'Algemene Zaken' },
  { name: 'Asiel en Migratie' },
  { name: 'Binnenlandse Zaken' },
  { name: 'Binnenlandse Zaken en Koninkrijksrelaties' },
  { name: 'Buitenlandse Zaken' },
  { name: 'Cultuur, Recreatie en Maatschappelijk Werk' },
  { name: 'Defensie' },
  { name: 'Economische Zaken' },
  { name: 'Economische Zaken en Klimaat' },
  { name: 'Economische Zaken, Landbouw en Innovatie' },
  { name: 'Financiën' },
  { name: 'Infrastructuur en Milieu' },
  { name: 'Infrastructuur en Waterstaat' },
  { name: 'Justitie' },
  { name: 'Justitie en Veiligheid' },
  { name: 'Klimaat en Groene Groei' },
  { name: 'Koloniën' },
  { name: 'Landbouw en Visserij' },
  { name: 'Landbouw en Visscherij' },
  { name: 'Landbouw, Natuur en Voedselkwaliteit' },
  { name: 'Landbouw, Natuurbeheer en Visserij' },
  { name: 'Landbouw, Visserij, Voedselzekerheid en Natuur' },
  { name: 'Maatschappelijk Werk' },
  { name: 'Marine' },
  { name: 'Onderwijs en Wetenschappen' },
  { name: 'Onderwijs, Cultuur en Wetenschap' },
  { name: 'Onderwijs, Cultuur en Wetenschappen' },
  { name: 'Onderwijs, Kunsten en Wetenschappen' },
  { name: 'Oorlog' },
  { name: 'Sociale Zaken' },
  { name: 'Sociale Zaken en Volksgezondheid' },
  { name: 'Sociale Zaken en Werkgelegenheid' },
  { name: 'Veiligheid en Justitie' },
  { name: 'Verkeer en Waterstaat' },
  { name: 'Volksgezondheid en Milieuhygiëne' },
  { name: 'Volksgezondheid, Welzijn en Sport' },
  { name: 'Volkshuisvesting en Bouwnijverheid' },
  { name: 'Volkshuisvesting en Ruimtelijke Ordening', portfolio: { from: '2022-01-10', until: '2024-07-02' } },
  { name: 'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer' },
  { name: 'Waterstaat' },
  { name: 'Wederopbouw en Volkshuisvesting' },
  { name: 'Welzijn, Volksgezondheid en Cultuur' },
];

/**
 * A ministry by the abbreviation texts use, where it names one ministry whatever the year ("LNV" and "EZ" have named
 * several); "&" for "en" as the ministerraad's decision lists write it ("de minister van I&W").
 */
export const ABBREVIATED: Readonly<Record<string, string>> = {
  VWS: 'Volksgezondheid, Welzijn en Sport',
  OCW: 'Onderwijs, Cultuur en Wetenschap',
  BZK: 'Binnenlandse Zaken en Koninkrijksrelaties',
  SZW: 'Sociale Zaken en Werkgelegenheid',
  JenV: 'Justitie en Veiligheid',
  'J&V': 'Justitie en Veiligheid',
  VenJ: 'Veiligheid en Justitie',
  'V&J': 'Veiligheid en Justitie',
  IenW: 'Infrastructuur en Waterstaat',
  'I&W': 'Infrastructuur en Waterstaat',
  IenM: 'Infrastructuur en Milieu',
  'I&M': 'Infrastructuur en Milieu',
  EZK: 'Economische Zaken en Klimaat',
  KGG: 'Klimaat en Groene Groei',
  LVVN: 'Landbouw, Visserij, Voedselzekerheid en Natuur',
  VRO: 'Volkshuisvesting en Ruimtelijke Ordening',
  BZ: 'Buitenlandse Zaken',
  AZ: 'Algemene Zaken',
};

/**
 * "van" when the name is a ministry's on the text's date, "voor" for a portfolio. Without a date a ministry that was
 * once a portfolio is taken as the ministry it is now.
 */
export function ministerPreposition(name: string, date?: string): 'van' | 'voor' {
  const ministry = MINISTRIES.find((known) => known.name.toLowerCase() === name.toLowerCase());
  if (!ministry) return 'voor';
  const { portfolio } = ministry;
  return portfolio !== undefined && date !== undefined && portfolio.from <= date && date < portfolio.until ? 'voor' : 'van';
}

/** A name reduced to its letters, without accents or case: what an OCR'd heading keeps of it ("WERKGELE-GENHEID", "RUIMTE LIJKE"). */
function lettersOf(name: string): string {
  return name.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase();
}

/** Each ministry's name with its letters, reduced once. */
const SPELLINGS = MINISTRIES.map((known) => ({ name: known.name, letters: lettersOf(known.name) }));

/** The ministry whose name has exactly these letters. */
function withLetters(letters: string): string | undefined {
  return SPELLINGS.find((known) => known.letters === letters)?.name;
}

/**
 * A ministry's name as the ministry spells it, when the text's is that name misread: the scans of Staten-Generaal
 * Digitaal break words with a hyphen or a space and misread a letter or two ("ONDERWIJS EN WETEIMSCHAPPEN",
 * "VOLKSGEZOIMDHEID"). One edit in eight letters is allowed, and only towards a single nearest ministry; a name a
 * ministry has exactly is never moved to another ("Wetenschap" and "Wetenschappen" were both names). A portfolio's
 * name, which the list does not hold, is left as written.
 */
export function ministrySpelled(name: string): string {
  const letters = lettersOf(name);
  const exact = withLetters(letters);
  if (exact !== undefined) return exact;
  const allowed = Math.min(3, Math.floor(letters.length / 8));
  const near = SPELLINGS.map((known) => ({ name: known.name, distance: editDistance(letters, known.letters) })).filter((known) => known.distance <= allowed);
  const nearest = Math.min(...near.map((known) => known.distance));
  const best = near.filter((known) => known.distance === nearest);
  return best.length === 1 ? best[0]!.name : name;
}

/** Whether the name is a ministry's of the list, as the ministry spells it or as a scan keeps its letters. */
export function isMinistry(name: string): boolean {
  return withLetters(lettersOf(name)) !== undefined;
}
