import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const found = (text: string, anchor: string) => {
  const deadline = findDeadline(text, anchor, calendar);
  return deadline === null ? null : { phrase: deadline.phrase, to: deadline.resolution.to };
};

/**
 * The budget debate named as a parliamentary debate, on one chapter of the budget, or as a ministry's budget debate in
 * one word, with the budget's year: the debates on that budget, held the autumn before (GUIDE §2, D5), as "voor de
 * behandeling van de begroting 2027" is.
 */
describe('the budget debate named by its kind, its chapter or its ministry', () => {
  it.each([
    // kst-36800-VII-5 (heldout18-a055)
    [
      'De brief wordt u uiterlijk vóór de parlementaire behandeling van de Ontwerpbegroting 2026 toegezonden.',
      '2025-09-16',
      'uiterlijk vóór de parlementaire behandeling van de Ontwerpbegroting 2026',
      '2025-12-18',
    ],
    // kst-27879-98, a motion (heldout22-285)
    [
      'verzoekt de regering breder te onderzoeken in welke sectoren mogelijk nog meer sprake is van marktfalen en hierover voor de EZK-begrotingsbehandeling 2025 naar de Kamer te rapporteren,',
      '2024-06-11',
      'voor de EZK-begrotingsbehandeling 2025',
      '2024-12-19',
    ],
    // SGD 0000108353, a motion (heldout27-y233)
    [
      'verzoekt de regering hiervan verslag te doen bij voorkeur in het volgende Beleidsoverzicht Technologie, echter in ieder geval vóór de behandeling van hoofdstuk XIII van de rijksbegroting voor het jaar 1988,',
      '1986-09-29',
      'vóór de behandeling van hoofdstuk XIII van de rijksbegroting voor het jaar 1988',
      '1987-12-17',
    ],
  ])('reads "%s"', (text, anchor, phrase, to) => {
    expect(found(text, anchor)).toEqual({ phrase, to });
  });

  it('reads the year after "voor het jaar" as the budget named, so a debate on it already held is past', () => {
    // SGD 0000170432 (heldout26-y634): the debate on the 1980 budget was held in the autumn of 1979.
    const text =
      "Het is mij thans mogelijk u, zoals overigens toegezegd bij de behandeling van de begroting voor het jaar 1980 van het Ministerie van Verkeer en Water-staat in de Tweede Kamer, mee te delen dat de KLM het oog op Atlanta heeft laten vallen.";
    expect(found(text, '1980-02-05')).toBeNull();
  });
});
