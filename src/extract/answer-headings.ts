import { MINISTRY, ministrySpelled } from './ministries.js';

/**
 * The heading of an answer in the Aanhangsel as it was printed until the 1970s: the answerer by name, then his office
 * ("ANTWOORD van den heer van der Vegte, Minister van Waterstaat. (Ingezonden 24 November 1927.)", "ANTWOORD van de
 * heer Grosheide, Staatssecretaris van Onderwijs en Wetenschappen.", "ANTWOORD van den heer Colijn, Minister van Staat,
 * Minister van Koloniën", "Antwoord van de heer Van den Broek, minister van Buitenlandse Zaken mede namens …"). Of a
 * joint answer ("ANTWOORD van de heren X, Minister van …, en Y, …") the first office, as of "mede namens". No one signs
 * such an answer: the heading is its signature. So is the heading of its notice that the answer comes later
 * ("MEDEDELING van de heer Bartels, Staatssecretaris van Sociale Zaken en Volksgezondheid."). It opens a line or follows the question's end; the scan may misread
 * "heer" ("beer") and break the office's words ("Minis­ter", "Water-staat", "Kolo-niën"), so the rest of its line is
 * read with the breaks joined.
 */
const HEADING = /(?:^|[.?!)][ \t]+)(?:ANTWOORD|Antwoord|MEDEDELING|Mededeling)[ \t]+van[ \t]+(?:den?|Mevrouw|mevrouw)[ \t]+(?:(?:heer|heeren|heren|here|beer)[ \t]+)?[^,\n]{1,50},[ \t]*([^\n]{1,200})/gmu;

/** The office at the start of the heading's tail: a minister of state names his own ministry after that title. */
const OFFICE = new RegExp(String.raw`^(?:Minister[ \t]+van[ \t]+Staat,[ \t]*)?(Minister-President,[ \t]+)?([Mm]inister|[Ss]taatssecretaris)[ \t]+(van|voor)[ \t]+(${MINISTRY}(?:[ \t]+en[ \t]+van[ \t]+${MINISTRY})?)`, 'u');

/** A hyphen or soft hyphen the print broke a word at ("Minis­ter", "Kolo-niën", "Water- staat"); not "Basis- en …". */
const BROKEN = /\u00ad[ \t]*|(?<=\p{Ll})-[ \t]*(?=\p{Ll})(?!(?:en|of)\b)/gu;

/** The heading's office ends at its full stop or at the date received ("Minister van Waterstaat. (Ingezonden …"). */
const ENDS = /(?:\.(?=\s|$)|[ \t]*\().*$/u;

export interface AnswerHeading {
  /** Where the heading starts in the text. */
  at: number;
  office: string;
}

/** The Aanhangsel's answer headings of the old form (HEADING) in the text, in their order, each with the office it names. */
export function answerHeadings(text: string): AnswerHeading[] {
  const headings: AnswerHeading[] = [];
  for (const match of text.matchAll(HEADING)) {
    const named = OFFICE.exec(match[1]!.replace(BROKEN, '').replace(ENDS, ''));
    if (!named) continue;
    const title = `${named[2]!.charAt(0).toUpperCase()}${named[2]!.slice(1).toLowerCase()} ${named[3]} ${ministrySpelled(named[4]!)}`;
    headings.push({ at: match.index, office: named[1] ? `Minister-President, ${title}` : title });
  }
  return headings;
}

/** The office of the last heading before `at`: the answer a sentence of a page of several answers belongs to. */
export function answeringAt(headings: readonly AnswerHeading[], at: number): string | undefined {
  return headings.filter((heading) => heading.at <= at).at(-1)?.office;
}
