import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * Someone's wish named as a noun holds its term in its complement ("de wens om …", "de wens van de commissie om …"):
 * the term is what was wished, not undertaken (clause.ts, OTHERS_WISH). A request keeps its term, as does a wish the
 * sentence meets, our own wish that delivers, and a term outside the wish's complement.
 */
describe("a term in someone's wish", () => {
  it.each([
    // a letter sending the regeerprogramma, 12 September 2024 (heldout11-069), a letter on the Belastingdienst, 23 December 2011 (heldout12-159)
    ['In reactie op uw verzoek merk ik op dat het kabinet begrip heeft voor de wens om het regeerprogramma zo snel mogelijk te ontvangen, om het integraal en in samenhang te kunnen bestuderen en beoordelen.', '2024-09-12'],
    ['De wens van de commissie om vaker dan één keer per jaar bij de jaarverantwoording te worden geïnformeerd over de bedrijfsvoering van de Belastingdienst, stamt uit de periode 2006–2009 toen de Belastingdienst werd geconfronteerd met grote problemen.', '2011-12-23'],
    ['De wens van de leden om voor de zomer een brief te ontvangen is begrijpelijk.', '2024-06-01'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('keeps a request, a wish the sentence meets, our own wish and a term outside the complement', () => {
    // Rijksoverheid news of 2 December 2015 (heldout9-220): the Kamer's request stands
    expect(find('Minister Bussemaker en staatssecretaris Dekker (beiden OCW) reageren op het verzoek van de Tweede Kamer om de conclusies van de veldraadpleging over de evaluatie van de Wet fusietoets in het onderwijs eerder dan 1 maart 2016 naar de Kamer te sturen.', '2015-12-02')).toMatchObject({ kind: 'window', to: '2016-02-29' });
    expect(find('Ik kom tegemoet aan de wens van de Kamer om u voor de zomer te informeren.', '2024-06-01')).toMatchObject({ kind: 'window', to: '2024-07-04' });
    expect(find('Ik geef gehoor aan de wens van uw Kamer om voor de zomer een brief te sturen.', '2024-06-01')).toMatchObject({ kind: 'window', to: '2024-07-04' });
    expect(find('Mijn wens is om u voor de zomer te informeren.', '2024-06-01')).toMatchObject({ kind: 'window', to: '2024-07-04' });
    expect(find('Ik deel de wens van de commissie om de wet in te voeren, en zal de Kamer voor de zomer informeren.', '2024-06-01')).toMatchObject({ kind: 'window', to: '2024-07-04' });
  });

  // Found by review: a wish met by the sentence's opening rather than by a verb lost the term the sentence undertakes.
  it('keeps a wish the sentence meets by its opening', () => {
    expect(find('Conform de wens van uw Kamer om voor de zomer te worden geïnformeerd, zal ik u een brief sturen.', '2024-06-01')).toMatchObject({ kind: 'window', to: '2024-07-04' });
    expect(find('In lijn met de wens van de commissie om voor het zomerreces een reactie te ontvangen, zal ik die reactie sturen.', '2024-06-01')).toMatchObject({ kind: 'window' });
    expect(find('Overeenkomstig de wens van de leden om de Kamer voor de zomer te informeren, zal de minister een brief sturen.', '2024-06-01')).toMatchObject({ kind: 'window', to: '2024-07-04' });
  });
});
