import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../../src/core/calendar.js';
import { describeRule } from '../../../src/core/deadline/describe.js';
import { resolveAfter } from '../../../src/core/deadline/resolve.js';
import { parseSpan } from '../../../src/core/deadline/span.js';
import { messagesFor } from '../../../src/messages/index.js';
import type { CivilDate } from '../../../src/core/civil-date.js';
import { ANCHOR, calendar, resolved } from './fixture.js';

const nl = messagesFor('nl');
const en = messagesFor('en');

function said(phrase: string, anchor: CivilDate = ANCHOR, cal = calendar): [string, string] {
  const { rule } = resolved(phrase, anchor, cal);
  return [describeRule(rule, nl), describeRule(rule, en)];
}

describe('describeRule', () => {
  it('says a season with its meteorological days', () => {
    expect(said('zomer 2026')).toEqual([
      'zomer 2026: meteorologische zomer, 1 juni t/m 31 augustus 2026',
      'summer 2026: meteorological summer, 1 June to 31 August 2026',
    ]);
  });

  it('says an ISO week as Monday to Sunday', () => {
    expect(said('in week 6 van 2009', '2009-01-22')).toEqual([
      'week 6 van 2009: maandag t/m zondag, 2 t/m 8 februari 2009',
      'week 6 of 2009: Monday to Sunday, 2 to 8 February 2009',
    ]);
    expect(said('uiterlijk week 12 van 2026', '2026-01-05')).toEqual(['uiterlijk week 12 van 2026: t/m 22 maart 2026', 'by week 12 of 2026: until 22 March 2026']);
  });

  it('says a weekday without a date by how it was counted from the day of the promise (a Monday)', () => {
    expect(said('dinsdag', '2026-03-02')).toEqual([
      'dinsdag: 3 maart 2026, de eerstvolgende dinsdag vanaf de datum van de toezegging',
      'Tuesday: 3 March 2026, the first Tuesday from the date of the promise',
    ]);
    expect(said('aanstaande maandag', '2026-03-02')).toEqual([
      'maandag: 9 maart 2026, de eerste maandag na de datum van de toezegging',
      'Monday: 9 March 2026, the first Monday after the date of the promise',
    ]);
    expect(said('volgende week dinsdag', '2026-03-02')).toEqual([
      'dinsdag: 10 maart 2026, de dinsdag van de week na die van de toezegging',
      "Tuesday: 10 March 2026, the Tuesday of the week after the promise's",
    ]);
  });

  it('says the start and the end of a week as such in English', () => {
    expect(said('begin volgende week', '2026-03-02')).toEqual(['begin van de week: 9 t/m 11 maart 2026', 'the start of the week: 9 to 11 March 2026']);
    expect(said('uiterlijk eind deze week', '2026-03-02')).toEqual(['uiterlijk eind van de week: t/m 8 maart 2026', 'by the end of the week: until 8 March 2026']);
  });

  it('says voor het zomerreces with the recess days', () => {
    expect(said('voor de zomer')).toEqual([
      'voor het zomerreces 2026: t/m 2 juli 2026, de dag voor het zomerreces (3 juli t/m 31 augustus 2026)',
      'before the summer recess 2026: until 2 July 2026, the day before the summer recess (3 July to 31 August 2026)',
    ]);
  });

  it('adds that a date is inferred', () => {
    expect(said('voor het kerstreces 2026')[0]).toBe(
      'voor het kerstreces 2026: t/m 17 december 2026, de dag voor het kerstreces (18 december 2026 t/m 11 januari 2027) ' +
        '(afgeleid: berekend uit het vaste patroon, niet uit een opgave van de Kamer)',
    );
    expect(said('voor het kerstreces 2026')[1]).toMatch(/\(inferred: computed from the usual pattern, not from a date published by parliament\)$/);
  });

  // Found in session 38: the reference's herfstreces 2024 and 2026 (flag I) were said to be computed from a pattern the
  // herfstreces does not have.
  it('says of an inferred row of a recess without a pattern that its dates are assumed, not computed', () => {
    const [dutch, english] = said('voor het herfstreces', '2024-09-10');
    expect(dutch).toMatch(/\(afgeleid: dit reces volgt geen vast patroon; de data zijn aangenomen, niet uit een opgave van de Kamer\)$/);
    expect(english).toMatch(/\(inferred: this recess follows no fixed pattern; the dates are assumed, not published by parliament\)$/);
  });

  // Found by use: a register imported from the Kamer's records of 2019-2023 said of every past Prinsjesdag and recess the
  // calendar does not list that it was "nog niet door de Kamer bevestigd", which is false of a day long past.
  it('says of an inferred date how it was found, not that it is still to be confirmed', () => {
    const [dutch, english] = said('rond Prinsjesdag 2020', '2019-06-01');
    expect(dutch).toMatch(/\(afgeleid: berekend uit het vaste patroon, niet uit een opgave van de Kamer\)$/);
    expect(dutch).not.toContain('nog niet');
    expect(english).not.toContain('not been confirmed');
  });

  it('adds that a date comes from the register config', () => {
    const corrected = withOverrides(calendar, [{ name: 'zomerreces', first: '2026-07-10', last: '2026-09-07' }]);
    expect(said('na het zomerreces 2026', ANCHOR, corrected)[0]).toBe(
      'na het zomerreces 2026: 8 september t/m 31 oktober 2026, vanaf de dag na het zomerreces (10 juli t/m 7 september 2026) ' +
        '(datum uit de configuratie van het register)',
    );
  });

  it.each([
    ['1 maart 2026', '1 maart 2026: die dag', '1 March 2026: that day'],
    ['uiterlijk 1 maart 2026', 'uiterlijk 1 maart 2026: t/m 1 maart 2026', 'by 1 March 2026: until 1 March 2026'],
    ['voor 1 maart 2026', 'voor 1 maart 2026: t/m 28 februari 2026, de dag ervoor', 'before 1 March 2026: until 28 February 2026, the day before'],
    ['maart 2026', 'maart 2026: 1 t/m 31 maart 2026', 'March 2026: 1 to 31 March 2026'],
    ['eind maart 2026', 'eind maart 2026: 21 t/m 31 maart 2026', 'end of March 2026: 21 to 31 March 2026'],
    ['Q3 2026', 'derde kwartaal 2026: 1 juli t/m 30 september 2026', 'third quarter of 2026: 1 July to 30 September 2026'],
    ['H1 2026', 'eerste helft van 2026: 1 januari t/m 30 juni 2026', 'first half of 2026: 1 January to 30 June 2026'],
    ['2026', '2026: 1 januari t/m 31 december 2026', '2026: 1 January to 31 December 2026'],
    ['medio 2026', 'medio 2026: 1 juni t/m 31 juli 2026', 'mid 2026: 1 June to 31 July 2026'],
    [
      'in de loop van 2025',
      'in de loop van 2025: 15 t/m 31 december 2025, niet eerder dan de datum van de toezegging',
      'in the course of 2025: 15 to 31 December 2025, not before the date of the promise',
    ],
    [
      'winter 2026',
      'winter 2026: meteorologische winter, 1 december 2026 t/m 28 februari 2027',
      'winter 2026: meteorological winter, 1 December 2026 to 28 February 2027',
    ],
    [
      'na het zomerreces 2026',
      'na het zomerreces 2026: 1 september t/m 31 oktober 2026, vanaf de dag na het zomerreces (3 juli t/m 31 augustus 2026)',
      'after the summer recess 2026: 1 September to 31 October 2026, from the day after the summer recess (3 July to 31 August 2026)',
    ],
    [
      'rond Prinsjesdag 2026',
      'rond Prinsjesdag 2026: 1 t/m 22 september 2026, van twee weken voor tot een week na Prinsjesdag (15 september 2026)',
      'around Prinsjesdag (Budget Day) 2026: 1 to 22 September 2026, from two weeks before to a week after Prinsjesdag (15 September 2026)',
    ],
    [
      'voor Prinsjesdag 2026',
      'voor Prinsjesdag 2026: t/m 14 september 2026, de dag ervoor',
      'before Prinsjesdag (Budget Day) 2026: until 14 September 2026, the day before',
    ],
    [
      'bij de Voorjaarsnota 2026',
      'bij de Voorjaarsnota 2026: 1 april t/m 1 juni 2026; de Voorjaarsnota gaat voor 1 juni naar de Kamer',
      'with the Voorjaarsnota (Spring Memorandum) 2026: 1 April to 1 June 2026; it goes to parliament before 1 June',
    ],
    [
      'voor de begrotingsbehandeling 2026',
      'voor de begrotingsbehandeling 2026: de behandeling van de begroting voor 2026, in het najaar van 2025: 16 september t/m 18 december 2025, van Prinsjesdag tot de dag voor het kerstreces',
      'before the budget debates 2026: the debates on the 2026 budget, in the autumn of 2025: 16 September to 18 December 2025, from Prinsjesdag to the day before the Christmas recess',
    ],
    ['dit jaar', 'dit jaar (2025): t/m 31 december 2025', 'this year (2025): until 31 December 2025'],
    ['volgend jaar', 'volgend jaar (2026): 1 januari t/m 31 december 2026', 'next year (2026): 1 January to 31 December 2026'],
    ['dit najaar', 'dit najaar (2026): 1 september t/m 30 november 2026', 'this autumn (2026): 1 September to 30 November 2026'],
    [
      'binnen 3 maanden',
      'binnen 3 maanden: t/m 15 maart 2026, 3 maanden na de datum van de toezegging (15 december 2025)',
      'within 3 months: until 15 March 2026, 3 months after the date of the promise (15 December 2025)',
    ],
    [
      'binnen een week',
      'binnen 1 week: t/m 22 december 2025, 1 week na de datum van de toezegging (15 december 2025)',
      'within 1 week: until 22 December 2025, 1 week after the date of the promise (15 December 2025)',
    ],
    [
      'over 2-3 jaar',
      'over 2-3 jaar: 15 december 2027 t/m 15 december 2028, gerekend vanaf de datum van de toezegging',
      'in 2-3 years: 15 December 2027 to 15 December 2028, counted from the date of the promise',
    ],
    [
      'zo spoedig mogelijk',
      'zo spoedig mogelijk: t/m 5 januari 2026, drie weken na de datum van de toezegging',
      'as soon as possible: until 5 January 2026, three weeks after the date of the promise',
    ],
    [
      'op korte termijn',
      'op korte termijn: t/m 26 januari 2026, zes weken na de datum van de toezegging',
      'in the short term: until 26 January 2026, six weeks after the date of the promise',
    ],
    [
      'zo spoedig mogelijk na het kerstreces',
      'zo spoedig mogelijk na het kerstreces: 13 januari t/m 2 februari 2026, de drie weken vanaf het begin daarvan',
      // The period is quoted as the source says it, not run into an English sentence.
      'as soon as possible within the term "na het kerstreces": 13 January to 2 February 2026, the three weeks from its start',
    ],
    ['doorlopend', 'doorlopend: zonder einddatum', 'ongoing: without an end date'],
  ])('%s', (phrase, dutch, english) => {
    expect(said(phrase)).toEqual([dutch, english]);
  });

  it('says the dependency rules', () => {
    const open = resolveAfter('wodc', '2026-08-20', undefined, undefined).rule;
    const within = resolveAfter('wodc', '2026-08-20', parseSpan('3 maanden'), '3 maanden').rule;
    expect(describeRule(open, nl)).toBe('na levering van wodc: vanaf 20 augustus 2026, zonder einddatum');
    expect(describeRule(within, nl)).toBe('binnen 3 maanden na levering van wodc: 20 augustus t/m 20 november 2026');
    expect(describeRule(within, en)).toBe('within 3 months after wodc is delivered: 20 August to 20 November 2026');
  });

  it('names the recess that stood in for another', () => {
    expect(said('voor het herfstreces 2025', '2025-09-01')[0]).toBe(
      'voor het verkiezingsreces 2025: t/m 2 oktober 2025, de dag voor het verkiezingsreces (3 oktober t/m 10 november 2025)',
    );
  });

  it('falls back to the rule id for a rule it does not know', () => {
    expect(describeRule({ id: 'mystery', args: {} }, nl)).toBe('mystery');
  });
});

describe('begrotingsbehandeling with a year', () => {
  // The lead's decision D5 of session 33: the year names the budget, debated in the autumn before, as the Kamer uses the words.
  it.each(['voor de begrotingsbehandeling 2026', 'voor de begrotingsbehandeling van 2026', 'voor het begrotingsdebat 2026', 'voor de behandeling van de begroting 2026'])(
    'reads "%s" as the debates on the 2026 budget, in the autumn of 2025, and says so',
    (phrase) => {
      const [dutch, english] = said(phrase, '2025-03-01');
      expect(resolved(phrase, '2025-03-01', calendar)).toMatchObject({ from: '2025-09-16', to: '2025-12-18' });
      expect(dutch).toContain('de behandeling van de begroting voor 2026, in het najaar van 2025');
      expect(english).toContain('the debates on the 2026 budget, in the autumn of 2025');
    },
  );

  // Labelled "begrotingsbehandeling 2025" it said the opposite of D5's reading of that name (the autumn of 2024).
  it('without a year takes the autumn at hand and names the budget debated in it, the next year\'s', () => {
    const [dutch, english] = said('voor de begrotingsbehandeling', '2025-03-01');
    expect(dutch).toBe('voor de begrotingsbehandeling 2026: de behandeling van de begroting voor 2026, in het najaar van 2025: 16 september t/m 18 december 2025, van Prinsjesdag tot de dag voor het kerstreces');
    expect(english).toContain('the debates on the 2026 budget, in the autumn of 2025');
  });

  // Explained with "voor"/"before" until session 34, which is not the reading the finder made of "tijdens"/"bij".
  it.each(['tijdens de begrotingsbehandeling 2026', 'bij de begrotingsbehandeling 2026', 'during the budget debates 2026'])(
    'explains "%s" as during the debates, not before them',
    (phrase) => {
      const [dutch, english] = said(phrase, '2025-03-01');
      expect(dutch).toBe('tijdens de begrotingsbehandeling 2026: de behandeling van de begroting voor 2026, in het najaar van 2025: 16 september t/m 18 december 2025, van Prinsjesdag tot de dag voor het kerstreces');
      expect(english).toBe('during the budget debates 2026: the debates on the 2026 budget, in the autumn of 2025: 16 September to 18 December 2025, from Prinsjesdag to the day before the Christmas recess');
    },
  );
});
