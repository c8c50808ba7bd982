import { ABBREVIATED, MINISTRY } from './ministries.js';
import { capitalised, ministryName } from './signed-by.js';

/**
 * An office the sentence names as the one who acts, in the third person: "De minister van VWS verwacht uw Kamer …
 * nader te kunnen informeren", "In de aanbiedingsbrief van de Staatssecretaris van Binnenlandse Zaken en
 * Koninkrijksrelaties is toegezegd …". Not one the writer speaks for ("mede namens de Minister van …"), writes to
 * ("aan de Minister van …") or works with ("met de Minister van …"); and where the writer acts too ("zullen de
 * Minister van Justitie en Veiligheid en ik uw Kamer … verslag doen", "conform de brief van de minister van
 * Financiën … zal ik …"), the writer's office is bound. The ministry may be abbreviated, with "&" as the
 * ministerraad's decision lists write it ("De minister van I&W zal de brief … sturen"); an office written twice by a
 * slip of the text ("De Minister van Minister van Binnenlandse Zaken …") is read once.
 */
const OFFICE_ACTING = new RegExp(String.raw`(?<!\b(?:namens|aan|met|en|bij|tot|naar|over|als)[ \t\n]+)\b[Dd]e[ \t\n]+(?:toenmalige?[ \t\n]+)?([Mm]inister|[Ss]taatssecretaris)[ \t\n]+(van|voor)[ \t\n]+(?:[Mm]inister[ \t\n]+van[ \t\n]+)?(\p{Lu}+&\p{Lu}+(?![\p{L}&])|${MINISTRY.replaceAll('[ \\t]', '[ \\t\\n]')})`, 'u');
const WRITER = /\b(?:ik|wij|we|mij|mijn|ons|onze|ikzelf|wijzelf|mijzelf)\b/i;
/** The writer spoken for, last of those another acts for: "mede namens de minister van …, de staatssecretaris van … en mijzelf". */
const SPOKEN_FOR = /\bnamens\b[^.;]*?\ben[ \t\n]+(?:mij|mijzelf|ons|onszelf)\b/gi;

/** The office the sentence names as acting in its own right (see OFFICE_ACTING); undefined when it names none, or the writer acts. */
export function officeActing(sentence: string): string | undefined {
  if (WRITER.test(sentence.replace(SPOKEN_FOR, (spoken) => ' '.repeat(spoken.length)))) return undefined;
  const named = OFFICE_ACTING.exec(sentence);
  if (!named) return undefined;
  // An abbreviation not known, or a capital alone ("I" of an "I&W" cut short), names no ministry: no office rather than a wrong one.
  const ministry = ABBREVIATED[named[3]!] ?? (/^[\p{Lu}&]+$/u.test(named[3]!) ? undefined : ministryName(named[3]!));
  return ministry === undefined ? undefined : `${capitalised(named[1]!.toLowerCase())} ${named[2]} ${ministry}`;
}
