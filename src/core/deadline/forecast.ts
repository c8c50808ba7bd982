/**
 * A forecast of a quantity: "Ik acht de verwachting echter gewettigd dat in 1984 het totaal aantal open hartoperaties
 * zich zal bewegen tussen 6100 en 6500", "ik verwacht dat het budget voor de centrale IPR in 1990 ontoereikend is",
 * "wordt geschat dat volgend jaar … de kosten van het zuivelbeleid met ca. …", "De verwachting van het COA is dat in
 * 2025 iets meer dan driekwart van de … plekken wordt gerealiseerd". What is expected is how much or how many at that
 * time, a state of the world, not an act anyone undertakes (GUIDE D11 (d): an expectation of a thing is a forecast, none).
 * An expectation of the government's own act or delivery ("Ik verwacht dat ik u voor het einde van dit jaar kan
 * informeren", "De verwachting is dat het rapport voor de zomer gereed is") names no quantity, or names us or the Kamer,
 * and keeps its term.
 */

import { Caseless } from './caseless.js';
import { clauseOpenedBefore } from './opened-clause.js';

/** An expectation, estimate or forecast whose content a "dat" clause gives. */
const EXPECTED_THAT = new Caseless(
  /\b(?:verwacht|verwachten|verwachtte|verwachting(?:\s+[a-z'-]+){0,4}?(?:\s+(?:is|was|gewettigd))?|geschat|geraamd|ingeschat|schat|schatten|raming(?:\s+[a-z'-]+){0,4}?\s+(?:is|was)|prognose(?:\s+[a-z'-]+){0,4}?\s+(?:is|was))\s*,?\s+dat\b/giu,
);
/** What counts or measures: a number, a share, a sum. */
const QUANTITY = new Caseless(
  /\b(?:aantal|aantallen|procent|percentage|kosten|budget|budgetten|bedrag|bedragen|uitgaven|ontvangsten|inkomsten|opbrengst|opbrengsten|tekort|tekorten|overschot|omvang|niveau|driekwart|helft|kwart|derde|duizend|duizenden|honderd|honderden|miljoen|miljoenen|miljard|miljarden|groei|stijging|daling|omzet|prijs|prijzen|vraag)\b|%/iu,
);

/**
 * Whether the phrase stands in the "dat" clause of an expectation (`before`, up to the phrase, and `ahead`, the rest of
 * the phrase's clause) that names a quantity and nothing that `oursOrTheKamers`.
 */
export function forecastOfAQuantity(before: string, ahead: string, oursOrTheKamers: (text: string) => boolean): boolean {
  const content = clauseOpenedBefore(before, ahead, EXPECTED_THAT)?.whole;
  return content !== undefined && QUANTITY.test(content) && !oursOrTheKamers(content);
}
