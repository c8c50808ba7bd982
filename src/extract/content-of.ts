import { oneLine } from './clean-text.js';
import type { Draft } from './model.js';

/**
 * "In die brief zal ik ingaan op de motie …", "In deze notitie zal … worden
 * ingegaan": what a document will hold, not a commitment of its own. The
 * document's noun (also as a compound's head: "brief" in
 * "voortgangsbrief") names it.
 */
const CONTENT_VERBS = String.raw`(?:ingaan|ingegaan|in te gaan|aan bod|aan de orde|behandelen|behandeld|aandacht\s+(?:worden\s+)?(?:besteed|geschonken)|stilstaan|stilgestaan|beschrijven|beschreven|toelichten|toegelicht|schetsen|geschetst|uiteenzetten|uiteengezet)`;
/**
 * The document named through the making of it ("bij het formuleren van de opzet en opdracht", "bij het opstellen van
 * de visie"): the thing made is the document, the verb names no document of its own.
 */
const MAKING_OF = String.raw`(?:\p{L}+en\s+van\s+(?:de|het|die|deze|dat|dit)\s+)?`;
/**
 * The document, group 1 its noun: after a determiner, also one pointing back ("voornoemde", "bovengenoemde"), and in
 * quotation marks as a letter names a document it abbreviates ("in «de Staat»", "in deze «Staat»").
 */
const THE_DOCUMENT = String.raw`[«"„]?(?:die|deze|dat|dit|de|het|(?:boven|voor)?genoemde|voornoemde|bovenstaande)\s+[«"„]?${MAKING_OF}(\p{L}{4,})\b`;
const CONTENT_OF = new RegExp(String.raw`^\s*(?:in|bij)\s+${THE_DOCUMENT}[^.;]{0,120}?\b${CONTENT_VERBS}\b`, 'iu');
/**
 * The same with the future first: "De minister zal in de voortgangsrapportage ingaan op …", "zullen wij in de
 * septemberbrief … schetsen", a register's "De minister zal bij het formuleren van de opzet en opdracht ook ingaan op
 * …", "Dit zal als samenhangend onderdeel in de visie worden behandeld", whatever stands between the future and the
 * document.
 */
const CONTENT_OF_AFTER_FUTURE = new RegExp(String.raw`\b(?:zal|zullen)\s+(?:[^\s,.;:]+\s+){0,4}?(?:in|bij)\s+${THE_DOCUMENT}[^.;]{0,120}?\b${CONTENT_VERBS}\b`, 'iu');
/** A time, not a document: "In het najaar zal ik …" names no promised document. */
const TIME_NOUN = /^(?:najaar|voorjaar|zomer|winter|jaar|maand|week|periode|kwartaal|halfjaar|komende|loop|eerste|tweede)$/;

/**
 * "Ook zal ik daarbij aandacht besteden aan …", "De initiatiefnota … zal ik
 * daarin graag meenemen", "Daarbij zullen we de aanbeveling … meenemen": what
 * the promise just made will take in or attend to, pointed at by "daarbij" or
 * "daarin", is part of it. A motion, a promise or a request taken in is a
 * commitment of its own ("De motie van het lid Ceder … zal hierin worden
 * meegenomen" depends on the plan, it is not the plan).
 */
const ELABORATES = /\b(?:daarbij|daarin|hierbij|hierin)\b[^.;]{0,120}\b(?:meenemen|meegenomen|aandacht\s+(?:besteden|schenken|geven)|betrekken|betrokken|rekening\s+houden|verwerken|verwerkt|ingaan|stilstaan|schetsen)\b|\b(?:meenemen|aandacht\s+(?:besteden|schenken)|betrekken|verwerken)\b[^.;]{0,40}\b(?:daarbij|daarin|hierbij|hierin)\b/i;
/**
 * How the promise just made will be carried out, said of it by a pro-form: weighing or studying it ("Ik zal spoedig
 * een reactie geven op de aanbevelingen … Ik zal deze bezien met het oog op beleidsconsequenties"), consulting on it
 * ("Waar van belang zal ik hierover ook in overleg treden met betrokken partijen"), or what it will tell at the time
 * it names ("… heeft de Minister-President half februari een brief toegezegd … Tevens zullen we dan ingaan op het
 * advies …"). Only after that promise in its paragraph, with no other promise between: the pro-form points at it. The
 * pronoun stands alone: "Ik zal dit rapport betrekken bij …" names a thing of its own, a promise of its own.
 */
const MAKING_IT = /\b(?:(?:ik|wij|we|het kabinet)\s+(?:zal|zullen)|(?:zal|zullen)\s+(?:ik|wij|we|het kabinet))\s+(?:deze|die|dit|dat)\s+(?:(?:ook|eerst|nog|nader|goed|grondig|zorgvuldig|nauwkeurig|daarom|dan|vervolgens|verder|tevens|graag)\s+){0,2}(?:bezien|bestuderen|afwegen|meewegen|betrekken|analyseren)\b|\b(?:hierover|daarover)\b[^.;]{0,40}\b(?:in\s+overleg\s+treden|overleggen|afstemmen)\b|\b(?:zal|zullen)\s+(?:ik|wij|we|het kabinet)\s+(?:(?:ook|tevens|verder)\s+)?dan\s+(?:(?:ook|tevens|nader)\s+)?(?:ingaan|in\s+te\s+gaan|stilstaan|aandacht\s+besteden|toelichten|schetsen|melden)\b/i;

/**
 * A sentence that itself points back ("Dat vergt nadere bestudering.", "Daarvoor is tijd nodig."): the promise before it
 * is still what a pro-form after it names. A demonstrative before a noun ("Deze week is ook het rapport … verschenen")
 * names a thing of its own: only one its verb follows points back.
 */
const POINTS_BACK_AT_ONCE =
  /^(?:(?:dat|dit|die|deze)\s+(?:is|zijn|was|waren|wordt|worden|vergt|vergen|vraagt|vragen|betekent|houdt|heeft|hebben|kan|kunnen|zal|zullen|moet|moeten|gebeurt|neemt|kost)\b|(?:daar|hier)\p{L}*\b)/iu;

/**
 * Whether the pro-form of a sentence after `between` still points at the promise before it: in its paragraph, with no
 * sentence between but one that points back too. Any other sentence may name what the pro-form is about ("… Vorige
 * week is ook het rapport van de Inspectie verschenen. Ik zal dit bestuderen …").
 */
function stillPointsAt(between: string): boolean {
  if (BLANK_LINE.test(between)) return false;
  return between
    .split(/(?<=[.!?])\s+/u)
    .map((sentence) => sentence.trim())
    .every((sentence) => sentence === '' || POINTS_BACK_AT_ONCE.test(sentence));
}
/**
 * A sentence framed by "Daarbij" ("in doing so"): how a thing just named is to be done, weighed or looked at ("Daarbij
 * zal ik de uitkomsten van het commissiedebat … meewegen", "Daarbij zal onder meer worden gekeken naar …", "Daarbij
 * streef ik naar een goede balans …", "Daarbij zullen wij optrekken met andere overheden …"). With no term and no
 * delivery of its own it undertakes nothing apart from that thing: part of the promise right before it, or, where
 * the sentence before it is no promise, of work that is none. "Hierbij" opening a sentence is this letter, not this.
 */
const IN_DOING_SO = /^\s*daarbij\b/i;
/**
 * A thing of its own brought in by the sentence, an indefinite object outside a prepositional phrase ("Daarbij zal ik
 * een wetsvoorstel indienen", "… een onderzoek laten uitvoeren"): made by the act, a promise of its own. "naar een
 * goede balans" is where the act aims, no thing made.
 */
const THING_OF_ITS_OWN = /(?<!\b(?:naar|met|voor|op|aan|in|over|tot|bij|van|door|om|uit|tussen|zonder|tegen|onder|na|per|als)\s+)\b(?:een|één)\s+\p{L}/iu;
/** "Daarin zullen wij ook melden …": what the document just promised will tell. */
const TELLS_IN_IT = /^\s*(?:daarin|daarbij)\s+(?:zal|zullen)\s+(?:ik|wij|we)\b[^.;]{0,40}\b(?:melden|ingaan|aangeven|toelichten|beschrijven|schetsen|rapporteren)\b/i;
/** Telling what something holds, not delivering it: "een overzicht geven van", "schetsen", "ingaan op". */
const TELLING = /\b(?:(?:een\s+)?overzicht\s+geven|geven\s+(?:wij|we|ik)\s+(?:\p{L}+\s+)?(?:een\s+)?overzicht|schetsen|ingaan\s+op|toelichten|beschrijven|uiteenzetten)\b/iu;
const DELIVERING = /\b(?:informeren|sturen|toesturen|zenden|toezenden|aanbieden|toekomen|delen|voorleggen)\b/i;
const OWN_COMMITMENT = /\b(?:motie|moties|toezegging|toezeggingen|amendement|amendementen|verzoek)\b/i;
const BLANK_LINE = /\n[ \t]*\n/;
/**
 * A promise without a term of its own that opens by pointing back at what
 * the promise before it in its paragraph names ("Voor deze expertsessie(s)
 * zullen in elk geval organisaties worden uitgenodigd …" after "… ben ik
 * voornemens om in januari 2017 een of meerdere expertsessies te
 * organiseren"): it says how that promise is carried out, it is part of it.
 */
const POINTS_BACK = /^\s*(?:\p{L}+\s+){0,3}?(?:deze|dit|die|dat)\s+(\p{L}{5,})/iu;
/**
 * Who carries the promised thing out, said of it by its own name ("De
 * evaluatie zal worden uitgevoerd door een extern onderzoeksbureau" after "Ik
 * zal voor de zomer een evaluatie naar de Kamer sturen"): part of that
 * promise, as a sentence pointing back at it is.
 */
const CARRIED_OUT = /^\s*(?:\p{L}+\s+){0,2}?(?:de|het)\s+(\p{L}{5,})\s+(?:zal|zullen|wordt|worden)\b[^.;]{0,60}?\b(?:uitgevoerd|verricht|begeleid|opgesteld|geschreven|geleid)\b/iu;

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * A promise that only says what another promise's document of the same
 * letter will hold is part of that promise: skipped as its repeat, and those
 * that depended on it depend on that promise.
 */
export function withContentMerged(text: string, draft: Draft): Draft {
  const replaced = new Map<string, string>();
  const partOfNone = new Set<string>();
  const into = (id: string): string => {
    let at = id;
    while (replaced.has(at)) at = replaced.get(at)!;
    return at;
  };
  draft.commitments.forEach((commitment, index) => {
    const own = text.slice(commitment.start, commitment.end);
    // What the document will tell ("Daarin zullen wij ook melden hoe we gehoor hebben gegeven aan het verzoek …") names a request as its topic; taking a motion or a request in commits to it.
    if ((ELABORATES.test(own) && !OWN_COMMITMENT.test(own)) || TELLS_IN_IT.test(own)) {
      // In its paragraph, or the promise that ends the paragraph right before it ("… u voor het einde van dit jaar kan informeren …" ⏎⏎ "Wij zullen daarbij aandacht schenken aan …").
      const neighbours = draft.commitments.filter((other) => other !== commitment && into(other.id) !== commitment.id && (!BLANK_LINE.test(text.slice(Math.min(other.end, commitment.end), Math.max(other.start, commitment.start))) || (other.end <= commitment.start && text.slice(other.end, commitment.start).trim() === '')));
      const nearest = neighbours.sort((a, b) => Math.abs(a.start - commitment.start) - Math.abs(b.start - commitment.start))[0];
      if (nearest) {
        replaced.set(commitment.id, into(nearest.id));
        return;
      }
    }
    if (IN_DOING_SO.test(own) && commitment.due === undefined && !DELIVERING.test(own) && !OWN_COMMITMENT.test(own) && !THING_OF_ITS_OWN.test(own)) {
      const previous = draft.commitments[index - 1];
      if (previous && stillPointsAt(text.slice(previous.end, commitment.start))) replaced.set(commitment.id, into(previous.id));
      else partOfNone.add(commitment.id);
      return;
    }
    const noun = (CONTENT_OF.exec(commitment.quote) ?? CONTENT_OF_AFTER_FUTURE.exec(own))?.[1]?.toLowerCase();
    if (noun && !TIME_NOUN.test(noun)) {
      // The document by its name or as the head of its compound ("de septemberbrief" of "een brief").
      const others = draft.commitments.filter((other) => other !== commitment && !replaced.has(other.id) && wordsOf(other.quote).some((word) => word.endsWith(noun) || (word.length >= 5 && noun.endsWith(word))));
      const nearest = others.sort((a, b) => Math.abs(a.start - commitment.start) - Math.abs(b.start - commitment.start))[0];
      if (nearest) {
        replaced.set(commitment.id, nearest.id);
        return;
      }
    }
    const previous = draft.commitments[index - 1];
    if (previous && commitment.due === undefined && MAKING_IT.test(own) && !DELIVERING.test(own) && !OWN_COMMITMENT.test(own) && stillPointsAt(text.slice(previous.end, commitment.start))) {
      replaced.set(commitment.id, into(previous.id));
      return;
    }
    // "… zullen wij in de septemberbrief … schetsen. Eveneens … zullen wij een overzicht geven van …": the next thing that document tells, said right after, without a term or a delivery of its own.
    if (previous && replaced.has(previous.id) && commitment.due === undefined && TELLING.test(own) && !DELIVERING.test(own) && text.slice(previous.end, commitment.start).trim() === '') replaced.set(commitment.id, into(previous.id));
  });
  draft.commitments.forEach((commitment, index) => {
    if (replaced.has(commitment.id) || commitment.due !== undefined) return;
    const own = text.slice(commitment.start, commitment.end);
    const noun = (POINTS_BACK.exec(own) ?? CARRIED_OUT.exec(own))?.[1]?.toLowerCase();
    const before = draft.commitments.slice(0, index).filter((other) => !replaced.has(other.id)).at(-1);
    if (!noun || !before || BLANK_LINE.test(text.slice(before.end, commitment.start))) return;
    if (wordsOf(before.quote).some((word) => word.startsWith(noun) || word.endsWith(noun))) replaced.set(commitment.id, before.id);
  });
  if (replaced.size === 0 && partOfNone.size === 0) return draft;
  const skipped = [...draft.skipped];
  for (const commitment of draft.commitments) {
    const into = replaced.get(commitment.id);
    const sentence = oneLine(text.slice(commitment.start, commitment.end));
    if (into) skipped.push({ text: sentence, start: commitment.start, why: 'repeat', cues: [...commitment.cues, { kind: 'repeat', text: into }] });
    else if (partOfNone.has(commitment.id)) skipped.push({ text: sentence, start: commitment.start, why: 'statement', cues: [...commitment.cues, { kind: 'statement', text: sentence.slice(0, 'daarbij'.length) }] });
  }
  return {
    ...draft,
    skipped: skipped.sort((a, b) => a.start - b.start),
    commitments: draft.commitments
      .filter((commitment) => !replaced.has(commitment.id) && !partOfNone.has(commitment.id))
      .map((commitment) => ({ ...commitment, dependsOn: [...new Set(commitment.dependsOn.map((id) => replaced.get(id) ?? id))].filter((id) => id !== commitment.id && !partOfNone.has(id)) })),
  };
}
