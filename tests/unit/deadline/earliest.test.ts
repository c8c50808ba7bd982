import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { whyNotADeadline } from '../../../src/core/deadline/clause.js';
import { calendar } from './fixture.js';

/** The earliest moment something may happen sets no last day (clause.ts, 'earliest'). */
describe('"op zijn vroegst": a lower bound, no deadline', () => {
  it.each([
    // heldout10-146 (news, 2022) and heldout10-194 (news, 2019), and the word after the phrase
    ['Het kabinet maakt op zijn vroegst eind 2024 een definitieve keuze voor de locatie.', '2022-12-01'],
    ['Dat betekent dat het experiment in de praktijk op zijn vroegst halverwege 2021 zal aanvangen.', '2019-04-01'],
    ["De Kamer ontvangt het wetsvoorstel eind 2027 op z'n vroegst.", '2026-03-01'],
    ['Ik verwacht het rapport op het vroegst in maart 2026 aan uw Kamer te sturen.', '2025-11-01'],
  ])('"%s"', (text, anchor) => {
    expect(findDeadline(text, anchor, calendar)).toBeNull();
  });

  it('is said as such by the clause rules', () => {
    const text = 'Het kabinet maakt op zijn vroegst eind 2024 een definitieve keuze.';
    const start = text.indexOf('eind 2024');
    expect(whyNotADeadline(text, start, start + 'eind 2024'.length, 'window')).toBe('earliest');
  });

  it.each([
    // a last day set beside the earliest one keeps its window; "zo vroeg mogelijk" is how soon, not a bound
    ['Het kabinet maakt uiterlijk eind 2024 een definitieve keuze, maar op zijn vroegst in juni 2024.', '2022-12-01', '2024-12-31'],
    ['Ik informeer u zo vroeg mogelijk in 2024 over de keuze.', '2022-12-01', '2024-12-31'],
    ['Ik stuur u eind 2024 het rapport; de evaluatie volgt op zijn vroegst daarna.', '2022-12-01', '2024-12-31'],
  ])('counter-example: "%s" keeps its window', (text, anchor, to) => {
    expect(findDeadline(text, anchor, calendar)?.resolution.to).toBe(to);
  });
});
