/**
 * The ministries of the Netherlands, by the names their ministers' offices use, past and present. A minister heads a
 * ministry ("Minister van Financiën") or holds a portfolio without one ("Minister voor Medische Zorg"); the heading of
 * an answer to Kamervragen names only the portfolio in brackets ("Antwoord van minister Klever (Buitenlandse Handel en
 * Ontwikkelingshulp)"), so "van" or "voor" is read from this list. `since`: a portfolio that became a ministry.
 */
const MINISTRIES: ReadonlyArray<{ name: string; since?: string }> = [
  { name: 'Algemene Zaken' },
  { name: 'Asiel en Migratie' },
  { name: 'Binnenlandse Zaken' },
  { name: 'Binnenlandse Zaken en Koninkrijksrelaties' },
  { name: 'Buitenlandse Zaken' },
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
  { name: 'Landbouw, Natuur en Voedselkwaliteit' },
  { name: 'Landbouw, Natuurbeheer en Visserij' },
  { name: 'Landbouw, Visserij, Voedselzekerheid en Natuur' },
  { name: 'Onderwijs, Cultuur en Wetenschap' },
  { name: 'Onderwijs, Cultuur en Wetenschappen' },
  { name: 'Sociale Zaken en Werkgelegenheid' },
  { name: 'Veiligheid en Justitie' },
  { name: 'Verkeer en Waterstaat' },
  { name: 'Volksgezondheid, Welzijn en Sport' },
  { name: 'Volkshuisvesting en Ruimtelijke Ordening', since: '2024-07-02' },
  { name: 'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer' },
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
  return ministry.since !== undefined && date !== undefined && date < ministry.since ? 'voor' : 'van';
}
