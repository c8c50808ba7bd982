import { lowerBound } from '../core/lower-bound.js';
import { onceEach } from '../core/once-each.js';
import { oneLine } from './clean-text.js';
import type { Draft, DraftCommitment } from './model.js';

/** Words that carry no deliverable of their own: the act of informing or sending, the Kamer, aiming, a pro-form. */
const NO_OBJECT = new Set([
  'ernaar', 'streef', 'streven', 'informeren', 'informeer', 'sturen', 'stuur', 'zenden', 'toezenden', 'versturen', 'doen', 'kamer', 'zullen',
  'bovendien', 'tevens', 'daarnaast', 'vervolgens', 'graag', 'verwacht', 'kunnen',
]);
/** Who acts, which names nothing promised. */
const ACTORS = new Set(['kabinet', 'regering', 'minister', 'staatssecretaris']);
/** A time that points back at a term the letter named before ("dan", "gelijktijdig"). */
const BACK_IN_TIME = /\b(?:dan|gelijktijdig|tegelijkertijd|tegelijk|op dat moment)\b/i;
/** "zal ik dit uiterlijk 13 mei doen": the act named before, now with a term. */
const PRO_FORM = /\b(?:dit|dat)\b[^.;]{0,60}\bdoen\b/i;
/**
 * Whether text.slice(from, to) holds a blank line (/\n\s*\n/), answered from the text's blank lines found once: asked
 * for every pair of promises, a search of the text between them made a long text cost the square of its length.
 */
function blankLinesOf(text: string): (from: number, to: number) => boolean {
  // Each pair of newlines with only white space between them, in order: a slice holds a blank line if it holds a pair.
  const first: number[] = [];
  const second: number[] = [];
  let previous = text.indexOf('\n');
  for (let next = previous < 0 ? -1 : text.indexOf('\n', previous + 1); next >= 0; next = text.indexOf('\n', next + 1)) {
    if (/^\s*$/.test(text.slice(previous + 1, next))) {
      first.push(previous);
      second.push(next);
    }
    previous = next;
  }
  return (from, to) => {
    const low = lowerBound(first, from);
    return low < first.length && second[low]! < to;
  };
}
/** A term that repeats: a standing promise. */
const STANDING = /\b(?:jaarlijks|halfjaarlijks|driemaandelijks|maandelijks|periodiek|elk jaar|ieder jaar|per jaar|per kwartaal)\b/i;
/** What follows from the sentence before: "derhalve", "dus", "daarom". */
const DRAWN_FROM = /\b(?:derhalve|dus|daarom|dan ook|zodoende|aldus)\b/i;
/** Delivering to the Kamer: the act a promise said twice repeats. */
const DELIVERS = /\b(?:geïnformeerd|toegezonden|toezenden|toe\s+te\s+zenden|zend|zenden|sturen|stuur|toekomen|aanbieden|bied|informeren|informeer|delen|deel|ontvangt|ontvangen)\b/i;
/**
 * A deliverable named only by a demonstrative pronoun, the act coming straight
 * after it ("We streven er naar om deze in aanloop naar de behandeling van de
 * instellingswet met u te delen", after "… zullen wij trachten in het voorjaar
 * … een volwaardige dummy begroting met u afstemmen"): the thing promised just
 * before, said again.
 */
/** The things a quote names with an article ("de voorlichting", "het wetsvoorstel"), without the Kamer, offices and times. */
const NAMED = /\b(?:de|het|een|deze|dit|die)\s+(\p{L}{6,})\b/giu;
const NOT_A_THING = /^(?:kamer|tweede|eerste|minister|staatssecretaris|kabinet|regering|voorzitter|commissie|zomer|najaar|voorjaar|winter|maand|loop|periode|komende|volgende|eerstvolgende)$/;
function thingsNamed(quote: string): Set<string> {
  return new Set([...quote.matchAll(NAMED)].map((match) => match[1]!.toLowerCase()).filter((word) => !NOT_A_THING.test(word)));
}
/** At most one paragraph break between two statements: the next paragraph still goes on about the same thing. */
const TWO_BLANK_LINES = /\n[ \t]*\n[\s\S]*\n[ \t]*\n/;

const PRONOUN_OBJECT = /\b(?:om|zal|zullen|ga|gaan|wil|willen)\s+(?:ik\s+|wij\s+|we\s+)?(?:deze|dit|die|ze)\s+(?=(?:in|op|voor|na|uiterlijk|nog|dan|ook|zo|binnenkort|met|aan|naar|vervolgens|tijdig|graag|begin|eind|medio|rond|te)\b)/i;

const wordsOf = (text: string) => (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !NO_OBJECT.has(word));

function dueText(commitment: DraftCommitment): string {
  return commitment.due?.kind === 'phrase' ? commitment.due.phrase : '';
}

/**
 * The same promise said twice with the same term, anywhere in the letter: a
 * register's summary and the government's own words it quotes ("… zegt de
 * Kamer … toe dat … het kabinet voorafgaande aan de desbetreffende Raad de
 * definitieve (concept)versie van de richtlijn … opstuurt" and "… zal het
 * kabinet … voorafgaande aan de desbetreffende Raad de definitieve
 * (concept)versie van bovengenoemde richtlijn aan u doen toekomen"), or a
 * sentence that goes on about the deliverable of the one before it ("De
 * komende maanden ontvangt u de DMP-brieven … Deze brieven zullen uw Kamer
 * waarschijnlijk kort voor het Kerstreces 2020 bereiken", whose quote holds
 * both). The later statement, the one with the closer term, is kept; of a
 * register's summary and its quote, the summary (withSaidTwiceMerged).
 */
function sameDeliverable(earlier: DraftCommitment, later: DraftCommitment): boolean {
  if (later.quote.startsWith(earlier.quote) || sameWords(quoteWords(earlier), quoteWords(later))) return true;
  const due = dueText(earlier);
  if (due === '' || due.toLowerCase() !== dueText(later).toLowerCase()) return false;
  const mine = longObjectWords(earlier);
  const theirs = longObjectWords(later);
  const shared = [...mine].filter((word) => theirs.has(word)).length;
  return shared >= 4 && shared >= Math.min(mine.size, theirs.size) / 3;
}

/**
 * The same words said twice: a register's title besides its summary
 * ("Toezegging De Kamer jaarlijks schriftelijk te informeren over de
 * monitoring van …" and "… zegt de Kamer … toe de Kamer jaarlijks schriftelijk
 * te informeren over de monitoring van …"). The one, without the word that
 * labels it, is a run of at least eight words of the other.
 */
function sameWords(one: QuoteWords, other: QuoteWords): boolean {
  const [shorter, longer] = one.count <= other.count ? [one, other] : [other, one];
  return shorter.count - 1 >= 8 && longer.joined.includes(shorter.core);
}

/** A quote's words, lower case, as `sameWords` compares them: joined with spaces around, and without the first (the label). */
interface QuoteWords {
  count: number;
  joined: string;
  core: string;
}

/**
 * Each quote's words, read once: every promise of a letter is compared with every earlier one, so reading them
 * again for each pair made a long text cost the square of its promises.
 */
const quoteWords = onceEach((commitment: DraftCommitment): QuoteWords => {
  const all = commitment.quote.toLowerCase().match(/\p{L}+|\d+/gu) ?? [];
  return { count: all.length, joined: ` ${all.join(' ')} `, core: ` ${all.slice(1).join(' ')} ` };
});

/**
 * The same deliverable named again in the paragraph, now with its term ("…
 * dat het kabinet de verslagen van de klimaattafels pas openbaar zal maken
 * als de gesprekken zijn afgerond. … Na vaststelling van een Klimaatakkoord
 * zal het kabinet de verslagen van de klimaattafels … openbaar maken"): most
 * of the words that name what is promised are shared.
 */
function namesTheSame(earlier: DraftCommitment, later: DraftCommitment): boolean {
  const named = (commitment: DraftCommitment) => new Set(objectWords(commitment).filter((word) => word.length >= 5 && !ACTORS.has(word)));
  const mine = named(earlier);
  const theirs = named(later);
  const shared = [...mine].filter((word) => theirs.has(word)).length;
  return shared >= 3 && shared >= Math.min(mine.size, theirs.size) / 2;
}

/** The words of a quote that name what is promised: without the term and the words of informing. Read once per promise: every pair of promises asks. */
const objectWords = onceEach((commitment: DraftCommitment): string[] => {
  const due = dueText(commitment);
  return wordsOf(due === '' ? commitment.quote : commitment.quote.replace(due, ' '));
});

/** The object words of five letters or more, as `sameDeliverable` compares them, once per promise. */
const longObjectWords = onceEach((commitment: DraftCommitment) => new Set(objectWords(commitment).filter((word) => word.length >= 5)));

/** A register page's summary of its promise: "De Minister … zegt de Kamer, naar aanleiding van vragen van …, toe …". */
const REGISTER_SUMMARY = /\bzeg(?:t|gen)\b[^.;]{0,250}?\btoe\b/i;
/** Where a register page quotes the government's own words. */
const QUOTED_FROM = /\bUit de stukken\b/;
/** A document delivered, by the head of its noun ("de uiteindelijke evaluatie", "een voortgangsrapportage"). */
const DOCUMENT_HEAD = /(evaluatie|rapportage|rapport|brief|overzicht|monitor|visie|reactie|notitie|nota|wetsvoorstel|verslag|plan)(?:en|s)?\b/giu;
const documentsOf = (quote: string) => new Set([...quote.toLowerCase().matchAll(DOCUMENT_HEAD)].map((match) => match[1]!));
/** The Kamer named, whatever the verb ("met de Kamers te delen", "zal aan de beide Kamers worden gezonden"). */
const NAMES_THE_KAMER = /\b(?:kamer|kamers)\b/i;

/**
 * A register page's summary and the government's words it quotes under "Uit
 * de stukken" ("… zegt de Kamer … toe al tijdens de looptijd van de wet een
 * evaluatie uit te voeren en deze met de Kamers te delen" and, quoted, "De
 * uiteindelijke evaluatie zal aan de beide Kamers worden gezonden"): one
 * promise said twice when both bring the Kamer the same kind of document, or
 * when the quote says the summary's own act again (restatesTheAct). A quote
 * about another document is a promise of its own.
 */
function summaryOfQuote(text: string, summary: DraftCommitment, quoted: DraftCommitment): boolean {
  if (!quotedBy(text, summary, quoted)) return false;
  // Its own entry's summary: on a page of several entries (a rappel) another summary stands between.
  if (!REGISTER_SUMMARY.test(text.slice(summary.end, quoted.start)) && restatesTheAct(summary, quoted)) return true;
  if (!NAMES_THE_KAMER.test(summary.quote) || !NAMES_THE_KAMER.test(quoted.quote)) return false;
  const theirs = documentsOf(quoted.quote);
  return [...documentsOf(summary.quote)].some((document) => theirs.has(document));
}

/** Two words of one stem: "evalueren" and "evaluatie", "standpunt" and "standpunt". */
const SAME_STEM = 5;
const oneStem = (one: string, other: string) => one.slice(0, SAME_STEM) === other.slice(0, SAME_STEM);
/** Words of six letters or more that name nothing done: the Kamers, the passive's auxiliary. */
const NAMES_NOTHING = /^(?:kamers|worden|hebben|zoals)$/;

/**
 * The quote says the summary's own act again, in the speaker's words ("Ik zal de Kamer zo snel mogelijk informeren over
 * het standpunt van het kabinet" under "… toe de moties … in het kabinet te bespreken en de Kamer zo spoedig mogelijk te
 * informeren over het standpunt van het kabinet"; "… dat we de herindelingsverkiezingen zeker gaan evalueren" under "…
 * toe de evaluatie van de herindelingsverkiezingen naar de Kamer te sturen"): two words naming what is done (or the
 * only one) share their stem with the summary's. A quote about another thing ("Ik kom dit najaar met een stuk waarin de
 * targets worden geformuleerd …" under a promised rapportage) is a promise of its own.
 */
function restatesTheAct(summary: DraftCommitment, quoted: DraftCommitment): boolean {
  const named = (commitment: DraftCommitment) => objectWords(commitment).filter((word) => word.length > SAME_STEM && !ACTORS.has(word) && !NAMES_NOTHING.test(word));
  const summarised = named(summary);
  const own = named(quoted);
  const shared = own.filter((word) => summarised.some((known) => oneStem(word, known))).length;
  return own.length > 0 && shared >= Math.min(2, own.length);
}

/** `quoted` is the government's own words that a register page quotes under "Uit de stukken" after the summary `summary`. */
function quotedBy(text: string, summary: DraftCommitment, quoted: DraftCommitment): boolean {
  return registerSummary(summary) && !registerSummary(quoted) && QUOTED_FROM.test(text.slice(summary.end, quoted.start));
}

/** Whether a promise's quote is a register page's summary, read once per promise: every pair of promises asks. */
const registerSummary = onceEach((commitment: DraftCommitment) => REGISTER_SUMMARY.test(commitment.quote));

/**
 * A promise said twice in one letter is one promise (GUIDE.md), drafted on
 * its fullest statement, the one with the term: a promise without a term
 * followed in its paragraph by one that adds the term but names nothing new
 * ("… zal ik deze gelijktijdig beantwoorden. … zal ik dit uiterlijk 13 mei
 * doen", "… zal ik de Kamer bovendien informeren over de oorzaak … Ik streef
 * ernaar de Kamer nog voor het zomerreces te informeren") becomes that one;
 * and a later promise without a term of its own that only points back at
 * one ("Ik zal uw Kamer dan ook gelijktijdig over het toekomstbeeld en de
 * uitwerking informeren") repeats the promises before it.
 */
export function withSaidTwiceMerged(text: string, draft: Draft): Draft {
  const merged = new Map<string, string>();
  /** A promise whose pronoun repeat is merged into it: its quote runs on to the repeat's end, and it takes the repeat's term when it has none. */
  const extended = new Map<string, DraftCommitment>();
  /** A register's summary kept over the quote that repeats it: the quote, whose term it takes when it names none. */
  const termOf = new Map<string, DraftCommitment>();
  const list = draft.commitments;
  const blankBetween = blankLinesOf(text);
  list.forEach((later, index) => {
    if (index === 0) return;
    const same = list.slice(0, index).find((earlier) => !merged.has(earlier.id) && (sameDeliverable(earlier, later) || summaryOfQuote(text, earlier, later)));
    // A register page's own sentence is the promise as registered, the words it quotes its source: the summary is kept, with the quote's term if it names none.
    if (same && quotedBy(text, same, later)) {
      merged.set(later.id, same.id);
      termOf.set(same.id, later);
      return;
    }
    if (same) {
      merged.set(same.id, later.id);
      return;
    }
    // "… wil ik u informeren dat ik de voorlichting aan u zal toezenden nadat op de voorlichting is beslist …" and, next, "In de loop van maart zal ik u de voorlichting doen toekomen": the same thing delivered, its date given the second time; one promise, on the dated statement.
    const prior = list[index - 1];
    if (prior && !merged.has(prior.id) && (prior.due === undefined || (prior.due.kind === 'phrase' && prior.due.event)) && later.due?.kind === 'phrase' && !later.due.event && !TWO_BLANK_LINES.test(text.slice(prior.end, later.start)) && DELIVERS.test(prior.quote) && DELIVERS.test(later.quote)) {
      const theirs = thingsNamed(later.quote);
      if ([...thingsNamed(prior.quote)].some((thing) => theirs.has(thing))) {
        merged.set(prior.id, later.id);
        return;
      }
    }
    // "Het is mijn intentie om u jaarlijks … te blijven informeren" and, after it, "In 2019 wordt u derhalve geïnformeerd over …": the standing promise's next instance, drawn from it, is that promise.
    if (prior && !merged.has(prior.id) && prior.due?.kind === 'phrase' && STANDING.test(prior.due.phrase) && later.due?.kind === 'phrase' && DRAWN_FROM.test(later.quote) && DELIVERS.test(prior.quote) && DELIVERS.test(later.quote) && !TWO_BLANK_LINES.test(text.slice(prior.end, later.start))) {
      merged.set(later.id, prior.id);
      return;
    }
    const before = list.slice(0, index).filter((earlier) => !merged.has(earlier.id) && !blankBetween(earlier.end, later.start));
    const previous = before.at(-1);
    if (previous && previous === list[index - 1] && PRONOUN_OBJECT.test(later.quote)) {
      merged.set(later.id, previous.id);
      extended.set(previous.id, later);
      return;
    }
    if (later.due?.kind === 'phrase') {
      // An event without a date is no term to keep it apart: "pas openbaar zal maken als de gesprekken zijn afgerond".
      const earlier = before.filter((candidate) => candidate.due === undefined || (candidate.due.kind === 'phrase' && candidate.due.event)).at(-1);
      if (earlier && (PRO_FORM.test(later.quote) || objectWords(later).length === 0 || namesTheSame(earlier, later))) merged.set(earlier.id, later.id);
      return;
    }
    if (later.due !== undefined || !BACK_IN_TIME.test(later.quote)) return;
    const told = new Set(before.flatMap((earlier) => wordsOf(earlier.quote)));
    const own = objectWords(later).filter((word) => !BACK_IN_TIME.test(word));
    const last = before.at(-1);
    if (last && own.length > 0 && own.every((word) => told.has(word) || [...told].some((known) => known.startsWith(word) || word.startsWith(known)))) merged.set(later.id, last.id);
  });
  if (merged.size === 0) return draft;
  const skipped = [...draft.skipped];
  for (const commitment of list) {
    const into = merged.get(commitment.id);
    if (into) skipped.push({ text: oneLine(text.slice(commitment.start, commitment.end)), start: commitment.start, why: 'repeat', cues: [...commitment.cues, { kind: 'repeat', text: into }] });
  }
  const existing = new Set(list.filter((commitment) => merged.has(commitment.id) && commitment.type === 'existing').map((commitment) => merged.get(commitment.id)!));
  return {
    ...draft,
    skipped: skipped.sort((a, b) => a.start - b.start),
    commitments: list
      .filter((commitment) => !merged.has(commitment.id))
      .map((commitment) => {
        const repeat = extended.get(commitment.id);
        if (repeat) return { ...commitment, quote: oneLine(text.slice(commitment.start, repeat.end)), end: repeat.end, due: commitment.due ?? repeat.due };
        const quoted = termOf.get(commitment.id);
        return quoted ? { ...commitment, due: commitment.due ?? quoted.due } : commitment;
      })
      .map((commitment) => ({
        ...commitment,
        type: existing.has(commitment.id) ? 'existing' : commitment.type,
        dependsOn: [...new Set(commitment.dependsOn.map((id) => merged.get(id) ?? id))].filter((id) => id !== commitment.id),
      })),
  };
}
