import { describe, expect, it } from 'vitest';
import { find } from './fixture.js';

/**
 * The writer's own planning told without an agent ("naar verwachting", "is voorzien"): the one who expects or plans is
 * the government writing, so a sentence that names no other party still gives the term of its own work (clause.ts,
 * WRITERS_PLANNING).
 */
describe("the writer's planning told without an agent", () => {
  it.each([
    // heldout21-a100, heldout15-325, heldout19-y056, dev-388
    ['Deze komt naar verwachting in de loop van 2024 beschikbaar.', '2024-03-07', '2024-12-31'],
    ['Dit betekent dat de vrachtwagenheffing naar verwachting in 2026 start.', '2023-11-23', '2026-12-31'],
    ['In 2025 zal naar verwachting de laatste samenvoeging plaatsvinden.', '2023-01-24', '2025-12-31'],
    ['Dat laatste is voorzien voor de Bestuurlijke Overleggen Leefomgeving in het voorjaar van 2024.', '2024-01-16', '2024-05-31'],
    ['De uitbetaling begint naar verwachting in het eerste kwartaal van 2025.', '2024-10-01', '2025-03-31'],
    ['De tweede fase is voorzien in het eerste kwartaal van 2025.', '2024-06-01', '2025-03-31'],
  ])('"%s"', (text, anchor, to) => {
    expect(find(text, anchor)?.resolution.to).toBe(to);
  });

  it.each([
    // a third party acts; a gathering starts; an amount is expected; a meeting's schedule; no word of planning at all
    ['De Europese Commissie komt naar verwachting in het voorjaar met een voorstel.', '2024-01-10'],
    ['De onderhandelingen over de richtlijn starten naar verwachting in januari 2025.', '2024-10-01'],
    ['De kosten bedragen naar verwachting in 2025 circa 10 miljoen euro.', '2024-10-01'],
    ['De verwachting is dat daar over dit en volgend jaar nog 32 miljoen euro bij komt.', '2020-11-01'],
    ['Dat moment staat gepland op donderdag 6 maart.', '2025-02-20'],
    ['Deze komt in de loop van 2024 beschikbaar.', '2024-03-07'],
  ])('no deadline: "%s"', (text, anchor) => {
    expect(find(text, anchor)).toBeNull();
  });
});
