import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * What must be done "volgens een aangenomen motie" is the Kamer's request, kept as the deadline asked; rendering
 * account to the Kamer ("verantwoording afleggen") delivers to it, so a bare "jaarlijks" there is a series. The stored
 * pages gave no further sentence of either form: these are written for the purpose, with counter-examples.
 */
describe('a motion\'s request and accounting to the Kamer', () => {
  it.each([
    ['Dat wetsvoorstel moet er volgens een aangenomen motie uiterlijk 1 maart liggen.', '2022-10-21', 'window', '2023-03-01'],
    ['De brief moet volgens de motie voor het zomerreces bij de Kamer zijn.', '2022-02-01', 'window', '2022-07-07'],
    ['Het kabinet zal jaarlijks aan de Kamer verantwoording afleggen over de voortgang.', '2025-06-13', 'recurring', '2026-06-13'],
  ])('"%s"', (text, anchor, kind, to) => {
    const found = find(text, anchor);
    expect(found?.kind).toBe(kind);
    expect(found?.resolution.to).toBe(to);
  });

  it.each([
    // a necessity nobody asked for, a wish in the past (heldout11-170's form), accounting to others than the Kamer
    ['Dat voorstel moet er uiterlijk deze vrijdag liggen.', '2022-10-21'],
    ['De Tweede Kamer wilde dat er deze vrijdag een voorstel zou liggen.', '2022-10-21'],
    ['De fondsen leggen jaarlijks verantwoording af aan hun leden.', '2025-06-13'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});
