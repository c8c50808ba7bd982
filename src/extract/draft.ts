import type { Calendar } from '../core/calendar.js';
import type { CivilDate } from '../core/civil-date.js';
import { resolvePhrase } from '../core/deadline/resolve.js';
import type { ReadableText } from '../core/readable-text.js';
import { cleanLetter, oneLine } from './clean-text.js';
import { dependenciesOf, repeatedPromise } from './dependencies.js';
import { idBaseOf, titleOf } from './draft-title.js';
import { findDue, findPlannedTerm, findTermOfAPromise, type FoundDue } from './find-due.js';
import { findMetadata } from './metadata.js';
import type { Draft, DraftCommitment, DraftDue, ExtractedSource, Sentence, SkippedSentence } from './model.js';
import { judgeSentence, plannedAhead, readSentence, withoutRelativeFutures } from './promise-cues.js';
import { rescheduled } from './rescheduled.js';
import { withContentMerged } from './content-of.js';
import { withRappelOffices } from './rappel-office.js';
import { withRegisterStatus } from './register-status.js';
import { withKeptByLetter } from './kept-by-letter.js';
import { withOutlineSteps } from './outline.js';
import { withReasonsForDelay } from './reason-for-delay.js';
import { withSaidTwiceMerged } from './said-twice.js';
import { withTermNearby } from './term-nearby.js';
import { withEarlierPromisesNamed } from './earlier-promises.js';
import { sentencesOf } from './structure.js';
import { inRelativeClause } from './clause-reading.js';
import { asOffices, namedOfficials, type ReadAsOffices } from './named-officials.js';
import { officeActing } from './office-acting.js';
import { answerHeadings, answeringAt } from './answer-headings.js';
import { withBrokenWordsJoined } from './words-broken-by-the-print.js';

export interface ExtractOptions {
  calendar: Calendar;
  /** `--date`: the letter's date, whatever it says. */
  date?: CivilDate;
  /** `--source-id`. */
  sourceId?: string;
  /** The date used when the letter has none and none is given (today, at the command layer). */
  fallbackDate: CivilDate;
  /** Ids already in the register, which a new id must not take. */
  takenIds?: ReadonlySet<string>;
}

/**
 * A letter of the informateur(s), verkenner(s) or formateur, who work on the
 * Kamer's assignment ("BRIEF VAN DE INFORMATEURS", signed "De informateurs"):
 * its "wij" and "ik" are not the government, so what they plan is no promise
 * of it. Nor is an Eerste Kamer committee's (voorlopig) verslag ("B VOORLOPIG
 * VERSLAG VAN DE VASTE COMMISSIE …", "F VERSLAG VAN DE VASTE COMMISSIE …"):
 * the members' questions, and what they read in the minister's letters ("De
 * Minister verwacht de wet sneller te kunnen vaststellen").
 */
const WRITER_NOT_GOVERNMENT = /\bBRIEF VAN DE (?:INFORMATEURS?|VERKENNERS?|FORMATEURS?)(?![A-Z])|^\s*De (?:informateurs?|verkenners?|formateur)\s*,|^\s*[A-Z]{1,2}\s+(?:NADER\s+)?(?:VOORLOPIG\s+)?VERSLAG VAN DE (?:VASTE\s+|TIJDELIJKE\s+|BIJZONDERE\s+)?COMMISSIE\b/m;

/**
 * A promise made by reference to the one just before it ("Uiteraard zal de
 * Kamer middels de geannoteerde agenda … op de hoogte worden gesteld … .
 * Hetzelfde geldt voor de Milieuraad van 2 maart"): the same undertaking for
 * another occasion or thing, a promise of its own with its own term.
 */
const BY_REFERENCE = /^\s*(?:hetzelfde|ditzelfde|datzelfde|dit|dat|evenzo)\s+(?:geldt|gebeurt)\s+(?:ook\s+|eveneens\s+)?(?:voor|bij|ten aanzien van)\b/i;

function byReference(before: DraftCommitment, said: string): ReturnType<typeof judgeSentence> {
  return { kind: 'promise', cues: [{ kind: 'reference', text: `${said.trim()} (${before.id})` }], confidence: Math.round((before.confidence - 0.1) * 100) / 100, status: before.status === 'ongoing' ? 'ongoing' : 'open', restating: before.type === 'existing' };
}

/** A sentence that leans on the one before ("Dit deelonderzoek wordt …"): its quote includes that one. */
const LEANS_BACK = /^(?:dit|deze|die|dat|hiervan|daarvan|hiermee|daarmee|hiervoor|daarvoor)\b/i;

/**
 * The pipeline of `extract`, pure: a letter's text in, its draft out. The
 * letter's metadata, its sentences with their roles, then each sentence
 * judged; a promise gets its deadline from the finder, its dependencies on
 * earlier promises, and an id; a sentence that only repeats an earlier
 * promise of the letter is skipped, saying which.
 */
export function draftFromText(raw: string, options: ExtractOptions): Draft {
  const letter = cleanLetter(raw);
  const text = letter.text;
  const sentences = sentencesOf(text);
  const found = findMetadata(text, sentences);
  const source: ExtractedSource = options.date ? { ...found, date: options.date, dateOrigin: 'given' } : found;
  source.id = options.sourceId ?? sourceIdOf(source, options.fallbackDate);
  const anchor = source.date ?? options.fallbackDate;
  const taken = new Set(options.takenIds ?? []);
  const commitments: DraftCommitment[] = [];
  const skipped: SkippedSentence[] = [];

  const answers = answerParagraphs(sentences);
  const firstPerson = writesInFirstPerson(text, sentences);
  const byTheGovernment = !WRITER_NOT_GOVERNMENT.test(text);
  const officials = namedOfficials(text);
  // A page of the Aanhangsel holds the answers of several offices: each sentence is bound by the heading of its own answer, unless a signature binds the text.
  const headings = answerHeadings(text);
  const headed = source.by === undefined || headings.some((heading) => heading.office === source.by) ? headings : [];
  sentences.forEach((sentence, index) => {
    if (sentence.role === 'header' || sentence.role === 'footnote' || sentence.role === 'signature' || sentence.role === 'member') return;
    const role = sentence.role === 'body' && answers.has(sentence.paragraph) ? 'answer' : sentence.role;
    const joined = withBrokenWordsJoined(sentence.text);
    const asOffice = asOffices(joined.text, officials);
    const said: ReadAsOffices = { text: asOffice.text, original: (index) => joined.original(asOffice.original(index)) };
    // Most sentences hold no cue whether or not they hold a deadline: the finder, the costly part, is asked only about the others.
    const reading = readSentence(said.text);
    const before = commitments.at(-1);
    const reference = before && before.end <= sentence.start && sentences[index - 1]?.start === before.start && sentences[index - 1]?.paragraph === sentence.paragraph ? BY_REFERENCE.exec(sentence.text) : null;
    const withoutCue = !reference && judgeSentence(said.text, role, true, reading, firstPerson).kind === 'none' && judgeSentence(said.text, role, false, reading, firstPerson).kind === 'none';
    if (withoutCue) return;
    const withoutOthersFutures = withoutRelativeFutures(said.text);
    const dueRead = dueIn(withoutOthersFutures, anchor, options.calendar);
    const judged = judgeSentence(said.text, role, dueRead !== undefined, reading, firstPerson, dueRead?.phrase);
    const verdict = judged.kind === 'none' && reference && before ? byReference(before, reference[0]) : judged;
    if (verdict.kind === 'none') return;
    // Judged without it: "in de septembercirculaire" is a promise's term only once the sentence is a promise.
    const planned = dueRead === undefined && verdict.kind === 'promise' && plannedAhead(reading.lower, false, undefined) ? findPlannedTerm(withoutOthersFutures, anchor, options.calendar, (phrase) => plannedAhead(reading.lower, true, phrase)) : undefined;
    const dueOrVehicle = dueRead ?? planned ?? findTermOfAPromise(withoutOthersFutures, anchor, options.calendar);
    const due = dueOrVehicle && asWritten(dueOrVehicle, sentence.text, said);
    if (verdict.kind === 'skip') {
      skipped.push({ text: oneLine(sentence.text), start: sentence.start, why: verdict.why!, cues: verdict.cues });
      return;
    }
    if (!byTheGovernment) {
      skipped.push({ text: oneLine(sentence.text), start: sentence.start, why: 'third-party', cues: verdict.cues });
      return;
    }
    const repeated = repeatedPromise(sentence.text, verdict.restating, commitments);
    if (repeated) {
      skipped.push({ text: oneLine(sentence.text), start: sentence.start, why: 'repeat', cues: [...verdict.cues, { kind: 'repeat', text: repeated.id }] });
      return;
    }
    const dependencyCue = verdict.cues.find((cue) => cue.kind === 'dependency');
    const dependsOn = dependencyCue ? dependenciesOf(dependencyCue.text, commitments) : [];
    // Same length as the sentence, so the deadline's offsets still point at it.
    const flat = sentence.text.replace(/\s/g, ' ');
    const title = titleOf(flat, firstCueAt(flat, verdict.cues), due && { start: due.start, end: due.end }) || oneLine(sentence.text).slice(0, 100);
    const id = uniqueId(idBaseOf(title), taken);
    taken.add(id);
    const previous = sentences[index - 1];
    const quoteStart = LEANS_BACK.test(sentence.text) && previous && previous.paragraph === sentence.paragraph ? previous.start : sentence.start;
    const status = verdict.status === 'delivered' && !verdict.deliveredOn ? 'open' : verdict.status;
    commitments.push({
      id,
      title,
      quote: oneLine(text.slice(quoteStart, sentence.end)),
      start: sentence.start,
      end: sentence.end,
      due: due ? { kind: 'phrase', phrase: oneLine(due.phrase), start: sentence.start + due.start, end: sentence.start + due.end, event: due.event } : afterDependency(dependsOn, commitments),
      type: verdict.restating ? 'existing' : 'new',
      by: officeActing(sentence.text) ?? answeringAt(headed, sentence.start) ?? source.by,
      dependsOn,
      status,
      delivered: status === 'delivered' ? { on: verdict.deliveredOn! } : undefined,
      question: sentence.role === 'answer' ? sentence.question : undefined,
      cues: verdict.cues,
      confidence: verdict.confidence,
    });
  });
  const timed = withTermNearby(text, sentences, commitments, anchor, options.calendar);
  return atOffsetsOf(letter, withRappelOffices(text, withRegisterStatus(text, withEarlierPromisesNamed(text, withSaidTwiceMerged(text, withKeptByLetter(text, withContentMerged(text, withReasonsForDelay(text, withOutlineSteps(text, rescheduled(text, { source, commitments: timed, skipped }))))))))));
}

/** The draft's offsets, made in the cleaned text, as offsets into the letter itself (see `cleanLetter`). */
function atOffsetsOf(letter: ReadableText, draft: Draft): Draft {
  const { start, end } = letter;
  return {
    ...draft,
    commitments: draft.commitments.map((commitment) => ({
      ...commitment,
      start: start(commitment.start),
      end: end(commitment.end),
      due: commitment.due?.kind === 'phrase' ? { ...commitment.due, start: start(commitment.due.start), end: end(commitment.due.end) } : commitment.due,
    })),
    skipped: draft.skipped.map((skipped) => ({ ...skipped, start: start(skipped.start) })),
  };
}

/**
 * Paragraphs that answer a question without an "Antwoord" heading, as
 * answers to Kamervragen read when their headings are lost (a PDF's layout):
 * those after a paragraph of questions only, up to the next one.
 */
function answerParagraphs(sentences: readonly Sentence[]): Set<number> {
  const answers = new Set<number>();
  const asking = new Map<number, boolean>();
  for (const sentence of sentences) asking.set(sentence.paragraph, (asking.get(sentence.paragraph) ?? true) && sentence.role === 'question');
  let answering = false;
  for (const sentence of sentences) {
    if (asking.get(sentence.paragraph)) answering = true;
    else if (answering && sentence.role === 'body') answers.add(sentence.paragraph);
  }
  return answers;
}

/**
 * Whether the writer speaks as "ik" or "wij" anywhere outside the questions and quoted turns: else the text tells of
 * the minister in the third person. A news report quotes the minister's own words ("„We gaan kijken wat daar wel en
 * niet bevalt.”"): those are the speaker's, so words between quotation marks do not make the writer "ik".
 */
function writesInFirstPerson(text: string, sentences: readonly Sentence[]): boolean {
  const unquoted = text.replace(QUOTED, (quote) => ' '.repeat(quote.length));
  return sentences.some((sentence) => (sentence.role === 'body' || sentence.role === 'answer') && /\b(?:ik|wij|we|mijn|onze)\b/i.test(unquoted.slice(sentence.start, sentence.end)));
}

/** Words between quotation marks (the typographic pairs and the straight double quote), over sentences if need be. */
const QUOTED = /[„“”"][^„“”"]*[“”"]/g;

/**
 * The deadline of the promise's own clause first ("…, waarover ik uw Kamer in
 * de eerste helft van 2026 zal informeren"), else of the sentence; where that
 * is an event without a date and another clause dates the delivery to the
 * Kamer, the delivery's term ("Na ontvangst van beide adviesonderdelen zal ik
 * … een plan van aanpak …, dat naar verwachting in december 2005 naar de
 * Tweede Kamer zal worden gezonden"): what the Kamer is to receive, and when,
 * is the promise (GUIDE.md: a term the text gives for the thing promised).
 */
function dueIn(sentence: string, anchor: CivilDate, calendar: Calendar): FoundDue | undefined {
  const chosen = dueOfOwnClause(sentence, anchor, calendar);
  if (!chosen?.event || chosen.to !== null) return chosen;
  let start = 0;
  for (const clause of sentence.split(/(?<=[,;])\s/)) {
    const offset = start;
    start += clause.length + 1;
    if (!DELIVERED_TO_THE_KAMER.test(clause)) continue;
    const term = findDue(clause, anchor, calendar);
    if (term && !term.event && term.to !== null) return { ...term, start: offset + term.start, end: offset + term.end };
  }
  // "Ik zal u, na het commissiedebat van 20 januari 2026, in februari 2026 informeren", "Zodra de Raad van State advies heeft uitgebracht, naar verwachting in maart 2026, stuur ik u …": after the event, the term the sentence names says when.
  if (AFTER_AN_EVENT.test(chosen.phrase)) {
    const named = namedTermBesides(sentence, chosen.start, chosen.end, anchor, calendar);
    if (named && !named.event && named.to !== null) return named;
  }
  return chosen;
}

/** A deadline found in the sentence as the rules read it, at its place in the sentence as written. */
function asWritten(due: FoundDue, written: string, read: ReadAsOffices): FoundDue {
  const start = read.original(due.start);
  const end = read.original(due.end);
  return { ...due, phrase: written.slice(start, end), start, end };
}

/** An event the act comes after: "na …", "zodra …", "nadat …". */
const AFTER_AN_EVENT = /^(?:(?:direct|kort|vlak|zo spoedig mogelijk)\s+)?(?:na|nadat|zodra|wanneer)\b/i;

/** A clause that delivers to the Kamer: "dat … naar de Tweede Kamer zal worden gezonden", "zal ik uw Kamer … informeren". */
const DELIVERED_TO_THE_KAMER = /\b(?:naar|aan)\s+(?:de|uw)\s+(?:tweede\s+|eerste\s+)?kamer\b[^,.;]*\b(?:gezonden|toegezonden|aangeboden|gestuurd|toegestuurd|verzonden|sturen|zenden|toezenden|aanbieden)\b|\b(?:uw|de)\s+(?:tweede\s+)?kamer\b[^,.;]{0,60}\b(?:informeren|geïnformeerd|toesturen|toezenden|doen toekomen)\b/i;

function dueOfOwnClause(sentence: string, anchor: CivilDate, calendar: Calendar): FoundDue | undefined {
  const found = findDue(sentence, anchor, calendar);
  if (!found) return undefined;
  // "Na de «invitational conference», die op 8 februari 2000 zal plaatsvinden, zal het Kabinet …": the relative clause dates the meeting the act comes after; the act's term is "na" the meeting, with no last day.
  const dated = MEETING_DATED_AFTER.exec(sentence);
  if (dated && found.start >= dated.index + dated[1]!.length && found.start < dated.index + dated[0].length) {
    return dueOfOwnClause(`${sentence.slice(0, dated.index + dated[1]!.length)}${' '.repeat(dated[0].length - dated[1]!.length)}${sentence.slice(dated.index + dated[0].length)}`, anchor, calendar);
  }
  // "Deze notitie heb ik u toegezegd bij de behandeling van de defensiebegroting", "heb ik een voorkeursbeslissing toegezegd in 2011": the term right after the promising says when it was promised, not when it is due.
  if (promisedThen(sentence, found.start, found.end) || toldAtThatOccasion(sentence, found.start, found.end) || inAttribute(sentence, found.start, found.end)) return dueOfOwnClause(`${sentence.slice(0, found.start)}${' '.repeat(found.end - found.start)}${sentence.slice(found.end)}`, anchor, calendar);
  const condition = CONDITION_FIRST.exec(sentence);
  // "Maar als het antwoord bij de tussentijdse analyse is dat er … nieuwe inzichten zijn, dan komt het kabinet eerder terug …": the term of the condition, which may never be met, is not the promise's (GUIDE.md: a condition gives no deadline).
  if (condition && found.start >= condition.index && found.start < condition.index + condition[0].length) return dueOfOwnClause(`${sentence.slice(0, condition.index)}${' '.repeat(condition[0].length)}${sentence.slice(condition.index + condition[0].length)}`, anchor, calendar);
  const aside = asideAround(sentence, found.start);
  if (aside) {
    const outside = findDue(`${sentence.slice(0, aside.start)}${' '.repeat(aside.end - aside.start)}${sentence.slice(aside.end)}`, anchor, calendar);
    const read = outside && resolvePhrase(outside.phrase, anchor, calendar);
    // "Ik zal u – nadat het bestuurlijk overleg heeft plaatsgevonden – zo spoedig mogelijk informeren": a span counted
    // from the letter that follows an event in the aside counts from that event, as the finder reads it (followsAnEvent).
    const countsFromTheAside = read?.ok && FROM_THE_LETTER.has(read.resolution.rule.id) && found.event && AFTER_AN_EVENT.test(found.phrase) && outside!.start >= aside.end;
    if (read?.ok && !countsFromTheAside) return outside;
  }
  const clauses: { text: string; start: number }[] = [];
  let start = 0;
  for (const clause of sentence.split(/(?<=[,;])\s/)) {
    clauses.push({ text: clause, start });
    start += clause.length + 1;
  }
  const firm = resolvePhrase(found.phrase, anchor, calendar);
  for (const cue of OWN_CLAUSE_CUES) {
    for (const clause of clauses) {
      if (!cue.test(clause.text)) continue;
      const own = findDue(clause.text, anchor, calendar);
      const resolved = own && resolvePhrase(own.phrase, anchor, calendar);
      if (!own || !resolved?.ok) continue;
      // "zo spoedig mogelijk …, in ieder geval ruimschoots voorafgaand aan het Wetgevingsoverleg … op 20 juni", "zo spoedig mogelijk … en verwacht dat dit voor 1 januari 2007 het geval zal zijn": the term that names a date binds.
      if (FROM_THE_LETTER.has(resolved.resolution.rule.id)) {
        const named = namedTermBesides(sentence, clause.start + own.start, clause.start + own.end, anchor, calendar);
        if (named) return named;
        if (firm.ok && !FROM_THE_LETTER.has(firm.resolution.rule.id) && !inRelativeClause(sentence.toLowerCase(), found.start)) return found;
      }
      return { ...own, start: clause.start + own.start, end: clause.start + own.end };
    }
  }
  return firm.ok ? found : undefined;
}

/**
 * The participle of promising or announcing just before a term that closes its clause ("… heb ik u toegezegd bij de
 * behandeling van de defensiebegroting.", "… heb ik een voorkeursbeslissing toegezegd in 2011."): the term says when
 * the promise was made. Followed by the promised act ("heb ik toegezegd tweemaal per jaar uw Kamer te informeren",
 * "toegezegd voor de zomer dat …"), the term is that act's.
 */
const PROMISED_THEN = /\b(?:toegezegd|aangekondigd|beloofd)\s+$/i;
const ACT_FOLLOWS = /^[^,;.]*?\b(?:te\s+\p{L}{3,}|dat|om)\b/iu;

/** A term that sets a limit ("voor 1 juli", "uiterlijk eind 2026") is the promise's, wherever it stands. */
const A_LIMIT = /^(?:voor|vóór|uiterlijk|binnen|na|nog|begin|eind|einde|medio|rond|zo)\b/i;

function promisedThen(sentence: string, start: number, end: number): boolean {
  return PROMISED_THEN.test(sentence.slice(Math.max(0, start - 40), start)) && !ACT_FOLLOWS.test(sentence.slice(end)) && !A_LIMIT.test(sentence.slice(start, end));
}

// A stop inside a word or before a word in lower case is an abbreviation's ("in de U.C.V. van 16 november").
const TOLD_AFTER = /^(?:[^.;]|\.(?=\S|\s+\p{Ll})){0,160}?\b(?:toegezegd|aangekondigd|aangegeven|medegedeeld|meegedeeld)\b/iu;
const PERFECT_OR_PAST_PASSIVE = /\b(?:heb|hebben|heeft|is|werd)\b/i;
const ANOTHER_CLAUSE = /\b(?:dat|om|te|die|welke|waarin|waarbij|zal|zullen|zou|zouden|wordt|worden)\b/i;

/**
 * A term ahead of the auxiliary of a perfect or past passive of promising or telling, the clause's first place
 * ("Tijdens het overleg … op 23 november 1993 heb ik toegezegd uw Kamer … te informeren", "In de U.C.V. van 16 november
 * 1992 … is toegezegd de Tweede Kamer te informeren"): it names the occasion on which the promise was told, not when it
 * is due; the promised act comes after the participle. Nothing between the two may open another clause or carry an act
 * of its own; a limit ("voor", "uiterlijk") stays the promise's (A_LIMIT). After the auxiliary ("heeft de
 * Minister-President half februari een brief toegezegd") the term may be the promise's.
 */
function toldAtThatOccasion(sentence: string, start: number, end: number): boolean {
  const told = TOLD_AFTER.exec(sentence.slice(end));
  if (!told || A_LIMIT.test(sentence.slice(start, end))) return false;
  const between = told[0].slice(0, told[0].search(/\S+$/));
  return !ANOTHER_CLAUSE.test(between) && PERFECT_OR_PAST_PASSIVE.test(between);
}

/**
 * A term standing inside a participle attribute between an article and its noun ("de op korte termijn beschikbaar
 * komende kennis", "het in 2020 gepubliceerde rapport", "de eind 2025 lopende contracten"): it says when of the thing
 * described, not when the sentence's act is done. The participle is a present one in "-ende" or a past one in "ge-";
 * what follows it is a noun, not a preposition or a conjunction.
 */
const ARTICLE_BEFORE = /(?:^|\s)(?:de|het|een|deze|die|dit|dat)\s+(?:[\p{L}-]+\s+){0,5}$/u;
const PARTICIPLE_NOUN_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:ge\p{L}+(?:de|te|en)|\p{L}+ende)\s+(?!(?:over|voor|aan|met|door|van|in|op|bij|naar|om|te|dat|die|en|of|is|zijn|wordt|worden|zal|zullen)\b)\p{L}/u;

function inAttribute(sentence: string, start: number, end: number): boolean {
  return ARTICLE_BEFORE.test(sentence.slice(Math.max(0, start - 80), start)) && PARTICIPLE_NOUN_AFTER.test(sentence.slice(end, end + 80));
}

/**
 * A meeting the act comes after, dated by a relative clause of its own ("Na de «invitational conference», die op 8
 * februari 2000 zal plaatsvinden,", "na het bestuurlijk overleg, dat op 12 maart plaatsvindt,"): group 1 runs up to
 * the relative clause, which is the meeting's own day (ANNOTATION-GUIDE §2), no deadline of the act.
 */
const MEETING_DATED_AFTER = /(\bna\s+(?:de|het|afloop\s+van\s+(?:de|het))\s+[^,;.]{1,80}?\s*,\s*)(?:die|dat|welke)\s+[^,;.]{1,60}?\b(?:plaatsvindt|plaatsvinden|plaats\s+zal\s+vinden|zal\s+plaatsvinden|zullen\s+plaatsvinden|wordt\s+gehouden|zal\s+worden\s+gehouden|is\s+gepland|staat\s+gepland)\s*,/i;

/** A condition opening the sentence ("Als …,", "Maar indien …,", "Mocht …,"), up to its comma. */
const CONDITION_FIRST = /^\s*(?:(?:maar|en|ook|alleen|pas)\s+)?(?:als|indien|mocht|mochten)\b[^,;]*(?=,)/i;

/**
 * An aside between dashes around `index` ("in het voorjaar - ruim voor
 * Prinsjesdag - een volwaardige dummy begroting … afstemmen"): it comments on
 * the term the clause gives, which binds.
 */
function asideAround(sentence: string, index: number): { start: number; end: number } | undefined {
  for (const match of sentence.matchAll(/\s[-–—]\s[^-–—.;]{1,80}?\s[-–—]\s/g)) {
    if (index >= match.index && index < match.index + match[0].length) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/** A term elsewhere in the sentence that names a date, a period or an event, besides the vague one at start–end. */
function namedTermBesides(sentence: string, start: number, end: number, anchor: CivilDate, calendar: Calendar): FoundDue | undefined {
  const other = findDue(`${sentence.slice(0, start)}${' '.repeat(end - start)}${sentence.slice(end)}`, anchor, calendar);
  const resolved = other && resolvePhrase(other.phrase, anchor, calendar);
  // "daarover sturen we binnenkort een aanvullende brief, onder andere over de motie …, waarin wordt verzocht uw Kamer voor 1 juni aanstaande te informeren": a term in a relative clause describes another thing (the motion's request).
  return other && resolved?.ok && !FROM_THE_LETTER.has(resolved.resolution.rule.id) && !inRelativeClause(sentence.toLowerCase(), other.start) ? other : undefined;
}

/** Terms counted from the letter's own date, vaguer than any term that names a date, a period or an event. */
const FROM_THE_LETTER = new Set(['asap', 'short-term', 'few-weeks', 'few-months']);

/** What marks the promise's own clause, most telling first. */
const OWN_CLAUSE_CUES = [/\b(?:zal|zullen|informeer|stuur|sturen|zenden|ontvangt|streef|deel|bied|kom)\b/i, /\b(?:verwacht|wordt|worden)\b/i];

/** Due after the dependency that has a deadline itself, else after the last one still to come. */
function afterDependency(dependsOn: readonly string[], earlier: readonly DraftCommitment[]): DraftDue | undefined {
  const deps = dependsOn.map((id) => earlier.find((commitment) => commitment.id === id)!);
  const timed = deps.filter((dep) => dep.due !== undefined);
  const chosen = timed.at(-1) ?? deps.filter((dep) => dep.status === 'open').at(-1);
  return chosen ? { kind: 'after', after: chosen.id } : undefined;
}

const PROMISING = new Set(['deliver', 'future', 'deliverable', 'ongoing']);

function firstCueAt(sentence: string, cues: DraftCommitment['cues']): number {
  const lower = sentence.toLowerCase();
  const positions = cues.filter((cue) => cue.text !== '' && PROMISING.has(cue.kind)).map((cue) => lower.replace(/\s+/g, ' ').indexOf(cue.text.split(' ')[0]!));
  const valid = positions.filter((position) => position >= 0);
  return valid.length > 0 ? Math.min(...valid) : 0;
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The letter's own reference when it has one (2025Z19579, Kamerstuk 36547-34), else its kind and date. */
function sourceIdOf(source: ExtractedSource, fallbackDate: CivilDate): string {
  const ref = source.refs[0];
  if (ref) return ref.replace(/^Kamerstuk\s+/i, 'kamerstuk-').replace(/,?\s*nr\.\s*/i, '-').replace(/[^A-Za-z0-9-]+/g, '-');
  return `${source.type}-${source.date ?? fallbackDate}`;
}

