import { describe, expect, it } from 'vitest';
import { find, windowRows } from './fixture.js';

/**
 * The Voorjaarsnota and the Najaarsnota in running text: named with a word of time ("bij", "voor", "in", "rond", or its
 * presentation) the note is a moment, read by the reference's rows; named alone ("De Voorjaarsnota, die het kabinet
 * vandaag … heeft gestuurd", "de stand van de Najaarsnota") it is the document, no term (find-in-text.ts,
 * SPENDING_NOTE_ALONE; grammar.ts, the note's presentation).
 */
windowRows('the presentation of a spending note is the note\'s own moment', [
  ['vóór de presentatie van de Voorjaarsnota', '2024-01-25', '2024-05-31', '2024-01-25'],
  ['bij de publicatie van de Najaarsnota 2024', '2024-10-01', '2024-12-01', '2024-06-01'],
  ['before the presentation of the spring memorandum', '2024-01-25', '2024-05-31', '2024-01-25'],
]);

describe('a spending note in running text', () => {
  it.each([
    // heldout25-016 (kst-36410-XVI-86), heldout23-275 (the press conference after the ministerraad of 26 April 2023)
    ['verzoekt de regering om vóór de presentatie van de Voorjaarsnota met een plan te komen om de belasting op sportabonnementen af te schaffen,', '2024-01-25', '2024-05-31'],
    ['En het is nu de bedoeling om vrijdag die Voorjaarsnota naar de Tweede Kamer te sturen.', '2023-04-26', '2023-04-28'],
    // heldout25-v097: "in de Voorjaarsnota" keeps the reference's "bij de Voorjaarsnota"
    ['verzoekt de regering dit advies te omarmen en in de Voorjaarsnota hier financiële ruimte voor te maken,', '2024-03-12', '2024-06-01'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // heldout14-197 (rijksoverheid.nl, regeringsnieuws 2020), heldout7-104 (kst-36470-VIII-3)
    ['De Voorjaarsnota, die het kabinet vandaag naar de Kamer heeft gestuurd, geeft een eerste beeld van de veranderingen in de begroting van het lopende jaar.', '2020-04-24'],
    ['Op basis van de stand van de Najaarsnota is er in totaal circa € 230 miljoen aan onderuitputting op de OCW-begroting.', '2024-06-01'],
    ['De presentatie van de Voorjaarsnota is uitgesteld.', '2024-03-12'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});
