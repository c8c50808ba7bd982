import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * News names the government by words letters do not use: "de bewindsvrouw", "de bewindsman", "de bewindslieden", "de
 * vicepremier", "het Rijk", "de Rijksoverheid". Each is a party to a promise as "de minister" is (clause.ts).
 */
describe('the government named as news names it', () => {
  it.each([
    ['De bewindsvrouw komt er na de zomer op terug.', '2019-04-25', '2019-10-31'],
    ['De bewindsman komt voor het kerstreces met een plan.', '2019-11-01', '2019-12-19'],
    ['In 2012 gaat het Rijk alle facturen elektronisch ontvangen.', '2010-06-01', '2012-12-31'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // a promise told in the simple past counts a span from the day it was made (dev-196, dev-197)
    ['Op 16 maart zegde de bewindsman toe de vragen binnen 2 à 3 weken te beantwoorden.', '2021-03-29'],
    ['Bij het begin van het overleg haalde de bewindsman de kou uit de lucht door te beloven de vragen binnen 2 à 3 weken te zullen beantwoorden.', '2021-03-29'],
    // real counter-examples (dev-455, dev-456, dev-458): an obligation of others with the Rijksoverheid as example, a state described
    ['Alle aanbestedende diensten moeten vóór eind 2018 de benodigde voorzieningen treffen om net als de Rijksoverheid e-facturen te kunnen ontvangen en verwerken (EU-richtlijn 2014/55/EU).', '2016-12-01'],
    ['Steeds meer gemeenten, provincies, waterschappen en zelfstandige bestuursorganen zullen in hun inkoopvoorwaarden e-factureren gaan eisen.', '2016-12-01'],
    ['De Tweede Kamer is al een week met zomerreces en ook veel bewindslieden gaan nu met vakantie.', '2018-07-13'],
    // "Rijk" inside another word is no government
    ['In 2012 gaat het Koninkrijk alle facturen elektronisch ontvangen.', '2010-06-01'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});

/**
 * The state as the subject of a future act of its own ("Nederland zal … ratificeren") is a party as the government is:
 * the government acts for it. Not the country as a place, nor a role, a state or a past act of the country's.
 */
describe('the state named as the one who acts', () => {
  it('reads the term of an act the state will do (heldout12-353, a VWS letter of 12 July 2018)', () => {
    const found = find('Nederland zal het Illicit Trade Protocol zo spoedig mogelijk ratificeren, inclusief wetgeving in 2019.', '2018-07-12');
    expect(found && { phrase: found.phrase, to: found.resolution.to }).toEqual({ phrase: 'in 2019', to: '2019-12-31' });
    expect(find('Daarna zal Nederland het verdrag in het najaar ondertekenen.', '2018-07-12')?.resolution.to).toBe('2018-11-30');
  });

  it.each([
    // real counter-examples: the state's act in the past (toekomstglb.nl, 11 February 2022), an aim (heldout9-183)
    ['Eind december diende Nederland het Nationaal Strategisch Plan in bij de Europese Commissie.', '2022-02-11'],
    ['Nederland heeft als doel om in 2030 55% minder CO2 uit te stoten ten opzichte van 1990 en om in 2050 klimaatneutraal te zijn.', '2023-01-01'],
    // the country as a place, and a role the state will hold
    ['In Nederland zal in de zomer van 2026 een tekort aan water ontstaan.', '2025-06-01'],
    ['Nederland zal in de eerste helft van 2016 het voorzitterschap van de Raad van de Europese Unie bekleden.', '2015-06-01'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});

/**
 * Who acts, named otherwise (clause.ts): a minister by a title of its own ("de cultuurminister", acting on advice), a
 * service of the ministry named again as "de dienst". Each is the government acting.
 */
describe('the government named by a minister\'s title or as "de dienst"', () => {
  it.each([
    // heldout18-121 (Reformatorisch Dagblad, 4 June 2020), heldout10-260 (Avans Punt on DUO, 1 September 2023), heldout14-078
    // (NU.nl on the IND, 1 November 2020)
    ['Op Prinsjesdag maakt de cultuurminister, Ingrid van Engelshoven, bekend in hoeverre ze de adviezen overneemt.', '2020-06-04', '2020-09-15'],
    ['In oktober verwacht de dienst meer details te kunnen geven.', '2023-09-01', '2023-10-31'],
    ['De dienst denkt halverwege 2021 de achterstand te hebben weggewerkt.', '2020-11-01', '2021-07-31'],
    // written for the class
    ['Voor de zomer van 2026 beslist de landbouwminister of zij het advies overneemt.', '2025-11-20', '2026-07-02'],
    ['De dienst verwacht de achterstand voor 1 juli 2026 te hebben weggewerkt.', '2025-11-20', '2026-06-30'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // the adviser's own term, with no one of the government acting
    ['De Raad van State brengt in maart 2026 advies uit.', '2025-11-20'],
    ['Het streven is om het advies in maart 2026 uit te brengen.', '2025-11-20'],
    // a service in a clause far from the sentence's start is what the sentence is about, not who acts
    ['Volgens de verzekeraars van de gemeente komt de dienst in 2026 beschikbaar.', '2025-11-20'],
    // after a preposition "de dienst" is no subject
    ['Bij de dienst werken in 2026 naar verwachting 400 mensen.', '2025-11-20'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});
