import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../../src/core/calendar.js';
import { resolved, window, calendar, ANCHOR } from './fixture.js';

describe('inferred', () => {
  it('is true when the window rests on an I row', () => {
    const resolution = resolved('voor het kerstreces 2026');
    expect(resolution.inferred).toBe(true);
    expect(resolution.rule.args.calendar).toBe('inferred');
  });

  it('is false when it rests on an S or S2 row', () => {
    expect(resolved('voor het kerstreces 2025', '2025-10-01').inferred).toBe(false);
    expect(resolved('voor het zomerreces 2026').inferred).toBe(false);
    expect(resolved('voor het zomerreces 2026').rule.args.calendar).toBe('stated');
  });

  it('follows the flag of the day used: kerstreces 2024 starts stated and ends inferred', () => {
    expect(resolved('voor het kerstreces 2024', '2024-10-01').inferred).toBe(false);
  });

  it('follows the flag of the last day after a recess', () => {
    expect(resolved('na het zomerreces 2027').inferred).toBe(true);
    expect(resolved('na het zomerreces 2026').inferred).toBe(false);
  });

  it('is true for years computed from a pattern', () => {
    const resolution = resolved('voor het zomerreces 2030');
    expect([resolution.from, resolution.to, resolution.inferred]).toEqual([ANCHOR, '2030-07-04', true]);
    expect(resolved('voor Prinsjesdag 2030').inferred).toBe(true);
    expect(resolved('voor Prinsjesdag 2026').inferred).toBe(false);
  });

  it('is false for phrases that use no calendar row, which carry no calendar basis', () => {
    const resolution = resolved('zomer 2026');
    expect(resolution.inferred).toBe(false);
    expect(resolution.rule.args).not.toHaveProperty('calendar');
  });

  it('combines Prinsjesdag and the kerstreces for the begrotingsbehandeling', () => {
    // The 2026 budget is debated in the autumn of 2025, the 2027 budget in the autumn of 2026.
    expect(resolved('voor de begrotingsbehandeling 2026', '2025-06-01').inferred).toBe(false);
    expect(resolved('voor de begrotingsbehandeling 2027').inferred).toBe(true);
  });
});

describe('recesses from the register config', () => {
  const corrected = withOverrides(calendar, [
    { name: 'zomerreces', first: '2026-07-10', last: '2026-09-07' },
    { name: 'herfstreces', first: '2027-10-15', last: '2027-10-25' },
  ]);

  it('win over the shipped row for the same recess and year', () => {
    expect(window('voor het zomerreces 2026', ANCHOR, corrected)).toEqual([ANCHOR, '2026-07-09']);
    expect(window('na het zomerreces 2026', ANCHOR, corrected)).toEqual(['2026-09-08', '2026-10-31']);
  });

  it('are not inferred and say where they come from', () => {
    const resolution = resolved('voor het zomerreces 2026', ANCHOR, corrected);
    expect(resolution.inferred).toBe(false);
    expect(resolution.rule.args.calendar).toBe('config');
  });

  it('add recesses the table lacks', () => {
    expect(window('voor het herfstreces 2027', ANCHOR, corrected)).toEqual([ANCHOR, '2027-10-14']);
    expect(() => resolved('voor het herfstreces 2027')).toThrow(/did not resolve/);
  });

  it('leave other years alone', () => {
    expect(window('voor het zomerreces 2027', ANCHOR, corrected)).toEqual([ANCHOR, '2027-07-08']);
  });
});
