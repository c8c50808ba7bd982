import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * Taking office (a cabinet or a body sworn in, the photograph on the steps, a minister joining the cabinet) is a
 * ceremony: its day or week is the event's, described as a meeting's is, not the term of a promise (event-date.ts,
 * TAKES_OFFICE). What is delivered then keeps its term.
 */
describe('the day of taking office', () => {
  it.each([
    // news of 17 June 2024 (heldout23-265, -266), of 11 June 2024 (heldout11-160), a letter on the elections in
    // Curaçao and Sint Maarten (heldout19-a112), an Eerste Kamer sitting of 24 October 2017 (heldout7-093)
    ['Het nieuwe kabinet wordt op 2 juli beëdigd.', '2024-06-17'],
    ['Die dinsdagochtend staat de ministersploeg op het bordes, aldus beoogd premier Dick Schoof.', '2024-06-17'],
    ['DEN HAAG (ANP) - In de eerste week van juli staat het nieuwe kabinet van PVV, VVD, NSC en BBB op het bordes, meldt formateur Richard van Zwol.', '2024-06-11'],
    ['De nieuwe Staten worden beëdigd op 31 oktober.', '2016-10-04'],
    ['Ingekomen is een brief van de heer W.B. Hoekstra waarin hij meedeelt dat hij op 26 oktober 2017 hoopt toe te treden tot het nieuwe kabinet als minister van Financiën.', '2017-10-24'],
    // written for the class
    ['Op 5 juli treedt de nieuwe minister toe tot het kabinet.', '2024-06-17'],
    ['De leden van de nieuwe Staten worden volgende week beëdigd.', '2024-06-17'],
  ])('no window: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('keeps the term of what is delivered then', () => {
    expect(find('Het nieuwe kabinet wordt op 2 juli beëdigd en stuurt de Kamer op 3 juli een brief.', '2024-06-17')).toMatchObject({ kind: 'window' });
    expect(find('Ik zal u op 1 juli, voor mijn aantreden, informeren over de stand van zaken.', '2024-06-17')).toMatchObject({ kind: 'window', to: '2024-07-01' });
    // acceding to a treaty is the government's act, not a ceremony
    expect(find('Het kabinet is voornemens om op 1 oktober toe te treden tot het verdrag.', '2024-06-17')).toMatchObject({ kind: 'window', to: '2024-10-01' });
  });
});
