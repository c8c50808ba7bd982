import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const found = (text: string, anchor: string) => {
  const deadline = findDeadline(text, anchor, calendar);
  return deadline === null ? null : { phrase: deadline.phrase, to: deadline.resolution.to };
};

/**
 * A year after a budget and its owner names that budget ("de begroting van Economische Zaken voor 2018"), as one right
 * after the budget does; the debate on it is held the autumn before (GUIDE §2, D5).
 */
describe('the year of a budget named with its owner', () => {
  it.each([
    // tkconv 2017D36019 (heldout24-a020), SGD 0000266870 (heldout25-w050), SGD 0000159393 (heldout25-v061)
    ['Bijlage: schriftelijke beantwoording van gestelde vragen in de eerste termijn van de behandeling van de begroting van Economische Zaken voor 2018, onderdeel Landbouw en Natuur', '2017-12-07'],
    ['Voorts zal mijnerzijds worden bevorderd, dat op de be-groting van mijn departement voor 1961 een bedrag wordt opgenomen voor de afsluitings-en daarmede samenhangende werken.', '1960-06-10'],
    ['Mede omdat bij de behandeling van de begroting van dit departement voor 1981 vanuit de Tweede Kamer der Sta-ten-Generaal nadrukkelijk is gevraagd naar de stand van zaken.', '1981-04-28'],
  ])('no window: "%s"', (text, anchor) => {
    expect(found(text, anchor)).toBeNull();
  });

  it('reads the debate on a budget named with its owner as the autumn before that budget year', () => {
    expect(found('Ik zal u bij de behandeling van de begroting van Justitie en Veiligheid voor 2027 informeren.', '2026-03-01')).toEqual({
      phrase: 'bij de behandeling van de begroting van Justitie en Veiligheid voor 2027',
      to: '2026-12-17',
    });
  });

  it('keeps a term before a year that follows no budget', () => {
    expect(found('Ik zal het plan van mijn ministerie voor 2027 aan uw Kamer sturen.', '2026-03-01')?.to).toBe('2026-12-31');
  });
});
