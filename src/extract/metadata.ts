import type { CivilDate } from '../core/civil-date.js';
import type { SourceType } from '../core/model.js';
import { oneLine } from './clean-text.js';
import { dateOfMatch, FULL_DATE } from './dutch-dates.js';
import type { DateOrigin, ExtractedSource, Sentence } from './model.js';
import { SALUTATION } from './salutation.js';
import { signedBy } from './signed-by.js';

/** Where a letter states its own date, most certain first: "Den Haag, 3 maart 2020", or as older letters write the city, "'s-Gravenhage, 20 maart 1998". */
const DATE_LINES = [
  /(?:den haag|['’]s-gravenhage),?\s+(\d{1,2}\s+[a-z]{3,9}\.?\s+(?:19|20)\d{2})/i,
  /^\s*(?:datum|dagtekening)\s*:?\s*\n?\s*(\d{1,2}\s+[a-z]{3,9}\.?\s+(?:19|20)\d{2}|\d{1,2}-\d{1,2}-(?:19|20)\d{2})/im,
  /\(ontvangen\s+(\d{1,2}\s+[a-z]{3,9}\.?\s+(?:19|20)\d{2})\)/i,
];

/** A past event with its date: "die op 15 december 2025 aan uw Kamer is verstuurd", "(ingezonden 10 november 2025". */
const PAST_AROUND_DATE = /\b(?:is|zijn|werd|werden|heb|heeft|hebben)\b[^.;]{0,40}\b(?:verstuurd|verzonden|gestuurd|toegezonden|aangeboden|ingezonden|ontvangen|gepubliceerd|gehouden|plaatsgevonden|vastgesteld|aangenomen)\b/i;
const PAST_BEFORE_DATE = /(?:ingezonden|ontvangen|uw brief van|brief van|d\.d\.)\s*$/i;

const Z_NUMBER = /\b20\d{2}Z\d{5}\b/g;
const KAMERSTUK = /\bKamerstuk(?:ken)?\s+(?:II\s+)?(?:\d{4}\/\d{2,4},?\s+)?(\d{2}\s?\d{3}(?:-[IVXL]+)?(?:,\s*nrs?\.\s*\d+(?:\s*en\s*\d+)?)?)/g;
/** The letter's own Kamerstuk number in an official heading: "Tweede Kamer, vergaderjaar 2025–2026, 36 547, nr. 34". */
const OWN_KAMERSTUK = /vergaderjaar\s+\d{4}[–-]\d{4},?\s+(\d{2}\s?\d{3}(?:-[IVXL]+)?),\s+nr\.\s*(\d+)/i;
/**
 * The letter's own Kamerstuk number as the printed Kamerstuk (and its text on tweedekamer.nl) sets it: the dossier's
 * number and name on a line ("19 637 Vreemdelingenbeleid", "35 300 VII Vaststelling van de begrotingsstaten …",
 * "21 501-02 Raad Algemene Zaken"; a budget of the past sets its chapter below, "18 600" over "Hoofdstuk VI Ministerie
 * van Justitie"), the lines of a wrapped name, then the piece's number on a line of its own or before the heading in
 * capitals ("Nr. 2993", "Nr. 256 BRIEF VAN DE MINISTER …"). A piece of several dossiers lists them all above its
 * number, its own first. A chapter the scan misread ("Hoofdstuk VIM") gives no number rather than a wrong one. Without
 * this half the printed letters had no reference of their own, and so an id of their date only, one for two letters.
 */
const PRINTED_KAMERSTUK = /^[ \t]*(\d{2}[ \u00a0]?\d{3})(?:[ -]([IVXLC]+|[A-Z]|\d{2})(?=[ \t]|$))?(?:[ \t]+\S[^\n]*)?\n(?:[ \t]*Hoofdstuk[ \t]+([IVXLC]+)\b[^\n]*\n)?(?![ \t]*Hoofdstuk\b)(?:[^\n]*\n){0,6}?[ \t]*Nr\.[ \t]*(\d+)(?=[ \t]*$|[ \t]+\p{Lu}{2})/mu;
const AANHANGSEL = /\bAanhangsel Handelingen(?: II)?,?\s+vergaderjaar\s+\d{4}[–-]\d{4},?\s+nr\.\s*\d+/g;

/**
 * The letter's metadata from its own text: what kind of document it is, its
 * date (or, for an undated letter, the latest date it mentions as past, or
 * none), who signed it, the references that name it and the ones it cites,
 * and a title.
 */
export function findMetadata(text: string, sentences: readonly Sentence[]): ExtractedSource {
  const type = kindOf(text, sentences);
  const { date, origin } = dateOf(text, sentences);
  const footnotes = sentences.filter((sentence) => sentence.role === 'footnote').map((sentence) => sentence.text).join('\n');
  const header = sentences.filter((sentence) => sentence.role === 'header').map((sentence) => sentence.text).join('\n');
  const refs = new Set<string>();
  const own = OWN_KAMERSTUK.exec(text.slice(0, 2000));
  if (own) refs.add(`Kamerstuk ${own[1]!.replace(/\s/g, '')}, nr. ${own[2]}`);
  const printed = own ? null : PRINTED_KAMERSTUK.exec(text.slice(0, 2000));
  const chapter = printed?.[2] ?? printed?.[3];
  if (printed) refs.add(`Kamerstuk ${printed[1]!.replace(/\s/g, '')}${chapter ? `-${chapter}` : ''}, nr. ${printed[4]}`);
  // Only the heading names the letter itself; a number in the running text is another document.
  for (const match of header.matchAll(Z_NUMBER)) refs.add(match[0]);
  const cited = new Set<string>();
  for (const source of [footnotes, text]) {
    for (const match of source.matchAll(KAMERSTUK)) cited.add(`Kamerstuk ${match[1]!.replace(/(\d{2})\s(\d{3})/, '$1$2')}`);
    for (const match of source.matchAll(AANHANGSEL)) cited.add(oneLine(match[0]));
    for (const match of source.matchAll(Z_NUMBER)) if (!refs.has(match[0])) cited.add(match[0]);
  }
  return { type, title: titleOf(text, type), date, dateOrigin: origin, by: signedBy(text, date)[0], refs: [...refs], cited: [...cited] };
}

/**
 * An advice of the Raad van State ("Bij Kabinetsmissive van …, heeft Uwe Majesteit … ter overweging aanhangig gemaakt")
 * and the government's nader rapport on it ("… machtigde Uwe Majesteit de Afdeling advisering van de Raad van State
 * haar advies … rechtstreeks aan mij te doen toekomen") are addressed to the King, not to the Kamer: no letter, however
 * they are dated ("'s-Gravenhage, 17 juni 2020") or say "hierbij". A letter to the Kamer cites the advice, never the King.
 */
const ADDRESSES_THE_KING = /\bUwe Majesteit\b/;

function kindOf(text: string, sentences: readonly Sentence[]): SourceType {
  if (sentences.some((sentence) => sentence.role === 'answer') || /\bantwoord(?:en)? op (?:de )?(?:schriftelijke )?vragen\b/i.test(text.slice(0, 3000))) return 'kamervragen';
  if (/^\s*(?:de voorzitter|voorzitter)\s*:/im.test(text) || /\bhandelingen\b.*\bvergadering\b/i.test(text.slice(0, 500))) return 'debat';
  if (/^\s*motie\b/im.test(text.slice(0, 500)) && /\bverzoekt de regering\b/i.test(text)) return 'motie';
  if (ADDRESSES_THE_KING.test(text) && /\bRaad van State\b/.test(text)) return 'overig';
  if (/\bgeachte (?:voorzitter|heer|mevrouw)\b|\bden haag,|['’]s-gravenhage,|\bbetreft\b|\bhierbij\b|\buw kamer\b/i.test(text)) return 'brief';
  return 'overig';
}

function dateOf(text: string, sentences: readonly Sentence[]): { date?: CivilDate; origin: DateOrigin } {
  for (const line of DATE_LINES) {
    const match = line.exec(text);
    if (!match) continue;
    const found = [...match[1]!.matchAll(FULL_DATE)][0];
    const date = found && dateOfMatch(found);
    if (date) return { date, origin: 'stated' };
  }
  // Undated: the letter was written on or after every past event it dates.
  let latest: CivilDate | undefined;
  for (const sentence of sentences) {
    if (sentence.role === 'footnote') continue;
    for (const match of sentence.text.matchAll(FULL_DATE)) {
      const date = dateOfMatch(match);
      if (!date) continue;
      const before = sentence.text.slice(Math.max(0, match.index - 30), match.index);
      const after = sentence.text.slice(match.index + match[0].length, match.index + match[0].length + 60);
      if (!PAST_AROUND_DATE.test(after) && !PAST_BEFORE_DATE.test(before)) continue;
      if (latest === undefined || date > latest) latest = date;
    }
  }
  return latest ? { date: latest, origin: 'inferred' } : { origin: 'none' };
}

const MAX_SOURCE_TITLE = 160;
/** A title line ending on an article, a preposition or a conjunction goes on in the next line. */
const TITLE_GOES_ON = /(?:^|\s)(?:de|het|een|en|of|van|der|voor|over|in|op|met|aan|naar|bij|tot|om|door|uit|tegen|inzake|betreffende)$/iu;
const SUBJECT_LINE = /^\s*(?:betreft|onderwerp)\s*:?\s+(.+)$/im;
const QUESTIONS_TITLE = /vragen\s+van\s+(het\s+lid|de\s+leden)\s+([\s\S]{2,300}?)\s+aan\s+de\s+(?:minister|staatssecretaris)[\s\S]{0,120}?\s+over\s+([\s\S]{3,300}?)\s*(?:\(ingezonden|\n\s*\n)/i;

/**
 * A line of the copy's page around the document, not the document's own: the table head of officielebekendmakingen.nl
 * ("Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer") and its row ("Tweede Kamer der
 * Staten-Generaal2016-201734700 nr. 19", "… | 2007-2008 | 31444-XVI nr. 6 |"), a site's links, menus and record lines
 * ("[overzicht] [activiteiten] …", "Nummer: 2011D27665, datum: …", "Direct naar (in deze pagina): inhoud, zoekveld of
 * menu.", "U bent hier:"), the chamber and the session as running heads ("Tweede Kamer der Staten-Generaal 2",
 * "Vergaderjaar 2024-2025"), the letter's addressee ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal") and
 * its date line ("Den Haag, 27 mei 2019"). No title is taken from them.
 */
const PAGE_CHROME = [
  /^\|?\s*Datum publicatie/i,
  /^[\s|:-]+$/,
  /^(?:\[[^\]]*\]\s*)+$/u,
  /^Nummer: \d{4}D\d+, datum:/,
  /^Direct naar\b.*\bmenu\.?$/i,
  /^(?:•\s*)?Download PDF$/i,
  /^U bent hier:?$/i,
  /^(?:Zoals vergunningen, bouwplannen en lokale regelgeving|Adressen en contactpersonen van overheidsorganisaties)\.?$/i,
  /^(?=.{0,80}$)\|?\s*(?:Tweede|Eerste) Kamer der Staten-Generaal\s*(?:[\d|–-].*)?$/,
  /^Aan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer der Staten-Generaal\.?$/,
  /^Vergaderjaar \d{4}[–-]\d{4}\b/i,
  /^Aanhangsel van de Handelingen$/i,
  /^(?:Vragen gesteld door de leden der Kamer, met de daarop door de(?: regering gegeven antwoorden)?|regering gegeven antwoorden)$/i,
  /^(?:(?:Den Haag|['’]s-Gravenhage),?|Vastgesteld|Datum:?)\s+\d{1,2}\s+\p{L}+\s+\d{4}\.?$/iu,
];

function titleOf(text: string, type: SourceType): string | undefined {
  const questions = QUESTIONS_TITLE.exec(text);
  if (type === 'kamervragen' && questions) return oneLine(`Antwoorden op vragen van ${questions[1]} ${questions[2]} over ${questions[3]}`);
  const subject = SUBJECT_LINE.exec(text);
  if (subject) return oneLine(subject[1]!);
  const lines = text.split('\n').map((line) => line.trim());
  const first = lines.findIndex((line) => line.length > 10 && !PAGE_CHROME.some((chrome) => chrome.test(line)));
  if (first < 0) return undefined;
  // A letter whose text opens with its salutation, as the Tweede Kamer's text of a letter often does, is named by its
  // first sentence ("Hierbij ontvangt u het meerjarenplan instandhouding …").
  if (SALUTATION.test(lines[first]!)) return openingSentence(lines.slice(first + 1).join('\n'));
  // A PDF wraps a long title; a line going on in lower case, or after a line that ends on a word no title ends on
  // ("… van het Ministerie van / Binnenlandse Zaken …"), is the title going on, not the next line of the letter.
  let title = lines[first]!;
  for (const line of lines.slice(first + 1)) {
    if (!/^\p{Ll}/u.test(line) && !(line !== '' && TITLE_GOES_ON.test(title))) break;
    title = title.endsWith('-') ? `${title}${line}` : `${title} ${line}`;
  }
  return shortened(oneLine(title));
}

function openingSentence(text: string): string | undefined {
  const opening = oneLine(text.trim().split(/\n\s*\n/)[0] ?? '');
  const sentence = /^.*?[.!?](?=\s+\p{Lu}|$)/u.exec(opening)?.[0] ?? opening;
  return sentence === '' ? undefined : shortened(sentence);
}

/** A long title cut at a word, MAX_SOURCE_TITLE characters at most. */
function shortened(title: string): string {
  return title.length <= MAX_SOURCE_TITLE ? title : title.slice(0, title.lastIndexOf(' ', MAX_SOURCE_TITLE)).replace(/[\s,;:]+$/, '');
}
