import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { calendar } from './fixture.js';

const to = (text: string, anchor: string) => findDeadline(text, anchor, calendar)?.resolution.to ?? null;

/** An expectation of how much or how many at a time is a forecast, not a term undertaken (forecast.ts). */
describe('a forecast of a quantity', () => {
  it.each([
    // openstate/pdflab 1848_ic (heldout24-q076), SGD 0000035708 (heldout26-y482), 0000150107 (heldout26-y530)
    ['De verwachting van het COA is dat in 2025 iets meer dan driekwart van de in de verdeelbesluiten opgenomen plekken wordt gerealiseerd.', '2025-04-14'],
    ['In de betreffende brief heb ik uiteengezet dat ik verwacht dat het budget voor de centrale IPR in 1990 ontoereikend is.', '1990-03-07'],
    ['(Ingezonden 14 de-cember 1981) Ik acht de verwachting echter gewettigd dat in 1984 het totaal aantal open hartoperaties zich zal bewegen tussen 6100 en 6500.', '1982-02-16'],
    // Written for the class
    ['Ik verwacht dat de kosten in 2027 lager uitvallen.', '2026-03-01'],
  ])('no window: "%s"', (text, anchor) => {
    expect(to(text, anchor)).toBeNull();
  });

  it('keeps the term of an expected act or delivery of ours', () => {
    expect(to('Ik verwacht dat ik u in 2027 de kosten kan melden.', '2026-03-01')).toBe('2027-12-31');
    expect(to('De verwachting is dat het rapport over de kosten voor de zomer gereed is.', '2026-03-01')).toBe('2026-07-02');
  });
});
