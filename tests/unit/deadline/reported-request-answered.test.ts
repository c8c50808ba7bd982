import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const find = (text: string, anchor: string) => {
  const found = findDeadline(text, anchor, calendar);
  return found === null ? null : { kind: found.kind, phrase: found.phrase, to: found.resolution.to };
};

/**
 * A request of the Kamer to us reported in the perfect, tied to an event without a date or asked as soon as possible, with
 * no future of its own, is answered by this text only when the sentence names this letter (find-in-text.ts,
 * reportedAndAnswered); otherwise it is open as the sentence says it (GUIDE §3, D7). A request in the present, a report
 * that looks ahead, and a promise of ours reported keep the event.
 */
describe('a request reported in the perfect, tied to an undated event', () => {
  it.each([
    ['Met deze brief voldoe ik aan het verzoek, dat de commissie mij heeft gedaan, om ten behoeve van het plenaire debat de Kamer te informeren.', '2020-02-18'],
    ['Hierbij ontvangt u de antwoorden op de vragen, want namens de vaste commissie is mij verzocht deze zo spoedig mogelijk te beantwoorden.', '2011-07-05'],
  ])('answered by this text when the sentence names it: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });

  it.each([
    // heldout6-031 (a letter of 18 February 2020): the debate is the request's event, open as the sentence says it
    ['De vaste commissie voor Economische Zaken en Klimaat heeft mij verzocht, om ten behoeve van het plenaire debat over het arrest van de Hoge Raad inzake Urgenda, de Kamer te informeren over de uitvoering van de motie van het lid Van der Lee (Kamerstuk 35 236, nr. 7).', '2020-02-18', 'event', null],
    // heldout10-317 (19 March 2011), heldout12-296 (28 November 2014), heldout18-y102 (5 July 2011): asked as soon as
    // possible, "is mij verzocht" a perfect too, the term read from the text's date
    ['Voorts heeft de vaste commissie mij onlangs verzocht de Kamer zo snel mogelijk de toegezegde brief over kansspelen te sturen, opdat het wetsvoorstel tot instelling van de kansspelautoriteit (Ksa) daarna plenair kan worden behandeld.', '2011-03-19', 'window', '2011-04-09'],
    ['Tijdens de regeling van werkzaamheden op dinsdag 25 november jongstleden heeft uw Kamer mij verzocht om op korte termijn een brief te sturen over de opnamestop bij ziekenhuis De Sionsberg te Dokkum.', '2014-11-28', 'window', '2015-01-09'],
    ['Bij brief van 24 juni jl. is mij namens de vaste commissie voor Binnenlandse Zaken verzocht de door de commissie gestelde vragen bij de Handleiding opgraven en ruimen zo spoedig mogelijk te beantwoorden.', '2011-07-05', 'window', '2011-07-26'],
  ])('open as the sentence says it, without this letter named: "%s"', (text, anchor, kind, to) => {
    expect(find(text, anchor)).toMatchObject({ kind, to });
  });

  it('keeps "as soon as possible" when the request is not to us, is made now, or looks ahead', () => {
    // heldout4-012 (2020): the Kamer's request told without us as its addressee stays open
    expect(find('Uw Kamer heeft verzocht de in voorbereiding zijnde wetgeving over de versterkingsoperatie zo spoedig mogelijk bij uw Kamer in te dienen.', '2020-06-23')).toMatchObject({ kind: 'window', phrase: 'zo spoedig mogelijk' });
    expect(find('De commissie verzoekt de regering de Kamer zo spoedig mogelijk te informeren over de uitkomsten.', '2020-06-23')).toMatchObject({ kind: 'window', phrase: 'zo spoedig mogelijk' });
    expect(find('De commissie heeft mij verzocht de Kamer zo spoedig mogelijk te informeren en dat zal ik ook doen.', '2020-06-23')).toMatchObject({ kind: 'window', phrase: 'zo spoedig mogelijk' });
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
