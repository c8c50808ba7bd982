import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * A measure introduced, extended or abolished, told in the present passive, describes when it takes effect, as a law's
 * date does: no term (clause.ts, aMeasureTakesEffect). Real sentences of dev, heldout-13 and heldout-14.
 */
describe('a measure taking effect, told in the present, is no term', () => {
  it.each([
    ['De mogelijkheid om toezeggingen ook op naam van één of meer individuele Kamerleden vast te leggen wordt binnenkort ingevoerd.', '2019-05-07'],
    ['Dit jaar wordt ook de dubbele kinderbijslag, voor mensen met een kind met een beperking, ingevoerd.', '2022-05-13'],
    ['Het kraamverlof voor de partner van jonge moeders wordt volgend jaar uitgebreid van twee dagen naar een werkweek.', '2018-09-01'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});

describe('a measure undertaken in the future, or an amount raised, keeps its term', () => {
  it.each([
    // dev-089, heldout10-332
    ['Dit systeem zal in de loop van 2008 worden ingevoerd.', '2008-06-06', '2008-12-31'],
    ['het fonds voor verduurzaming van niet-woonhuis monumenten wordt in 2023 eenmalig verhoogd met € 7,5 miljoen.', '2023-06-12', '2023-12-31'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
