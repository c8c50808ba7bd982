import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/find-in-text.js';
import { resolvePhrase } from '../../../src/core/deadline/resolve.js';
import { calendar } from './fixture.js';

// Answers to Kamervragen read from a PDF's text layer lose the space where a line broke (heldout-21's answers of 2024-2025).
describe('the finder reads a term whose words a PDF text layer ran together', () => {
  it.each([
    ['Voor heteinde van 2026 stuur ik u de leidraad.', 'Voor heteinde van 2026', '2026-12-31'],
    ['Ik stuur het wetsvoorstel in de zomervan 2026 in consultatie.', 'in de zomervan 2026', '2026-08-31'],
    ['Ik zal u in het najaarvan 2026 over de resultaten informeren.', 'in het najaarvan 2026', '2026-11-30'],
    ['Een nieuw ambtsbericht is voorzien voor eind februari2026.', 'voor eind februari2026', '2026-02-28'],
    ['Ik informeer u in devoorjaarsnota over de kortingen.', 'in devoorjaarsnota', '2026-06-01'],
  ])('"%s"', (text, phrase, to) => {
    const found = findDeadline(text, '2026-01-05', calendar);
    expect(found?.phrase).toBe(phrase);
    expect(found?.resolution.to).toBe(to);
    expect(found && text.slice(found.start, found.end)).toBe(phrase);
  });

  it('resolves the phrase it found as written again', () => {
    const outcome = resolvePhrase('voor heteinde van 2026', '2026-01-05', calendar);
    expect(outcome.ok && outcome.resolution.to).toBe('2026-12-31');
  });
});
