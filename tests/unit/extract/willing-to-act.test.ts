import { describe, expect, it } from 'vitest';
import { dueOf } from './due-of.js';

/**
 * The writer's willingness with its own act ("ben bereid … te <act>") said with an adverb of stance between the
 * copula and "bereid" ("ben ik uiteraard bereid", "is dan ook bereid", "ben ik in principe bereid", "desgewenst
 * gaarne"), or with a long object before its infinitive: an offer of a concrete act, a promise (the class of
 * held-out-24 and -25, letters and answers of OCW, Justitie, VROM, EZ and Defensie, 1982–1990). Willingness to talk
 * with the Kamer stays no promise when it names no matter of the letter ("over de toekomst van het stelsel"); about
 * a matter the letter sets out ("over deze standpuntbepaling") it offers that act. The sentences are other wordings.
 */
describe('a willingness with an adverb of stance or a long object', () => {
  it.each([
    'Ik ben uiteraard bereid de Kamer over de uitkomsten te informeren.',
    'De minister van Justitie is dan ook bereid zijn medewerking te verlenen aan een nieuw onderzoek.',
    'Ik ben in principe bereid, zo nodig vertrouwelijk, het conceptrapport aan de Kamer te doen toekomen.',
    'Ja, ik ben desgewenst gaarne bereid de vaste commissie alle relevante informatie over het bouwplan te verstrekken.',
    'Ik ben gaarne bereid de door de vaste commissie voor onderwijs en wetenschappen in haar brief van mei gevraagde gedachtenwisseling over de notitie «structureel beleid voor jongeren in het vormingswerk» aan te gaan.',
    'Ik ben uiteraard bereid met de Kamer van gedachten te wisselen over deze keuze.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(true);
  });

  it.each([
    // another found willing, a general willingness to talk, a refusal
    'De heer Jansen is bereid gevonden om het onderzoek te leiden.',
    'Ik ben uiteraard graag bereid met uw Kamer over alle onderwerpen van mijn portefeuille te spreken.',
    'Ik ben uiteraard niet bereid de regeling aan te passen.',
  ])('%s', (sentence) => {
    expect(dueOf(sentence).promise).toBe(false);
  });
});
