import { skipDrafted } from './skip-drafted.js';
import { speechActOf } from './clause-reading.js';
import { contentWords } from './content-words.js';
import type { Draft } from './model.js';
import { THE_SIGNER } from './the-signer.js';

/** A later sentence of the same paragraph: no blank line between the two. */
const BLANK_LINE = /\n[ \t]*\n/;
/** A standing promise ("jaarlijks vóór het zomerreces", "periodiek door te lichten"): the letter that brings one instance keeps it going, not kept. */
const STANDING = /\b(?:jaarlijks|halfjaarlijks|periodiek|periodieke|regelmatig|elke|ieder|iedere|telkens)\b/i;

/**
 * The letter saying it keeps the promise: "Deze toezegging doen wij hiermee gestand", "Met deze brief beschouw ik de motie
 * als afgedaan", "Dat doe ik hierbij"; or, closing, that it has informed ("Ik vertrouw erop u hiermee voldoende
 * geïnformeerd te hebben", "Ik hoop uw Kamer hiermee voldoende te hebben geïnformeerd"): a promise to inform is kept by it.
 */
const SAID_KEPT = /\bhiermee\b[^.;]{0,40}\b(?:te\s+hebben\s+ge[iï]nformeerd|ge[iï]nformeerd\s+te\s+hebben)\b|\b(?:hiermee|hierbij|bij\s+dezen?|met deze brief)\b[^.;]{0,80}\b(?:gestand|afgedaan|voldaan|voldoe|voldoet|voldoen)\b|\b(?:gestand|afgedaan|voldaan|voldoe|voldoet|voldoen)\b[^.;]{0,30}\b(?:hiermee|hierbij|met deze brief)\b|(?:^\s*|[.!?]\s+)(?:dat|dit)\s+(?:doe|doen)\s+(?:ik|wij|we)\s+(?:bij\s+deze|hierbij|hiermee|met\s+deze\s+brief)\b/i;

/**
 * The next sentence calling what precedes it a promise this letter keeps ("Afgesproken is de resultaten daarvan tijdig
 * ter kennis van de Kamer te brengen … Deze toezegging doen wij hiermee gestand"): whatever the sentence's own words, it
 * told a promise made before.
 */
const CALLED_A_PROMISE_KEPT = /^\s*(?:deze|die|dit|dat)\s+(?:toezegging|afspraak)\b[^.;]{0,60}\b(?:gestand|nagekomen|voldaan|na)\b/i;

/** The thing promised enclosed with this letter ("In de bijlage treft u een overzicht aan van lopende en recent voltooide onderzoeken"). */
const ENCLOSED = /\b(?:treft|vindt|ontvangt)\s+u\b[^.;]{0,120}\b(?:in de bijlage|als bijlage|bijgevoegd|bijgaand|hierbij|bij deze)\d*\b|\b(?:in de bijlage|als bijlage|bijgevoegd|bijgaand)\d*\b[^.;]{0,120}\b(?:treft|vindt|ontvangt)\s+u\b/;

/** A later sentence of the paragraph that says what this letter does ("In de onderstaande paragrafen beschrijf ik …", "In de bijlage treft u …"), read as clause-reading.ts reads it. */
function lettersOwnAct(rest: string): { index: number } | undefined {
  const sentence = /[^.!?]+[.!?]?/g;
  for (let match = sentence.exec(rest); match; match = sentence.exec(rest)) {
    const lower = match[0].replace(/\s+/g, ' ').toLowerCase();
    if (speechActOf(lower, false) === 'this-letter' || ENCLOSED.test(lower)) return { index: match.index };
  }
  return undefined;
}

/** The promise told as made before, in the perfect ("heb ik toegezegd uw Kamer … te informeren"), not undertaken anew. */
const PROMISED_BEFORE = /\b(?:heb|hebben|heeft|is|werd)\b[^.;]{0,120}\btoegezegd\b/i;

/**
 * A promise to tell the Kamer when the writer does something ("Ik heb u daarbij toegezegd om u te berichten wanneer ik
 * de nadere motivering voor het Tracébesluit aan de Raad van State stuur"): group 1 is what is to be done.
 */
const TOLD_WHEN_DONE = /\btoegezegd\b[^.;]{0,80}?\b(?:berichten|informeren|melden|laten\s+weten|op\s+de\s+hoogte\s+(?:te\s+)?(?:stellen|brengen))\s+(?:wanneer|zodra|als|dat)\s+(?:ik|wij|we|het kabinet)\s+([^.;]{8,200})/i;
/** The writer reporting, in the perfect, an act done ("Op 13 september jl. heb ik de nadere motivering … aan de Raad van State gestuurd"). */
const DONE = /\b(?:heb|hebben|heeft)\s+(?:ik|wij|we|het kabinet)\b[^.;]{0,160}?\b(?:gestuurd|verstuurd|toegestuurd|gezonden|verzonden|toegezonden|ingediend|aangeboden|gepubliceerd|genomen|vastgesteld|ondertekend)\b/gi;

/**
 * The writer telling, in the past, a promise or an announcement of their own ("Ik heb u toegezegd graag bereid te zijn
 * om …", "In het najaar van 2018 heb ik uw Kamer toegezegd een onderzoek uit te laten voeren …", "In antwoord hierop heb
 * ik, tijdens de behandeling van de Begroting 2014 van VWS (d.d. 30 oktober 2013) …, aangegeven dat ik zal bezien …",
 * "In het algemeen overleg … kondigden wij aan dat … het kabinet … zal bezien"): a parenthesis counts as one word.
 */
const OWN_EARLIER_PROMISE = new RegExp(String.raw`\b(?:(?:heb\s+ik|hebben\s+(?:wij|we)|ik\s+heb|(?:wij|we)\s+hebben|heeft\s+mijn\s+(?:ambts)?voorganger|mijn\s+(?:ambts)?voorganger\s+heeft|(?:heeft|hebben)\s+${THE_SIGNER}|${THE_SIGNER}\s+(?:heeft|hebben))\b(?:[^.;()]|\([^()]*\)){0,160}?\b(?:toegezegd|aangekondigd\s+(?:dat|te)\b|(?:aangegeven|medegedeeld|meegedeeld)\s+(?:dat\b[^.;]*\b(?:zal|zullen|zou|zouden)\b|(?:\p{L}+\s+){1,6}te\s+\p{L}+))|(?:zegde|zegden|kondigde|kondigden)\s+(?:ik|wij|we)\b[^.;]{0,160}?\b(?:toe|aan)\b)`, 'iu');

/**
 * Whether the promise is the writer's earlier promise told as such, not an act the sentence restates "zoals" it was
 * promised ("Zoals ik heb toegezegd, zal ik u …"), and with no year still to come: a year after the letter's names a
 * term or a vehicle the promise still waits for ("een geactualiseerde planning zal opnemen in het MIRT projectenboek
 * 2014", written in 2013).
 */
function toldAsOwnEarlierPromise(quote: string, year: number | undefined): boolean {
  const told = OWN_EARLIER_PROMISE.exec(quote) ?? promisedInThePassive(quote);
  if (told === null || /\bzoals\s+(?:\p{L}+\s+){0,2}$/iu.test(quote.slice(0, told.index))) return false;
  return year === undefined || (quote.match(/\b(?:19|20)\d{2}\b/g) ?? []).every((named) => Number(named) <= year);
}

/**
 * The promise told in an impersonal passive, the promised act after it ("… in de U.C.V. van 16 november 1992 (UCV 6,
 * bladzijde 23, is toegezegd de Tweede Kamer te informeren over …", "Door mij werd toegezegd over dit onderwerp met
 * betrokkenen nader overleg te voeren"): a letter of the office that promised, told as made before. Not in a clause of
 * its own that names something promised ("het onderzoek dat is toegezegd", "zoals door mijn voorganger is toegezegd").
 */
const PROMISED_PASSIVE = /\b(?:is|werd)\b(?:[^.;()]|\([^()]*\)){0,40}?\btoegezegd\s+(?=\p{L})/iu;
const OPENS_A_CLAUSE = /\b(?:die|dat|wat|welke|zoals|als|indien|waarin|waarbij|waarvan|hetgeen|toen|omdat|nu|wanneer|zodra)\b[^,;()]*$/i;

function promisedInThePassive(quote: string): { index: number } | null {
  const told = PROMISED_PASSIVE.exec(quote);
  return told && !OPENS_A_CLAUSE.test(quote.slice(0, told.index)) ? told : null;
}

/** The act the promise waits on, reported done in the next sentences of the letter: the letter is the telling, and keeps it. */
function toldWhenDoneHere(quote: string, rest: string): { index: number } | undefined {
  const when = TOLD_WHEN_DONE.exec(quote);
  if (!when) return undefined;
  const awaited = contentWords(when[1]!);
  for (const done of rest.matchAll(DONE)) {
    const shared = [...contentWords(done[0])].filter((word) => awaited.has(word));
    if (shared.length >= 2) return { index: done.index };
  }
  return undefined;
}

/** The text from `from` to the end of its paragraph and the `count - 1` paragraphs after it. */
function paragraphsAfter(text: string, from: number, count: number): string {
  let end = from;
  for (let n = 0; n < count; n++) {
    const blank = BLANK_LINE.exec(text.slice(end));
    if (!blank) return text.slice(from);
    end += blank.index + (n < count - 1 ? blank[0].length : 0);
  }
  return text.slice(from, end);
}

/** The letter's first paragraph of prose: no sentence ending in a stop before it in the letter, past its heading lines. */
function opensTheLetter(text: string, start: number): boolean {
  const before = text.slice(0, start).split(/\n[ \t]*\n/).slice(0, -1);
  return before.every((paragraph) => !/[.!?]["'’”)]*\s*$/.test(paragraph.trim()) || paragraph.trim().length < 80);
}

/**
 * A restated promise the letter goes on to keep ("Op 10 oktober heeft de
 * minister toegezegd een onderzoek … toe te zenden zodra zij dit ontvangt.
 * U ontvangt bij deze de rapportage …"; "Hierin heb ik uw Kamer toegezegd om
 * … twee documenten met uw Kamer te delen. Ten eerste … Bijgevoegd bied ik
 * het rapport en het advies aan uw Kamer aan"): when a later sentence of its
 * paragraph, before any other promise, sends something with this letter, the
 * promise is kept by the letter itself and is no open commitment. A
 * standing promise stays open: this letter is one of its instances. The
 * writer's own earlier promise told in the past ("Ik heb u toegezegd …",
 * "… heb ik aangegeven dat ik … zal bezien"), with no term still to come, is
 * what the letter answers: it is no open commitment either.
 */
export function withKeptByLetter(text: string, draft: Draft): Draft {
  const kept = new Set<string>();
  const letterYear = draft.source.date === undefined ? undefined : Number(draft.source.date.slice(0, 4));
  const moved = movedByAnEarlierRestatement(draft);
  for (const commitment of draft.commitments) {
    if (commitment.status !== 'open' || STANDING.test(commitment.quote) || moved.has(commitment.id)) continue;
    // The writer's own earlier promise told in the past, with no term of its own still to come: what this letter answers, not a promise it makes or keeps open.
    if (commitment.due === undefined && toldAsOwnEarlierPromise(commitment.quote, letterYear)) {
      kept.add(commitment.id);
      continue;
    }
    // "Tijdens de UCV-MKB … heb ik u toegezegd dat ik u … op zo kort mogelijke termijn zal informeren, waaraan ik bij dezen gaarne voldoe": the sentence itself says this letter keeps it.
    const promised = PROMISED_BEFORE.exec(commitment.quote);
    if (promised && SAID_KEPT.test(commitment.quote.slice(promised.index + promised[0].length))) {
      kept.add(commitment.id);
      continue;
    }
    const rest = paragraphsAfter(text, commitment.end, 1);
    if (commitment.type !== 'existing' && !CALLED_A_PROMISE_KEPT.test(rest)) continue;
    const said = SAID_KEPT.exec(rest) ?? lettersOwnAct(rest);
    const sameParagraph = said ? { start: commitment.end + said.index } : draft.skipped.find((skipped) => skipped.start >= commitment.end && skipped.why === 'this-letter');
    let next = sameParagraph && !BLANK_LINE.test(text.slice(commitment.end, sameParagraph.start)) ? sameParagraph : undefined;
    // "Tijdens het Algemeen Overleg … heb ik toegezegd uw Kamer voor de zomer te informeren over …" opening the letter, and the next paragraph: "Met deze brief informeer ik u hierover …".
    if (!next && PROMISED_BEFORE.test(commitment.quote) && !/(?<!\bte\s)\b(?:zal|zullen)\b/i.test(commitment.quote) && opensTheLetter(text, commitment.start)) {
      const further = paragraphsAfter(text, commitment.end, 2);
      const act = SAID_KEPT.exec(further) ?? lettersOwnAct(further);
      if (act) next = { start: commitment.end + act.index };
    }
    // "Ik heb u daarbij toegezegd om u te berichten wanneer ik de nadere motivering … stuur." and the next paragraph: "Op 13 september jl. heb ik de nadere motivering … gestuurd."
    if (!next) {
      const done = toldWhenDoneHere(commitment.quote, paragraphsAfter(text, commitment.end, 2));
      if (done) next = { start: commitment.end + done.index };
    }
    if (!next) continue;
    if (draft.commitments.some((other) => other.start >= commitment.end && other.start < next.start)) continue;
    kept.add(commitment.id);
  }
  return skipDrafted(text, draft, kept, 'this-letter');
}

/**
 * The promises a restatement before them in the letter was taken as, with its new term (rescheduled.ts, a skipped
 * "repeat" naming the promise): the letter moves each, it does not keep it.
 */
function movedByAnEarlierRestatement(draft: Draft): Set<string> {
  const moved = new Set<string>();
  for (const skipped of draft.skipped) {
    if (skipped.why !== 'repeat') continue;
    for (const cue of skipped.cues) {
      if (cue.kind === 'repeat' && draft.commitments.some((commitment) => commitment.id === cue.text && skipped.start < commitment.start)) moved.add(cue.text);
    }
  }
  return moved;
}
