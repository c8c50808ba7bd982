import { onceEach } from '../core/once-each.js';
/**
 * The government's members as the text names them. A news report names the
 * minister once with the office ("Staatssecretaris Paul Blokhuis van
 * Volksgezondheid", "minister Van Nieuwenhuizen", "demissionair
 * staatssecretaris Judith Tielen") and then by the surname alone ("Blokhuis
 * maakt later dit jaar … bekend"): the rules read the office, so each such
 * name is read as the office it holds. A former holder ("oud-minister",
 * "de toenmalige staatssecretaris") is no longer the government.
 */
export interface NamedOfficial {
  /** The surname with its particles, as written ("Blokhuis", "Van Nieuwenhuizen"). */
  name: string;
  /** The office as the rules read it. */
  office: 'de minister' | 'de staatssecretaris';
  /** The given names or initials the text gives between the office and the surname ("Paul" of "Staatssecretaris Paul Blokhuis"), if any. */
  given?: string[];
}

const PARTICLE = String.raw`(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ii]n[ \t]+'t)`;
const CAPITALISED = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?`;
const GIVEN_NAME = String.raw`(?:(?!${PARTICLE}[ \t])\p{Lu}\p{Ll}+|(?:\p{Lu}\.){1,4})`;
/**
 * After a given name, any surname ("Cora van Nieuwenhuizen"); straight after
 * the office, one whose particles Dutch capitalises there ("minister Van
 * Nieuwenhuizen") or a run of two ("van der Steur"): a lone "van" after an
 * office opens a ministry's name ("minister van Financiën").
 */
const NAME = String.raw`(?:(${GIVEN_NAME})[ \t]+((?:${PARTICLE}[ \t]+){0,2}${CAPITALISED})|((?:[Vv]an[ \t]+(?:der|den|de)[ \t]+|(?:Van|De|Der|Den|Ter|Ten)[ \t]+(?:(?:der|den|de)[ \t]+)?)?${CAPITALISED}))`;
/** What follows an office capitalised that is its portfolio, not a person: "staatssecretaris Rechtsbescherming", "Minister Medische Zorg". */
const PORTFOLIO = /^(?:Rechtsbescherming|Jeugd|Preventie|Sport|Medische|Langdurige|Primair|Basis|Armoedebeleid|Wonen|Klimaat|Asiel|Migratie|Immigratie|Vreemdelingenzaken|Toeslagen|Herstel|Digitalisering|Fiscaliteit|Koninkrijksrelaties|Europese|Ontwikkelingssamenwerking|Buitenlandse|Binnenlandse|Natuur|Milieu|Mijnbouw|Cultuur|Emancipatie|Integratie|Volkshuisvesting|Infrastructuur|Financiën|Defensie|Justitie|Onderwijs|Landbouw|Economische|Sociale|Volksgezondheid|Veiligheid|Participatie|Zorg)$/u;
/**
 * The office, then at most a given name or initials, then the surname; "minister van Financiën" names a ministry, not a
 * person. A prefix before the office is a party ("VVD-minister Adema"), but "oud-" and "ex-" make a former holder.
 */
const OFFICE_AND_NAME = new RegExp(String.raw`(?<![\p{L}-])(?<!\b(?:[Vv]oormalige?|[Tt]oenmalige?|[Vv]orige|[Gg]ewezen)\s+)(?:(?![Oo]ud-|[Ee]x-)\p{L}+-)?([Mm]inister|[Ss]taatssecretaris|[Pp]remier|[Mm]inister-[Pp]resident)[ \t]+${NAME}(?![\p{L}.])(?!,?[ \t]+(?:en[ \t]+)?\p{Lu}\p{Ll})`, 'gu');

/**
 * The officials' names, longest first, and the pattern that finds them, made once for a letter's officials: asked for
 * every sentence, the pattern made anew each time made a long text cost its sentences times its names.
 */
const namesOf = onceEach((officials: readonly NamedOfficial[]): { names: NamedOfficial[]; named: RegExp } => {
  const names = [...officials].sort((a, b) => b.name.length - a.name.length);
  // A particle is capitalised or not by its place in the sentence ("Van Nieuwenhuizen gaat …", "minister van Nieuwenhuizen").
  const alternatives = names.map(({ name }) => name.split(/\s+/).map((word) => (/^(?:van|de|der|den|ter|ten|in)$/i.test(word) ? `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}` : word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(String.raw`\s+`)).join('|');
  const named = new RegExp(String.raw`(?<![\p{L}-])((?:demissionair\s+)?(?:(?![Oo]ud-|[Ee]x-)\p{L}+-)?(?:[Mm]inister|[Ss]taatssecretaris|[Pp]remier|[Mm]inister-[Pp]resident)\s+)?(?:(${GIVEN_NAME})[ \t]+)?(${alternatives})(?![\p{L}-])`, 'gu');
  return { names, named };
});

export function namedOfficials(text: string): NamedOfficial[] {
  const found = new Map<string, NamedOfficial>();
  for (const match of text.matchAll(OFFICE_AND_NAME)) {
    // "Staatssecretaris Vijlbrief van Mijnbouw": a capitalised word before "van" and a portfolio is the surname.
    const ofPortfolio = match[3] !== undefined && /^van\s/.test(match[3]) && PORTFOLIO.test(match[3].split(/\s+/).at(-1)!) && /^\p{Lu}\p{Ll}+$/u.test(match[2]!);
    const name = ofPortfolio ? match[2]! : (match[3] ?? match[4])!;
    if (PORTFOLIO.test(name)) continue;
    if (!found.has(name)) found.set(name, { name, office: match[1]!.toLowerCase() === 'staatssecretaris' ? 'de staatssecretaris' : 'de minister' });
    const given = !ofPortfolio && match[3] !== undefined ? match[2]! : undefined;
    const official = found.get(name)!;
    if (given !== undefined && !official.given?.includes(given)) official.given = [...(official.given ?? []), given];
  }
  return [...found.values()];
}

/** A sentence as the rules read it, and where each of its offsets lies in the sentence as written. */
export interface ReadAsOffices {
  text: string;
  original(index: number): number;
}

/**
 * A title before a surname that names someone else who bears it: a member of a parliament or council, a mayor, an
 * alderman ("Kamerlid Van der Burg", "VVD-Kamerlid …", "burgemeester …"), or a former holder of the office
 * ("oud-staatssecretaris …", "toenmalig minister …"), with a given name or initials between them or not.
 */
const TITLE_OF_ANOTHER = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?:\p{L}+-)?(?:[Kk]amerlid|[Ll]id|[Ss]enator|[Rr]aadslid|[Ss]tatenlid|[Bb]urgemeester|[Ww]ethouder|[Gg]edeputeerde|[Gg]ouverneur|[Ff]ractievoorzitter|[Ff]ractieleider|[Pp]artijleider|[Ll]ijsttrekker|[Ee]uroparlementariër)|(?:[Oo]ud|[Ee]x)-\p{L}+|(?:[Vv]oormalige?|[Tt]oenmalige?|[Vv]orige|[Gg]ewezen)(?:[ \t]+(?:\p{L}+-)?(?:[Mm]inister|[Ss]taatssecretaris|[Pp]remier|[Mm]inister-[Pp]resident))?)[ \t]+(?:${GIVEN_NAME}[ \t]+)?$`,
  'u',
);

/**
 * The sentence with each named member of the government read as the office:
 * "Blokhuis gaat daar deze zomer aan werken" as "de staatssecretaris gaat
 * daar deze zomer aan werken". The office written before the name goes with
 * it, and the given name only if the text gave that name with the office: in
 * "Volgens Van der Burg …" or "Ook Van der Burg …" the capitalised word before
 * the surname is the sentence's, not the name's. A title that names someone
 * else before the surname ("Kamerlid Van der Burg") makes it another person,
 * left as written. Quotes are taken from the sentence as written, and a
 * deadline found in the text read is mapped back to it.
 */
export function asOffices(sentence: string, officials: readonly NamedOfficial[]): ReadAsOffices {
  if (officials.length === 0) return { text: sentence, original: (index) => index };
  const { names, named } = namesOf(officials);
  let text = '';
  let from = 0;
  // Each replaced span, as [start in the text read, end in the text read, start as written, end as written].
  const spans: [number, number, number, number][] = [];
  for (const match of sentence.matchAll(named)) {
    const official = names.find(({ name }) => name.replace(/\s+/g, ' ').toLowerCase() === match[3]!.replace(/\s+/g, ' ').toLowerCase())!;
    const end = match.index + match[0].length;
    const given = match[2];
    const givenAsWritten = given === undefined || official.given?.includes(given) === true;
    const start = givenAsWritten ? match.index : end - match[3]!.length;
    if (TITLE_OF_ANOTHER.test(sentence.slice(0, start))) continue;
    text += sentence.slice(from, start);
    spans.push([text.length, text.length + official.office.length, start, end]);
    text += official.office;
    from = end;
  }
  text += sentence.slice(from);
  return {
    text,
    original(index) {
      let shift = 0;
      for (const [start, end, writtenStart, writtenEnd] of spans) {
        if (index < start) break;
        if (index < end) return writtenStart;
        shift = writtenEnd - end;
      }
      return index + shift;
    },
  };
}
