/**
 * Whether a date in a sentence is the day an event takes place rather than
 * the day something is due. Letters describe elections, debates, dinners of
 * heads of government and their dates in the same words a promise uses
 * ("op 18 maart 2026"); what tells them apart is the verb or the noun the date
 * belongs to, never the date itself.
 */

import { Caseless } from './caseless.js';

/**
 * Nouns of a gathering or a day on the calendar: dates attached to them by
 * "plaatsvinden", "houden" or a copula are when they happen. Compounds carry
 * their head last ("wetgevingsoverleg", "gemeenteraadsverkiezingen", "Klimaatdag").
 */
const GATHERINGS = [
  'debat', 'debatten', 'overleg', 'overleggen', 'gesprek', 'gesprekken', 'bijeenkomst', 'bijeenkomsten', 'vergadering',
  'vergaderingen', 'zitting', 'beschouwingen', 'stemming', 'stemmingen', 'verkiezing', 'verkiezingen', 'conferentie', 'congres', 'top', 'diner',
  'dag', 'bezoek', 'werkbezoek', 'reis', 'werkreis', 'ontmoeting', 'ontbijt', 'lunch', 'receptie', 'ceremonie', 'herdenking',
  'onderhandeling', 'onderhandelingen', 'triloog', 'trilogen', 'raad', 'council',
  'debate', 'meeting', 'summit', 'conference', 'election', 'elections', 'vote', 'visit', 'trip',
];

/** Heads that end other words: a "top" is no "laptop", and a council ("de Europese Raad") is no ministerraad, whose day the cabinet acts on. */
const WHOLE_WORDS = new Set(['top', 'raad', 'council']);

/** The Kamer's abbreviations of its meetings: "het WGO van 12 juni", "het AO van 3 maart", "het VAO". */
const MEETING_ABBREVIATIONS = new Set(['wgo', 'ao', 'vao']);

/** Whether a word (lower case) names a gathering or a calendar day, itself or as the head of a compound. */
export function isGathering(word: string): boolean {
  if (MEETING_ABBREVIATIONS.has(word)) return true;
  return GATHERINGS.some((head) => word === head || (!WHOLE_WORDS.has(head) && word.endsWith(head) && word.length > head.length + 2));
}

/**
 * A verb or noun of delivering to the Kamer: with one, a day in a clause that also names a meeting is when something
 * is sent ("Op 12 juni a.s. stuur ik u, voorafgaand aan het overleg, de brief"); without one, the day is the meeting's.
 */
const DELIVERY_WORDS =
  new Caseless(/\b(?:toekomen|informeren|informeer|informeert|geïnformeerd|geinformeerd|rapporteren|rapporteer|gerapporteerd|toezenden|toegezonden|zenden|zend|zendt|gezonden|sturen|stuur|stuurt|gestuurd|versturen|verstuur|verstuurd|aanbieden|aangeboden|bied|biedt|ontvangt|ontvangen|beantwoorden|beantwoord|beantwoording|publiceren|gepubliceerd|verschijnt|volgt|brief|reactie|send|inform|report|receive)\b/iu);

/**
 * A letter named as one already written: this one by a compound of its own ("met deze B-brief", "deze Kamerbrief"), one
 * of the Kamer's ("uw brief", "over een brief van de vaste commissie"), or one dated ("de brief van de staatssecretaris
 * … d.d. 2 december 2009"). It is what a clause is about, not a letter still to be sent, as the government's letter
 * awaited is ("De commissie wacht de brief van de minister voor 1 juli af").
 */
const A_LETTER_WRITTEN =
  /\b(?:deze|uw)\s+(?:[a-z]+-?)?brief\b|\b(?:[a-z]+-?)?brie(?:f|ven)\s+van\s+(?:de|uw)\s+(?:vaste\s+)?(?:commissie|kamer)\b|\b(?:[a-z]+-?)?brie(?:f|ven)\s+(?:van\s+[^,;:()]{1,80}?\s+)?(?:van|d\.d\.|dd)\s+\d/gi;

/**
 * Whether a clause delivers: a letter already written delivers nothing ("Ik stel voor woensdag 16 mei aanstaande ook te
 * stemmen over een brief van de vaste commissie"); one to be sent still has its verb ("Een brief van de staatssecretaris
 * volgt na het zomerreces").
 */
export const DELIVERS = {
  test(text: string): boolean {
    return DELIVERY_WORDS.test(text.replace(A_LETTER_WRITTEN, ' '));
  },
};

/**
 * The present tense of "plaatsvinden" ("vinden … plaats", "dat … plaatsvindt")
 * describes or schedules an event; the infinitive after a modal ("waarover
 * besluitvorming moet plaatsvinden") does not. The future ("Beantwoording zal zo spoedig
 * mogelijk plaatsvinden") is how an uitstelbericht promises its answer, and is
 * no description.
 */
const TAKES_PLACE = new Caseless(/\b(?:vindt|vinden)\b(?:\s+[^\s.;:]+){0,14}?\s+plaats\b|\bplaatsvindt\b|\btakes?\s+place\b/iu);
const FUTURE_AUXILIARY = new Caseless(/\b(?:zal|zullen|zult|will|shall)\b/iu);
/** What takes place may be the delivery itself: "De beantwoording vindt zo spoedig mogelijk plaats", "De oplevering vindt plaats in het derde kwartaal", "dat de evaluatie in 2013 plaatsvindt". */
export const DELIVERY_TAKES_PLACE = new Caseless(/\b(?:beantwoording|oplevering|toezending|verzending|aanbieding|indiening|publicatie|levering|informering|evaluatie|wetsevaluatie|beleidsdoorlichting|doorlichting)\b/iu);

/** A day that dates the meeting a preposition of time ties the sentence to: "tijdens de Raad van 11 december". */
const AT_THE_MEETING = new Caseless(/\b(?:tijdens|gedurende|during)\s+(?:de|het|the)\s+(?:[^\s.;:]+\s+){0,4}?(?:van|of|op|on)\s*$/iu);

/**
 * Meeting or taking part in one: "De ministers van Landbouw komen op 11 december bijeen", "neemt op 11 december deel aan
 * de Raad". Talking, debating or visiting is meeting too, whoever does it ("Donderdag debatteert Schouten opnieuw urenlang
 * met de pensioenwoordvoerders", "gaat volgende week twee dagen lang in gesprek met bewoners", "Vrijdag 25 januari maakt de
 * minister nader kennis met het eiland", "waarover deze week … met provincies … wordt gesproken"): the day or the week is
 * the meeting's. What is delivered from it keeps its term (DELIVERS): "Ik ga volgende week in gesprek met de sector en stuur
 * u daarna een brief". "bezoeken" after a determiner is the noun, visits an act is about: "Ik zal volgende week de bezoeken
 * aan de regio's evalueren" keeps its week.
 */
const MEETS =
  /\b(?:vergader\p{L}*|bijeen|neemt\s+(?:[^\s.;:]+\s+){0,6}?deel|nemen\s+(?:[^\s.;:]+\s+){0,6}?deel|deelnemen|deelneemt|debatteert|debatteren|bezoekt|(?<!\b(?:de|die|deze|dezelfde|zijn|haar|hun|onze|mijn|uw|alle|twee|drie|enkele|vele|veel|meer|meerdere|eerdere)\s+)bezoeken|(?:maakt|maken)\s+(?:[^\s.;:]+\s+){0,6}?kennis|in\s+gesprek|(?:spreekt|spreken)\s+(?:[^\s.;:]+\s+){0,6}?met|gesproken\s+(?:wordt|worden)|(?:wordt|worden)\s+gesproken|meet|meets|attend|attends)\b/iu;

/**
 * Being somewhere is a visit, met about as a meeting is ("volgende week ben ik in Brussel voor de Europese Raad", "Op
 * maandag 21 januari … is de minister op Curaçao", "is ook de komende week veel van huis"): a form of "zijn" with a
 * named place or an absence makes the day or week the visit's. A place named by its article ("in de Kamer") is left
 * alone, and so is a thing ready, known or in force there ("is … op Rijksoverheid.nl beschikbaar"): delivered, not visiting.
 */
const IS_A_FORM_OF_ZIJN = new Caseless(/\b(?:ben|bent|is|zijn|was|waren)\b/iu);
const AT_A_PLACE = /\b(?:[Ii]n|[Oo]p|[Nn]aar)\s+(?!(?:De|Het|Een)\b)\p{Lu}[\p{L}-]+|\bvan\s+huis\b|\bop\s+(?:werk)?bezoek\b|\bin\s+het\s+buitenland\b|\bop\s+reis\b/u;
const READY = new Caseless(/\b(?:beschikbaar|gereed|klaar|af|er|bekend|openbaar|in\s+werking|van\s+kracht)\b/iu);

/** A week: what is met about in it ("volgende week", "deze week", "in de week van 8 juni") is the meeting's week, as a day is. */
const A_WEEK = /\bweek\b/iu;

/** Holding a meeting: "bij voorkeur te houden op 26 oktober", "het houden van een wetgevingsoverleg … op 29 mei", "dat in februari gevoerd gaat worden". */
const HELD = new Caseless(/\b(?:te\s+houden|het\s+houden\s+van|wordt\s+gehouden|worden\s+gehouden|gevoerd\s+(?:gaat|gaan|zal|zullen)\s+worden|to\s+be\s+held|is\s+held)\b/iu);
/**
 * Others organising a gathering: "de VN Waterconferentie …, die het Koninkrijk der Nederlanden in 2023 co-organiseert
 * met Tadzjikistan" dates the conference. The finite verb only: "om … de verkiezingen te organiseren" and "Ik organiseer
 * in maart een bijeenkomst" are acts of ours.
 */
const ORGANISED_BY_OTHERS = new Caseless(/\b(?:co-)?(?:organiseert|organizes|organises|hosts)\b/iu);
const OURS = /\b(?:[Ii]k|[Ww]ij|[Ww]e|I)\b/u;
/**
 * A signing told in the present passive ("Dit akkoord wordt op 29 juni aanstaande in Den Haag ondertekend"): the day of
 * the ceremony, described as a meeting's day is. As with "plaatsvinden", the future ("Op 16 november 2016 zal de …
 * intentieverklaring … worden ondertekend door alle betrokken partijen") is how a signing is undertaken, and "Ik
 * onderteken het convenant voor 1 juli" names who signs, and by when.
 */
const SIGNED = new Caseless(/\b(?:wordt|worden)\b[^.;:]*?\b(?:ondertekend|getekend|signed)\b/iu);

/**
 * Taking office ("Het nieuwe kabinet wordt op 2 juli beëdigd", "In de eerste week van juli staat het nieuwe kabinet … op
 * het bordes", "hij op 26 oktober 2017 hoopt toe te treden tot het nieuwe kabinet"): the day or week of the ceremony,
 * described as a meeting's is, whoever takes office. What is delivered then keeps its term (DELIVERS), and acceding to
 * a treaty ("op 1 oktober toe te treden tot het verdrag") is the government's act, not a ceremony.
 */
const TAKES_OFFICE = /\b(?:beëdigd|beëdigen|beëdigt|beëdiging|op\s+het\s+bordes|(?:toe\s+te\s+treden|treedt\s+(?:[^\s.;:]+\s+){0,6}?toe)\s+tot\s+(?:het|de)\s+(?:nieuwe\s+)?(?:kabinet|regering)|aantreden|aantreedt)\b/iu;

/** A range of clock hours after a date is a meeting's time: "op woensdag 29 mei 2019 van 12.00 uur tot 16.00 uur". */
const HOURS_AFTER = new Caseless(/^\s*,?\s*(?:van\s+|from\s+)?\d{1,2}[.:]\d{2}\s*(?:uur\s*)?(?:tot|until|to|-|–)\s*\d{1,2}[.:]\d{2}/iu);

/** "Op 29 oktober 2025 is de vervroegde Tweede Kamerverkiezing": a date, a copula and the event of that day, nothing else. */
const IS_THE_EVENT = /^\s*(?:is|zijn|was|waren)\s+(?:de|het|een)\s+(?:[\p{L}-]+\s+){0,4}?([\p{L}-]+)\s*[.!]?\s*$/u;

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}-]+/u);

const PAST_MARK = new Caseless(/\b(?:jl|jongstleden)\b/iu);

/**
 * True when the phrase at `start`…`end` dates an event the sentence
 * describes. `clause` is the clause around the phrase (its words outside the
 * phrase), `sentence` the whole sentence starting at `sentenceStart`. A
 * present "plaatsvinden" or a meeting being held makes any phrase of the
 * clause part of that description, an event named in it too ("Snel na deze
 * verkiezing … vinden de gemeenteraadsverkiezingen plaats"); clock hours and
 * a copula naming the event date only a window.
 */
export function datesAnEvent(
  text: string,
  span: { start: number; end: number; kind: 'window' | 'event' | 'recurring'; singleDay: boolean },
  clause: string,
  sentence: { text: string; start: number },
): boolean {
  if (TAKES_PLACE.test(clause) && !FUTURE_AUXILIARY.test(clause) && !DELIVERY_TAKES_PLACE.test(clause)) return true;
  if ((HELD.test(clause) || (ORGANISED_BY_OTHERS.test(clause) && !OURS.test(clause))) && words(sentence.text).some(isGathering)) return true;
  if (span.kind !== 'window') return false;
  if (HOURS_AFTER.test(text.slice(span.end))) return true;
  if (span.singleDay && SIGNED.test(clause) && !FUTURE_AUXILIARY.test(clause) && !OURS.test(clause) && !DELIVERS.test(clause)) return true;
  const aWeek = A_WEEK.test(text.slice(span.start, span.end));
  if ((span.singleDay || aWeek) && TAKES_OFFICE.test(clause) && !DELIVERS.test(clause)) return true;
  // "Op 12 juni as. voer ik een wetgevingsoverleg", "het WGO van 12 juni as. is mijn laatste verplichting": a day in a
  // clause about a meeting, with nothing delivered, is the meeting's day.
  // "Nederland zal tijdens de Raad van 11 december steun uitspreken": an act undertaken at the meeting, on its day.
  const atTheMeeting =
    FUTURE_AUXILIARY.test(clause) &&
    !PAST_MARK.test(text.slice(span.start, span.end + 14)) &&
    AT_THE_MEETING.test(sentence.text.slice(0, span.start - sentence.start));
  if (span.singleDay && !atTheMeeting && (words(clause).some(isGathering) || MEETS.test(clause)) && !DELIVERS.test(clause)) return true;
  if (aWeek && !atTheMeeting && MEETS.test(clause) && !DELIVERS.test(clause)) return true;
  const visits = IS_A_FORM_OF_ZIJN.test(clause) && AT_A_PLACE.test(clause) && !READY.test(clause) && !DELIVERS.test(clause);
  if ((span.singleDay || aWeek) && visits) return true;
  const copula = IS_THE_EVENT.exec(sentence.text.slice(span.end - sentence.start));
  return copula !== null && text.slice(sentence.start, span.start).trim() === '' && isGathering(copula[1]!.toLowerCase());
}

/**
 * A bare date right after a meeting's name and "van" says which meeting is meant ("de Europese Raad (ER) van 20-21
 * juni", "de geannoteerde agenda van de Algemene Raad van 26/27 april a.s.", "het commissiedebat van 7 oktober"), not
 * when anything is due: the meeting is named by a gathering noun or by a capitalised name or abbreviation (councils,
 * summits). A promise tied to that meeting says so with a preposition of time ("tijdens de ER van 20-21 juni", "voor
 * het commissiedebat van 7 oktober"), and keeps its date.
 */
const OF_A_MEETING =
  /(?:^|[\s(])(?:(tijdens|op|bij|gedurende|during|at)\s+)?(?:de|het|the)\s+(?:(?!(?:de|het|the|van|of|tijdens|op|bij|in)\s)[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:\(\p{Lu}[\p{L}-]*\)\s+)?(?:van|of)\s*$/u;

export function namesAMeeting(before: string): boolean {
  const meeting = OF_A_MEETING.exec(before);
  if (meeting && meeting[1] === undefined) return /^\p{Lu}/u.test(meeting[2]!) || isGathering(meeting[2]!.toLowerCase());
  const on = ON_A_MEETING.exec(before);
  return on !== null && on[1] === undefined && isGathering(on[2]!.toLowerCase());
}

/**
 * A meeting named with the day it is held on ("de Algemene Politieke Beschouwingen op 17 en 18 september 2024", "het
 * debat op 4 juni"): the day is the meeting's, as after "van". Only a gathering noun: "de Kamer op 4 juni" is whom
 * something is sent to, and when.
 */
const ON_A_MEETING =
  /(?:^|[\s(])(?:(tijdens|op|bij|gedurende|during|at)\s+)?(?:de|het|the)\s+(?:(?!(?:de|het|the|van|of|tijdens|op|bij|in)\s)[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:op|on)\s+(?:\d{1,2}\s+en\s+)?$/u;
