import { slugify } from '../write/commitment-id.js';
import { oneLine } from './clean-text.js';

const MAX_TITLE = 110;
/** Words that open a sentence without saying what is promised. */
const OPENERS = /^(?:(?:ja|nee|ook|tevens|daarnaast|voorts|verder|aanvullend|bovendien|tot slot|ten slotte|vervolgens|daarom|dan ook|zoals (?:eerder |reeds |al |hierboven )*(?:toegezegd|aangekondigd|aangegeven|gemeld|vermeld|genoemd)(?: in [^,]*)?)\s*,?\s*)+/i;
/**
 * The writer and the modal that carries the act ("ik zal", "zullen wij", "we gaan"): without them the title is the act in
 * the infinitive ("De Kamer informeren over …"). The writer with a finite verb of its own ("Ik verwijs u …", "Wel blijf
 * ik …") and a third party's modal ("Het kabinet zal …") stay: taken out, they leave a sentence with no subject or no
 * verb ("Verwijs u …", "Het kabinet deze zaak volgen").
 */
const SUBJECT_AND_MODAL = /\b(?:ik|wij|we)\s+(?:zal|zullen|wil|willen|ga|gaan)\b|\b(?:zal|zullen|wil|willen|ga|gaan)\s+(?:ik|wij|we)\b/gi;
/** A clause in the order of a subordinate one, the writer first and the modal before the verb at its end ("ik dit voorjaar naar de Kamer zal sturen"), no other clause between. */
const WRITER_THEN_MODAL = /^\s*(?:ik|wij|we)\s+((?:(?!\b(?:dat|die|om|of|omdat|waarin|waarover|en)\b)[^])*?)\b(?:zal|zullen)\s+/i;
const RELATIVE_OPENER = /^(?:waarover|waarin|waarmee|waarvan|waarna|die|dat|en|om)\s+/i;
const OPENS_WITH_WRITER = /^\s*(?:waarover|waarin|waarmee|waarvan|waarna|die|dat|en|om)\s+(?:ik|wij|we|u)\b/i;
/**
 * What frames the act once the speaker is gone: an expectation, an intention or a matter of course ("Ik verwacht …
 * te", "Ik ben voornemens …", "Ik streef ernaar …", "Vanzelfsprekend zal ik …"). Left in, the title reads as a question
 * ("Verwacht u de evaluaties toe te kunnen sturen").
 */
const WRITER_AFTER = String.raw`(?:\s+(?:ik|wij|we))?`;
const FRAME = new RegExp(
  String.raw`^(?:(?:ik|wij|we)\s+)?(?:(?:verwacht|hoop|tracht(?:en)?|vanzelfsprekend|uiteraard)${WRITER_AFTER}(?:\s+(?:nu|thans))?|(?:ben|zijn)${WRITER_AFTER}\s+(?:voornemens|van\s+plan|bereid)|(?:streef(?:t)?|streven)${WRITER_AFTER}\s+(?:er\s*naar|naar))[\s,–—-]+(?:(?:om|dat)\s+)?(?:(?:ik|wij|we)\s+)?`,
  'i',
);
/** The act a frame puts in the to-infinitive, its particle joined again: "toe te kunnen sturen" → "toesturen". */
const TO_INFINITIVE = /\b(?:(aan|af|bij|deel|door|in|mee|na|op|over|terug|toe|uit|vast|voor|weg)\s+)?te\s+(?:kunnen\s+)?(\p{L}*en)\b/gu;
/** Words an id can do without. */
const ID_STOPWORDS = new Set(['de', 'het', 'een', 'van', 'over', 'met', 'aan', 'op', 'in', 'voor', 'en', 'te', 'dat', 'die', 'dit', 'deze', 'zijn', 'is', 'wordt', 'worden', 'waarin', 'waarover', 'naar', 'om', 'bij', 'uw', 'u', 'ik', 'zal']);
const MAX_ID = 40;

/**
 * A short title for a promise from its sentence: the clause that holds the
 * promise, without its opener, the speaker, the modal verb and the deadline;
 * a relative clause ("…, waarover ik uw Kamer zal informeren") gets the
 * thing it is about. A draft: `--review` lets the user edit it.
 */
export function titleOf(sentence: string, cueAt: number, deadline?: { start: number; end: number }): string {
  const entry = REGISTER_ENTRY_TITLE.exec(sentence);
  if (entry) return capitalisedTitle(oneLine(entry[1]!));
  let text = deadline ? `${sentence.slice(0, deadline.start)} ${sentence.slice(deadline.end)}` : sentence;
  const cue = deadline && cueAt > deadline.end ? cueAt - (deadline.end - deadline.start) + 1 : cueAt;
  const clauses = splitClauses(text);
  let index = clauses.findIndex((clause) => clause.end > cue);
  if (index < 0) index = clauses.length - 1;
  let clause = clauses[index]!.text;
  const last = clauses[clauses.length - 1]!.text;
  // "Ik zal het rapport, samen met …, naar de Kamer sturen": the modal's infinitive closes the sentence, after the asides.
  if (index < clauses.length - 1 && hasWriterAndModal(clause) && words(stripped(clause)) <= 2 && !SUBORDINATE_OPENER.test(last)) clause = `${clause} ${last}`;
  if (/^(?:waarover|waarin|waarvan)\b/i.test(clause.trim()) && index > 0) {
    clause = `${clause.trim().replace(RELATIVE_OPENER, '').replace(/[.;:!?]+$/, '')} over ${objectOf(clauses[index - 1]!.text)}`;
  }
  text = oneLine(clause)
    .replace(OPENERS, '')
    // A later clause, or one whose opener the writer follows ("die ik … zal sturen"), is a relative or purpose clause:
    // a sentence's own "Om die reden ga ik …", "Dat rapport zal ik …" keeps its first word.
    .replace(index > 0 || OPENS_WITH_WRITER.test(clause) ? RELATIVE_OPENER : /(?!)/, '')
    .replace(WRITER_THEN_MODAL, '$1')
    .replace(SUBJECT_AND_MODAL, ' ')
    .replace(/^\s*(?:zal|zullen)\s+(?=\S)/i, '')
    .replace(/\buw Kamer\b/g, 'de Kamer')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(FOOTNOTE_AT_END, '')
    .replace(/[\s,.;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  text = writerBeforeVerb(text);
  const act = FRAME.test(text) ? text.replace(FRAME, '').replace(/^u\s/i, 'de Kamer ').replace(TO_INFINITIVE, (_, particle: string | undefined, verb: string) => `${particle ?? ''}${verb}`) : text;
  // A frame with nothing after it ("Ik verwacht dat", the rest in the next clause) keeps its words.
  if (/\p{L}+\s+\p{L}+/u.test(act)) text = act;
  // "… afwegen en een plan van aanpak delen met de Kamer": of two actions, the one that delivers is the promise.
  const delivering = / en ((?:een|het|de)\b.*\b(?:delen|sturen|informeren|toesturen|toezenden|aanbieden|rapporteren|publiceren)\b.*)$/.exec(text);
  if (text.length > MAX_TITLE * 0.7 && delivering) text = delivering[1]!;
  return capitalisedTitle(text);
}

/** Cut between words when long, with a capital first. */
function capitalisedTitle(title: string): string {
  const text = title.length > MAX_TITLE ? title.slice(0, title.lastIndexOf(' ', MAX_TITLE)).replace(/[\s,;:]+$/, '') : title;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * An Eerste Kamer register entry opens with its own title and dossier before the promise, run together on the page:
 * "Toezegging Evaluatie wet (35.424)De Minister van … zegt de Kamer … toe …". That title is the promise's.
 */
const REGISTER_ENTRY_TITLE = /^\s*Toezegging\s+(\S.*?)\s*\(\d{2}\.\d{3}[^)]*\)/u;
/** A footnote's number after the sentence's last word and stop: "De Kamer wordt hierover geïnformeerd.1". */
const FOOTNOTE_AT_END = /(?<=\p{Ll})[.;]\d{1,2}$/u;

/** A clause that opens as a subordinate or relative one holds its own verb, not the infinitive of the modal before it. */
const SUBORDINATE_OPENER = /^\s*(?:die|dat|welke|waarin|waarover|waarmee|waarvan|waarna|omdat|zodat|zodra|als|wanneer|nadat|voordat|om|maar|en|of)\b/i;

/**
 * A finite verb and the writer that opened the clause in inverted order after a term or an opener now taken out ("In het
 * voorjaar van 2027 stuur ik …" → "stuur ik …"): the verb is in lower case because it was not the sentence's first word.
 * Left so, the title reads as a question; the writer goes back before the verb. A subordinate clause ("als ik …") keeps
 * its order.
 */
const VERB_THEN_WRITER = /^(\p{Ll}+)\s+(ik|wij|we)\b/u;

function writerBeforeVerb(text: string): string {
  const inverted = VERB_THEN_WRITER.exec(text);
  if (!inverted || SUBORDINATE_OPENER.test(inverted[1]!)) return text;
  return `${inverted[2]} ${inverted[1]}${text.slice(inverted[0].length)}`;
}

/** SUBJECT_AND_MODAL for a test: without the global flag, so no `lastIndex` carries over from one clause to the next. */
const HAS_SUBJECT_AND_MODAL = new RegExp(SUBJECT_AND_MODAL.source, 'i');

function hasWriterAndModal(clause: string): boolean {
  return HAS_SUBJECT_AND_MODAL.test(clause) || WRITER_THEN_MODAL.test(clause);
}

/** The clause without the writer and the modal, as the title will read. */
function stripped(clause: string): string {
  return oneLine(clause).replace(OPENERS, '').replace(SUBJECT_AND_MODAL, ' ').trim();
}

const words = (text: string): number => text.split(/\s+/).filter((word) => word !== '').length;

function splitClauses(text: string): { text: string; end: number }[] {
  const clauses: { text: string; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(/[,;:]\s/g)) {
    if (insideBrackets(text, match.index)) continue;
    clauses.push({ text: text.slice(start, match.index), end: match.index });
    start = match.index + match[0].length;
  }
  clauses.push({ text: text.slice(start), end: text.length });
  return clauses.filter((clause) => clause.text.trim() !== '');
}

function insideBrackets(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** The thing a clause is about: from its first article on ("Ik verwacht … de eindrapportage waarin …" → "de eindrapportage waarin …"). */
function objectOf(clause: string): string {
  const article = /\b(?:de|het|een|dit|deze)\s/i.exec(clause);
  return oneLine(article ? clause.slice(article.index) : clause);
}

/** An id from a title: its telling words, `[a-z0-9-]`, short enough to type. */
export function idBaseOf(title: string): string {
  const words = slugify(title).split('-').filter((word) => word !== '' && !ID_STOPWORDS.has(word));
  let id = '';
  for (const word of words) {
    if (id.length + word.length + 1 > MAX_ID) break;
    id = id ? `${id}-${word}` : word;
  }
  return id || 'toezegging';
}
