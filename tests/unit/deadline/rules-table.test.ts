import { describe, expect, it } from 'vitest';
import { ANCHOR, resolved, windowRows } from './fixture.js';

/**
 * The resolution rules of shared/reference/parliamentary-calendar.md, row by
 * row, with Dutch, English and ISO spellings. A = 2025-12-15.
 */

windowRows('exact day', [
  ['2026-03-01', '2026-03-01', '2026-03-01'],
  ['1 maart 2026', '2026-03-01', '2026-03-01'],
  ['per 1 maart 2026', '2026-03-01', '2026-03-01'],
  ['op 1 maart 2026', '2026-03-01', '2026-03-01'],
  ['met ingang van 1 maart 2026', '2026-03-01', '2026-03-01'],
  ['1-3-2026', '2026-03-01', '2026-03-01'],
  ['1 March 2026', '2026-03-01', '2026-03-01'],
  ['March 1, 2026', '2026-03-01', '2026-03-01'],
]);

windowRows('uiterlijk day', [
  ['uiterlijk 1 maart 2026', ANCHOR, '2026-03-01'],
  ['ten laatste 1 maart 2026', ANCHOR, '2026-03-01'],
  ['by 1 March 2026', ANCHOR, '2026-03-01'],
  ['uiterlijk 2026-03-01', ANCHOR, '2026-03-01'],
]);

windowRows('voor day (strictly before)', [
  ['voor 1 maart 2026', ANCHOR, '2026-02-28'],
  ['vóór 1 maart 2026', ANCHOR, '2026-02-28'],
  ['before 1 March 2026', ANCHOR, '2026-02-28'],
  ['voor 1 maart 2028', ANCHOR, '2028-02-29'],
]);

windowRows('month', [
  ['maart 2026', '2026-03-01', '2026-03-31'],
  ['in maart 2026', '2026-03-01', '2026-03-31'],
  ['March 2026', '2026-03-01', '2026-03-31'],
  ['2026-03', '2026-03-01', '2026-03-31'],
  ['februari 2028', '2028-02-01', '2028-02-29'],
]);

windowRows('begin / medio / eind of a month', [
  ['begin maart 2026', '2026-03-01', '2026-03-10'],
  ['medio maart 2026', '2026-03-11', '2026-03-20'],
  ['eind maart 2026', '2026-03-21', '2026-03-31'],
  ['eind februari 2026', '2026-02-21', '2026-02-28'],
  ['early March 2026', '2026-03-01', '2026-03-10'],
  ['mid-March 2026', '2026-03-11', '2026-03-20'],
  ['end of March 2026', '2026-03-21', '2026-03-31'],
]);

windowRows('uiterlijk month', [
  ['uiterlijk maart 2026', ANCHOR, '2026-03-31'],
  ['by March 2026', ANCHOR, '2026-03-31'],
]);

windowRows('quarter', [
  ['Q3 2026', '2026-07-01', '2026-09-30'],
  ['derde kwartaal 2026', '2026-07-01', '2026-09-30'],
  ['het derde kwartaal van 2026', '2026-07-01', '2026-09-30'],
  ['2026-Q3', '2026-07-01', '2026-09-30'],
  ['third quarter of 2026', '2026-07-01', '2026-09-30'],
  ['Q1 2026', '2026-01-01', '2026-03-31'],
  ['vierde kwartaal 2026', '2026-10-01', '2026-12-31'],
]);

windowRows('half year', [
  ['eerste helft van 2026', '2026-01-01', '2026-06-30'],
  ['in de eerste helft van 2026', '2026-01-01', '2026-06-30'],
  ['H1 2026', '2026-01-01', '2026-06-30'],
  ['2026-H1', '2026-01-01', '2026-06-30'],
  ['first half of 2026', '2026-01-01', '2026-06-30'],
  ['tweede helft van 2026', '2026-07-01', '2026-12-31'],
  ['H2 2026', '2026-07-01', '2026-12-31'],
  ['second half of 2026', '2026-07-01', '2026-12-31'],
]);

windowRows('year', [
  ['2026', '2026-01-01', '2026-12-31'],
  ['in 2026', '2026-01-01', '2026-12-31'],
]);

windowRows('in de loop van a year', [
  ['in de loop van 2026', '2026-01-01', '2026-12-31'],
  ['in the course of 2026', '2026-01-01', '2026-12-31'],
  ['in de loop van 2025', ANCHOR, '2025-12-31'],
]);

windowRows('begin / medio / eind of a year', [
  ['begin 2026', '2026-01-01', '2026-03-31'],
  ['medio 2026', '2026-06-01', '2026-07-31'],
  ['eind 2026', '2026-11-01', '2026-12-31'],
  ['eind van 2026', '2026-11-01', '2026-12-31'],
  ['early 2026', '2026-01-01', '2026-03-31'],
  ['mid-2026', '2026-06-01', '2026-07-31'],
  ['end of 2026', '2026-11-01', '2026-12-31'],
]);

windowRows('seasons (meteorological)', [
  ['voorjaar 2026', '2026-03-01', '2026-05-31'],
  ['spring 2026', '2026-03-01', '2026-05-31'],
  ['zomer 2026', '2026-06-01', '2026-08-31'],
  ['in de zomer van 2026', '2026-06-01', '2026-08-31'],
  ['summer 2026', '2026-06-01', '2026-08-31'],
  ['najaar 2026', '2026-09-01', '2026-11-30'],
  ['herfst 2026', '2026-09-01', '2026-11-30'],
  ['autumn 2026', '2026-09-01', '2026-11-30'],
  ['winter 2026', '2026-12-01', '2027-02-28'],
  ['winter 2027', '2027-12-01', '2028-02-29'],
]);

windowRows('voor het zomerreces / voor de zomer', [
  ['voor het zomerreces 2026', ANCHOR, '2026-07-02'],
  ['voor de zomer 2026', ANCHOR, '2026-07-02'],
  ['voor het zomerreces', ANCHOR, '2026-07-02'],
  ['voor de zomer', ANCHOR, '2026-07-02'],
  ['before the summer recess', ANCHOR, '2026-07-02'],
  ['before the summer recess 2027', ANCHOR, '2027-07-08'],
]);

windowRows('na het zomerreces / na de zomer', [
  ['na het zomerreces 2026', '2026-09-01', '2026-10-31'],
  ['na de zomer 2026', '2026-09-01', '2026-10-31'],
  ['na het zomerreces', '2026-09-01', '2026-10-31'],
  ['after the summer recess', '2026-09-01', '2026-10-31'],
  ['na het zomerreces 2027', '2027-09-07', '2027-10-31'],
]);

windowRows('voor het kerstreces', [
  ['voor het kerstreces 2026', ANCHOR, '2026-12-17'],
  ['voor het kerstreces', ANCHOR, '2025-12-18'],
  ['before the Christmas recess 2026', ANCHOR, '2026-12-17'],
]);

windowRows('voor Prinsjesdag', [
  ['voor Prinsjesdag 2026', ANCHOR, '2026-09-14'],
  ['voor Prinsjesdag', ANCHOR, '2026-09-14'],
  ['before Budget Day 2026', ANCHOR, '2026-09-14'],
]);

windowRows('rond Prinsjesdag (P − 14 .. P + 7)', [
  ['rond Prinsjesdag 2026', '2026-09-01', '2026-09-22'],
  ['rond Prinsjesdag', '2026-09-01', '2026-09-22'],
  ['around Budget Day 2027', '2027-09-07', '2027-09-28'],
]);

windowRows('bij de Voorjaarsnota', [
  ['bij de Voorjaarsnota 2026', '2026-04-01', '2026-06-01'],
  ['bij de Voorjaarsnota', '2026-04-01', '2026-06-01'],
  ['with the Spring Memorandum 2026', '2026-04-01', '2026-06-01'],
]);

windowRows('voor Verantwoordingsdag', [
  ['voor Verantwoordingsdag 2026', ANCHOR, '2026-05-19'],
  ['voor Verantwoordingsdag', ANCHOR, '2026-05-19'],
  ['before Accountability Day 2027', ANCHOR, '2027-05-18'],
]);

windowRows('voor de begrotingsbehandeling (Prinsjesdag .. kerstreces − 1)', [
  // A year names the budget, debated the autumn before (the lead's decision D5 of session 33).
  ['voor de begrotingsbehandeling 2027', '2026-09-15', '2026-12-17'],
  ['voor de begrotingsbehandeling van 2027', '2026-09-15', '2026-12-17'],
  ['uiterlijk voor de begrotingsbehandeling 2026', '2025-09-16', '2025-12-18', '2025-02-14'],
  ['voor de begrotingsbehandeling', '2025-09-16', '2025-12-18'],
  ['before the budget debate 2027', '2026-09-15', '2026-12-17'],
]);

windowRows('dit jaar / volgend jaar', [
  ['dit jaar', ANCHOR, '2025-12-31'],
  ['this year', ANCHOR, '2025-12-31'],
  ['volgend jaar', '2026-01-01', '2026-12-31'],
  ['next year', '2026-01-01', '2026-12-31'],
]);

windowRows('dit voorjaar / deze zomer / dit najaar (from max(A, season start))', [
  ['dit voorjaar', '2026-03-01', '2026-05-31'],
  ['deze zomer', '2026-06-01', '2026-08-31'],
  ['dit najaar', '2026-09-01', '2026-11-30'],
  ['deze winter', ANCHOR, '2026-02-28'],
  ['this summer', '2026-06-01', '2026-08-31'],
]);

windowRows('binnen a span (A .. A + span)', [
  ['binnen drie weken', ANCHOR, '2026-01-05'],
  ['binnen 3 maanden', ANCHOR, '2026-03-15'],
  ['binnen zes weken', ANCHOR, '2026-01-26'],
  ['within 3 months', ANCHOR, '2026-03-15'],
  ['binnen een half jaar', ANCHOR, '2026-06-15'],
]);

// A single span is the calendar month that holds A + span (second table); a range is A + lower .. A + upper.
windowRows('over / na a span', [
  ['over twee jaar', '2027-12-01', '2027-12-31'],
  ['na twee jaar', '2027-12-01', '2027-12-31'],
  ['over 2-3 jaar', '2027-12-15', '2028-12-15'],
  ['over 2 à 3 jaar', '2027-12-15', '2028-12-15'],
  ['after 2 years', '2027-12-01', '2027-12-31'],
]);

windowRows('zo spoedig mogelijk (A .. A + 3 weeks)', [
  ['zo spoedig mogelijk', ANCHOR, '2026-01-05'],
  ['zo snel mogelijk', ANCHOR, '2026-01-05'],
  ['z.s.m.', ANCHOR, '2026-01-05'],
  ['zsm', ANCHOR, '2026-01-05'],
  ['as soon as possible', ANCHOR, '2026-01-05'],
  ['ASAP', ANCHOR, '2026-01-05'],
]);

windowRows('op korte termijn (A .. A + 6 weeks)', [
  ['op korte termijn', ANCHOR, '2026-01-26'],
  ['in the short term', ANCHOR, '2026-01-26'],
]);

describe('rule data', () => {
  it('names the season, its year and its days', () => {
    expect(resolved('zomer 2026').rule).toEqual({
      id: 'season',
      args: { season: 'zomer', year: 2026, from: '2026-06-01', to: '2026-08-31' },
    });
  });

  it('names the recess and its days for voor het zomerreces', () => {
    expect(resolved('voor het zomerreces 2026').rule).toEqual({
      id: 'before-recess',
      args: {
        recess: 'zomerreces',
        year: 2026,
        first: '2026-07-03',
        last: '2026-08-31',
        from: ANCHOR,
        to: '2026-07-02',
        calendar: 'stated',
      },
    });
  });

  it('names the target of uiterlijk and voor', () => {
    expect(resolved('uiterlijk maart 2026').rule).toEqual({
      id: 'by',
      args: { target: 'month', month: 3, year: 2026, from: ANCHOR, to: '2026-03-31' },
    });
    expect(resolved('voor 1 maart 2026').rule.id).toBe('before');
  });

  it('keeps the phrase as written', () => {
    expect(resolved('  Zomer   2026 ').phrase).toBe('  Zomer   2026 ');
  });
});
