import { pointsBack } from '../core/deadline/event.js';
import { lowerBound } from '../core/lower-bound.js';
import { skipDrafted } from './skip-drafted.js';
import type { Draft, DraftCommitment } from './model.js';

/** A paragraph ends at a blank line. */
const BLANK_LINE = /\n[ \t]*\n/g;

/** The order of this text announced: "Ik stel mij voor dat ik eerst de indeling geef van de beantwoording, zodat u … weten in welke volgorde ik de onderwerpen zal bespreken". */
const ORDER_ANNOUNCED = /\bindeling\b[^.;]{0,40}\bvan\s+(?:de|het|mijn|onze)\s+(?:beantwoording|antwoord|betoog|brief|inbreng)\b|\bin welke volgorde\b/i;
/** What a text says it goes into: "ingaan op", "iets zeggen over", "antwoord geven op", "bespreken" (not "bespreken met" someone, which is an act). */
const GOES_INTO = String.raw`(?:ingaan|in\s+op|in\s+te\s+gaan|bespreken(?!\s+met\b)|behandelen|beantwoorden|antwoord\s+geven|zeggen|toelichten|stilstaan|reageren|schetsen|noemen)`;
/**
 * The first step of an outline of this text itself: the speaker or writer
 * taking a subject first ("Ik zal allereerst kort ingaan op …", "Ik begin met
 * de vragen over …") or announcing the order.
 */
const OUTLINE_HEAD = new RegExp(
  String.raw`\b(?:eerst|allereerst|als eerste|om te beginnen)\b[^.;]{0,80}\b${GOES_INTO}\b|\b(?:(?:ik|wij|we)\s+(?:begin|beginnen|start|starten)|(?:begin|start)\s+(?:ik|wij|we))\s+met\s+(?:de|het|een)\s+(?:[^\s,.;]+\s+)?(?:vragen|vraag|blok|blokje|onderwerp|punt|inleiding|thema)\b|${ORDER_ANNOUNCED.source}`,
  'i',
);

/** A later step, chained to the first by its opening word, going into a subject: "Vervolgens zal ik iets zeggen over …", "Dan zal ik antwoord geven op …", "Tot slot wil ik ingaan op …". */
const OUTLINE_STEP = new RegExp(String.raw`^\s*(?:vervolgens|daarna|daarnaast|dan|verder|voorts|tot slot|ten slotte|tenslotte|als laatste|ten (?:tweede|derde|vierde|vijfde))\b[^.;]{0,20}?\b(?:zal|ga|wil)\s+(?:ik|wij|we)\b[^.;]{0,80}?\b${GOES_INTO}\b`, 'i');

/** What leaves the text and comes to the Kamer later: a step that says so is a promise, in an outline or not ("Tot slot zal ik de resterende vragen schriftelijk beantwoorden"). */
const COMES_LATER = /\b(?:schriftelijk|per brief|in een brief|uiterlijk|binnen|spoedig|later)\b/i;

/**
 * The writer saying, in the future, what this text goes on to explain ("In het tweede deel zal ik kort ingaan op
 * ontwikkelingen in het flankerend beleid", "ik zal achtereenvolgens aandacht besteden aan de campagne", "zal ik deze
 * zaken uitgebreider toelichten"): verbs of a text's own telling, not of delivering or answering ("Ik zal op het advies
 * reageren" sends a reaction). "aandacht besteden aan" is the text's only in its order ("achtereenvolgens", "eerst",
 * "kort"), before the verb as after it ("Vervolgens zal ik aandacht besteden aan de situatie in Nederland"): "Daarom
 * zullen wij nadrukkelijk aandacht besteden aan het bewustzijn van de medewerkers" is the organisation's (tk-2021D03606,
 * the twentieth dev round, which this rule first missed). "in gaan op" is "ingaan op" written apart ("Tevens zal ik op
 * verzoek van de Kamer in gaan op …").
 */
const TELLS_FURTHER_ON = /\b(?:(?:zal|zullen|ga|gaan)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:zal|zullen|ga|gaan))\b(?:[^.;]{0,100}?\b(?:ingaan|in\s+gaan\s+op|in\s+op|in\s+te\s+gaan|toelichten|toe\s+te\s+lichten|stilstaan|stil\s+te\s+staan|uiteenzetten|uiteen\s+te\s+zetten|schetsen|beschrijven)\b|[^.;]{0,60}?\b(?:achtereenvolgens|eerst|allereerst|vervolgens|daarna|hieronder|hierna|kort)\b[^.;]{0,40}?\baandacht\s+(?:besteden|te\s+besteden)\s+aan\b)|^\s*(?:achtereenvolgens|eerst|allereerst|vervolgens|daarna|hieronder|hierna)\s+(?:zal|zullen|ga|gaan)\s+(?:ik|wij|we)\s+(?:[^.;]{0,40}?\s)?aandacht\s+(?:besteden|te\s+besteden)\s+aan\b/i;
/** Another text or occasion named as where it is told, "deze brief" not being one: "in de Geannoteerde Agenda", "In die brief", "In mijn brief, die ik u … zal doen toekomen", "in de voortgangsrapportage van mei 2020", "tijdens het debat", "in de memorie van toelichting". */
const TOLD_ELSEWHERE = /\b(?:in|bij|via|met|tijdens|op)\s+(?:de|het|een|die|dat|mijn|onze)\s+(?:[\p{L}-]+\s+){0,2}?\p{L}*(?:brief|brieven|agenda|rapportage|rapport|nota|notitie|verslag|reactie|evaluatie|visie|plan|overleg|debat|raad|bijeenkomst|gesprek|vergadering|conferentie|beantwoording|wetsvoorstel|memorie\s+van\s+toelichting)\b/iu;

function outlineOnly(commitment: DraftCommitment, said: string): boolean {
  // "Daarna zal ik iets zeggen over …": a term pointing back, in a text's order, is that order, not a time.
  const timed = commitment.due !== undefined && !(commitment.due.kind === 'phrase' && pointsBack(commitment.due.phrase));
  return !timed && !COMES_LATER.test(said) && !commitment.cues.some((cue) => cue.kind === 'deliver' || cue.kind === 'deadline');
}

/**
 * A speaker or writer laying out the order of what this text goes on to say, or saying what it goes on to explain
 * ("Ik zal allereerst kort ingaan op …. Vervolgens zal ik iets zeggen over de
 * ernst …. Dan zal ik antwoord geven op enkele losse vragen. Tot slot wil ik
 * ingaan op …"): an outline, read as one structure of its paragraph rather
 * than sentence by sentence. Its first step names the order; the steps
 * chained to it by "vervolgens", "dan", "tot slot" in the same paragraph are
 * steps of that outline whatever their verb, so what they undertake is what
 * this text does next, no promise. A step with a term, or one that sends or
 * tells the Kamer something later, stays a promise; so does every step of a
 * paragraph whose first step is not this text's order.
 */
export function withOutlineSteps(text: string, draft: Draft): Draft {
  const steps = new Set<string>();
  const paragraphStart = paragraphStarts(text);
  for (const commitment of draft.commitments) {
    const said = text.slice(commitment.start, commitment.end);
    if (!outlineOnly(commitment, said)) continue;
    const before = text.slice(paragraphStart(commitment.start), commitment.start);
    if (ORDER_ANNOUNCED.test(said) || (TELLS_FURTHER_ON.test(said) && !TOLD_ELSEWHERE.test(said))) {
      steps.add(commitment.id);
      continue;
    }
    if (!OUTLINE_STEP.test(said) || !OUTLINE_HEAD.test(before)) continue;
    // The chain holds only while every promise between the first step and this one is a step of it too.
    const between = draft.commitments.filter((other) => other.start >= commitment.start - before.length && other.start < commitment.start);
    if (between.every((other) => steps.has(other.id))) steps.add(commitment.id);
  }
  return skipDrafted(text, draft, steps, 'this-letter');
}

/**
 * Where the paragraph holding an offset starts: after the last blank line that begins before it. The text's blank
 * lines are found once; searched from the text's start for each promise, they made a long text cost the square of its
 * length.
 */
function paragraphStarts(text: string): (at: number) => number {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const blank of text.matchAll(BLANK_LINE)) {
    starts.push(blank.index);
    ends.push(blank.index + blank[0].length);
  }
  return (at) => {
    const low = lowerBound(starts, at);
    return low === 0 ? 0 : ends[low - 1]!;
  };
}
