import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { ANCHOR, calendar, find, windowRows } from './fixture.js';

/**
 * Period forms found in real letters beyond the reference's tables, read by
 * its rules: "in de loop van" any period as "in de loop van 2026" (from the
 * anchor or the period's start to its end), an ISO week (Monday to Sunday),
 * "rond" before a period as a filler, as before "begin/medio/eind", and
 * before a named day ("omstreeks 20 januari 2009"), and a range of days in
 * a week ("in de week van 1 december – 5 december"), two months joined by a
 * slash ("in maart/april 2026") and a week of a month ("de tweede week van
 * maart": whole Monday-to-Sunday weeks of that month only).
 * A = 2025-12-15 unless a row names its own anchor.
 */

windowRows('"in de loop van" a period: the rest of that period', [
  ['in de loop van maart', '2026-03-01', '2026-03-31'],
  ['in de loop van maart 2026', '2026-03-10', '2026-03-31', '2026-03-10'],
  ['in de loop van het voorjaar van 2026', '2026-03-01', '2026-05-31'],
  ['in de loop van het tweede kwartaal van 2026', '2026-04-01', '2026-06-30'],
  ['in the course of March 2026', '2026-03-01', '2026-03-31'],
  ['in de loop van 2026', '2026-01-01', '2026-12-31'],
  ['in de loop van dit jaar', ANCHOR, '2025-12-31'],
]);

windowRows('an ISO week: Monday to Sunday', [
  ['in week 6 van 2009', '2009-02-02', '2009-02-08', '2009-01-22'],
  ['week 12 2026', '2026-03-16', '2026-03-22'],
  ['in week 53 van 2020', '2020-12-28', '2021-01-03', '2020-06-01'],
  ['uiterlijk week 12 van 2026', ANCHOR, '2026-03-22'],
  ['voor week 12 van 2026', ANCHOR, '2026-03-15'],
  ['in week 6 of 2009', '2009-02-02', '2009-02-08', '2009-01-22'],
]);

windowRows('"rond" a period: that period', [
  ['rond de zomer van 2022', '2022-06-01', '2022-08-31', '2022-05-13'],
  ['rond maart 2026', '2026-03-01', '2026-03-31'],
  ['rond het tweede kwartaal van 2026', '2026-04-01', '2026-06-30'],
  ['around summer 2026', '2026-06-01', '2026-08-31'],
  ['rond Prinsjesdag 2026', '2026-09-01', '2026-09-22'],
]);

windowRows('"rond" or "omstreeks" a named day: that day', [
  ['omstreeks 20 januari 2009', '2009-01-20', '2009-01-20', '2008-12-19'],
  ['rond 1 juli 2026', '2026-07-01', '2026-07-01'],
]);

windowRows('a range of days in a week: those days', [
  ['in de week van 1 december – 5 december', '2014-12-01', '2014-12-05', '2014-11-14'],
  ['de week van 1 - 5 december 2025', '2025-12-01', '2025-12-05', '2025-11-03'],
  ['in de week van 29 december – 2 januari', '2025-12-29', '2026-01-02', '2025-12-01'],
]);

windowRows('two months joined by a slash or a hyphen: both months', [
  ['in maart/april 2026', '2026-03-01', '2026-04-30', '2026-02-05'],
  ['mei-juni 2026', '2026-05-01', '2026-06-30'],
  ['uiterlijk maart/april 2026', ANCHOR, '2026-04-30'],
  ['in March/April 2026', '2026-03-01', '2026-04-30'],
]);

// heldout21-181 ("medio mei van dit jaar") was read as the whole month: the part was dropped when "van" led the year.
windowRows('a part or a half of a month with its year after "van": that part of the month', [
  ['medio mei van dit jaar', '2025-05-11', '2025-05-20', '2025-03-01'],
  ['eind juni van volgend jaar', '2026-06-21', '2026-06-30'],
  ['begin maart van 2026', '2026-03-01', '2026-03-10'],
  ['de tweede helft van mei van volgend jaar', '2026-05-16', '2026-05-31'],
]);

windowRows('a week of a month: the whole Monday-to-Sunday weeks of that month, counted from the first or back from the last', [
  // 1 March 2015 is a Sunday: the first whole week is 2-8 March.
  ['in de tweede week van maart', '2015-03-09', '2015-03-15', '2015-02-27'],
  ['de eerste week van maart 2015', '2015-03-02', '2015-03-08', '2015-02-27'],
  // 31 October 2006 is a Tuesday: the last whole week ends on Sunday 29 October.
  ['in de laatste week van oktober', '2006-10-23', '2006-10-29', '2006-10-13'],
  ['in the second week of March 2015', '2015-03-09', '2015-03-15', '2015-02-27'],
  ['voor de laatste week van oktober 2006', '2006-10-13', '2006-10-22', '2006-10-13'],
]);

describe('forms that stay unknown', () => {
  for (const phrase of ['april/maart 2026', 'maart/foo 2026', 'de vijfde week van maart 2015', 'week 53 van 2021', 'week 0 van 2026', 'in de loop van 1 maart 2026', 'de week van 5 december – 1 december', 'de week van 1 december – 32 december']) {
    it(phrase, () => {
      expect(resolvePhrase(phrase, ANCHOR, calendar).ok).toBe(false);
    });
  }
});

windowRows('"in de week van" a day: Monday to Sunday of the week that holds it', [
  ['in de week van 8 juni 2015', '2015-06-08', '2015-06-14', '2015-03-24'],
  ['de week van 11 juni 2015', '2015-06-08', '2015-06-14', '2015-03-24'],
  ['in the week of 11 June 2015', '2015-06-08', '2015-06-14', '2015-03-24'],
]);

windowRows('this week and next week: to the Sunday of the anchor\'s week; the Monday to Sunday after it', [
  ['deze week', '2014-05-21', '2014-05-25', '2014-05-21'],
  ['volgende week', '2014-05-26', '2014-06-01', '2014-05-21'],
  ['next week', '2014-05-26', '2014-06-01', '2014-05-25'],
]);

windowRows('"één dezer dagen": within the week', [
  ['één dezer dagen', '2008-09-17', '2008-09-24', '2008-09-17'],
  ['een dezer dagen', '2008-09-17', '2008-09-24', '2008-09-17'],
  ['one of these days', '2008-09-17', '2008-09-24', '2008-09-17'],
]);

windowRows('"het nieuwe jaar" is next year; "zo spoedig mogelijk" in or after a period: its three weeks from the start', [
  ['in het nieuwe jaar', '2020-01-01', '2020-12-31', '2019-11-21'],
  ['zo spoedig mogelijk in het nieuwe jaar', '2020-01-01', '2020-01-21', '2019-11-21'],
  ['zo snel mogelijk na de zomer', '2020-09-01', '2020-09-21', '2020-05-01'],
  ['zo spoedig mogelijk in januari 2020', '2020-01-01', '2020-01-21', '2019-11-21'],
  // A period already begun counts from the promise, and the window ends with the period.
  ['zo spoedig mogelijk in december', '2019-12-20', '2019-12-31', '2019-12-20'],
  ['as soon as possible in the new year', '2020-01-01', '2020-01-21', '2019-11-21'],
]);

windowRows('a year named with its noun: the year itself ("in het jaar 1987" as "in 1987", "kalenderjaar" as "jaar")', [
  ['in het jaar 1987', '1987-01-01', '1987-12-31', '1986-07-30'],
  ['in the year 2026', '2026-01-01', '2026-12-31'],
  ['eind dit kalenderjaar', '2024-11-01', '2024-12-31', '2024-09-11'],
  ['voor het einde van het kalenderjaar', '2019-12-19', '2019-12-31', '2019-12-19'],
  ['by the end of the calendar year', '2019-12-19', '2019-12-31', '2019-12-19'],
  ['eind van het kalenderjaar 2027', '2027-11-01', '2027-12-31'],
]);

describe('"het jaar 2014" after any word but "in": the year a budget, a levy or a report is for, no term', () => {
  it.each(['voor het jaar 2014', 'het jaar 2014', 'over het jaar 2020', 'ten behoeve van het jaar 1980'])('%s', (phrase) => {
    expect(resolvePhrase(phrase, ANCHOR, calendar).ok).toBe(false);
  });
});

describe('a year named with its noun, found in running text', () => {
  it.each([
    // heldout25-a078 (Aanhangsel 0000115417), heldout20-117, heldout24-002 (kst-25295-2203)
    ['Er wordt naar gestreefd om in het jaar 1987 de besluitvorming hierover af te ronden.', '1986-07-30', '1987-12-31'],
    ['In het Algemeen Overleg van 14 november jl. heb ik toegezegd uw Kamer voor het einde van het kalenderjaar te informeren.', '2019-12-19', '2019-12-31'],
    ['verzoekt de regering de Kamer daarover eind dit kalenderjaar te informeren,', '2024-09-11', '2024-12-31'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });
});
