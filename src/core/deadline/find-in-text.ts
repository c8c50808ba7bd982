import type { Calendar } from '../calendar.js';
import { daysBetween, yearOf, type CivilDate } from '../civil-date.js';
import type { DeadlineResolution, EventResolution } from '../model.js';
import { readableText, type ReadableText } from '../readable-text.js';
import { Caseless } from './caseless.js';
import { deliversWhereOtherDoesNot } from './conjunct.js';
import { countsFromAnEarlierPromise, describesARule, THE_KAMER_ASKS_NOW, THIS_LETTER, whyNotADeadline } from './clause.js';
import { duringAMeeting, ourMeetingAtEnd, WE_WILL } from './during-meeting.js';
import { BECOMING_INFINITIVES, eventResolution, isDocumentNoun, isEventNoun, namesNoParticularEvent, NOMINAL_INFINITIVES } from './event.js';
import { NOTE_PRESENTED, SPENDING_NOTE } from './grammar.js';
import { monthNumber, simplifyWord, WEEKDAY_WORD } from './normalize.js';
import { namesAPastTime } from './past-time.js';
import { matchPhrase, type MatchOptions } from './resolve.js';

/**
 * The deadline found in running text. `phrase` is exactly
 * `text.slice(start, end)`; `kind` says whether it is a window, a window that
 * waits on an event, or a series of windows.
 */
export interface FoundDeadline {
  phrase: string;
  start: number;
  end: number;
  kind: 'window' | 'event' | 'recurring';
  resolution: DeadlineResolution;
}

interface Token {
  start: number;
  end: number;
  word: string;
  /** True when only spaces or commas separate this token from the one before: a phrase may span that gap. */
  joined: boolean;
  /** What the word may be in a phrase (LAST, MAY_END, FIRST): asked of each token for every span it may start or end. */
  role: number;
}

// Dots, slashes and hyphens inside a token keep "z.s.m.", "2026-03-01" and "2-3" whole.
const TOKEN = /[\p{L}\p{N}]+(?:[-./'’][\p{L}\p{N}]+)*/gu;
const JOINING_GAP = /^[\s,]*$/;
/** A word of single letters joined by full stops: "t.b.v", "d.d", "a.s" (the token leaves out the last full stop). */
const ABBREVIATION = /^\p{L}(?:\.\p{L})+$/u;
const ABBREVIATION_STOP = /^\.[\s,]*$/;
const CAPITAL = /^\p{Lu}$/u;

/** Words a deadline phrase ends on: without one of these, no phrase of the grammar is complete. */
const LAST_WORDS = new Set([
  'voorjaar', 'lente', 'zomer', 'najaar', 'herfst', 'winter',
  'zomerreces', 'kerstreces', 'herfstreces', 'voorjaarsreces', 'krokusreces', 'meireces', 'verkiezingsreces',
  'kerst', 'kerstmis', 'kerstdagen', 'jaarwisseling',
  'prinsjesdag', 'verantwoordingsdag', 'voorjaarsnota', 'najaarsnota', 'begrotingsbehandeling', 'begrotingsbehandelingen',
  'begrotingsdebat', 'begrotingsdebatten', 'begroting',
  'kwartaal', 'helft', 'jaar', 'kalenderjaar', 'jaren', 'termijn', 'periode', 'mogelijk', 'binnenkort', 'doorlopend', 'spoedig', 'spoedigste', 'onverwijld', 'brief',
  'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'a.s', 'aanstaande', 'jl', 'jongstleden',
  // A bare "jaarlijks" or "maandelijks" mostly says how often money flows ("jaarlijks € 85 mln."); with a phase it ends elsewhere.
  'halfjaarlijks', 'tweejaarlijks', 'driejaarlijks', 'kwartaallijks', 'driemaandelijks',
]);

/** Words a "zodra …" clause ends on ("zodra de evaluatie gereed is", "nadat het overleg heeft plaatsgevonden"). */
const CLAUSE_ENDS = new Set([
  'gereed', 'klaar', 'beschikbaar', 'afgerond', 'bekend', 'verschenen', 'gepubliceerd', 'ontvangen', 'vastgesteld', 'opgeleverd',
  'uitgevoerd', 'aangenomen', 'afgesloten', 'voltooid', 'plaatsgevonden', 'gevoerd', 'gehouden', 'uitgebracht', 'genomen', 'bereikt',
  'besproken', 'ondertekend', 'is', 'zijn', 'komt', 'komen',
]);
const LAST_WORD_SHAPES = [/^\d{4}$/, /^\d{4}-\d{2}(?:-\d{2})?$/, /^\d{1,2}-\d{1,2}-\d{4}$/, /^\d{4}-[qh]\d$/, /^[qh][1-4]$/];

/** Words a deadline phrase may open with, besides the last words themselves ("zomer 2026"). */
const FIRST_WORDS = new Set([
  'uiterlijk', 'ten', 't.b.v', 'tbv', 'ter', 'voor', 'voorafgaand', 'voorafgaande', 'na', 'rond', 'rondom', 'omstreeks', 'bij', 'met',
  'gelijktijdig', 'tegelijk', 'tegelijkertijd', 'samen', 'parallel', 'in', 'de', 'het', 'op', 'per', 'tijdens', 'gedurende', 'nog', 'al', 'reeds', 'aan',
  'begin', 'start', 'medio', 'midden', 'halverwege', 'half', 'eind', 'einde', 'eerste', 'tweede', 'derde', 'vierde', 'laatste',
  '1e', '2e', '3e', '4e', 'dit', 'deze', 'volgend', 'volgende', 'komend', 'komende', 'eerstvolgende', 'eerstkomende', 'later', 'zo', 'korte', 'binnen',
  'over', 'loop', 'nieuwe', 'deadline', 'enkele', 'eerder', 'minimaal', 'minstens', 'via', 'middels', 'door', 'vooraf',
  'zodra', 'nadat', 'wanneer', 'als', 'direct', 'kort', 'pas', 'ruim', 'ruimschoots', 'tijdig', 'dezer',
  'jaarlijks', 'halfjaarlijks', 'tweejaarlijks', 'kwartaallijks', 'driemaandelijks', 'maandelijks', 'wekelijks',
  'jaarlijkse', 'halfjaarlijkse', 'tweejaarlijkse', 'kwartaallijkse', 'driemaandelijkse', 'maandelijkse', 'wekelijkse', 'tweewekelijkse',
  'elk', 'elke', 'ieder', 'iedere', 'eens', 'eenmaal', 'tweemaal', 'om',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'anderhalf',
]);

/** Most phrases have at most ten words ("de deadline wordt verplaatst naar vrijdag 1 juli 2016"); a margin costs little. */
const MAX_WORDS = 11;
/**
 * An event dated at its end may run to fifteen ("ruimschoots voorafgaand aan het Wetgevingsoverleg over de
 * Jaarverslagen van Infrastructuur en Waterstaat op 20 juni"): only spans that end on a date are tried that long.
 */
const MAX_WORDS_DATED = 16;
const DATE_END = /^(?:\d{4}|aanstaande|a\.s|as)$/;
/**
 * A clause of time runs to the verb that closes it, whatever its subject holds ("Zodra het overleg met de exploitanten
 * in een voldoende ver stadium is afgerond", "zodra ik het advies van de Commissie Onderwijs en Besturing BVE heb
 * ontvangen"): a span opened by "zodra", "nadat", "wanneer" or "als" and ending where the clause does is tried that long.
 */
const MAX_WORDS_CLAUSE = 16;
/**
 * Beyond the usual reach a clause of time holds no other clause and no comma: "wanneer de onderzoeken zullen zijn
 * voltooid omdat de onderzoeksresultaten … moeten worden gepubliceerd" ends before "omdat".
 */
const OTHER_CLAUSE = new Set(['omdat', 'doordat', 'zodat', 'terwijl', 'want', 'maar', 'hoewel', 'indien', 'zodra', 'nadat', 'wanneer', 'als', 'waarna', 'waardoor']);

function opensAnotherClause(text: string, token: Token): boolean {
  return OTHER_CLAUSE.has(token.word) || text.charAt(token.end) === ',';
}

/** Words a year may follow: a year after them belongs to the phrase before it ("voor 1 april 2020", "in de zomer van 2026"). */
const BEFORE_YEAR = new Set(['van', 'of', 'het', 'jaar']);

/** A clause opened by "waarna" counts from what comes before it: "… in de eerstvolgende ministerraad plaatsvinden, waarna ik uw Kamer spoedig zal informeren". */
const AFTER_WHAT_PRECEDES = new Caseless(/\b(?:waarna|whereupon|after which)\b[^.;:!?,]*$/iu);
/** Words that tie what precedes them to an event, not to the letter: "zo spoedig mogelijk daarna", "binnen drie maanden na ontvangst". */
const TIED_TO_EVENT = new Caseless(/^[\s,]*(?:daarna|nadien|hierna|vervolgens|daaropvolgend|na|nadat|zodra|volgend op|volgende op|na afloop|after|once|following|thereafter)\b/iu);
/**
 * The same pointer right before the term ("De gestelde vragen zullen daarna zo spoedig mogelijk worden beantwoord",
 * "verzoekt de regering om daarna twee keer per jaar een voortgangsrapportage te sturen"): it counts from the event an
 * earlier sentence names, and so does a series it starts (GUIDE §2, D1).
 */
const POINTER_BEFORE = new Caseless(/\b(?:daarna|nadien|hierna|thereafter)\s*$/iu);

/** "zo spoedig mogelijk", "op korte termijn": as soon as possible, with no day of its own. */
const AS_SOON_AS_POSSIBLE = new Set(['asap', 'short-term']);
/** Rules that count from the date of the promise; when the text ties them to an event, that date is unknown. */
const FROM_ANCHOR = new Set(['asap', 'short-term', 'within', 'few-weeks', 'few-months', 'span', 'span-month', 'coming-year', 'about']);

/**
 * A bare "jaarlijks" or "maandelijks" is a deadline only when its clause
 * delivers something to the Kamer ("de Kamer jaarlijks een overzicht te doen
 * toekomen", "wordt u maandelijks geïnformeerd"), not when it says how often
 * money flows or something happens ("jaarlijks € 85 mln.").
 */
const BARE_FREQUENCIES = new Set(['jaarlijks', 'maandelijks', 'wekelijks']);
/**
 * The verbs of delivering to the Kamer, read on either side of the frequency; keeping it informed ("maandelijks op de
 * hoogte te houden") and putting at its disposal ("maandelijks ter beschikking worden gesteld aan de Kamer") deliver too.
 */
const DELIVERY_VERBS = 'informeren|informeer|geïnformeerd|geinformeerd|rapporteren|rapporteer|gerapporteerd|toezenden|toegezonden|toesturen|sturen|stuur|gestuurd|zenden|zend|berichten|aanbieden|aangeboden|op de hoogte (?:te )?(?:houden|houd|stellen|stel)|ter beschikking (?:te |worden |wordt )?(?:stellen|stel|gesteld)';
/**
 * After the frequency, one thing delivered counts as well ("dat ik jaarlijks een overzicht zal geven van de voortgang"):
 * whether it goes to the Kamer is asked of the sentence by the clause rules (a series of what others give is none).
 */
const DELIVERY_IN_CLAUSE = new RegExp(
  String.raw`^[^.;:,€]*?\b(?:toekomen|${DELIVERY_VERBS}|een (?:[a-z]+-?)?(?:overzicht|rapportage|brief|verslag)|verslag doen|verantwoording (?:af te leggen|afleggen|afleggt|legt af)|met (?:de|uw) kamer (?:te )?delen)\b`,
  'iu',
);

/** The same delivery before the frequency, in its clause: "Met de voortgangsrapportages informeer ik uw Kamer jaarlijks over …". */
const DELIVERY_BEFORE_IN_CLAUSE = new RegExp(String.raw`\b(?:${DELIVERY_VERBS})\b[^.;:,€]*$`, 'iu');

/** A frequency as the adjective of one thing delivered: "een halfjaarlijkse monitor aan de Kamer te zenden", "middels een tweewekelijkse brief". */
const FREQUENCY_ADJECTIVE = /^(?:half|twee|drie)?(?:jaarlijkse|maandelijkse|wekelijkse)$|^(?:kwartaallijkse|driemaandelijkse)$/;
const ONE_THING = /\been\s+$/iu;

function deliveredEvery(word: string, text: string, start: number, end: number): boolean {
  // With "de" or "het" the adjective names a report that exists already ("in de jaarlijkse rapportage"), not a delivery undertaken.
  const every = BARE_FREQUENCIES.has(word) || (FREQUENCY_ADJECTIVE.test(word) && ONE_THING.test(text.slice(0, start)));
  return every && (DELIVERY_IN_CLAUSE.test(text.slice(end)) || DELIVERY_BEFORE_IN_CLAUSE.test(text.slice(0, start)));
}

/** What closes a clause: a comma, a full stop or the end of the text. Sticky, so no copy of the rest of the text is made per word. */
const CLAUSE_CLOSES = /\s*(?:[,.;:!?)]|$)/y;

function closesClause(text: string, end: number): boolean {
  CLAUSE_CLOSES.lastIndex = end;
  return CLAUSE_CLOSES.test(text);
}
const CLAUSE_OPENERS = new Set(['zodra', 'nadat', 'wanneer', 'als']);
const MOMENT_THAT = /^op\s+het\s+moment\s+dat\s/i;

const LAST_PAST = new Caseless(/^\s*(?:jl\b|jongstleden\b)/iu);
/** "afgelopen zomer", "de voorbije maanden", "vorige week": the period just gone, whatever the phrase alone would say. */
const GONE_BY = /(?:^|[^\p{L}])(?:afgelopen|voorbije|vorige|vorig|verleden|last|past)(?:\s+week)?\s*$/iu;

// "20151", and "2025.1" where the footnote follows the sentence's full stop.
const FOOTNOTE_AFTER_YEAR = /^((?:19|20)\d{2})\.?\d{1,2}$/;
// "zomerreces2", "jl.5": a footnote number after a word or an abbreviation's dot.
const FOOTNOTE_AFTER_WORD = /^(\p{L}[\p{L}.]*?)\.?\d{1,2}$/u;
const ENDS_ON_DIGIT = /\d$/;

/**
 * A year named on its own, or "voor 2026" right after a budget document
 * ("de defensiebegroting voor 2026", "de Miljoenennota 2025"), is the year of
 * a document or a budget, not a deadline: a deadline says "in 2026", "eind 2026".
 */
const BARE_YEAR = /^\d{4}$/;
const BUDGET_DOCUMENT = /(?:begroting|begrotingen|begrotingsjaar|nota|jaarverslag|suppletoire|budget)$/;
const FOR_A_YEAR = /^(?:voor|van|over|for|of)? ?\d{4}$/i;
/**
 * So is "voor 2018" after a budget and its owner: "de begroting van Economische Zaken voor 2018", "op de begroting van
 * mijn departement voor 1961 een bedrag … opgenomen" name the budget of that year.
 */
const OWNED_BUDGET = /\p{L}*begroting(?:en)?\s+van\s+(?:[\p{L}-]+\s+){1,5}$/iu;
const OWNED_BUDGET_REACH = 80;
const BROKEN_WORD = /(?<=\p{Ll})-(?=\p{Ll})/gu;

/** "maart/april", "mei-juni": two months as one word. */
const TWO_MONTHS = /^(\p{L}+)[/-](\p{L}+)$/u;

/**
 * Terms read from the day of the promise: "uiterlijk vrijdag", "vrijdagmiddag", "later vandaag", "vóór 18.00 uur". A
 * bare "vandaag" is matched by no phrase (the text's own date), but ends "later vandaag".
 */
const RELATIVE_DAY = new RegExp(`^(?:${WEEKDAY_WORD}|vandaag|vanmiddag|vanavond|today|tonight|uur)$`);

function readsAsLastWord(word: string): boolean {
  if (LAST_WORDS.has(word) || RELATIVE_DAY.test(word) || monthNumber(word) !== undefined || LAST_WORD_SHAPES.some((shape) => shape.test(word))) return true;
  const months = TWO_MONTHS.exec(word);
  return months !== null && monthNumber(months[1]!) !== undefined && monthNumber(months[2]!) !== undefined;
}

const LAST = 1;
const MAY_END = 2;
const FIRST = 4;

/**
 * What a word may be in a phrase (LAST, MAY_END, FIRST), asked of every word of every text several times: kept per
 * word, as the event nouns are (a language's words, not a text's, so the bound is rarely reached).
 */
function classOf(word: string): number {
  let known = wordClasses.get(word);
  if (known === undefined) {
    const last = readsAsLastWord(word);
    // A phrase may also end on the event it waits for: "voor het commissiedebat", "zodra de evaluatie gereed is".
    const mayEndOn = last || isEventNoun(word) || isDocumentNoun(word) || NOMINAL_INFINITIVES.has(word) || BECOMING_INFINITIVES.has(word) || CLAUSE_ENDS.has(word);
    const first = FIRST_WORDS.has(word) || /^\d{1,2}(?:[-/]\d{1,2})?$/.test(word) || last;
    known = (last ? LAST : 0) | (mayEndOn ? MAY_END : 0) | (first ? FIRST : 0);
    if (wordClasses.size >= MAX_REMEMBERED_WORDS) wordClasses.clear();
    wordClasses.set(word, known);
  }
  return known;
}

const wordClasses = new Map<string, number>();
const MAX_REMEMBERED_WORDS = 100_000;

function isLastWord(word: string): boolean {
  return (classOf(word) & LAST) !== 0;
}


/**
 * A footnote marker glued to a year or a word ("in het voorjaar van 20151.",
 * "voor het zomerreces2") is cut off, so the year or word is read alone.
 */
function withoutFootnote(token: Token, previous: Token | undefined): Token {
  // Both forms end on the footnote's digits; most words end on a letter.
  if (!ENDS_ON_DIGIT.test(token.word)) return token;
  const afterYear = FOOTNOTE_AFTER_YEAR.exec(token.word);
  const yearExpected = previous !== undefined && token.joined && ((previous.role & LAST) !== 0 || BEFORE_YEAR.has(previous.word) || previous.word === 'in');
  if (afterYear && yearExpected) return { ...token, end: token.start + 4, word: afterYear[1]!, role: classOf(afterYear[1]!) };
  const afterWord = FOOTNOTE_AFTER_WORD.exec(token.word);
  if (afterWord && isLastWord(afterWord[1]!)) return { ...token, end: token.start + afterWord[1]!.length, word: afterWord[1]!, role: classOf(afterWord[1]!) };
  return token;
}

/**
 * A compound cut by a hyphen shares its last part with the next word: "lente- en zomeronderwijs", "voorjaars- en
 * verkiezingsreces". Its first part is no word of its own: no "lente" to read as spring, no phrase to start or end
 * on it. The hyphen follows the word at once; a dash with a space before it ("1 december – 5 december") opens an aside
 * or a range.
 */
const CUT_COMPOUND = /[-\u2010][ \u00a0]+(?:en|of|tot|and|or)[ \u00a0]/y;

function cutCompound(text: string, end: number): boolean {
  CUT_COMPOUND.lastIndex = end;
  return CUT_COMPOUND.test(text);
}

/** A dash between a day or month and a day joins a range of days: "1 december – 5 december", "1 – 5 december". */
const RANGE_DASH = /^\s*[–-]\s*$/;
const SPACE = 0x20;

function joins(text: string, gapStart: number, gapEnd: number, previous: Token | undefined, word: string): boolean {
  if (previous === undefined) return false;
  // Most words are one space apart: no copy of the gap to be told so.
  if (gapEnd - gapStart === 1 && text.charCodeAt(gapStart) === SPACE) return true;
  const gap = text.slice(gapStart, gapEnd);
  if (JOINING_GAP.test(gap)) return true;
  // The full stop closing an abbreviation ("t.b.v. het commissiedebat", "d.d. 12 februari") ends no sentence unless a capital follows.
  if (ABBREVIATION.test(previous.word) && ABBREVIATION_STOP.test(gap) && !CAPITAL.test(text.charAt(gapEnd))) return true;
  return RANGE_DASH.test(gap) && /^\d{1,2}$/.test(word) && (/^\d{1,2}$/.test(previous.word) || monthNumber(previous.word) !== undefined);
}

/**
 * `TOKEN` for a text in ASCII, where a letter or digit is one of these: read a character at a time rather than by the
 * pattern `[A-Za-z0-9]+(?:[-./'][A-Za-z0-9]+)*`, which made a match (an array, and a string of the word) for every word
 * of every text, a sixth of all the finder allocated.
 */
const ASCII = /^[\x00-\x7f]*$/;

function isAsciiLetterOrDigit(code: number): boolean {
  const lower = code | 0x20;
  return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
}

/** A hyphen, full stop, slash or apostrophe keeps a word whole when a letter or digit follows it: "z.s.m.", "2026-03-01". */
function joinsWithin(code: number): boolean {
  return code === 0x2d || code === 0x2e || code === 0x2f || code === 0x27;
}

/** Where the word in ASCII that starts at `start` ends. */
function asciiWordEnd(text: string, start: number): number {
  let end = start;
  while (isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
  while (joinsWithin(text.charCodeAt(end)) && isAsciiLetterOrDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
  }
  return end;
}

/**
 * "eind maart/begin april": a slash before a part of a period joins two terms, each with its own part, as "eind maart
 * of begin april" and the spaced "eind maart / begin april" do; it does not join two words into one as in "maart/april".
 */
const SLASH_BEFORE_PART = /\/(?=(?:begin|start|medio|midden|halverwege|half|eind|einde)$)/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const add = (start: number, end: number, word: string): void => {
    const slash = SLASH_BEFORE_PART.exec(word);
    if (slash !== null) {
      addWord(start, start + slash.index, word.slice(0, slash.index));
      addWord(start + slash.index + 1, end, word.slice(slash.index + 1));
    } else addWord(start, end, word);
  };
  const addWord = (start: number, end: number, word: string): void => {
    const previous = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
    const joined = joins(text, previousEnd, start, previous, word);
    tokens.push(withoutFootnote({ start, end, word, joined, role: cutCompound(text, end) ? 0 : classOf(word) }, previous));
    previousEnd = end;
  };
  if (ASCII.test(text)) {
    // Most texts are ASCII: their words are the lowercased text's (as `simplifyWord` would make each), lowercased at once.
    const lower = text.toLowerCase();
    for (let start = 0; start < text.length; start++) {
      if (!isAsciiLetterOrDigit(text.charCodeAt(start))) continue;
      const end = asciiWordEnd(text, start);
      add(start, end, lower.slice(start, end));
      // The character at `end` is no letter or digit: the next word starts after it.
      start = end;
    }
    return tokens;
  }
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) add(match.index, match.index + match[0].length, simplifyWord(match[0]));
  return tokens;
}

/** "een week of drie", "een maand of twee": a count said roughly ends on its number, after the unit and "of". */
const ROUGH_UNIT = new Set(['dag', 'week', 'maand', 'jaar']);
const COUNT = /^(?:\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)$/;

function endsARoughCount(tokens: readonly Token[], last: number): boolean {
  const word = tokens[last]!.word;
  if (!COUNT.test(word)) return false;
  const of = tokens[last - 1];
  const unit = tokens[last - 2];
  return of !== undefined && unit !== undefined && of.joined && tokens[last]!.joined && of.word === 'of' && ROUGH_UNIT.has(unit.word);
}

/** The year that follows a span, if any: such a span is only part of a date ("voor 1 april" of "voor 1 april 2020"). */
function yearFollows(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next?.joined) return false;
  if (/^\d{4}$/.test(next.word)) return true;
  const after = tokens[last + 2];
  return BEFORE_YEAR.has(next.word) && after !== undefined && after.joined && /^\d{4}$/.test(after.word);
}

export interface FindOptions {
  /**
   * False when the anchor is only today, not the day the promise was made
   * (`explain --text` without `--anchor`): a window already over is then
   * kept, though one still to come is preferred.
   */
  anchorIsPromiseDate?: boolean;
  /**
   * Read only the written document an act goes out in ("in de septembercirculaire", event.ts `vehicle`), never read
   * otherwise: asked of a sentence already judged a promise that has no other term.
   */
  vehicles?: boolean;
}

/** A span that resolved, and why it may not be the deadline. */
interface Reading {
  found: FoundDeadline;
  past: boolean;
  /**
   * Whether the text ties the span to an event, or its clause says it is no promise's deadline (see clause.ts),
   * whatever the anchor. Asked only of the reading that would be chosen, and of the next when it is ruled out: the
   * clause's analysis costs more than all the rest, and a text has several readings, most of them never chosen.
   */
  ruledOut: () => boolean;
  /**
   * Between dashes or brackets: an aside on the sentence's own term ("in het voorjaar - ruim voor Prinsjesdag - …").
   * Asked only when two readings tie on all that comes before it in `isBetter`, and read once.
   */
  aside: () => boolean;
}

/** A span of a text that the finder reads as a phrase: `clauseOnly`, one ending where a clause closes, counts only as an event. */
interface Span {
  start: number;
  end: number;
  clauseOnly: boolean;
}

/**
 * A text made ready to be read at any anchor: the spans the finder tries depend on the text alone, so they are found
 * once, and each span's verdict of its clause (`ruledOutAt`, a pure function of what it is given) is kept for the next
 * anchor that asks it. An import asks of one text at many anchors (each record is made on a day of its own).
 */
export interface PreparedText {
  /** The text as given, and as read (`readableText`): spans are offsets into `read.text`. */
  readonly text: string;
  readonly read: ReadableText;
  /** The spans to read, in the order `findDeadline` reads them. */
  readonly spans: readonly Span[];
  readonly verdicts: Verdicts;
}

/** `ruledOutAt`'s answers for one text, by its other arguments. */
type Verdicts = Map<string, boolean>;

/** The spans `findDeadline` tries in `text`: only those that end on a word no phrase can do without and start within a few words before it. */
export function prepareText(given: string): PreparedText {
  const read = readableText(given, { lostSpaces: true });
  const text = read.text;
  const tokens = tokenize(text);
  const spans: Span[] = [];
  for (let last = 0; last < tokens.length; last++) {
    const end = tokens[last]!.end;
    // A clause opened by "zodra" is verb-final: it may end on any word that closes the clause.
    const ends = (tokens[last]!.role & MAY_END) !== 0 || deliveredEvery(tokens[last]!.word, text, tokens[last]!.start, end) || endsARoughCount(tokens, last);
    const clauseOnly = !ends && closesClause(text, end);
    if ((!clauseOnly && !ends) || yearFollows(tokens, last)) continue;
    const word = tokens[last]!.word;
    const maxWords = monthNumber(word) !== undefined || DATE_END.test(word) ? MAX_WORDS_DATED : MAX_WORDS;
    const reach = closesClause(text, end) ? Math.max(maxWords, MAX_WORDS_CLAUSE) : maxWords;
    let crossed = false;
    for (let first = last; first >= 0 && last - first < reach; first--) {
      const token = tokens[first]!;
      // "op het moment dat" opens a clause of time as "zodra" does (event.ts).
      const opener = CLAUSE_OPENERS.has(token.word) || (token.word === 'op' && MOMENT_THAT.test(text.slice(token.start, token.start + 30)));
      const opens = last - first < maxWords ? (clauseOnly ? opener : (token.role & FIRST) !== 0) : !crossed && opener;
      if (opens && !namesAYear(text, token.start, end, tokens, first)) spans.push({ start: token.start, end, clauseOnly });
      if (!token.joined) break;
      crossed ||= first < last && opensAnotherClause(text, token);
    }
  }
  return { text: given, read, spans, verdicts: new Map() };
}

/**
 * Finds the deadline of a promise in running text, such as a Tweede Kamer
 * record's `Tekst` or a sentence of a letter, with the grammar of `due` and
 * the reference's rules for text:
 *
 * - a named year is never dropped: a span that stops just before a year is
 *   not tried ("voor 1 april 2020" is never read as "voor 1 april");
 * - a window that ends before the anchor, or a named day that is the anchor
 *   itself, is a past debate, letter or the text's own date, never the
 *   deadline; a date without a year is the one
 *   nearest the anchor ("op 10 december" in a text of 12 December is past);
 * - a footnote marker glued to a year is cut off ("20151." is 2015, note 1);
 * - a phrase counted from the date of the promise that the text ties to an
 *   event ("zo spoedig mogelijk daarna") has no window: that date is unknown;
 * - a phrase whose clause is in the past tense, gives the date up, describes
 *   this letter, dates something else or the day an event takes place, a
 *   frequency with no delivery to the Kamer, or a sentence with no party to a
 *   promise is no deadline (clause.ts, event-date.ts).
 *
 * Of the rest, a phrase with a window beats an event without a date; then
 * the longest phrase wins (an event with what its noun phrase says of it), then the
 * first. Only spans that end on a word no phrase can do without (a month, a
 * year, "zomer", an event noun) and start within a few words before it are
 * tried, so the work grows with the text. Null when nothing is left: a
 * deadline is never invented.
 */
export function findDeadline(text: string | PreparedText, anchor: CivilDate, calendar: Calendar, options: FindOptions = {}): FoundDeadline | null {
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  const found = findInReadable(prepared, anchor, calendar, options);
  if (found === null || prepared.read.text === prepared.text) return found;
  const start = prepared.read.start(found.start);
  const end = prepared.read.end(found.end);
  return { ...found, phrase: prepared.text.slice(start, end), start, end };
}

function findInReadable(prepared: PreparedText, anchor: CivilDate, calendar: Calendar, options: FindOptions): FoundDeadline | null {
  const text = prepared.read.text;
  const keepPast = options.anchorIsPromiseDate === false;
  const read: Reading[] = [];
  for (const { start, end, clauseOnly } of prepared.spans) {
    const reading = readSpan(text, start, end, anchor, calendar, prepared.verdicts);
    if (reading && (reading.found.resolution.rule.args.form === 'vehicle') === (options.vehicles === true) && (!clauseOnly || reading.found.kind === 'event') && (reading.found.resolution.rule.args.form !== 'verb-final' || beforeWritersAct(text, start, end))) read.push(withComplements(reading, text, anchor, calendar, prepared.verdicts));
  }
  for (let i = 0; i < read.length; i++) read[i] = datedByMention(read[i]!, read, text, anchor);
  for (let i = 0; i < read.length; i++) read[i] = countedFromItsStatement(read[i]!, read, text, anchor, calendar, prepared.verdicts);
  // A part of a longer phrase is no phrase of its own: "april 2020" of a past "voor 1 april 2020", "spoedig" of "zo spoedig mogelijk daarna".
  // An event without a date hides a window inside its noun phrase ("voor het commissiedebat over de Voorjaarsnota"), but not one that
  // starts where the event starts: its noun phrase may run on past a window ("voor de Voorjaarsnota ontvangt u een voorstel").
  const whole = read.filter(
    (reading) =>
      !read.some(
        (other) => other !== reading && contains(other.found, reading.found) && (!undated(other) || reading.found.start > other.found.start),
      ),
  );
  // The best reading not ruled out: the best of those left is asked, and let go when it is ruled out.
  const left = whole.filter((reading) => keepPast || !reading.past);
  for (;;) {
    let best: Reading | undefined;
    for (const reading of left) if (!best || isBetter(reading, best, text)) best = reading;
    if (!best) return null;
    if (!best.ruledOut() && !followsAnEvent(best, whole, text)) return theMeetingItDates(best.found, text, anchor) ?? withTheEventsName(best.found, text, anchor, calendar);
    left.splice(left.indexOf(best), 1);
  }
}

/**
 * The term chosen, read as the meeting it dates when the sentence ties that meeting to it by "tijdens"
 * (during-meeting.ts). Asked of the term once it is chosen, so the meeting's longer phrase does not outweigh another
 * term of the sentence. A term counted from the text's date ("zo spoedig mogelijk") says when, not which meeting.
 */
function theMeetingItDates(found: FoundDeadline, text: string, anchor: CivilDate): FoundDeadline | undefined {
  return FROM_ANCHOR.has(found.resolution.rule.id) ? undefined : duringAMeeting(found, text, anchor);
}

/**
 * A name, and a Kamerstuk's number, after an undated event's head belong to its noun phrase: "vóór het commissiedebat
 * Mestbeleid (29 410, nr. 36)", "voor het commissiedebat Hulp- en Geneesmiddelenbeleid". Spans end only on a word no
 * phrase can do without (the head), so the phrase is taken on over them here, and kept so only when it reads back as
 * the same event with its name.
 * A name is taken whole or not at all: it must end where the sentence goes on (punctuation, a preposition, an article,
 * a verb of being), so a title that runs on in small letters ("mijn Beleidsbrief Meer dan de Som", "het wetsvoorstel
 * Tijdelijke wet Transitiefonds …") or a label ("Defensie Vraagsteller:") is not cut in two.
 */
const NAME_WORDS = String.raw`(?:[ \u00a0]+(?!(?:U|Uw|Ik|I|Wij|We)\b)\p{Lu}[\p{L}'’]*(?:-[\p{L}\p{N}]+)*(?:[-\u2010][ \u00a0]+(?:en|of)[ \u00a0]+\p{L}[\p{L}\p{N}'’-]*)?)*`;
const KAMERSTUK = String.raw`[ \u00a0]*\((?:Kamerstuk(?:ken)?[ \u00a0]+)?\d[^()]{0,30}\)`;
const SENTENCE_GOES_ON = String.raw`[ \u00a0]*(?:$|[.,;!?()\]–—-])|[ \u00a0]+(?:aan|naar|in|op|van|voor|over|bij|met|te|een|de|het|en|of|is|wordt|zal|zullen|zijn|worden)[ \u00a0]`;
// A footnote's number glued to the name ("Mestbeleid1") is left out of it, as after a year.
const NAME_AFTER = new RegExp(String.raw`^${NAME_WORDS}(?:${KAMERSTUK}|(?=\d{1,2}(?!\d)|${SENTENCE_GOES_ON}))`, 'u');

function withTheEventsName(found: FoundDeadline, text: string, anchor: CivilDate, calendar: Calendar): FoundDeadline {
  const { resolution } = found;
  if (resolution.kind !== 'event' || resolution.date !== null || !asRead(found.phrase).endsWith(resolution.event)) return found;
  const name = NAME_AFTER.exec(text.slice(found.end, found.end + NAME_REACH))?.[0];
  if (!name) return found;
  const phrase = text.slice(found.start, found.end + name.length);
  const read = matchPhrase(phrase, anchor, calendar, NEAREST);
  if (read?.kind !== 'event' || read.date !== null || read.relation !== resolution.relation || !asRead(phrase).endsWith(read.event)) return found;
  return { phrase, start: found.start, end: found.end + name.length, kind: 'event', resolution: read };
}

/** A phrase as the event grammar writes its event: NFC, single spaces (a no-break space too). */
function asRead(phrase: string): string {
  return phrase.normalize('NFC').replace(/\s+/g, ' ');
}

/** A name of a few words and a number: more is another thing. */
const NAME_REACH = 120;

/**
 * A clause of time read whatever its predicate (event.ts, VERB_FINAL) is a promise's term only where it opens the
 * sentence and the writer's own act follows it, verb first ("Zodra het onderzoek daartoe aanleiding geeft, zullen wij u
 * nader informeren"); elsewhere it says when another thing happened or happens ("… toe te zenden zodra zij dit
 * ontvangt", "Zodra die de Eerste Kamer hebben bereikt, zal zo snel mogelijk een debat worden ingepland").
 */
function beforeWritersAct(text: string, start: number, end: number): boolean {
  return SENTENCE_OPENS.test(text.slice(Math.max(0, start - 40), start)) && WRITER_ACTS_NEXT.test(text.slice(end, end + 40));
}

const SENTENCE_OPENS = /(?:^|[.;:!?])\s*$/u;
const WRITER_ACTS_NEXT = /^\s*,\s*\p{L}+\s+(?:ik|wij|we)\b/iu;

const SENTENCE_BREAK = /[.;:!?](?:\s|$)/u;
const AFTER_CLAUSE = new Caseless(/\b(?:zodra|nadat|once|after)\b/iu);
/**
 * "na twee jaar", "na één jaar", "na vier jaar": in running text a span after which something happens counts from what
 * it happens after (the law, the scheme, its introduction: "kan na vier jaar een evaluatie van de wet plaatsvinden",
 * "verzoekt de regering, na één jaar het functioneren van de IVD … te evalueren"), not from the text's date; "over twee
 * jaar" counts from now. The register's typed phrase keeps the reference's reading (A + span).
 */
const SPANS = new Set(['span', 'span-month']);
const AFTER_A_SPAN = new Caseless(/^(?:(?:pas|eerst|al|reeds)\s+)?(?:na|after)\s/iu);

function lastSentenceBreak(text: string): number {
  let at = 0;
  for (const match of text.matchAll(/[.;:!?](?:\s|$)/gu)) at = match.index + match[0].length;
  return at;
}

/**
 * A span counted from the promise that comes after an event named before it in its sentence ("Ik zal u – nadat het
 * bestuurlijk overleg heeft plaatsgevonden – zo spoedig mogelijk informeren", "Na afronding van het onderzoek ontvangt
 * u binnen drie maanden …") counts from that event, whose date is unknown: the event is the deadline.
 */
function followsAnEvent(reading: Reading, readings: readonly Reading[], text: string): boolean {
  if (!FROM_ANCHOR.has(reading.found.resolution.rule.id)) return false;
  const before = text.slice(0, reading.found.start);
  // "Zodra die de Eerste Kamer hebben bereikt, zal zo snel mogelijk …": a clause of time before the span, read as an event or not.
  if (AFTER_CLAUSE.test(before.slice(lastSentenceBreak(before)))) return true;
  return readings.some((other) => {
    const found = other.found;
    return (
      found.kind === 'event' &&
      found.resolution.kind === 'event' &&
      found.resolution.relation === 'after' &&
      found.end <= reading.found.start &&
      !SENTENCE_BREAK.test(text.slice(found.end, reading.found.start))
    );
  });
}

/**
 * An event named again with a demonstrative ("10 dagen voor dit Algemeen Overleg") is the one its sentence named
 * before, with the day next to that mention ("Aangezien er op 6 april a.s. een Algemeen Overleg … is gepland"): it
 * takes that day as its date.
 */
const DEMONSTRATIVE = new Caseless(/^(?:dit|deze|dat|die|this|that)\s+/iu);
const NEXT_TO_MENTION = 12;

function datedByMention(reading: Reading, readings: readonly Reading[], text: string, anchor: CivilDate): Reading {
  const resolution = reading.found.resolution;
  if (resolution.kind !== 'event' || resolution.date !== null) return reading;
  const scheduled = readings.find(({ found }) => singleDay(found) && SCHEDULED.test(text.slice(reading.found.end, found.start)));
  if (scheduled) return dated(reading, scheduled.found.resolution.from!, anchor);
  const demonstrative = DEMONSTRATIVE.exec(resolution.event);
  if (!demonstrative) return reading;
  const noun = resolution.event.slice(demonstrative[0].length).toLowerCase();
  const before = text.slice(0, reading.found.start);
  const mention = before.toLowerCase().lastIndexOf(noun);
  if (mention < 0 || mention < lastSentenceBreak(before)) return reading;
  const mentionEnd = mention + noun.length;
  const day = readings.find(({ found }) => {
    if (!singleDay(found)) return false;
    return (found.end <= mention && mention - found.end <= NEXT_TO_MENTION) || (found.start >= mentionEnd && found.start - mentionEnd <= NEXT_TO_MENTION);
  });
  return day ? dated(reading, day.found.resolution.from!, anchor) : reading;
}

/**
 * An earlier statement of ours reported with its date ("In mijn brief … van 10 juni 2011 … heb ik gemeld de Kamer voor
 * het zomerreces een hoofdlijnenbrief … toe te sturen", "Op 21 maart jl. heb ik u laten weten dat …"): a term in it
 * that depends on the day it was said counts from that day, not from this text's. Said in June 2011, "voor het
 * zomerreces" was the recess of 2011, over by the time of this text.
 */
const EARLIER_STATEMENT =
  new Caseless(/\b(?:(?:heb|hebben)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:heb|hebben))\b[^.;:!?]*?\b(?:gemeld|toegezegd|laten\s+weten|aangekondigd|aangegeven|geschreven|bericht|meegedeeld|medegedeeld|geïnformeerd|geinformeerd|beloofd)\b/iu);

/** How far back an earlier statement and its day are looked for: a long sentence's worth. */
const STATEMENT_REACH = 400;
// "nr. 1)", "jl. de": a full stop ends a sentence only before a capital.
const FULL_SENTENCE_END = /[;:!?]|\.(?=\s+\p{Lu})/gu;

/**
 * The sentence up to `start`, and where it begins: looked for within the reach, since a sentence is rarely longer; one
 * that began before the reach is read whole, as what is looked for in it may lie further back. `lastEnd` tells where
 * the last sentence before `start` ended in a stretch of text (0 for none).
 */
function sentenceBefore(text: string, start: number, lastEnd: (text: string) => number): { at: number; sentence: string } {
  const reach = Math.max(0, start - STATEMENT_REACH);
  const near = reach + lastEnd(text.slice(reach, start));
  const at = near === reach && reach > 0 ? lastEnd(text.slice(0, start)) : near;
  return { at, sentence: text.slice(at, start) };
}

function lastFullSentenceEnd(text: string): number {
  let at = 0;
  for (const end of text.matchAll(FULL_SENTENCE_END)) at = end.index + end[0].length;
  return at;
}

const AS_SAID = new Caseless(/\bzoals\s*$/iu);

function countedFromItsStatement(reading: Reading, readings: readonly Reading[], text: string, anchor: CivilDate, calendar: Calendar, verdicts: Verdicts): Reading {
  // A span counted from a promise reported as made before has no window at all (countsFromAnEarlierPromise).
  if (reading.past || reading.found.kind !== 'window' || FROM_ANCHOR.has(reading.found.resolution.rule.id)) return reading;
  // Only a text with a past day before the span can date a statement; most have none, and are let go before any slicing.
  if (!readings.some(({ found, past }) => past && singleDay(found) && found.end <= reading.found.start)) return reading;
  const { at, sentence } = sentenceBefore(text, reading.found.start, lastFullSentenceEnd);
  // "Zoals ik heb gemeld in mijn brief van 13 september jl. stuur ik u …": the statement is an aside; the sentence speaks now.
  const statement = EARLIER_STATEMENT.exec(sentence);
  if (!statement || AS_SAID.test(sentence.slice(0, statement.index))) return reading;
  const said = readings.find(
    ({ found, past }) => past && singleDay(found) && found.start >= at && found.end <= reading.found.start,
  )?.found.resolution.from;
  if (!said) return reading;
  const then = readSpan(text, reading.found.start, reading.found.end, said, calendar, verdicts);
  if (!then || then.found.resolution.to === reading.found.resolution.to) return reading;
  const to = then.found.resolution.to;
  return { ...then, past: to !== null && to < anchor };
}

/** "binnen twee maanden na de laatste verkiezingsronde, die gepland staat voor 7 september": the event's own relative clause dates it. */
const SCHEDULED = new Caseless(/^\s*,?\s*(?:die|dat|welke)\s+(?:nu\s+)?(?:gepland\s+(?:staat|is)|(?:is|staat)\s+gepland|plaatsvindt|zal\s+plaatsvinden)\s+(?:voor|op)\s+$/iu);

function singleDay(found: FoundDeadline): boolean {
  const { from, to } = found.resolution;
  return found.kind === 'window' && from !== null && from === to;
}

function dated(reading: Reading, date: CivilDate, anchor: CivilDate): Reading {
  if (date < anchor) return reading;
  const { phrase, event, relation, within } = reading.found.resolution as EventResolution;
  const resolution = eventResolution(phrase, event, relation, date, anchor, within);
  return { ...reading, found: { ...reading.found, resolution }, past: resolution.to !== null && resolution.to < anchor };
}

/**
 * "van de evaluatieopdracht", "over de Jaarverslagen", "van de paritaire commissie": a complement tied to the noun
 * before it by a preposition, with up to two adjectives known by their endings ("paritaire", "Europese"; not
 * "commissie", whose next word may be the clause's verb). "en de aanbevelingen": a noun phrase joined by "en" has a
 * determiner of its own ("en adviseert", "en verder" join no noun), and a coordinated "en het opstellen …" is a
 * second action, not part of the event. "aan uw Kamer" belongs to an act of sending ("het toezenden van de
 * evaluatieopdracht aan uw Kamer"); after a meeting ("de desbetreffende Raad aan de Kamer te doen toekomen") it is
 * the verb's.
 */
const DETERMINERS = '(?:de|het|een|dit|deze|die|dat|haar|zijn|hun|uw|mijn|onze|ons)';
const NOUN_PHRASE = `(?:\\p{L}[\\p{L}-]*(?:ische|aire|ale|ele|ieve|ende|ige|lijke|bare|se|ste|we|re)\\s+){0,2}\\p{L}[\\p{L}-]*`;
const COMPLEMENT = new RegExp(`^\\s+(?:(?:van|over|inzake)\\s+(?:${DETERMINERS}\\s+)?|en\\s+(?!het\\s+\\p{L}+en\\b)${DETERMINERS}\\s+)${NOUN_PHRASE}`, 'u');
const TO_SOMEONE = new RegExp(`^\\s+aan\\s+(?:${DETERMINERS}\\s+)?${NOUN_PHRASE}`, 'u');
const ACT_OF_SENDING = /\b(?:het\s+\p{L}*(?:zenden|sturen|bieden|leveren)|toezending|verzending|aanbieding|indiening)\b/iu;

function complementAt(text: string, phrase: string): RegExpExecArray | null {
  return COMPLEMENT.exec(text) ?? (ACT_OF_SENDING.test(phrase) ? TO_SOMEONE.exec(text) : null);
}

/**
 * A name right after the event's last noun that ends the clause ("de meicirculaire provinciefonds,"): part of the
 * noun phrase. A word that looks like a verb form (in -en, -t, -d: "informeren.", "volgt.") ends a clause instead,
 * and a word before a colon is a label ("Vraagsteller:").
 */
const NAME_AT_CLAUSE_END = /^\s+\p{L}[\p{L}-]{3,}(?<!en|t|d)(?=\s*(?:[,.;!?)]|$))/u;

/**
 * An event without a date takes the complements of its last noun
 * ("uiterlijk bij gelegenheid van het toezenden van de evaluatieopdracht"),
 * which the span, ending on the event noun, leaves out.
 */
function withComplements(reading: Reading, text: string, anchor: CivilDate, calendar: Calendar, verdicts: Verdicts): Reading {
  if (!undated(reading)) return reading;
  let best = reading;
  for (let end = reading.found.end, step = complementAt(text.slice(end), best.found.phrase); step; step = complementAt(text.slice(end), best.found.phrase)) {
    end += step[0].length;
    const longer = readSpan(text, reading.found.start, end, anchor, calendar, verdicts);
    if (!longer || !undated(longer)) break;
    best = longer;
  }
  const name = NAME_AT_CLAUSE_END.exec(text.slice(best.found.end));
  const named = name && readSpan(text, best.found.start, best.found.end + name[0].length, anchor, calendar, verdicts);
  return named && undated(named) ? named : best;
}

/** An event without a date gives no window: any phrase that does is the better reading of a promise's deadline. */
function undated(reading: Reading): boolean {
  return reading.found.kind === 'event' && reading.found.resolution.from === null;
}

function namesAYear(text: string, start: number, end: number, tokens: readonly Token[], first: number): boolean {
  // Both forms are at most nine characters ("voor 2026"): most spans are longer, and are not copied to be told so.
  if (end - start > 9) return false;
  const phrase = text.slice(start, end);
  if (BARE_YEAR.test(phrase)) return true;
  const before = tokens[first - 1];
  if (before === undefined || !tokens[first]!.joined || !FOR_A_YEAR.test(phrase)) return false;
  // A word the OCR of an old page breaks with a hyphen ("be-groting") is read whole.
  return BUDGET_DOCUMENT.test(before.word) || OWNED_BUDGET.test(text.slice(Math.max(0, start - OWNED_BUDGET_REACH), start).replace(BROKEN_WORD, ''));
}

const contains = (outer: FoundDeadline, inner: FoundDeadline): boolean =>
  outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;

/**
 * A promise or a request of the Kamer reported as made before, whose term runs out within two weeks of the text, in a
 * sentence that names this letter ("In deze brief informeer ik de Kamer … over de … toezeggingen waarover ik heb
 * toegezegd de Kamer voor de zomer te informeren", on 30 June): the sentence itself says this letter keeps it, so no term
 * is left. Without this letter named, the sentence reports a term still ahead, whatever a later sentence says (GUIDE §3:
 * "Ik heb toegezegd u voor de zomer te informeren" is that term's window even in the letter that keeps it). A
 * restatement that still looks ahead ("is toegezegd dat dit … zal gebeuren") and a motion's request in the present
 * ("wordt de regering verzocht …") keep their term.
 */
const REPORTED_BEFORE = new Caseless(
  /(?:\b(?:heb|hebben|heeft|is|zijn)\b[^.;:!?]*?\b(?:toegezegd|beloofd|aangekondigd|gevraagd|verzocht|geïnformeerd|geinformeerd|aangegeven|gemeld|laten\s+weten|meegedeeld|medegedeeld|promised|asked|requested)|\b(?:verzocht|vroeg|vroegen|verzoekt|verzoeken)\b)[^.;:!?]*$/iu,
);
const LOOKS_AHEAD = new Caseless(/\b(?:zal|zullen|zult|wordt|worden|will|shall)\b/iu);
const KEPT_WITHIN_DAYS = 14;
const NEXT_CLAUSE = /[,;:!?]|\.(?=\s+\p{Lu}|\s*$)|\b(?:die|welke|waar\p{L}*|zodat|omdat)\b/u;

/**
 * A request of the Kamer to us reported in the perfect, tied to an event without a date ("De vaste commissie … heeft mij
 * verzocht, om ten behoeve van het plenaire debat … de Kamer te informeren") or asked as soon as possible ("is mij …
 * verzocht de … vragen zo spoedig mogelijk te beantwoorden"), with no future of its own, in a sentence that names this
 * letter ("Met deze brief voldoe ik aan het verzoek dat de commissie mij heeft gedaan om zo spoedig mogelijk …"): the
 * sentence says this letter answers it. Without this letter named, the request is open as the sentence says it (GUIDE §3),
 * as a term reported within two weeks is (keptByThisText).
 */
const REPORTED_IN_PERFECT = new Caseless(/\b(?:heeft|hebben|is)\b[^.;:!?]*?\b(?:mij|ons|kabinet|regering)\b[^.;:!?]*?\b(?:verzocht|gevraagd)\b[^.;:!?]*$/iu);

function reportedAndAnswered(text: string, start: number, end: number): boolean {
  return reportedWithNothingAhead(text, start, end, REPORTED_IN_PERFECT);
}

function keptByThisText(text: string, start: number, end: number, to: CivilDate | null, anchor: CivilDate): boolean {
  if (to === null || to < anchor || daysBetween(anchor, to) > KEPT_WITHIN_DAYS) return false;
  return reportedWithNothingAhead(text, start, end, REPORTED_BEFORE);
}

/** The sentence up to the phrase names this letter and reports what `reported` says, and neither it nor the phrase's own clause looks ahead. */
function reportedWithNothingAhead(text: string, start: number, end: number, reported: Caseless): boolean {
  const { sentence: before } = sentenceBefore(text, start, lastFullSentenceEnd);
  // A request made in this very text is not one it answers; one the sentence does not say this letter answers is open.
  if (!reported.test(before) || THE_KAMER_ASKS_NOW.test(before) || !THIS_LETTER.test(before)) return false;
  // What follows the phrase is read up to the next clause: "… vóór maart te informeren over de wijze waarop invulling wordt
  // gegeven" looks ahead in a clause of its own.
  const rest = text.slice(end, end + STATEMENT_REACH);
  const clauseEnd = rest.search(NEXT_CLAUSE);
  return !LOOKS_AHEAD.test(`${before} ${clauseEnd < 0 ? rest : rest.slice(0, clauseEnd)}`);
}

/**
 * A meeting on the text's own day that a future of ours is tied to by "tijdens" ("Ik zal u tijdens het debat op woensdag
 * 8 november 2017 informeren over …", written that day) is still ahead: later that day. Without a future of ours
 * ("Tijdens het debat op 8 november heb ik …") it is the text's own date.
 */
const DURING_OR_AT = new Caseless(/^(?:tijdens|gedurende|bij|during|at)\s/iu);

function laterToday(text: string, start: number, phrase: string): boolean {
  const { sentence } = sentenceBefore(text, start, lastFullSentenceEnd);
  return (DURING_OR_AT.test(phrase) && WE_WILL.test(sentence)) || ourMeetingAtEnd(sentence) !== undefined;
}

/**
 * A weekday counted or ordered is no day of the coming week: "iedere maandag", "op een vrijdag", "de derde dinsdag van
 * september" (Prinsjesdag, whatever week the text is written in).
 */
const WEEKDAY_RULES = new Set(['weekday', 'by-weekday', 'before-weekday']);
const COUNTED_DAY = new Caseless(/\b(?:iedere?|elke?|een|eerste|tweede|derde|vierde|laatste|every|each|a|first|second|third|fourth|last)\s+$/iu);
const DAY_OF_A_MONTH = new Caseless(/^\s+(?:van|in|of)\s/iu);

function countedWeekday(text: string, start: number, end: number): boolean {
  return COUNTED_DAY.test(text.slice(Math.max(0, start - 12), start)) || DAY_OF_A_MONTH.test(text.slice(end, end + 5));
}

/**
 * News names the day it is written by its weekday ("Donderdag lekten … uit", in a report of that Thursday): a bare
 * weekday that is the text's own day is that date, as a named day is. A part of the day ("vrijdagmiddag") or "deze"
 * points within it, and may lie ahead.
 */
const WITHIN_THE_DAY = /(?:ochtend|morgen|middag|avond|morning|afternoon|evening|deze|this)/iu;

function namesTheDayItself(rule: string, phrase: string): boolean {
  return rule === 'weekday' && !WITHIN_THE_DAY.test(phrase);
}

/** Dates without a year are read as the one nearest the anchor: one object for every span read. */
const NEAREST: MatchOptions = { yearless: 'nearest' };

function readSpan(text: string, start: number, end: number, anchor: CivilDate, calendar: Calendar, verdicts: Verdicts): Reading | undefined {
  const phrase = text.slice(start, end);
  const resolution = matchPhrase(phrase, anchor, calendar, NEAREST);
  if (!resolution || (WEEKDAY_RULES.has(resolution.rule.id) && countedWeekday(text, start, end)) || SPENDING_NOTE_ALONE.test(phrase)) return undefined;
  return readingOf(text, phrase, start, end, resolution, anchor, verdicts);
}

/**
 * A spending note named with no word of time before it ("De Voorjaarsnota, die het kabinet vandaag naar de Kamer heeft
 * gestuurd, …", "de stand van de Najaarsnota", "om vrijdag die Voorjaarsnota naar de Kamer te sturen") is the document,
 * not a term: the reference reads "bij", "voor", "rond", "gelijktijdig met" and "in" the Voorjaarsnota as terms. A
 * register's `due: Voorjaarsnota 2026` still resolves: only running text names the note as a thing.
 */
const SPENDING_NOTE_ALONE = new RegExp(String.raw`^(?:(?:de|die|deze|the)\s+)?(?:(?:${NOTE_PRESENTED})\s+(?:van|of)\s+(?:de\s+|het\s+|the\s+)?)?(?:${SPENDING_NOTE})(?:\s+(?:van\s+)?\d{4})?$`, 'iu');

/**
 * A span that resolved, read. Apart from `readSpan`: a function whose variables its closures keep makes their context
 * as it is called, and only about one span in nine that the finder tries resolves.
 */
function readingOf(text: string, phrase: string, start: number, end: number, resolution: DeadlineResolution, anchor: CivilDate, verdicts: Verdicts): Reading {
  // A named day that is the anchor itself is the text's own date ("De Minister heeft op 14 mei 2019 gereageerd", "bij brief van
  // 4 juni 2024"), not a promise; "gelijktijdig met deze brief" names no day and keeps its window.
  const namesTheAnchor =
    resolution.from === anchor &&
    resolution.to === anchor &&
    (resolution.rule.id === 'day' || (resolution.kind === 'event' && /\d/.test(phrase)) || namesTheDayItself(resolution.rule.id, phrase)) &&
    !laterToday(text, start, phrase);
  let aside: boolean | undefined;
  return {
    found: { phrase, start, end, kind: resolution.kind, resolution },
    // "jl." after a phrase that stops short of it ("bij brief van 26 maart jl.") puts the date in the past, whatever the phrase made of it.
    past:
      namesTheAnchor ||
      (resolution.to !== null && resolution.to < anchor) || LAST_PAST.test(text.slice(end)) || GONE_BY.test(text.slice(0, start)) ||
      namesAPastTime(text, start, end, phrase, resolution.from, anchor) ||
      (resolution.kind === 'window' && !FROM_ANCHOR.has(resolution.rule.id) && resolution.rule.id !== 'with-letter' && keptByThisText(text, start, end, resolution.to, anchor)) ||
      ((resolution.kind === 'event' ? resolution.date === null : AS_SOON_AS_POSSIBLE.has(resolution.rule.id)) && reportedAndAnswered(text, start, end)),
    aside: () => (aside ??= inAside(text, start, end)),
    // Of the span as read here: an event dated by a mention later (datedByMention) keeps what its own clause says.
    ruledOut: () => {
      if (resolution.kind === 'event' && namesNoParticularEvent(resolution)) return true;
      const oneDay = resolution.from !== null && resolution.from === resolution.to;
      const yearsAhead = resolution.to === null ? 0 : yearOf(resolution.to) - yearOf(anchor);
      const startsAhead = resolution.from !== null && resolution.from > anchor;
      const key = `${start} ${end} ${resolution.rule.id} ${resolution.kind} ${oneDay} ${yearsAhead} ${startsAhead}`;
      let verdict = verdicts.get(key);
      if (verdict === undefined) verdicts.set(key, (verdict = ruledOutAt(text, start, end, resolution.rule.id, resolution.kind, oneDay, yearsAhead, startsAhead)));
      return verdict;
    },
  };
}

/**
 * Whether the text ties the span to an event, or its clause says it is no promise's deadline. A pure function of its
 * arguments, which `readSpan` keeps its answers by: whatever else it would depend on must be an argument of its own.
 */
function ruledOutAt(text: string, start: number, end: number, rule: string, kind: FoundDeadline['kind'], singleDay: boolean, yearsAhead: number, startsAhead: boolean): boolean {
  return (
    ((FROM_ANCHOR.has(rule) || kind === 'recurring') && POINTER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) ||
    (SPANS.has(rule) && AFTER_A_SPAN.test(text.slice(start, end))) ||
    (FROM_ANCHOR.has(rule) &&
      (TIED_TO_EVENT.test(text.slice(end)) ||
        AFTER_WHAT_PRECEDES.test(text.slice(Math.max(0, start - 120), start)) ||
        countsFromAnEarlierPromise(text, start, end) ||
        describesARule(text, start, end))) ||
    whyNotADeadline(text, start, end, kind, singleDay, yearsAhead, startsAhead) !== undefined
  );
}

/** A dash with spaces around it opens or closes an aside; a hyphen inside a word ("20-21") does not. */
const ASIDE_DASHES = /\s[-–—]\s/gu;
const ASIDE_DASH = /\s[-–—]\s/u;
/** An aside that sets a bound is the term itself: "eind voorjaar – uiterlijk voor aanvang van het zomerreces –". */
const BOUND = new Caseless(/^(?:uiterlijk|ten laatste|niet later dan|by|no later than)\b/iu);
/**
 * So is one that opens with "voor": put right after a term, "begin juli (voor het zomerreces)" says by when within it,
 * as "uiterlijk" would. Only as the aside's first word: "in het voorjaar - ruim voor Prinsjesdag -" sets no bound,
 * and "voor" before a bare year names what a plan is for ("(voor 2025)").
 */
const BEFORE = new Caseless(/^(?:voor|vóór|before)\s+(?!\d{4}\b)/iu);
const ASIDE_OPENS = /(?:\(|\s[-–—])\s*$/u;

/**
 * Whether the phrase stands in an aside of its sentence, between two dashes or in brackets: "Daarom zullen wij trachten
 * in het voorjaar - ruim voor Prinsjesdag - een volwaardige dummy begroting met u afstemmen" says more of the term the
 * sentence gives, and gives way to it; a bound is the term itself.
 */
function inAside(text: string, start: number, end: number): boolean {
  if (BOUND.test(text.slice(start, end))) return false;
  if (BEFORE.test(text.slice(start, end)) && ASIDE_OPENS.test(text.slice(Math.max(0, start - 3), start))) return false;
  // A sentence that began before the reach, or ends after it, is read whole: its bracket or dash may lie further off.
  const { sentence } = sentenceBefore(text, start, lastSentenceBreak);
  let after = text.slice(end, end + STATEMENT_REACH);
  let stop = after.search(SENTENCE_BREAK);
  // A full stop as the reach's last character ends no sentence unless the text ends there too.
  if ((stop < 0 || stop === after.length - 1) && end + STATEMENT_REACH < text.length) {
    after = text.slice(end);
    stop = after.search(SENTENCE_BREAK);
  }
  const rest = after.slice(0, stop >>> 0);
  if (sentence.lastIndexOf('(') > sentence.lastIndexOf(')') && rest.includes(')')) return true;
  return (sentence.match(ASIDE_DASHES)?.length ?? 0) % 2 === 1 && ASIDE_DASH.test(rest);
}

/**
 * "zo spoedig mogelijk" and "op korte termijn" say how soon, not by when: a named date or period in the same text is the
 * term they come down to ("… zo spoedig mogelijk … en verwacht dat dit voor 1 januari 2007 het geval zal zijn"). A clock
 * time says the hour of a day named elsewhere ("op vrijdag 12 maart vóór 12.00 uur"), if any.
 */
const HOW_SOON = new Set(['asap', 'short-term', 'clock-time']);

function isBetter(reading: Reading, other: Reading, text: string): boolean {
  if (reading.past !== other.past) return !reading.past;
  if (undated(reading) !== undated(other)) return !undated(reading);
  if (!undated(reading)) {
    const aside = reading.aside();
    if (aside !== other.aside()) return !aside;
  }
  const [soon, otherSoon] = [HOW_SOON.has(reading.found.resolution.rule.id), HOW_SOON.has(other.found.resolution.rule.id)];
  if (soon !== otherSoon) return !soon;
  const [found, rival] = [reading.found, other.found];
  const delivery = deliversWhereOtherDoesNot(text, found, rival);
  if (delivery !== undefined) return delivery;
  if (found.phrase.length !== rival.phrase.length) return found.phrase.length > rival.phrase.length;
  return found.start < rival.start;
}
