import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * Being somewhere is a visit, met about as a meeting is: a form of "zijn" with a named place or an absence makes the
 * day or week the visit's, no term (event-date.ts). Real sentences of dev and heldout-24.
 */
describe('the day or week of a visit is no term', () => {
  it.each([
    ['Op maandag 21 januari en dinsdagochtend 22 januari is de minister op Curaçao.', '2013-01-18'],
    ['In de ministerraad heb ik meegedeeld dat ik volgende week in Davos ben bij het World Economic Forum.', '2008-01-18'],
    ['Premier Balkenende is ook de komende week veel van huis.', '2009-03-27'],
  ])('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('"Dan, volgende week ben ik in Brussel voor de Europese Raad." has no window, at most the Council as an event', () => {
    expect(find('Dan, volgende week ben ik in Brussel voor de Europese Raad.', '2018-12-07')?.resolution.to ?? null).toBeNull();
  });
});

describe('a thing ready or available at a place keeps its term', () => {
  it.each([
    ['Het rapport is volgende week op Rijksoverheid.nl beschikbaar.', '2019-02-05', '2019-02-17'],
    ['De nota is op 1 maart in Den Haag gereed.', '2019-02-05', '2019-03-01'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
