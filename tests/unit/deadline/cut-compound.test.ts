import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/** A compound cut by a hyphen ("lente- en zomeronderwijs") is one word: its first part is no season, month or meeting of its own. */
describe('a compound cut by a hyphen is one word', () => {
  it.each([
    // heldout15-160 and heldout15-161 (https://zoek.officielebekendmakingen.nl/kst-35300-VIII-164.html): no spring in "lente- en zomeronderwijs"
    ['Wij bieden een landelijk dekkend aanbod van lente- en zomeronderwijs aan.', '2020-04-29'],
    ['De subsidie voor voorjaars- en zomerscholen wordt verlengd.', '2020-04-29'],
    ['Het aantal winter- en zomerkampen is gegroeid.', '2020-04-29'],
    ['De oktober- en novembercijfers worden gepubliceerd.', '2020-04-29'],
  ])('"%s" names no season or month', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('the motion of heldout15-161 keeps its own term', () => {
    const text =
      'verzoekt de regering, zo snel als mogelijk plannen naar de Kamer te sturen voor het wegwerken van onderwijsachterstanden als gevolg van de coronacrisis, bijvoorbeeld door een landelijk dekkend aanbod van lente- en zomeronderwijs en zo nodig ook herfstscholen mogelijk te maken,';
    expect(find(text, '2020-04-29')?.phrase).toBe('zo snel als mogelijk');
  });

  it.each([
    // a dash with a space before it ends no compound; a word with a hyphen inside is one token as before
    ['Ik informeer u in het voorjaar - of zoveel eerder als mogelijk - over de uitkomsten.', '2025-11-05', 'in het voorjaar'],
    ['Ik informeer u voor de zomer en de herfst over de uitkomsten.', '2025-11-05', 'voor de zomer'],
  ])('counter-example: "%s"', (text, anchor, phrase) => {
    expect(find(text, anchor)?.phrase).toBe(phrase);
  });
});
