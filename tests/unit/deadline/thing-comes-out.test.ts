import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * A thing of the writer's told to come out or be ready in the future, with no one else named, is the government's
 * undertaking (GUIDE §1: a thing-subject whose agent is the government): its term is read. A third party named, money
 * made available or a thing that only is available keeps no term.
 */
describe('a thing of ours that will come out or be ready', () => {
  it.each([
    // heldout26-y603 (SGD 0000207462, 1974)
    ['Dit Meerjarenplan voor het Personenvervoer zal in de loop van 1975 verschijnen.', '1974-05-06', '1975-12-31'],
    // heldout26-y611 (SGD 0000206458, 1974), the verb broken by the print
    ['In de loop van 1974 zal ook de verdere vormgeving van het Directoraat-Generaal gereed ko-men.', '1974-04-29', '1974-12-31'],
    // heldout26-y166 (SGD 0000218886, 1972)
    ['Deze gegevens zullen, zoals onder 2 gesteld, binnenkort ter beschikking komen.', '1972-08-10', '1972-09-21'],
    // heldout25-q085 (SGD 0000118208, 1986)
    ['De bij een aantal inrichtingen in uitvoering zijnde aanpas-singen zullen binnenkort gereed komen.', '1986-04-10', '1986-05-22'],
  ] as const)('"%s" is read', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // heldout23-a342 (2012): money, a budget
    ['In 2015 zal meer dan € 2 miljard beschikbaar zijn voor de topsectoren.', '2012-01-16'],
    ['Vanaf 2015 zal € 2 miljard beschikbaar komen voor de topsectoren.', '2012-01-16'],
    // a third party's report
    ['Het advies van de Raad van State zal in het najaar verschijnen.', '2024-03-01'],
  ] as const)('"%s" holds no term', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});
