import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const phrase = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.phrase ?? null;

/**
 * Two terms joined in one sentence, one of a delivery to the Kamer and one of a step before it (a meeting, a decision,
 * a debate to prepare): the delivery's term is the promise's, whichever phrase is longer (conjunct.ts).
 */
describe('the term of the conjunct that delivers to the Kamer', () => {
  it.each([
    // vj2tiik000u8 (heldout24-q003), kst-31568-87 (heldout18-y023), kst-32706-65 (heldout19-y026), a report of
    // 16 December 2016 on a letter of the staatssecretaris (heldout18-y123)
    ['De minister zal in de week van 17 september in overleg treden met de sociale partners en zal de Kamer later deze maand over de uitkomsten hiervan informeren.', '2012-09-11', 'later deze maand'],
    ['Ik streef ernaar over beide actieplannen medio juli overeenstemming te bereiken, opdat ze na het zomerreces kunnen worden vastgesteld en begin september aan de Kamer kunnen worden aangeboden.', '2011-07-11', 'begin september'],
    ['Uw Kamer zal het beleidsstandpunt medio april ontvangen, ter voorbereiding op het algemeen overleg over VPD’s op 23 april a.s.', '2014-04-04', 'medio april'],
    ['Eerder had de staatssecretaris de Tweede Kamer laten weten dat hij voornemens was de Kamer nog dit jaar zijn voorlopige bevindingen te sturen, in plaats van de oorspronkelijk genoemde termijn van eerste kwartaal 2017.', '2016-12-16', 'nog dit jaar'],
  ])('"%s" (%s): %s', (text, anchor, expected) => {
    expect(phrase(text, anchor)).toBe(expected);
  });

  it('does not choose when both conjuncts deliver', () => {
    // kst-19637-3290 (heldout24-059): a bill laid before the Kamer, and the Kamer informed; the bracketed name is no joint.
    expect(
      phrase(
        'verzoekt de regering om binnen drie weken spoedwetgeving (de Tijdelijke wet opvang ontheemden Oekraïne, TWOO) voor te leggen aan de Kamer, zodat gemeentes toegang krijgen tot de gegevens die ze effectief nodig hebben om de eigen bijdragen zelf op te leggen en te innen, en de Kamer binnen een week te informeren over het tijdpad van deze eenvoudige spoedwetgeving,',
        '2024-09-25',
      ),
    ).toBe('binnen drie weken');
  });

  it('does not choose when the other conjunct speaks of a delivery too', () => {
    // kst-28385-213 (extract's letters): the term asked for and the one still aimed at, "toezending in september"
    expect(
      phrase(
        'Ik verzoek u daarom mij toe te staan de kabinetsvisie later dan 1 september toe te sturen, waarbij ik nog steeds streef naar toezending in september, conform mijn eerdere toezegging.',
        '2011-08-25',
      ),
    ).toBe('in september');
  });

  it('reads "en" between two words of one noun phrase as no joint', () => {
    // kst-29984-1239 (heldout22-340)
    expect(
      phrase(
        'verzoekt de regering uiterlijk eind 2025 een uitvoerbaar en financieel onderbouwd plan aan de Kamer te sturen voor het structureel mogelijk maken van 740 meter lange goederentreinen op genoemde routes voor 2030;',
        '2025-04-24',
      ),
    ).toBe('uiterlijk eind 2025');
  });
});
