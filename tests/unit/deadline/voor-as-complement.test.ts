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
