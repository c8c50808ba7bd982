import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * A request of the Kamer to us reported in the perfect and tied to an event without a date, with no future of its own,
 * is answered by the letter that reports it (find-in-text.ts, reportedAndAnswered), as a term that runs out within two
 * weeks already was. A request in the present, a report that looks ahead, and a promise of ours reported keep the event.
 */
describe('a request reported in the perfect, tied to an undated event', () => {
  it.each([
    // heldout6-031 (a letter of 18 February 2020)
    ['De vaste commissie voor Economische Zaken en Klimaat heeft mij verzocht, om ten behoeve van het plenaire debat over het arrest van de Hoge Raad inzake Urgenda, de Kamer te informeren over de uitvoering van de motie van het lid Van der Lee (Kamerstuk 35 236, nr. 7).', '2020-02-18'],
  ])('answered by this text: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it('keeps the event of a request in the present, and of a report that looks ahead', () => {
    // dev-006 (Eerste Kamer, 7 April 2009) and dev-056 (a committee's letter of 15 February 2018): requests still to be met
    expect(find('De commissie verzoekt de regering de definitieve versie van de richtlijn waarover in de Raad besluitvorming moet plaatsvinden ruimschoots voorafgaand aan de desbetreffende Raad aan de Kamer te doen toekomen opdat nog de mogelijkheid van een (nader) overleg bestaat.', '2009-04-07')).toMatchObject({ kind: 'event' });
    expect(find('In verband daarmee verzoekt de commissie haar tijdig voor het algemeen overleg een schriftelijke reactie op het rapport en de stand van zaken toe te zenden.', '2018-02-15')).toMatchObject({ kind: 'event' });
    expect(find('De commissie heeft mij verzocht u voor het commissiedebat te informeren en dat zal ik ook doen.', '2024-03-01')).toMatchObject({ kind: 'event', phrase: 'voor het commissiedebat' });
    // heldout12-163 (2 September 2022) and kst-35570-A-98 (14 September 2021): a promise of ours reported stays an event here
    expect(find('In mijn brief van 16 maart 20221 heb ik uw Kamer toegezegd voor het eerstvolgende commissiedebat Belastingdienst een stand-van-zakenbrief te sturen.', '2022-09-02')).toMatchObject({ kind: 'event' });
  });
});
