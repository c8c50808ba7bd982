import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * "voor" is "before" or "for". After a noun that takes it as its complement (inzet, steun, dank, waardering, tijd) or
 * after being thanked, "voor X" says what the thing is for, so X is no event a promise waits on (clause.ts,
 * VOOR_OF_A_NOUN and THANKED_FOR). Only an event without a date is let go this way: a time after such a noun may still
 * be the term of the sentence's verb.
 */
describe('"voor" as the complement of a noun or of thanks', () => {
  it.each([
    // a minister's letter of 1 December 1999 on the Lomé negotiations (nieuwsbank.nl 1201R077), cut off by the page
    ['De Nederlandse inzet voor de komende conferentie wordt bepaald door a) het EU-onderhandelingsman', '1999-12-01'],
    // dev-398: a list of letters (2015), dev-404: members of the VVD thanking for an agenda (2013)
    ['de brief van de Minister van Buitenlandse Zaken d.d. 28 mei 2015 met een reactie op de inzet van het kabinet voor het aanstaande gesprek met de Britse premier Cameron (Kamerstuk 34 166, nr. 21);', '2015-08-03'],
    ['De leden van de fractie van de VVD hebben met belangstelling kennisgenomen van de geannoteerde agenda van de Raad Algemene Zaken d.d. 30 september en danken de minister van Buitenlandse Zaken voor de toezending.', '2013-10-02'],
    // heldout8-089: a nota naar aanleiding van het verslag (2021); heldout11-081: the chair of a committee meeting (2013)
    ['De regering dankt de vaste commissie voor Onderwijs, Cultuur en Wetenschap voor het verslag dat zij heeft uitgebracht naar aanleiding van het wetsvoorstel wijziging van de Erfgoedwet.', '2021-04-01'],
    ['We hebben twee uur de tijd voor dit algemeen overleg over wildbeheer.', '2013-04-23'],
  ])('no event: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('keeps an event a promise waits on, and a term after such a noun', () => {
    // heldout8-163 (a letter of 2009): "inzet" after the phrase leaves the annotated agenda's Council an event
    expect(find('Uiteraard zal de Kamer middels de geannoteerde agenda voor deze Voorjaarsraad op de hoogte worden gesteld van de Nederlandse inzet.', '2009-02-13')).toMatchObject({ kind: 'event' });
    expect(find('Ik dank u voor uw vragen en stuur u voor het commissiedebat een brief over de uitkomsten.', '2024-03-01')).toMatchObject({ kind: 'event', phrase: 'voor het commissiedebat' });
    expect(find('Ik zal de inzet van het kabinet voor de zomer aan uw Kamer sturen.', '2024-03-01')).toMatchObject({ kind: 'window', phrase: 'voor de zomer' });
  });
});

/**
 * The word "voor" completes may stand apart from it: the noun's verb of being between them, an adjective with or without
 * its copula, or the verb of inviting at the end of the clause (VOOR_OF_A_NOUN, VOOR_OF_AN_ADJECTIVE, READY, INVITED_TO).
 */
describe('"voor" as the complement of a word further off', () => {
  it.each([
    // heldout4-018: a letter of the Minister of Defence (2004)
    ['Tijdens de behandeling van de Prinsjesdagbrief en de defensiebegroting voor 2004 bleek er in de Tweede Kamer ruime steun te bestaan voor de analyse van de veiligheidssituatie en de uitwerking ervan in concrete beleidsvoornemens voor de komende jaren.', '2004-09-21'],
    // heldout8-190: a letter of the Minister of General Affairs (2007)
    ['In de ministerraad van vrijdag 25 mei jongstleden is weliswaar in besluitvormende zin gesproken over het beleidsprogramma, maar dat betekent nog niet dat daarmee het beleidsprogramma gereed is voor verzending naar de Kamer.', '2007-05-30'],
    // dev-202: a committee's decision (2009)
    ['Besluit: De ministers van Verkeer en Waterstaat en van Volkshuisvesting, Ruimtelijke Ordening en Milieu zullen voor het algemeen overleg MIRT worden uitgenodigd.', '2009-05-13'],
    ['De nota is bedoeld voor het commissiedebat van volgende week.', '2024-03-01'],
    ['Ik nodig de burgemeesters uit voor het bestuurlijk overleg.', '2024-03-01'],
  ])('no event: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('keeps being ready by a meeting, a term beside an invitation, a need that follows the phrase, and a copula after the noun', () => {
    expect(find('Het rapport zal gereed zijn voor het commissiedebat over de begroting.', '2024-03-01')).toMatchObject({ kind: 'event', phrase: 'voor het commissiedebat over de begroting' });
    expect(find('Ik zal de burgemeesters voor de zomer uitnodigen voor een gesprek.', '2024-03-01')).toMatchObject({ kind: 'window', phrase: 'voor de zomer' });
    expect(find('Ik zal de Kamer voor het commissiedebat een brief sturen die nodig is.', '2024-03-01')).toMatchObject({ kind: 'event', phrase: 'voor het commissiedebat' });
    // A copula after the noun says what it is, and "voor" is "before" again.
    expect(find('Mijn inzet is voor het commissiedebat een brief te sturen.', '2024-03-01')).toMatchObject({ kind: 'event', phrase: 'voor het commissiedebat' });
  });

  // Found by review: the verb of inviting was sought anywhere in the clause, so a meeting that is another verb's term was let go.
  it('keeps a meeting that is the term of a delivery in a clause that also invites', () => {
    expect(find('Ik zal de sector uitnodigen en uw Kamer voor het commissiedebat over de uitkomsten informeren.', '2024-03-01')).toMatchObject({ kind: 'event', phrase: 'voor het commissiedebat over de uitkomsten' });
    expect(find('Wij nodigen de gemeenten uit en sturen u voor het notaoverleg een brief.', '2024-03-01')).toMatchObject({ kind: 'event', phrase: 'voor het notaoverleg' });
  });
});
