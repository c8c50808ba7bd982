import type { Role, Sentence } from './model.js';
import { SALUTATION } from './salutation.js';
import { splitSentences } from './sentences.js';

/** A run of lines read as one unit: a paragraph of prose, a heading, a footnote. */
export interface Paragraph {
  start: number;
  end: number;
  role: Role;
  question?: string;
  /** A list item: it goes on only on a line that wraps it. */
  bullet?: boolean;
}

const NUMBERS = String.raw`\d+[a-z]?(?:\s*(?:,|en|t\/m|tot en met|-|–)\s*\d+[a-z]?)*`;
const QUESTION_HEADING = new RegExp(String.raw`^\s*(?:vraag|vragen)\s+(${NUMBERS})\s*[:.]?\s*$`, 'i');
const ANSWER_HEADING = new RegExp(String.raw`^\s*(?:nader\s+)?antwoord(?:en)?(?:\s+op)?(?:\s+(?:vraag|vragen))?\s*(${NUMBERS})?\s*[:.]?\s*$`, 'i');
/** "Vraag 3: Heeft u ...", "Antwoord 3: Ja." on one line. */
const INLINE_QUESTION = new RegExp(String.raw`^\s*vraag\s+(${NUMBERS})\s*[:.]\s+\S`, 'i');
/**
 * The heading of an Aanhangsel item's answer or notice, naming who gives it: "Antwoord van minister Dales (Binnenlandse
 * Zaken). (Ontvangen 16 januari 1991)", "Nader antwoord van staatssecretaris Wallage (…)", "Mededeling van de heer
 * Hirsch Ballin, minister voor …"; the OCR of Staten-Generaal Digitaal prints the word of the heading before it again
 * ("Antwoord Antwoord van …"). What follows is the answer, or the notice (body), up to the next heading.
 */
const ANSWER_OF = /^\s*(?:(?:nader\s+)?(?:antwoord|mededeling)\s+)?(?:nader\s+)?(antwoord|mededeling)\s+van\s+(?:de\s+heer\s+|mevrouw\s+)?(?:de\s+)?(?:minister|staatssecretaris|\p{Lu})/iu;
/**
 * "ontvangen" and "ingezonden" as the OCR of a scanned page may print them, broken by the print's hyphen anywhere
 * ("(Ont-vangen 1 juli 1982)", "(Ontvan-gen 4 april 1985)"): the heading closes there all the same.
 */
const brokenAnywhere = (word: string): string => [...word].join('-?');
const RECEIVED = brokenAnywhere('ontvangen');
const SENT_IN = brokenAnywhere('ingezonden');
/** "(Ingezonden …)", after which the questions run on. */
const SENT_IN_OPENED = new RegExp(String.raw`\(${SENT_IN}\b`, 'i');
/** The heading's parenthesis closes it, the one with the date it was received wherever it stands: "(Ontvangen 6 april 1982)", "(ontvangen 23 november 2021)." */
const HEADING_CLOSED = new RegExp(String.raw`[)}]\.?\s*$|\(${RECEIVED}\b[^()\n]{3,30}?[)}]`, 'i');
/**
 * The close of an Aanhangsel item's heading, "(Ingezonden 10 maart 1982)" or "(Ontvangen 6 april 1982)" (also with the
 * OCR's brace, "(Ingezonden 26 juni 1991}", or a cross-reference, "(Ontvangen 23 oktober 1990), zie ook Aanhangsel
 * Handelingen nr. 848, vergaderjaar 1989-1990"), with the questions or the answer running on after it on the same line
 * as the OCR of Staten-Generaal Digitaal prints a page ("… (Ingezonden 10 maart 1982) 1 Is het u bekend …"): group 1
 * is the heading's end, after which the text goes on as a line of its own.
 */
const HEADING_RUNS_ON = new RegExp(
  String.raw`(\((?:${SENT_IN}|${RECEIVED})\b[^()\n]{3,30}?[)}](?:,\s*zie\s+ook\s+aanhangsel\s+handelingen\b[^()\n]{0,60}?\d{4}\s*[–-]\s*\d{4}\.?)?)[ \t](?=[ \t]*\S)`,
  'giu',
);

/**
 * The text with a line break after each heading that runs on into its questions or answer (see HEADING_RUNS_ON), of
 * the same length, so that offsets into it are offsets into the text.
 */
function laidOut(text: string): string {
  return text.replace(HEADING_RUNS_ON, (_, heading: string) => `${heading}\n`);
}

/** "Mededeling": the minister's notice in the Aanhangsel that follows the questions it postpones, no longer a question. */
const NOTICE_HEADING = /^\s*mededeling\s*[:.]?\s*$/i;
const INLINE_ANSWER = new RegExp(String.raw`^\s*antwoord(?:\s+op)?(?:\s+vraag)?\s*(${NUMBERS})?\s*[:.]\s+\S`, 'i');
const SIGNATURE = /^\s*(?:de\s+)?(?:minister(?:-president)?|staatssecretaris|minister\s+president)\s+(?:van|voor)\s+[^.!?]{3,100},?\s*$/i;
const FOOTNOTE = /^\s*(?:\d{1,3}\)|\[\d{1,3}:|\d{1,3}\s+(?:https?:|kamerstuk|aanhangsel|handelingen|zie\b))/i;
/**
 * Lines of a letter's heading block: "Datum 12 september 2024", "Betreft ...", "Kenmerk ...", "Den Haag, 3 december
 * 2019". The place and date end on a comma and a space, where no word boundary is: so it is read apart from the words.
 */
const HEADER_LINE = /^\s*(?:(?:datum|betreft|onderwerp|kenmerk|ons kenmerk|uw kenmerk|uw brief|onze referentie|referentie|bijlage\(n\)|bijlagen?|contactpersoon|aan de voorzitter|postbus|www\.|t\s+0\d|retouradres)\b|den haag\s*,)/i;
/** A page that flattens the letter onto one line ("Aan de Voorzitter … Den Haag, 27 februari 2015 Op verzoek van uw kamer … Mijn streven is om …"): the heading's words open the running text, which is no heading. */
const RUNS_ON_AS_PROSE = /^.{200,}$|[.!?]\s+\p{Lu}[^.!?]*[.!?]\s+\p{Lu}/u;
/** The heading of answers to Kamervragen: "Vragen van het lid X ... (ingezonden 10 november 2025)". */
const QUESTIONS_HEADER = /^\s*(?:vragen\s+van\s+(?:het\s+lid|de\s+leden)|(?:\(?ingezonden|\(?ontvangen)\s+\d)/i;
const ENDS_AS_QUESTION = /\?["'’”)]*\s*(?:\d{1,2}\))?\s*$/;
/** A turn in a debate record: "Mevrouw Kant (SP):", "De heer De Lange (OSF):", "De voorzitter:"; what follows is theirs, not the government's. */
const MEMBER_TURN = /^\s*(?:mevrouw|de heer|de voorzitter|voorzitter)\b[^.!?:]{0,80}:\s*$/i;
/** The government's turn: "Minister Donner:", "De staatssecretaris van Financiën:". */
const GOVERNMENT_TURN = /^\s*(?:de\s+)?(?:minister|staatssecretaris|minister-president)\b[^.!?:]{0,80}:\s*$/i;
/**
 * A turn whose words run on after the speaker's name on the same line, as the
 * Eerste Kamer's register quotes the debate ("Mevrouw Fiers (PvdA): De
 * totstandkoming van deze wet …", "Minister Spies: In relatie tot …"): a
 * member is named with a party, the government by office.
 */
const INLINE_MEMBER_TURN = /^\s*(?:mevrouw|de heer)\s+[^.!?:()]{1,60}\([^()]{1,40}\)\s*:\s+\S/i;
const INLINE_GOVERNMENT_TURN = /^\s*(?:[Dd]e\s+)?(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-president)(?:\s+(?:van|voor)\s+[^.!?:]{3,60}|\s+\p{Lu}[^.!?:\s]*(?:\s+\p{Lu}[^.!?:\s]*){0,3})?\s*:\s+\S/u;
const BULLET = /^\s*(?:[-•–*▪●]|\d{1,2}[.)]|[a-z][.)])\s+/;

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/**
 * Reads the layout of a letter line by line: question and answer blocks of
 * answers to Kamervragen (with their numbers), the signature, the heading
 * block, footnotes, and paragraphs of prose. A paragraph runs over hard line
 * breaks; a blank line, a heading, a bullet or a change of role ends it.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let mode: { role: Role; question?: string } = { role: 'body' };
  let current: Paragraph | undefined;
  let inQuestionsHeader = false;
  let afterSignature = 0;
  const close = () => {
    if (current) paragraphs.push(current);
    current = undefined;
  };
  let inAnswerHeader = 0;
  let offset = 0;
  const lines = laidOut(text).split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (isBlank(line)) {
      close();
      if (inQuestionsHeader && /\)\s*$/.test(lines[index - 1] ?? '')) inQuestionsHeader = false;
      continue;
    }
    const question = QUESTION_HEADING.exec(line);
    const answer = question ? null : ANSWER_HEADING.exec(line);
    if (question || answer) {
      close();
      inQuestionsHeader = false;
      mode = question ? { role: 'question', question: normalNumber(question[1]!) } : { role: 'answer', question: answer![1] ? normalNumber(answer![1]) : mode.question };
      paragraphs.push({ start, end, role: 'header' });
      continue;
    }
    const answerOf = ANSWER_OF.exec(line);
    if (answerOf || inAnswerHeader > 0) {
      if (answerOf) {
        close();
        inQuestionsHeader = false;
        mode = answerOf[1]!.toLowerCase() === 'antwoord' ? { role: 'answer', question: undefined } : { role: 'body' };
      }
      // A heading wrapped over a few lines ("… mede namens de minister van⏎Binnenlandse Zaken. (Ontvangen 1 juli 1982)") ends with its parenthesis.
      inAnswerHeader = HEADING_CLOSED.test(line) ? 0 : answerOf ? 2 : inAnswerHeader - 1;
      paragraphs.push({ start, end, role: 'header' });
      continue;
    }
    if (NOTICE_HEADING.test(line)) {
      close();
      inQuestionsHeader = false;
      mode = { role: 'body' };
      paragraphs.push({ start, end, role: 'header' });
      continue;
    }
    if (MEMBER_TURN.test(line) || GOVERNMENT_TURN.test(line)) {
      close();
      mode = { role: MEMBER_TURN.test(line) ? 'member' : 'body' };
      paragraphs.push({ start, end, role: 'header' });
      continue;
    }
    if (INLINE_MEMBER_TURN.test(line) || INLINE_GOVERNMENT_TURN.test(line)) {
      close();
      mode = { role: INLINE_MEMBER_TURN.test(line) ? 'member' : 'body' };
    }
    const inlineQuestion = INLINE_QUESTION.exec(line);
    const inlineAnswer = inlineQuestion ? null : INLINE_ANSWER.exec(line);
    if (inlineQuestion || inlineAnswer) {
      close();
      inQuestionsHeader = false;
      mode = inlineQuestion ? { role: 'question', question: normalNumber(inlineQuestion[1]!) } : { role: 'answer', question: inlineAnswer![1] ? normalNumber(inlineAnswer![1]) : mode.question };
    }
    let role: Role = mode.role;
    if (QUESTIONS_HEADER.test(line) || inQuestionsHeader) {
      // "Ontvangen 20 februari 1995" on a line of its own heads a nota or a memorie van antwoord: a date line, not the opening of a questions heading that a ")" closes.
      inQuestionsHeader = (inQuestionsHeader || !/^\s*(?:ingezonden|ontvangen)\b/i.test(line)) && !/[)}]\s*$/.test(line);
      role = 'header';
      // The questions run on after "(Ingezonden …)" on the page's line: what follows, up to the answer's heading, is theirs.
      const ranOn = end < text.length && text[end] !== '\n';
      if (ranOn && SENT_IN_OPENED.test(line)) mode = { role: 'question' };
      // "(ontvangen 3 maart 2015)" on a line of its own under "Antwoord van …" still heads the answer.
      else if (!(mode.role === 'answer' && /^\s*\(?ontvangen\b/i.test(line))) mode = { role: 'body' };
    } else if (SIGNATURE.test(line)) {
      role = 'signature';
      afterSignature = 3;
    } else if (afterSignature > 0 && line.trim().length < 60 && !/[.!?]$/.test(line.trim())) {
      role = 'signature';
      afterSignature--;
    } else if (FOOTNOTE.test(line)) {
      role = 'footnote';
    } else if ((HEADER_LINE.test(line) && !RUNS_ON_AS_PROSE.test(line)) || SALUTATION.test(line)) {
      role = 'header';
    } else {
      afterSignature = 0;
    }
    const standsAlone = role !== mode.role || isHeading(lines, index);
    const bullet = BULLET.test(line);
    if (current && (standsAlone || bullet || current.role !== role || continuesNothing(lines[index - 1]!) || (current.bullet && !wrapsOn(line) && !endsOpen(lines[index - 1]!)))) close();
    if (!current) current = { start, end, role, question: role === 'question' || role === 'answer' ? mode.question : undefined, bullet };
    else current.end = end;
    if (standsAlone) close();
  }
  close();
  return paragraphs;
}

/** A short line without a stop, between a blank line and a capitalised line: a heading of its own. */
function isHeading(lines: readonly string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (line.length > 70 || /[.,;:!?]$/.test(line) || !/^\p{Lu}/u.test(line)) return false;
  const before = index === 0 || isBlank(lines[index - 1]!);
  const next = lines[index + 1];
  return before && next !== undefined && /^\s*\p{Lu}/u.test(next);
}

/** A list item wrapped onto the next line goes on there in lower case ("Eind 2025 benadert Defensie⏎de markt voor …"); a capital starts something new. */
function wrapsOn(line: string): boolean {
  return /^\s*\p{Ll}/u.test(line);
}

/**
 * A line that ends on an article, preposition or conjunction cannot end a list item: the item goes on, even on a line
 * that opens with a name ("… die samen met⏎ZonMw is ontwikkeld …").
 */
function endsOpen(previous: string): boolean {
  return OPEN_END.test(previous);
}
const OPEN_END = /\b(?:de|het|een|van|met|en|of|voor|in|op|aan|door|bij|tot|naar|om|te|die|dat|als|over|uit|onder|tussen|zoals)\s*$/iu;

/** The line before ended a list item or heading, so a new line starts anew even without a blank line. */
function continuesNothing(previous: string): boolean {
  return /[:;]\s*$/.test(previous);
}

function normalNumber(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The letter's sentences, each with the role and question number of its paragraph. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphsOf(text).forEach((paragraph, index) => {
    for (const span of splitSentences(text.slice(paragraph.start, paragraph.end), paragraph.start)) {
      const role = paragraph.role === 'answer' || paragraph.role === 'body' ? (ENDS_AS_QUESTION.test(span.text) ? 'question' : paragraph.role) : paragraph.role;
      sentences.push({ ...span, role, question: paragraph.question, paragraph: index });
    }
  });
  return sentences;
}
