import { describe, expect, it } from 'vitest';
import { isDueSoon, leadDays } from '../../src/core/due-soon.js';

describe('proportional due-soon', () => {
  it('warns a few days ahead for a short deadline and weeks ahead for a long one', () => {
    expect(leadDays('2026-01-01', '2026-01-01', '2026-01-15')).toBe(3);
    expect(leadDays('2026-01-01', '2026-01-01', '2026-07-01')).toBe(28);
    expect(leadDays('2026-01-01', '2026-01-01', '2027-06-30')).toBe(42);
  });

  it('does not nag in the first weeks of a six-month window', () => {
    expect(isDueSoon('2026-02-01', '2026-01-01', '2026-01-01', '2026-06-30')).toBe(false);
    expect(isDueSoon('2026-06-10', '2026-01-01', '2026-01-01', '2026-06-30')).toBe(true);
  });

  it('never calls an open-ended or passed window due soon', () => {
    expect(isDueSoon('2026-06-10', '2026-01-01', '2026-01-01', null)).toBe(false);
    expect(isDueSoon('2026-07-01', '2026-01-01', '2026-01-01', '2026-06-30')).toBe(false);
  });
});
