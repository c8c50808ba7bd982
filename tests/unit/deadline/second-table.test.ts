import { describe, expect, it } from 'vitest';
import { describeRule } from '../../../src/core/deadline/describe.js';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { en } from '../../../src/messages/en.js';
import { nl } from '../../../src/messages/nl.js';
import { ANCHOR, calendar, resolved, window, windowRows } from './fixture.js';

/**
 * The second table of shared/reference/parliamentary-calendar.md ("rules for
 * real texts"), row by row: Dutch, English where the form is natural, ISO
 * where one exists. A = 2025-12-15 unless a row names its own anchor.
 */

windowRows('filler words: as without them', [
  ['nog voor de zomer', ANCHOR, '2026-07-02'],
  ['nog dit jaar', ANCHOR, '2025-12-31'],
  ['al in 2026', '2026-01-01', '2026-12-31'],
  ['reeds in het voorjaar van 2026', '2026-03-01', '2026-05-31'],
  ['rond eind april 2026', '2026-04-21', '2026-04-30'],
  ['rond eind april', '2026-04-21', '2026-04-30'],
  ['rond medio 2026', '2026-06-01', '2026-07-31'],
  ['still this year', ANCHOR, '2025-12-31'],
]);

windowRows('a weekday before a date: that date', [
  ['op vrijdag 13 september 2024', '2024-09-13', '2024-09-13', '2024-06-01'],
  ['vrijdag 13 september', '2024-09-13', '2024-09-13', '2024-06-01'],
  ['uiterlijk vrijdag 13 september 2024', '2024-06-01', '2024-09-13', '2024-06-01'],
  ['on Friday 13 September 2024', '2024-09-13', '2024-09-13', '2024-06-01'],
  ['op donderdag 13 september 2024', '2024-09-13', '2024-09-13', '2024-06-01'],
]);

describe('a weekday that does not match its date', () => {
  it('keeps the date and warns, in both languages', () => {
    const rule = resolved('op donderdag 13 september 2024', '2024-06-01').rule;
    expect(rule.args.weekdayMismatch).toBe(4);
    expect(describeRule(rule, nl)).toContain('let op: 13 september 2024 is een vrijdag, geen donderdag');
    expect(describeRule(rule, en)).toContain('note: 13 September 2024 is a Friday, not a Thursday');
  });

  it('says nothing when the weekday fits', () => {
    expect(resolved('op vrijdag 13 september 2024', '2024-06-01').rule.args.weekdayMismatch).toBeUndefined();
  });

  it('is no phrase before something that is not a day', () => {
    expect(resolvePhrase('vrijdag 2026', ANCHOR, calendar).ok).toBe(false);
  });
});

windowRows('a.s. / aanstaande after a date without a year: the next such date', [
  ['op 7 oktober a.s.', '2024-10-07', '2024-10-07', '2024-09-20'],
  ['op 7 oktober aanstaande', '2024-10-07', '2024-10-07', '2024-09-20'],
  ['7 oktober a.s.', '2025-10-07', '2025-10-07', '2024-10-08'],
  ['voor 7 oktober a.s.', '2024-09-20', '2024-10-06', '2024-09-20'],
]);

describe('jl. / jongstleden after a date: the most recent one before A', () => {
  it.each([
    ['16 juni jl.', '2024-06-16', '2024-09-20'],
    ['op 16 juni jongstleden', '2024-06-16', '2024-09-20'],
    ['16 juni jl.', '2023-06-16', '2024-03-01'],
  ])('%s at %s → %s', (phrase, date, anchor) => {
    expect(window(phrase, anchor)).toEqual([date, date]);
  });

  it('is in the past: "voor 16 juni jl." ends before the anchor', () => {
    const [, to] = window('voor 16 juni jl.', '2024-09-20');
    expect(to! < '2024-09-20').toBe(true);
  });

  it('needs a date without a year', () => {
    expect(resolvePhrase('7 oktober 2024 a.s.', '2024-09-20', calendar).ok).toBe(false);
    expect(resolvePhrase('zomer a.s.', '2024-09-20', calendar).ok).toBe(false);
  });
});

windowRows('komende / eerstvolgende + a recess or event: the next one', [
  ['vóór het komende zomerreces', ANCHOR, '2026-07-02'],
  ['voor het eerstvolgende kerstreces', ANCHOR, '2025-12-18'],
  ['voor het komende kerstreces', '2025-12-20', '2026-12-17', '2025-12-20'],
  ['voor de eerstvolgende Voorjaarsnota', ANCHOR, '2026-05-31'],
  ['before the next summer recess', ANCHOR, '2026-07-02'],
]);

windowRows('(uiterlijk) voor aanvang van a recess: as voor het …reces', [
  ['uiterlijk voor aanvang van het zomerreces', ANCHOR, '2026-07-02'],
  ['voor aanvang van het kerstreces 2026', ANCHOR, '2026-12-17'],
  ['vóór de aanvang van het zomerreces', ANCHOR, '2026-07-02'],
  ['before the start of the summer recess', ANCHOR, '2026-07-02'],
]);

windowRows('a recess "van de Tweede Kamer": the same recess', [
  ['vóór het zomerreces 2026 van de Tweede Kamer', ANCHOR, '2026-07-02'],
  ['voor het kerstreces van de Kamer', ANCHOR, '2025-12-18'],
  ['before the summer recess of the House', ANCHOR, '2026-07-02'],
]);

windowRows('voorafgaand aan / ten behoeve van / ter voorbereiding op X: as voor X', [
  ['voorafgaand aan het zomerreces', ANCHOR, '2026-07-02'],
  ['voorafgaande aan het kerstreces 2026', ANCHOR, '2026-12-17'],
  ['ter voorbereiding op Prinsjesdag 2026', ANCHOR, '2026-09-14'],
  ['ten behoeve van Verantwoordingsdag', ANCHOR, '2026-05-19'],
  // The debates on the 2027 budget, in the autumn of 2026 (the lead's decision D5 of session 33).
  ['ten behoeve van de begrotingsbehandeling 2027', '2026-09-15', '2026-12-17'],
  ['in preparation for Budget Day 2026', ANCHOR, '2026-09-14'],
]);

windowRows('synonyms of the budget debate: as voor de begrotingsbehandeling', [
  ['voor het begrotingsdebat', '2025-09-16', '2025-12-18'],
  ['voor het begrotingsdebat 2027', '2026-09-15', '2026-12-17'],
  ['voor het begrotingsdebat van 2027', '2026-09-15', '2026-12-17'],
  ['voor de behandeling van de begroting', '2025-09-16', '2025-12-18'],
  ['voor de behandeling van de begroting van het Ministerie van Onderwijs, Cultuur en Wetenschap', '2025-09-16', '2025-12-18'],
  ['voor de behandeling van de OCW-begroting', '2026-09-15', '2026-12-17', '2026-01-10'],
  // The budget for 2027 is debated in the autumn of 2026.
  ['voor de behandeling van de begroting 2027', '2026-09-15', '2026-12-17'],
  ['voor de behandeling van de begroting voor 2027', '2026-09-15', '2026-12-17'],
  ['voor de behandeling van de begroting voor het jaar 2027', '2026-09-15', '2026-12-17'],
  // The debate called parliamentary or oral, on one chapter of the budget, or a ministry's budget debate in one word.
  ['uiterlijk vóór de parlementaire behandeling van de Ontwerpbegroting 2027', '2026-09-15', '2026-12-17', '2026-01-10'],
  ['voor de mondelinge behandeling van de begroting 2027', '2026-09-15', '2026-12-17'],
  ['vóór de behandeling van hoofdstuk XIII van de rijksbegroting voor het jaar 2027', '2026-09-15', '2026-12-17'],
  ['voor de EZK-begrotingsbehandeling 2027', '2026-09-15', '2026-12-17'],
  ['voor het OCW-begrotingsdebat', '2025-09-16', '2025-12-18'],
  ['before the budget debate', '2025-09-16', '2025-12-18'],
]);

windowRows('tijdens de begrotingsbehandeling: Prinsjesdag … kerstreces − 1', [
  ['tijdens de begrotingsbehandeling', '2025-09-16', '2025-12-18'],
  ['tijdens de begrotingsbehandeling 2027', '2026-09-15', '2026-12-17'],
  ['bij de begrotingsbehandeling', '2026-09-15', '2026-12-17', '2026-02-01'],
  ['gedurende de begrotingsbehandelingen', '2026-09-15', '2026-12-17', '2026-02-01'],
  ['during the budget debates 2027', '2026-09-15', '2026-12-17'],
]);

windowRows('voor de Voorjaarsnota / Najaarsnota: A … 31 May / A … 30 November', [
  ['voor de Voorjaarsnota', ANCHOR, '2026-05-31'],
  ['vóór de Voorjaarsnota 2026', ANCHOR, '2026-05-31'],
  ['voor de Najaarsnota', ANCHOR, '2026-11-30'],
  ['voor de Najaarsnota', '2026-03-01', '2026-11-30', '2026-03-01'],
  ['before the Spring Memorandum', ANCHOR, '2026-05-31'],
]);

windowRows('rond / gelijktijdig met de Voorjaarsnota: as bij de Voorjaarsnota', [
  ['rond de Voorjaarsnota', '2026-04-01', '2026-06-01'],
  ['gelijktijdig met de Voorjaarsnota', '2026-04-01', '2026-06-01'],
  ['tegelijk met de Voorjaarsnota 2026', '2026-04-01', '2026-06-01'],
  ['rond de Najaarsnota 2026', '2026-10-01', '2026-12-01'],
  ['around the Spring Memorandum', '2026-04-01', '2026-06-01'],
]);

windowRows('gelijktijdig met deze brief: A … A', [
  ['gelijktijdig met deze brief', ANCHOR, ANCHOR],
  ['tegelijk met deze brief', ANCHOR, ANCHOR],
  ['together with this letter', ANCHOR, ANCHOR],
  ['parallel aan deze brief', ANCHOR, ANCHOR],
  ['in parallel with this letter', ANCHOR, ANCHOR],
]);

windowRows('a deadline set or moved: as uiterlijk <date>', [
  ['nieuwe deadline 1 januari 2023', '2022-06-01', '2023-01-01', '2022-06-01'],
  ['de deadline wordt verplaatst naar 1 juli 2016', '2016-02-01', '2016-07-01', '2016-02-01'],
  ['de deadline te verschuiven naar 1 oktober 2025', '2025-03-01', '2025-10-01', '2025-03-01'],
  ['de deadline is verlengd tot 2026-03-01', ANCHOR, '2026-03-01'],
  ['the deadline has been moved to 1 July 2026', ANCHOR, '2026-07-01'],
]);

windowRows('as soon as possible: A … A + 3 weeks', [
  ['op zo kort mogelijke termijn', ANCHOR, '2026-01-05'],
  ['zo spoedig als mogelijk', ANCHOR, '2026-01-05'],
  ['spoedig', ANCHOR, '2026-01-05'],
  ['onverwijld', ANCHOR, '2026-01-05'],
  ['without delay', ANCHOR, '2026-01-05'],
]);

windowRows('a few weeks / months: A … A + 4 weeks / A … A + 3 months', [
  ['binnen enkele weken', ANCHOR, '2026-01-12'],
  ['in de komende weken', ANCHOR, '2026-01-12'],
  ['binnen een aantal weken', ANCHOR, '2026-01-12'],
  ['within a few weeks', ANCHOR, '2026-01-12'],
  ['in de komende maanden', ANCHOR, '2026-03-15'],
  ['binnen enkele maanden', ANCHOR, '2026-03-15'],
  ['in the coming months', ANCHOR, '2026-03-15'],
]);

windowRows('a single span from A: the calendar month that holds A + span', [
  ['over een half jaar', '2026-06-01', '2026-06-30'],
  ['over twee jaar', '2027-12-01', '2027-12-31'],
  ['over drie maanden', '2026-03-01', '2026-03-31'],
  ['after 2 years', '2027-12-01', '2027-12-31'],
  // A range keeps the first table's rule: A + lower … A + upper.
  ['over 2-3 jaar', '2027-12-15', '2028-12-15'],
]);

windowRows('rond de jaarwisseling: 15 December … 15 January of the next turn of the year', [
  ['rond de jaarwisseling', '2025-12-15', '2026-01-15'],
  ['rond de jaarwisseling', '2026-12-15', '2027-01-15', '2026-03-01'],
  ['rond de jaarwisseling', '2025-12-15', '2026-01-15', '2026-01-10'],
  ['around the turn of the year', '2025-12-15', '2026-01-15'],
]);

windowRows('after another recess: last day + 1 … last day + 6 weeks', [
  ['na het kerstreces', '2026-01-13', '2026-02-23'],
  ['na het meireces', '2026-05-12', '2026-06-22'],
  ['na het voorjaarsreces', '2026-02-24', '2026-04-06'],
  ['na het kerstreces 2026', '2027-01-12', '2027-02-22'],
  ['after the Christmas recess', '2026-01-13', '2026-02-23'],
  // The zomerreces keeps its first-table rule.
  ['na het zomerreces', '2026-09-01', '2026-10-31'],
]);

windowRows('Christmas: A … 24 December', [
  ['voor de kerst', ANCHOR, '2025-12-24'],
  ['voor Kerstmis', ANCHOR, '2025-12-24'],
  ['vóór de kerstdagen', ANCHOR, '2025-12-24'],
  ['voor de kerst', '2025-12-25', '2026-12-24', '2025-12-25'],
  ['before Christmas', ANCHOR, '2025-12-24'],
]);

windowRows('this / next period', [
  ['nog deze maand', ANCHOR, '2025-12-31'],
  ['this month', ANCHOR, '2025-12-31'],
  ['volgende maand', '2026-01-01', '2026-01-31'],
  ['next month', '2026-01-01', '2026-01-31'],
  ['volgende maand', '2026-02-01', '2026-02-28', '2026-01-31'],
  ['het komende jaar', ANCHOR, '2026-12-15'],
  ['the coming year', ANCHOR, '2026-12-15'],
  ['aan het einde van dit jaar', '2025-11-01', '2025-12-31'],
  ['at the end of this year', '2025-11-01', '2025-12-31'],
  ['voor het einde van het jaar 2026', ANCHOR, '2026-12-31'],
  ['voor het einde van het jaar', ANCHOR, '2025-12-31'],
  ['before the end of the year 2026', ANCHOR, '2026-12-31'],
]);

windowRows('halves of a month, as real letters write them', [
  ['in de tweede helft van oktober 2026', '2026-10-16', '2026-10-31'],
  ['eerste helft van februari 2026', '2026-02-01', '2026-02-15'],
  ['the second half of October 2026', '2026-10-16', '2026-10-31'],
]);

describe('met deze brief', () => {
  it('is no deadline: most letters open with it', () => {
    expect(resolvePhrase('met deze brief', ANCHOR, calendar).ok).toBe(false);
  });
});

windowRows('the end of a recess: by its last day', [
  ['uiterlijk voor het einde van het meireces', ANCHOR, '2026-05-11'],
  ['voor het einde van het kerstreces 2026', ANCHOR, '2027-01-11'],
  ['by the end of the May recess', ANCHOR, '2026-05-11'],
]);

windowRows('year forms', [
  ["najaar '26", '2026-09-01', '2026-11-30'],
  ['najaar ’26', '2026-09-01', '2026-11-30'],
  ["autumn '26", '2026-09-01', '2026-11-30'],
  ['halverwege 2026', '2026-06-01', '2026-07-31'],
]);

describe('the rules in words', () => {
  const ids = [
    'voor de Voorjaarsnota',
    'voor de kerst',
    'rond de jaarwisseling',
    'voor de jaarwisseling',
    'na het kerstreces',
    'binnen enkele weken',
    'binnen enkele maanden',
    'gelijktijdig met deze brief',
    'deze maand',
    'volgende maand',
    'het komende jaar',
    'over twee jaar',
    'uiterlijk voor het einde van het meireces',
    'het einde van het meireces',
    'tweede helft van oktober 2026',
  ];
  it.each(ids)('%s has a rule in Dutch and in English', (phrase) => {
    const rule = resolved(phrase).rule;
    for (const messages of [nl, en]) {
      const text = describeRule(rule, messages);
      expect(text).not.toBe(rule.id);
      expect(text).not.toContain('undefined');
    }
  });
});
