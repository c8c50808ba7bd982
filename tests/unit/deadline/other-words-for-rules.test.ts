import { describe, expect, it } from 'vitest';
import { describeRule } from '../../../src/core/deadline/describe.js';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { messagesFor } from '../../../src/messages/index.js';
import { calendar, windowRows } from './fixture.js';

/**
 * Other words for the reference's own rules, each unread before: a half of the year in one word ("halfjaar",
 * "jaarhelft") as "helft"; "aankomend(e)" as "komend(e)"; a third of this or next month as "begin/medio/eind maart"
 * (first table); "later" before "deze maand", "dit voorjaar" as before "dit jaar", and "later in het jaar" as "later dit
 * jaar"; "een halfjaar" as "een half jaar". A = 10 February 2026.
 */
const A = '2026-02-10';

windowRows('a half of the year in one word: as "eerste/tweede helft"', [
  ['in het eerste halfjaar van 2027', '2027-01-01', '2027-06-30', A],
  ['in het tweede halfjaar', '2026-07-01', '2026-12-31', A],
  ['in de eerste jaarhelft van 2027', '2027-01-01', '2027-06-30', A],
  ['uiterlijk in het tweede halfjaar van 2026', A, '2026-12-31', A],
]);

windowRows('"aankomend(e)" as "komend(e)": the next one', [
  ['aankomend voorjaar', '2026-03-01', '2026-05-31', A],
  ['voor het aankomende zomerreces', A, '2026-07-02', A],
  ['aankomende maand', '2026-03-01', '2026-03-31', A],
]);

windowRows('a third of this or next month, as "begin/medio/eind maart"', [
  ['eind deze maand', '2026-02-21', '2026-02-28', A],
  ['medio deze maand', '2026-02-11', '2026-02-20', A],
  ['begin volgende maand', '2026-03-01', '2026-03-10', A],
  ['eind van de volgende maand', '2026-03-21', '2026-03-31', A],
  ['eind volgende maand', '2027-01-21', '2027-01-31', '2026-12-15'],
  ['end of this month', '2026-02-21', '2026-02-28', A],
  ['early next month', '2026-03-01', '2026-03-10', A],
]);

windowRows('"later" before the period of the anchor: that period from the anchor', [
  ['later deze maand', A, '2026-02-28', A],
  ['later dit voorjaar', '2026-03-01', '2026-05-31', A],
  ['later dit voorjaar', '2026-04-20', '2026-05-31', '2026-04-20'],
  ['later in het jaar', A, '2026-12-31', A],
  ['later this month', A, '2026-02-28', A],
  ['later in the year', A, '2026-12-31', A],
]);

windowRows('"een halfjaar" as "een half jaar"', [
  ['binnen een halfjaar', A, '2026-08-10', A],
  ['over een halfjaar', '2026-08-01', '2026-08-31', A],
]);

describe('each is explained by the rule it stands for, in Dutch and English', () => {
  it.each([
    ['in het tweede halfjaar', 'tweede helft van 2026: 1 juli t/m 31 december 2026', 'second half of 2026'],
    ['eind deze maand', 'eind februari 2026: 21 t/m 28 februari 2026', 'end of February 2026'],
    ['begin volgende maand', 'begin maart 2026: 1 t/m 10 maart 2026', 'early March 2026'],
  ])('%s', (phrase, dutch, english) => {
    const outcome = resolvePhrase(phrase, A, calendar);
    if (!outcome.ok) throw new Error(`not read: ${phrase}`);
    expect(describeRule(outcome.resolution.rule, messagesFor('nl'))).toBe(dutch);
    expect(describeRule(outcome.resolution.rule, messagesFor('en'))).toContain(english);
  });
});

windowRows('"voor het einde van" a period: by its last day, as "voor het einde van het jaar 2026"', [
  ['voor het einde van de zomer', A, '2026-08-31', A],
  ['voor het einde van het voorjaar', A, '2026-05-31', A],
  ['voor het einde van het eerste kwartaal', A, '2026-03-31', A],
  ['voor het einde van het tweede kwartaal van 2027', A, '2027-06-30', A],
  ['voor het einde van de eerste helft van 2027', A, '2027-06-30', A],
  ['voor het einde van maart', A, '2026-03-31', A],
  ['before the end of the second quarter', A, '2026-06-30', A],
  // As before: a form the grammar read already keeps its own reading.
  ['voor het einde van 2026', A, '2026-12-31', A],
  ['voor het einde van het zomerreces', A, '2026-08-31', A],
]);

windowRows('"niet later dan" as "uiterlijk"; "nog" after "uiterlijk" a filler, as before "voor"', [
  ['niet later dan 1 maart', A, '2026-03-01', A],
  ['niet later dan eind 2026', A, '2026-12-31', A],
  ['uiterlijk nog voor de zomer', A, '2026-07-02', A],
  ['uiterlijk nog voor het kerstreces', A, '2026-12-17', A],
]);

windowRows('"(in) de maand maart": the month', [
  ['in de maand maart', '2026-03-01', '2026-03-31', A],
  ['in de maand september 2026', '2026-09-01', '2026-09-30', A],
  ['uiterlijk in de maand maart', A, '2026-03-31', A],
  ['in the month of March 2026', '2026-03-01', '2026-03-31', A],
]);
