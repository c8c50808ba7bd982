import { describe, expect, it } from 'vitest';
import { whyNotADeadline } from '../../../src/core/deadline/clause.js';
import { find } from './fixture.js';

/**
 * A motion's considerations (clause.ts, 'consideration') state the facts its request rests on: a term one tells is
 * the fact's, whoever acts in it, a promise or a delivery to the Kamer restated included (D6); the request that follows
 * keeps its own term.
 */
describe("a motion's consideration holds no term", () => {
  it.each([
    // heldout15-142 (motion, 2020): the government's intention
    ['constaterende dat de regering voornemens is om in 2021 voor maximaal 4 miljard euro aan verplichtingen aan te gaan in het kader van het Nationaal Groeifonds;', '2020-12-02'],
    // heldout15-203 (motion, 2018): a third party's state
    ['overwegende dat meerdere streekomroepen al in 2019 dreigen om te vallen en er dus niet gewacht kan worden op de uitkomsten van het onderzoek;', '2018-12-03'],
    // dev-621 (motion, 2011): a term the government set for others
    ['constaterende, dat de regering de betrokken provincies heeft gevraagd om voor 1 januari 2012 te onderzoeken op welke wijze de provinciale samenvoeging gerealiseerd kan worden;', '2011-10-26'],
    // dev-630 (motion 35 470 VII, nr. 12, 2020): the minister's intention, nothing delivered to the Kamer
    ['constaterende dat de Minister in 2022 een evaluatie wil uitvoeren na afloop;', '2020-06-30'],
    // the whole motion as one text: the consideration's term is not the request's
    ['De Kamer, gehoord de beraadslaging, constaterende dat de Minister in 2022 een evaluatie wil uitvoeren na afloop; verzoekt de regering, de Kamer te informeren,', '2020-06-30'],
    // a promise or a delivery to the Kamer restated (D6): heldout19-369 (motion, 2013), dev-712 (kst-36602-126),
    // dev-716 (kst-36600-XXIII-35), dev-714 (kst-36600-XVI-58)
    ['constaterende dat het kabinet uiterlijk eind april een transitieplan voor de jeugdzorg naar de Kamer stuurt;', '2013-04-04'],
    ['constaterende dat het kabinet dit najaar de Kamer informeert over de voortgang van de besluitvorming rond de toekomst van de verbruiksbelasting op alcoholvrije dranken;', '2024-11-12'],
    ['overwegende dat de Minister de toezegging heeft gedaan om begin 2025 de Kamer te informeren over het voorgenomen plan voor het EU Social Climate Fund;', '2024-11-07'],
    ['constaterende dat dit kabinet in het commissiedebat heeft toegezegd begin 2025 plannen voor de ouderenzorg aan de Kamer voor te leggen;', '2024-10-24'],
    ['constaterende dat de minister heeft toegezegd voor de zomer met een plan te komen;', '2024-03-01'],
    ['overwegende dat het kabinet heeft aangekondigd in het najaar een wetsvoorstel in te dienen;', '2024-03-01'],
    ['constaterende dat de regering heeft beloofd voor 1 juli een besluit te nemen;', '2024-03-01'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // dev-627 (motion 35 334, nr. 384, 2025): the request after the considerations
    ['verzoekt de regering, in lijn met de oproep van het IPO, om voor de zomer een concreet, uitgewerkt programma te presenteren waarmee Nederland daadwerkelijk van het slot gehaald kan worden,', '2025-05-22', '2025-07-03'],
    // the whole motion as one text: the request's term is read past the consideration's
    ['De Kamer, gehoord de beraadslaging, constaterende dat de Minister in 2022 een evaluatie wil uitvoeren na afloop; verzoekt de regering, de Kamer voor 1 oktober te informeren,', '2020-06-30', '2020-09-30'],
    // a consideration that goes on to ask, without a semicolon between
    ['constaterende dat de evaluatie uitblijft, verzoekt de regering de Kamer voor 1 oktober te informeren,', '2020-06-30', '2020-09-30'],
    // dev-720 (kst-36725-XII-8): the request after a consideration restating the same term
    ['De Kamer, gehoord de beraadslaging, constaterende dat de regering na de zomer met aanvullende maatregelen komt; verzoekt de regering, de Kamer hier gelijktijdig na de zomer over te informeren,', '2025-06-26', '2025-10-31'],
  ])('"%s" keeps the request\'s term', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it('reads a consideration that restates a delivery to the Kamer as a consideration (D6)', () => {
    const text = 'overwegende dat de minister heeft toegezegd de Kamer voor 1 oktober te informeren;';
    const at = text.indexOf('voor 1 oktober');
    expect(whyNotADeadline(text, at, at + 'voor 1 oktober'.length, 'window', true)).toBe('consideration');
  });
});
