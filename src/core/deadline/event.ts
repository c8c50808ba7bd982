import { addDays, daysBetween, daysInMonth, makeDate, minDate, yearOf, type CivilDate } from '../civil-date.js';
import type { EventRelation, EventResolution, Period } from '../model.js';
import { addSpan, parseSpan } from './span.js';
import { seasonOf } from './grammar.js';
import { monthNumber, numbersAsDigits, simplify } from './normalize.js';

/**
 * Deadlines tied to an event rather than a date: a trigger ("voor",
 * "voorafgaand aan", "ten behoeve van", "na", "in afwachting van", "bij",
 * "zodra … gereed is") followed by a noun phrase whose head is an event noun
 * ("het commissiedebat X", "de desbetreffende Raad", "de evaluatie"). Dutch
 * compounds carry their head last, so "commissiedebat", "tweeminutendebat" and
 * "wetsevaluatie" are found by the end of the word, not listed one by one.
 * A date after the noun phrase ("… op 20 juni", "… op 16 april aanstaande")
 * dates the event; without one there is no window.
 */

/** Heads of event noun phrases; a word is an event noun when it is one of these or a compound ending in one. "ao" is the Kamer's abbreviation of an algemeen overleg, as event-date.ts reads it for a meeting's day. */
const EVENT_HEADS = [
  'debat', 'debatten', 'overleg', 'overleggen', 'notaoverleg', 'wetgevingsoverleg', 'gesprek', 'gesprekken', 'bijeenkomst',
  'vergadering', 'zitting', 'hoorzitting', 'stemming', 'stemmingen', 'behandeling', 'bespreking', 'raad', 'top', 'conferentie',
  'evaluatie', 'evaluaties', 'onderzoek', 'onderzoeken', 'rapport', 'rapportage', 'eindrapport', 'advies', 'adviezen', 'raming',
  'consultatie', 'internetconsultatie', 'besluitvorming', 'besluit', 'uitspraak', 'reactie', 'verslag', 'monitor', 'meting',
  'analyse', 'verkenning', 'herziening', 'doorlichting', 'audit', 'review', 'wetsvoorstel', 'voorstel', 'brief', 'nota',
  'verkiezing', 'verkiezingen', 'publicatie', 'oplevering', 'afronding', 'inwerkingtreding', 'vaststelling', 'uitkomst',
  'uitkomsten', 'resultaten', 'onderhandelingen', 'formatie', 'ontvangst', 'toezending', 'verzending', 'indiening', 'aanbieding',
  'circulaire', 'ronde', 'ao',
  'debate', 'meeting', 'council', 'summit', 'hearing', 'evaluation', 'review', 'study', 'report', 'consultation', 'decision',
  'election', 'elections', 'estimate', 'publication', 'negotiations',
];

/**
 * Infinitives used as nouns name an event only right after "het": "voor het
 * verschijnen van de meicirculaire", "bij gelegenheid van het toezenden van de
 * evaluatieopdracht"; elsewhere they are verbs ("voor de zomer zal verschijnen").
 */
export const NOMINAL_INFINITIVES = new Set([
  'verschijnen', 'toezenden', 'versturen', 'verzenden', 'uitbrengen', 'publiceren', 'opleveren', 'afronden', 'indienen', 'aanbieden',
  'vaststellen', 'ontvangen',
]);

/**
 * A thing's coming about said as a noun, "het" with its state and "komen" ("na het beschikbaar komen van deze
 * aanvullende informatie", "bij het gereed komen van het rapport"): the event "zodra … beschikbaar komt" names.
 */
export const BECOMING_INFINITIVES = new Set(['komen']);

/** Short heads that end unrelated words ("laptop", "stop") count only as whole words. */
const WHOLE_WORD_ONLY = new Set(['top', 'review', 'audit', 'ao']);
/** Compounds of a head that are no event: a stock is no council, permission or agreement no vote. */
const NOT_EVENTS = new Set([
  'voorraad', 'huisraad', 'beraad', 'toestemming', 'instemming', 'overeenstemming', 'bestemming', 'afstemming', 'ontstemming',
]);

const EVENT_HEAD_WORDS = new Set(EVENT_HEADS);
const COMPOUND_HEADS = new Set(EVENT_HEADS.filter((head) => !WHOLE_WORD_ONLY.has(head)));
const HEAD_LENGTHS = [...COMPOUND_HEADS].map((head) => head.length);
const [SHORTEST_HEAD, LONGEST_HEAD] = [Math.min(...HEAD_LENGTHS), Math.max(...HEAD_LENGTHS)];

/** A compound: at least three letters of its own before a head ("wetgevingsoverleg"); its endings are looked up, not each head compared. */
function endsOnAHead(word: string): boolean {
  for (let at = Math.max(3, word.length - LONGEST_HEAD); at <= word.length - SHORTEST_HEAD; at++) {
    if (COMPOUND_HEADS.has(word.slice(at))) return true;
  }
  return false;
}

/** Whether a word (simplified) heads an event noun phrase: an event noun or a compound ending in one. */
export function isEventNoun(word: string): boolean {
  let known = eventNouns.get(word);
  if (known === undefined) {
    known = !NOT_EVENTS.has(word) && (EVENT_HEAD_WORDS.has(word) || endsOnAHead(word));
    if (eventNouns.size >= MAX_REMEMBERED_WORDS) eventNouns.clear();
    eventNouns.set(word, known);
  }
  return known;
}

/**
 * The finder asks this of every word of every text, and a text's words are
 * mostly words seen before: the answer is kept per word (a language's words,
 * not a text's, so the bound is rarely reached).
 */
const eventNouns = new Map<string, boolean>();
const MAX_REMEMBERED_WORDS = 100_000;

const DETERMINER = '(?:het|de|een|dit|deze|die|dat|the|a|an|this|that|next|its|their)';

interface Trigger {
  pattern: RegExp;
  relation: EventRelation;
  /** "10 dagen voor het Algemeen Overleg": the first two groups say how long before the event the promise falls due. */
  lead?: boolean;
  /** "binnen twee maanden na de verkiezingen": the first group is how long after the event the promise falls due. */
  span?: boolean;
  /** "zodra X gereed is": as soon as possible after the event. */
  asap?: boolean;
  /** The trigger opens a clause ("zodra de evaluatie gereed is") whose predicate follows the noun phrase. */
  clause?: boolean;
  /** The clause names its event whatever its predicate, once it ends on its verb (VERB_FINAL). */
  verbFinal?: boolean;
  /** The written document the act goes out in (`isWrittenDocument`), read only where asked (`form: 'vehicle'`). */
  vehicle?: boolean;
}

/** Tried in order at the start of the phrase; longer triggers first so "voor aanvang van" is not read as "voor". */
const TRIGGERS: readonly Trigger[] = [
  {
    pattern:
      /^(?:uiterlijk )?(\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) (dag|dagen|week|weken|days?|weeks?) (?:voor|voorafgaand(?:e)? aan|before|prior to) /,
    relation: 'before',
    lead: true,
  },
  { pattern: /^(?:uiterlijk |ruim |nog |ruimschoots |tijdig )?(?:voorafgaand(?:e)? aan|ten behoeve van|t\.?b\.?v\.?|ter voorbereiding (?:op|van|aan)|in (?:de )?aanloop (?:naar|tot)|voor (?:de )?(?:aanvang|start) van|voor|before|prior to|ahead of|in preparation for) /, relation: 'before' },
  { pattern: /^(?:binnen|within) ((?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|a|an) [a-z]+) (?:na|after|following) /, relation: 'after', span: true },
  // "zo spoedig mogelijk na ontvangst van het advies": as soon as possible after the event, as "zodra".
  { pattern: /^(?:zo (?:spoedig|snel|kort|vlug) mogelijk|as soon as possible) (?:na|after|following) /, relation: 'after', asap: true },
  { pattern: /^(?:direct |kort |pas |snel )?(?:na afloop van|na|in afwachting van|after|following|pending) /, relation: 'after' },
  // "wanneer" and "als" are as often "if" ("wanneer deze op andere wetten … zijn gebaseerd"): only an event noun, or a
  // predicate saying a thing has come about (COMES_ABOUT), makes them a time; "wanneer" with the writer as its subject
  // is the writer's own next step ("Wanneer we aanvullende afspraken maken, …"), a time as "zodra" is.
  { pattern: /^(?:zodra|nadat|op het moment dat) /, relation: 'after', clause: true, verbFinal: true },
  { pattern: /^wanneer (?=(?:ik|wij|we) )/, relation: 'after', clause: true, verbFinal: true },
  { pattern: /^(?:wanneer|als|as soon as|once) /, relation: 'after', clause: true },
  // Not "in" or "tijdens": "in het debat van 12 december" is where a promise was made, not when it is due.
  { pattern: /^(?:uiterlijk |no later than )?(?:bij gelegenheid van|ter gelegenheid van|on the occasion of|bij|gelijktijdig met|tegelijk met|tegelijkertijd met|samen met|with|alongside|together with) /, relation: 'at' },
  // "Ik informeer u in de septembercirculaire", "via de stand van zakenbrief van de Belastingdienst": the document the
  // act goes out in. In running text "in" mostly says where a thing was told or what a document holds ("in mijn brief
  // van 7 februari", "in de Miljoenennota"), so the finder reads this only for a sentence already judged a promise.
  { pattern: /^(?:vooraf )?(?:in|via|middels|door middel van) /, relation: 'at', vehicle: true },
];

/** The states a thing comes to ("gereed", "afgerond", "vastgesteld"): what "zodra … is" and "als … zijn" say has come about. */
const COMES_ABOUT_STATES = String.raw`gereed|klaar|beschikbaar|afgerond|bekend|verschenen|gepubliceerd|ontvangen|vastgesteld|opgeleverd|uitgevoerd|aangenomen|afgesloten|voltooid`;

const COMES_ABOUT_STATE = new RegExp(`^(?:${COMES_ABOUT_STATES})$`);
/** "het beschikbaar komen" ends on its infinitive as a noun, not on a verb (BECOMING_INFINITIVES). */
const BECOMING_AT_END = new RegExp(`(?:^|\\s)het (?:${COMES_ABOUT_STATES}) komen$`);

/** What ends a "zodra …" clause: the event has come about ("gereed is", "heeft plaatsgevonden", "is afgerond"). */
const CLAUSE_END =
  new RegExp(String.raw`\s+(?:(?:is|zijn|zal zijn|zullen zijn|wordt|worden)\s+)?(?:${COMES_ABOUT_STATES}|ready|available|completed|finished|published|done|out)(?:\s+(?:is|zijn|zal zijn|zullen zijn|komt|komen))?$|\s+(?:heeft|hebben|zal hebben)\s+plaatsgevonden$|\s+(?:heb|hebt|heeft|hebben|is|zijn|wordt|worden)\s+(?:gevoerd|gehouden|uitgebracht|genomen|bereikt|besproken|ondertekend)$|\s+(?:has|have)\s+(?:taken place|been (?:completed|published))$|\s+is\s+(?:completed|published)$`);

/**
 * A clause of time whose subject comes first and whose predicate says a thing has come about, with its copula ("zodra
 * er een plan gereed is", "wanneer er meer bekend is", "als ze klaar zijn", "wanneer die beschikbaar komen"), names an
 * event whatever that subject is: the thing's coming about, wherever the clause stands. An act of someone named
 * ("zodra die de Eerste Kamer hebben bereikt", "nadat de SER een advies heeft uitgebracht") is left to VERB_FINAL, which
 * takes it only before the writer's own act; "als" without a subject first is "as" or "like" ("als eerste stap", "net
 * als de Rijksoverheid").
 */
const COMES_ABOUT =
  new RegExp(String.raw`^(?:er|de|het|een|die|dit|deze|dat|ze|zij|hij|ik|wij|we|u|uw|mijn|onze|ons|zijn|haar|hun|alle|beide)(?:\s[^,;:]*?)?\s(?:(?:is|zijn|wordt|worden|zal zijn|zullen zijn)\s(?:${COMES_ABOUT_STATES})|(?:${COMES_ABOUT_STATES})\s(?:is|zijn|wordt|worden|zal zijn|zullen zijn|komt|komen))$`);

/**
 * A clause that says when its thing comes about ("als deze in het voorjaar van 2026 gereed is", "zodra de cijfers eind
 * 2026 bekend zijn") is read by that time, as before COMES_ABOUT: read whole as an event without a date, it would hide
 * the window inside it. A year of the thing itself ("als de cijfers over 2025 beschikbaar zijn") is no such time.
 */
function namesItsTime(clause: string): boolean {
  const words = clause.split(' ');
  return words.some((word, i) => monthNumber(word) !== undefined || seasonOf(word) !== undefined || TIME_POINT.test(word) || (words[i - 1] === 'in' && /^\d{4}$/.test(word)));
}

const TIME_POINT = /^(?:begin|medio|midden|halverwege|eind|einde)$/;

/**
 * A clause of time is verb-final, whatever its predicate: "zodra het onderzoek daartoe aanleiding geeft", "zodra
 * Staatsbosbeheer en de Waddengemeenten tot overeenstemming zijn gekomen", "zodra ik de onderzoeksresultaten ontvangen
 * heb": what it names is the event, without a date until it comes about. One clause: no comma, semicolon or colon.
 * After an auxiliary the closing word is the participle by its place, not by a "ge-" at its front: verbs with an
 * unstressed prefix take none ("is besloten", "is ontvangen", "heeft beantwoord") and a separable particle puts it
 * inside ("is goedgekeurd", "is ingediend") or leaves it out ("is ondertekend"). A prepositional object may follow the
 * verb ("zodra er binnen de VO-raad overeenstemming is over het onderhandelaarsakkoord"). With the writer as its subject
 * the verb closes the clause in any form ("zodra ik de kabinetsreactie … naar uw Kamer stuur", "wanneer we … maken"),
 * save a modal, which names a wish or a possibility ("zodra ik dat wil"), not an event.
 */
const VERB_FINAL =
  /^(?:[^\s,;:]+(?:\s[^\s,;:]+)+\s(?:is|zijn|heb|hebt|heeft|hebben|wordt|worden|\p{L}{2,}t|ge\p{L}{2,}(?:d|t|en)|(?:is|zijn|heb|hebt|heeft|hebben|wordt|worden)\s\p{L}{2,}(?:d|en))(?:\s(?:over|met|van|op|aan|naar|bij|tot|uit|omtrent|inzake)\s[^\s,;:]+(?:\s[^\s,;:]+){0,6})?|(?:ik|wij|we)(?:\s[^\s,;:]+)+\s(?!(?:wil|willen|kan|kunnen|moet|moeten|mag|mogen|zal|zullen)$)\p{L}{2,})$/u;

/** The event a verb-final clause names, marked as read so (`form`): in running text the finder takes it only before the writer's own act. */
function verbFinalEvent(phrase: string, event: string, anchor: CivilDate): EventResolution {
  const resolution = eventResolution(phrase, event.trim(), 'after', null, anchor, AS_SOON_AS);
  return { ...resolution, rule: { ...resolution.rule, args: { ...resolution.rule.args, form: 'verb-final' } } };
}

/**
 * An infinitive that names an event only after "het" (NOMINAL_INFINITIVES) closing a noun phrase elsewhere is the
 * clause's verb: "Ik zal u de informatie zo spoedig mogelijk na het afronden van het bestuurlijk overleg toezenden"
 * waits on the talks, and "toezenden" is what is then done.
 */
function endsOnItsVerb(noun: string): boolean {
  const words = noun.split(' ');
  return NOMINAL_INFINITIVES.has(words[words.length - 1]!) && words[words.length - 2] !== 'het';
}

const CLAUSE_SUBJECT = /^(?:ik|wij|we|zij|hij|i|they|he|she)\s+/;
const VERB_AT_END = /\s(?:is|zijn|komt|komen|wordt|worden)$/;
const FINITE_VERB = /\s(?:is|zijn|wordt|worden|heeft|hebben|zal|zullen|kan|kunnen|moet|moeten|staat|staan)\s/;

/**
 * "op 20 juni", "op dinsdag 16 april aanstaande", "van 7 oktober a.s.", "op 3 maart 2026" closing the noun phrase; a
 * meeting of two days ("van 16 en 17 maart 2020", "van 20-21 juni") is dated by its first day, when it opens.
 */
const EVENT_DATE =
  /\s+(?:op|van|d\.?d\.?|on|of)\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?(\d{1,2})(?:\s*(?:en|and|-|–|\/)\s*\d{1,2})?\s+([a-z]+)(?:\s+(\d{4}|aanstaande|a\.?s\.?))?$/;

/** The whole phrase, ready to read: NFC, single spaces, no closing punctuation; and its simplified twin of the same length. */
function prepare(phrase: string): { original: string; simple: string } {
  // Whether a phrase may name an event is asked just before the event is read from it.
  if (phrase === prepared.phrase) return prepared.read;
  prepared = { phrase, read: prepareAnew(phrase) };
  return prepared.read;
}

let prepared = { phrase: '', read: { original: '', simple: '' } };

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const UNTRIMMED = /^ | $| {2}|[.,;:!?]$/;

function prepareAnew(phrase: string): { original: string; simple: string } {
  // Printable ASCII with single spaces inside and nothing to trim is already NFC, spaced and trimmed; only its case changes.
  if (PRINTABLE_ASCII.test(phrase) && !UNTRIMMED.test(phrase)) return { original: phrase, simple: phrase.toLowerCase() };
  const original = phrase.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[.,;:!?]+$/, '');
  const simple = simplify(original);
  // Characters that simplify to more or fewer than one (ligatures) would shift the event's words; read the simple text then.
  return simple.length === original.length ? { original, simple } : { original: simple, simple };
}

/**
 * The day the phrase dates the event, relative to the anchor when no year is named: the next such day, or in running
 * text (`nearest`) the one nearest the anchor, as for a date on its own: "in het AO ter voorbereiding op de Raad op 9
 * maart" in a text of 29 March is the meeting three weeks ago, not next year's. "aanstaande" is always the next.
 */
function eventDate(day: number, monthWord: string, yearWord: string | undefined, anchor: CivilDate, nearest: boolean): CivilDate | undefined {
  const month = monthNumber(monthWord);
  if (month === undefined) return undefined;
  const valid = (year: number) => day >= 1 && day <= daysInMonth(year, month);
  if (yearWord !== undefined && /^\d{4}$/.test(yearWord)) return valid(Number(yearWord)) ? makeDate(Number(yearWord), month, day) : undefined;
  if (nearest && yearWord === undefined) {
    const candidates = [yearOf(anchor) - 1, yearOf(anchor), yearOf(anchor) + 1].filter(valid).map((year) => makeDate(year, month, day));
    const distance = (date: CivilDate) => Math.abs(daysBetween(anchor, date));
    return candidates.reduce<CivilDate | undefined>((best, date) => (best === undefined || distance(date) < distance(best) ? date : best), undefined);
  }
  for (const year of [yearOf(anchor), yearOf(anchor) + 1]) {
    if (valid(year) && makeDate(year, month, day) >= anchor) return makeDate(year, month, day);
  }
  return undefined;
}

/** "zodra": as soon as possible after the event, the three weeks of "zo spoedig mogelijk". */
const AS_SOON_AS: Period = { unit: 'week', count: 3 };

/** The window an event's date gives, by the relation; after an event without `within`, the window has no end. */
export function eventWindow(
  relation: EventRelation,
  date: CivilDate,
  anchor: CivilDate,
  within: Period | undefined,
): { from: CivilDate; to: CivilDate | null } {
  switch (relation) {
    case 'before': {
      // "10 dagen voor het overleg" falls due that long before it; plain "voor" the day before.
      const to = within ? addSpan(date, { unit: within.unit, lower: -within.count, upper: -within.count }, 'upper') : addDays(date, -1);
      return { from: minDate(anchor, to), to };
    }
    case 'at':
      return { from: minDate(anchor, date), to: date };
    case 'after':
      return { from: date, to: within ? addSpan(date, { unit: within.unit, lower: within.count, upper: within.count }, 'upper') : null };
  }
}

/** An event-bound resolution from its parts: the rule names the event, and its window once the date is known. */
export function eventResolution(
  phrase: string,
  event: string,
  relation: EventRelation,
  date: CivilDate | null,
  anchor: CivilDate,
  within?: Period,
): EventResolution {
  const args: Record<string, string | number> = { event, relation };
  if (within) Object.assign(args, { unit: within.unit, lower: within.count, upper: within.count });
  if (date === null) {
    return { kind: 'event', phrase, event, relation, date, ...(within && { within }), from: null, to: null, rule: { id: 'event', args }, inferred: false };
  }
  const { from, to } = eventWindow(relation, date, anchor, within);
  Object.assign(args, { date, from }, to === null ? {} : { to });
  return { kind: 'event', phrase, event, relation, date, ...(within && { within }), from, to, rule: { id: 'event-dated', args }, inferred: false };
}

/**
 * The noun phrase names an event: it opens with an event noun, or with a
 * determiner and then, after at most a few adjectives ("het eerstvolgende
 * commissiedebat", "de desbetreffende Europese Raad"), an event noun. A
 * date or a number before the head ("voor 1 februari een brief") is no noun
 * phrase of an event.
 */
function namesEvent(words: string[], heads: Heads, written?: string[]): boolean {
  const head = headOf(words, heads);
  return head !== undefined && !startsAnotherPhrase(words.slice(head + 1)) && (written === undefined || !leavesItsNounPhrase(words, written, head));
}

/**
 * A noun phrase goes on after its head only with a name ("het commissiedebat Mestbeleid", "de Raad Algemene Zaken"), a
 * number ("het vervoerplan 2018", "(29 410, nr. 36)"), another noun ("the Council meeting"), "daarover" and the like,
 * or a preposition or conjunction that ties more to it ("het debat over de uitkomsten"). Any other word right after the
 * head, and a "te" with its infinitive anywhere after it, is the verb of the clause: "Ik zal u nog voor het debat
 * informeren over de uitkomsten" is before the debate, "bij de Miljoenennota verwerkt in de begroting" at the
 * Miljoenennota. `written` is the phrase's words as written, for their capitals.
 */
function leavesItsNounPhrase(words: string[], written: string[], head: number): boolean {
  const next = head + 1;
  if (next < words.length && !mayFollowHead(words[next]!, written[next]!)) return true;
  return words.some((word, i) => i > head && word === 'te' && i + 1 < words.length);
}

function mayFollowHead(word: string, written: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return LINKING.test(word) || NAME_OR_NUMBER.test(written) || POINTING_ADVERB.test(word) || isEventNoun(letters) || isDocumentNoun(letters);
}

/** A capital ("Mestbeleid"; not the "U" of address), a digit, a bracket or a quote opens what names the event. */
const NAME_OR_NUMBER = /^(?:(?!(?:U|Uw)\b)\p{Lu}|[\d(["'‘“„«])/u;
/** "de evaluatie daarvan", "het debat hierover": a preposition and its object in one word. */
const POINTING_ADVERB = /^(?:daar|hier|waar)(?:van|over|voor|na|bij|mee|in|op|aan|toe|uit|om|omtrent)$/;

/** What may head the noun phrase: an event; an event or a document it goes with; a written document it goes out in. */
type Heads = 'events' | 'events-and-documents' | 'written';

function headOf(words: string[], heads: Heads): number | undefined {
  const letters = (word: string) => word.replace(/[^\p{L}]/gu, '');
  const isHead = (word: string) =>
    heads === 'written' ? isWrittenDocument(word) : isEventNoun(word) || (heads === 'events-and-documents' && isDocumentNoun(word));
  if (words.length === 0) return undefined;
  if (isHead(letters(words[0]!))) return 0;
  if (words[0] === 'het' && NOMINAL_INFINITIVES.has(words[1] ?? '') && heads !== 'written') return 1;
  if (words[0] === 'het' && COMES_ABOUT_STATE.test(words[1] ?? '') && BECOMING_INFINITIVES.has(words[2] ?? '') && heads !== 'written') return 2;
  if (!DETERMINER_WORD.test(words[0]!) || (heads === 'written' && NOT_A_KNOWN_DOCUMENT.test(words[0]!))) return undefined;
  for (let i = 1; i < Math.min(words.length, 5); i++) {
    // A second determiner opens another noun phrase: in "het zomerreces de evaluatie" the evaluation is not the trigger's.
    if (!/^\p{L}[\p{L}-]*$/u.test(words[i]!) || DETERMINER_WORD.test(words[i]!)) return undefined;
    if (isHead(letters(words[i]!))) return i;
  }
  return undefined;
}

const DOCUMENT_HEADS = ['agenda', 'begroting', 'plan'];

/** Written documents a promise goes out in, besides those of DOCUMENT_HEADS: a letter, a note, a circular, a report. */
const WRITTEN_HEADS = ['brief', 'nota', 'circulaire', 'rapport', 'rapportage', 'verslag', 'evaluatie', 'monitor'];

/**
 * A written document ("de septembercirculaire", "de stand van zakenbrief", "de tweede suppletore begroting"), not a
 * meeting: "in het debat" is where a promise was made, "in de brief" what the act goes out in.
 */
export function isWrittenDocument(word: string): boolean {
  return isDocumentNoun(word) || WRITTEN_HEADS.some((head) => word === head || (word.endsWith(head) && word.length >= head.length + 3));
}

/**
 * "in deze brief" is this very letter, "in dit verslag" the one at hand; "in een aparte brief" says how, not when: a
 * document goes with a time only when it is one known to come ("in de septembercirculaire").
 */
const NOT_A_KNOWN_DOCUMENT = /^(?:dit|deze|die|dat|this|that|een|a|an)$/;

/**
 * A document the promise goes with ("samen met de definitieve Lange Termijn Spooragenda", "Gelijktijdig met de
 * defensiebegroting voor 2008", "voorafgaand aan het Strategisch Vastgoedplan", "uiterlijk vóór het actieplan"): an
 * event once it appears. Not after a bare "voor" (`saysForWhat`).
 */
export function isDocumentNoun(word: string): boolean {
  return DOCUMENT_HEADS.some((head) => word === head || (word.endsWith(head) && word.length >= head.length + 3));
}

/**
 * A bare, unaccented "voor" before a document mostly says for what ("geld voor het actieplan", "voor de begroting 2021
 * van de openbare lichamen"). When the trigger's own words say time, it says before what: the accent of "vóór", a word
 * of time before it ("uiterlijk", "nog", "ruim", "ruimschoots", "tijdig"), English "before".
 */
function saysForWhat(simpleTrigger: string, originalTrigger: string): boolean {
  return simpleTrigger === 'voor ' && !VOOR_ACCENTED.test(originalTrigger);
}

/** Both vowels accented, as "vóór" is spelled; a single accent ("vóor") is a slip, not the word for before. */
const VOOR_ACCENTED = /^v[óò]{2}r $/i;

const DETERMINER_WORD = new RegExp(`^${DETERMINER}$`);
/** Words that tie a following noun phrase to the event's own: "het advies van de Raad van State", "het debat over de begroting". */
const LINKING = /^(?:van|over|inzake|met|voor|op|aan|in|om|bij|naar|uit|tot|en|of|about|on|with|for|and|to|in|at)$/;

/**
 * After the head, a determiner not tied to it by a preposition opens another
 * noun phrase: "voor het debat een officiële brief" is a letter to be sent
 * before the debate, and the debate alone is the event.
 */
function startsAnotherPhrase(rest: string[]): boolean {
  return rest.some((word, i) => (DETERMINER_WORD.test(word) || opensTimePhrase(word)) && !LINKING.test(rest[i - 1] ?? ''));
}

/**
 * A time adverbial after the head, not tied to it by a preposition, belongs
 * to the verb: in "voor de voortgangsbrief begin volgend jaar aan uw Kamer te
 * sturen" the letter is what is chosen ("kiezen voor"), and "begin volgend
 * jaar" is when it is sent.
 */
const TIME_WORD =
  /^(?:begin|medio|midden|halverwege|eind|einde|uiterlijk|nog|dit|deze|volgend|volgende|komend|komende|eerstvolgende|early|mid|late|next|this)$/;

function opensTimePhrase(word: string): boolean {
  return TIME_WORD.test(word) || monthNumber(word) !== undefined || seasonOf(word) !== undefined;
}

/**
 * A term that refers back ("binnen dezelfde termijn", "binnen die periode"):
 * the deadline is one named earlier, not in this phrase, so it has no window
 * of its own; it waits like an event until its date is given.
 */
const SAME_TERM = /^(?:binnen|in|within) ((?:dezelfde|diezelfde|die|deze|datzelfde|hetzelfde|the same|that) (?:termijn|periode|tijdsbestek|tijdspad|term|period|timeframe))$/;

/**
 * A term pointing back to an event of an earlier sentence ("daarna", "zo spoedig mogelijk daarna", "waarna", "tegen die
 * tijd", "vooruitlopend daarop"): the phrase alone does not give the event, so it has no window until that event's date
 * is given (GUIDE §2, the lead's decision D1 of session 33). Read only as a `due` written down, never by the finder in
 * running text: there such a word is as often a sequence word or another clause's time as the term of a promise.
 */
export function matchPointer(phrase: string, anchor: CivilDate): EventResolution | undefined {
  const { original, simple } = prepare(phrase);
  const relation = POINTERS.find(([pattern]) => pattern.test(simple))?.[1];
  if (relation === undefined) return undefined;
  return { ...eventResolution(original, original, relation, null, anchor), rule: { id: 'pointer', args: { pointer: original, relation } } };
}

/** D1's pointer terms with their relation, as patterns whose words one space parts (find-due.ts searches running text by them). */
export const POINTER_FORMS: readonly (readonly [string, EventRelation])[] = [
  ['(?:(?:kort|direct|meteen|onmiddellijk|snel|spoedig|zo (?:spoedig|snel|kort) (?:als )?mogelijk) )?(?:daarna|waarna|nadien)', 'after'],
  ['(?:rond|omstreeks) die tijd|op dat moment', 'at'],
  ['tegen die tijd|vooruitlopend (?:daarop|hierop)|daarop vooruitlopend', 'before'],
];
const POINTERS = POINTER_FORMS.map(([form, relation]) => [new RegExp(`^(?:${form})$`), relation] as const);

/** A due that only points back ("daarna", "waarna"): no term of its own. */
export function pointsBack(phrase: string): boolean {
  const { simple } = prepare(phrase);
  return POINTERS.some(([pattern]) => pattern.test(simple));
}

/**
 * "zodra bekend is wanneer de Commissie haar rapport oplevert": the event is
 * the knowing; the question clause after it runs to the end of the phrase.
 */
const BECOMES_KNOWN = /^(?:(?:bekend|duidelijk) (?:is|wordt|zal zijn)|(?:is|wordt) (?:bekend|duidelijk)) (?:wanneer|hoe|of|welke|wat|waar|hoeveel|when|whether|how) [^,;:]+$/;

/** "10 dagen", "twee weken": how long before its event a promise falls due. */
function leadOf(count: string, unit: string): Period {
  return { unit: unit.startsWith('d') ? 'day' : 'week', count: Number(numbersAsDigits(count)) };
}

/** "twee maanden": a single length of time after an event. */
function spanOf(text: string): Period | undefined {
  const span = parseSpan(text);
  return span && span.lower === span.upper ? { unit: span.unit, count: span.upper } : undefined;
}

/**
 * "voor" (or "ten behoeve van", "in aanloop naar" …) before an event named with the indefinite article and no date says
 * what something is for, or sets a norm for any event of that kind ("naar de plenaire zaal moet voor een debat", "het
 * voorstel voor een besluit van de Raad", "maximaal vier weken voor een intake-gesprek", "in aanloop naar een mogelijke
 * stelselherziening"): no particular event a term waits on, as "voor het commissiedebat" is.
 * "na een advies van de Adviescommissie" may wait on the one advice expected, and is left an event; so are the next
 * one of its kind ("voor een volgend commissiedebat") and one with its date ("voor een overleg op 12 maart").
 */
export function namesNoParticularEvent(resolution: EventResolution): boolean {
  return resolution.relation === 'before' && resolution.date === null && INDEFINITE_HEAD.test(resolution.event);
}

const INDEFINITE_HEAD = /^(?:een|an?)\s(?!(?:volgende?|eerstvolgende?|eerstkomende?|komende?|next|following)\s)/iu;

/**
 * "na verwerking van dat advies zo spoedig mogelijk", "nadat het bestuurlijk overleg heeft plaatsgevonden – zo spoedig
 * mogelijk": the span counted from the promise follows the event named before it, as "zo spoedig mogelijk na …" does.
 * The words say time, so after "na" any noun phrase names the event, no event noun needed ("verwerking"); not one that
 * names a time itself ("na de zomer zo spoedig mogelijk" is a window's reading, not an event's).
 */
const AS_SOON_AS_AFTER = /^(na|nadat) ([^,;:]+?) ?(?:[–—-] ?)?zo (?:spoedig|snel) mogelijk$/;
const MOST_NOUN_PHRASE_WORDS = 8;

function asSoonAsAfter(phrase: string, original: string, afterwards: RegExpExecArray, anchor: CivilDate, nearest: boolean): EventResolution | undefined {
  const [, opener, named] = afterwards;
  const start = opener!.length + 1;
  const event = original.slice(start, start + named!.length);
  if (opener === 'nadat') {
    const clause = matchEvent(`nadat ${event}`, anchor, nearest);
    return clause?.relation === 'after' && clause.date === null ? eventResolution(phrase, clause.event, 'after', null, anchor, AS_SOON_AS) : undefined;
  }
  const words = named!.split(' ');
  if (words.length > MOST_NOUN_PHRASE_WORDS || words.includes('te') || VERB_AT_END.test(` ${named}`) || FINITE_VERB.test(` ${named} `) || namesItsTime(named!)) return undefined;
  return eventResolution(phrase, event, 'after', null, anchor, AS_SOON_AS);
}

/** Whether the phrase opens as an event-bound phrase does: without that, `matchEvent` matches it at no anchor. */
export function mayNameEvent(phrase: string): boolean {
  const { simple } = prepare(phrase);
  return SAME_TERM.test(simple) || TRIGGERS.some((trigger) => trigger.pattern.test(simple));
}

/** Recognises an event-bound deadline phrase; undefined when the phrase names no event. */
export function matchEvent(phrase: string, anchor: CivilDate, nearest = false): EventResolution | undefined {
  const { original, simple } = prepare(phrase);
  const same = SAME_TERM.exec(simple);
  if (same) return eventResolution(phrase, original.slice(simple.length - same[1]!.length), 'at', null, anchor);
  const afterwards = AS_SOON_AS_AFTER.exec(simple);
  if (afterwards) return asSoonAsAfter(phrase, original, afterwards, anchor, nearest);
  for (const trigger of TRIGGERS) {
    const opened = trigger.pattern.exec(simple);
    if (!opened) continue;
    let end = simple.length;
    if (trigger.clause) {
      const clause = simple.slice(opened[0].length);
      if (BECOMES_KNOWN.test(clause)) return eventResolution(phrase, original.slice(opened[0].length), trigger.relation, null, anchor, AS_SOON_AS);
      const closing = CLAUSE_END.exec(clause);
      if (!closing) {
        if (trigger.verbFinal && VERB_FINAL.test(clause)) return verbFinalEvent(phrase, original.slice(opened[0].length), anchor);
        continue;
      }
      end = opened[0].length + closing.index;
    }
    let date: CivilDate | null = null;
    const dated = EVENT_DATE.exec(simple.slice(opened[0].length, end));
    if (dated) {
      const found = eventDate(Number(dated[1]), dated[2]!, dated[3], anchor, nearest);
      if (found === undefined) continue;
      date = found;
      end = opened[0].length + dated.index;
    }
    const noun = simple.slice(opened[0].length, end).trim();
    // A verb ends a clause, never a noun phrase: "bij brief van 17 mei 2023 zijn de vragen beantwoord" names no event, nor
    // does "Bij de Voorjaarsnota zijn afspraken gemaakt over …": a finite verb inside ends the noun phrase before it.
    if (!trigger.clause && ((VERB_AT_END.test(noun) && !BECOMING_AT_END.test(noun)) || FINITE_VERB.test(noun) || endsOnItsVerb(noun))) continue;
    // "zodra ik het gesprek met Keyrail en ProRail heb gevoerd": the clause's subject comes before the event's noun phrase.
    const object = trigger.clause ? noun.replace(CLAUSE_SUBJECT, '') : noun;
    const named = object !== '' && namesEvent(object.split(' '), 'events');
    if (trigger.clause && !named && !date && COMES_ABOUT.test(simple.slice(opened[0].length)) && !namesItsTime(simple.slice(opened[0].length))) return eventResolution(phrase, original.slice(opened[0].length), trigger.relation, null, anchor, AS_SOON_AS);
    if (trigger.verbFinal && !named && VERB_FINAL.test(simple.slice(opened[0].length))) return verbFinalEvent(phrase, original.slice(opened[0].length), anchor);
    const written = trigger.clause ? undefined : original.slice(opened[0].length, end).trim().split(' ');
    const heads: Heads = trigger.vehicle ? 'written' : !trigger.clause && !saysForWhat(opened[0], original.slice(0, opened[0].length)) ? 'events-and-documents' : 'events';
    if (!object || !namesEvent(object.split(' '), heads, written)) continue;
    const event = original.slice(opened[0].length, end).trim();
    const within = trigger.lead
      ? leadOf(opened[1]!, opened[2]!)
      : trigger.span
        ? spanOf(opened[1]!)
        : trigger.asap || trigger.clause
          ? AS_SOON_AS
          : undefined;
    if (trigger.span && within === undefined) continue;
    const resolution = eventResolution(phrase, event, trigger.relation, date, anchor, within);
    return trigger.vehicle ? { ...resolution, rule: { ...resolution.rule, args: { ...resolution.rule.args, form: 'vehicle' } } } : resolution;
  }
  return undefined;
}
