import { describe, expect, it } from 'vitest';
import { whyNotADeadline } from '../../../src/core/deadline/clause.js';
import { find } from './fixture.js';

/**
 * A motion's considerations (clause.ts, 'consideration') state the facts its request rests on: a term one tells is
 * the fact's, whoever acts in it; the request that follows keeps its own term.
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
    // a consideration that restates a promise, whose term the guide keeps while it is ahead
    ['constaterende dat de minister heeft toegezegd voor de zomer met een plan te komen;', '2024-03-01', '2024-07-04'],
    ['overwegende dat het kabinet heeft aangekondigd in het najaar een wetsvoorstel in te dienen;', '2024-03-01', '2024-11-30'],
    ['constaterende dat de regering heeft beloofd voor 1 juli een besluit te nemen;', '2024-03-01', '2024-06-30'],
  ])('"%s" keeps the request\'s term', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it('leaves a consideration that restates a delivery to the Kamer to the other readings', () => {
    const text = 'overwegende dat de minister heeft toegezegd de Kamer voor 1 oktober te informeren;';
    const at = text.indexOf('voor 1 oktober');
    expect(whyNotADeadline(text, at, at + 'voor 1 oktober'.length, 'window', true)).not.toBe('consideration');
  });
});
