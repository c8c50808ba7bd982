import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

const read = (text: string, anchor: string) => {
  const found = find(text, anchor);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * A promise told before in the future of the past ("… meegedeeld dat ik … zou doen toekomen"): "zou" is the promised
 * act's future as seen when it was told, and a named term still ahead on the text's date is its term (GUIDE §3, D7).
 */
describe('a promise told before, in the future of the past', () => {
  it.each([
    // dev-031 (kst-CII-G, 2013)
    ['Ik heb U kort daarna meegedeeld dat ik de gevraagde informatie in september 2013 aan Uw Kamer zou doen toekomen.', '2013-09-25', 'in september 2013', '2013-09-30'],
    // heldout17-323 (LNV, 2003): the simple past of telling
    ['In mijn brief van 25 april kondigde ik u aan dat ik de Tweede Kamer nog voor het zomerreces zou informeren over de voortgang.', '2003-06-25', 'nog voor het zomerreces', '2003-07-03'],
    // heldout3-013 (kst-32847-28, 2012): told in the passive
    ['De verwachting werd uitgesproken dat dit actieplan rond de zomer van 2012 aan de Tweede Kamer gezonden zou kunnen worden.', '2012-07-12', 'rond de zomer van 2012', '2012-08-31'],
    // heldout7-049 (kst-32645-87, 2017): a separable verb around "zou"
    ['In een brief van 21 april jl. heb ik u laten weten dat ik in september 2017 over zou gaan tot predistributie van jodiumtabletten per post.', '2017-09-01', 'in september 2017', '2017-09-30'],
  ])('its term: "%s"', (text, anchor, phrase, to) => {
    expect(read(text, anchor)).toEqual({ kind: 'window', phrase, to });
  });

  it.each([
    // heldout7-145 (2008): "binnenkort" counted from when it was told, not from the text's date
    ['Ik heb toen aangegeven dat ik deze visie binnenkort nader zou toelichten.', '2008-02-13'],
    // no telling: "zou" is a past or a hedge
    ['Het rapport zou in september 2013 verschijnen.', '2013-09-02'],
    ['Ik dacht dat het rapport in september 2013 zou verschijnen.', '2013-09-02'],
  ])('no term: "%s"', (text, anchor) => {
    expect(read(text, anchor)).toBeNull();
  });
});
