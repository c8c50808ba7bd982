import { describe, expect, it } from 'vitest';
import { columnOf, defaultRange, makeScale, monthTicks, overlaps, place } from '../../src/core/timeline-scale.js';

describe('columnOf: day → column', () => {
  it('maps a 10-day range onto 10 columns one to one', () => {
    const scale = makeScale({ from: '2026-01-01', to: '2026-01-10' }, 10);
    expect(['2026-01-01', '2026-01-02', '2026-01-10'].map((date) => columnOf(scale, date))).toEqual([0, 1, 9]);
  });

  it('puts several days in one column when the range is longer than the chart is wide', () => {
    // 365 days on 73 columns: five days a column.
    const scale = makeScale({ from: '2026-01-01', to: '2026-12-31' }, 73);
    expect(columnOf(scale, '2026-01-05')).toBe(0);
    expect(columnOf(scale, '2026-01-06')).toBe(1);
    expect(columnOf(scale, '2026-12-31')).toBe(72);
  });

  it('gives columns outside the chart for days outside the range', () => {
    const scale = makeScale({ from: '2026-01-01', to: '2026-01-10' }, 10);
    expect(columnOf(scale, '2025-12-31')).toBe(-1);
    expect(columnOf(scale, '2026-01-11')).toBe(10);
  });

  it('counts leap days: 2028-02-29 has a column of its own', () => {
    const scale = makeScale({ from: '2028-02-28', to: '2028-03-01' }, 3);
    expect(columnOf(scale, '2028-02-29')).toBe(1);
  });

  it('refuses a chart without columns', () => {
    expect(() => makeScale({ from: '2026-01-01', to: '2026-01-10' }, 0)).toThrow(RangeError);
  });
});

describe('place: windows on the chart', () => {
  const scale = makeScale({ from: '2026-01-01', to: '2026-01-10' }, 10);

  it('draws a window inside the range from its first to its last day', () => {
    expect(place(scale, { from: '2026-01-03', to: '2026-01-05' })).toEqual({ kind: 'bar', start: 2, end: 4, clippedLeft: false, clippedRight: false });
  });

  it('clips a window that starts before the range to the left edge', () => {
    expect(place(scale, { from: '2025-12-01', to: '2026-01-02' })).toEqual({ kind: 'bar', start: 0, end: 1, clippedLeft: true, clippedRight: false });
  });

  it('clips a window that ends after the range to the right edge', () => {
    expect(place(scale, { from: '2026-01-09', to: '2026-02-28' })).toEqual({ kind: 'bar', start: 8, end: 9, clippedLeft: false, clippedRight: true });
  });

  it('draws open ends to the edge, marked as clipped', () => {
    expect(place(scale, { from: '2026-01-05', to: null })).toEqual({ kind: 'bar', start: 4, end: 9, clippedLeft: false, clippedRight: true });
    expect(place(scale, { from: null, to: '2026-01-05' })).toEqual({ kind: 'bar', start: 0, end: 4, clippedLeft: true, clippedRight: false });
  });

  it('says before or after for a window wholly outside the range, not a bar', () => {
    expect(place(scale, { from: '2025-06-01', to: '2025-12-31' })).toEqual({ kind: 'before' });
    expect(place(scale, { from: '2026-01-11', to: '2026-03-01' })).toEqual({ kind: 'after' });
  });

  it('gives a single day at least one column, also when a column is narrower than a day', () => {
    const wide = makeScale({ from: '2026-01-01', to: '2026-01-04' }, 8);
    expect(place(wide, { from: '2026-01-02', to: '2026-01-02' })).toEqual({ kind: 'bar', start: 2, end: 3, clippedLeft: false, clippedRight: false });
    const narrow = makeScale({ from: '2026-01-01', to: '2026-12-31' }, 50);
    const day = place(narrow, { from: '2026-07-01', to: '2026-07-01' });
    expect(day.kind === 'bar' && day.end - day.start).toBe(0);
  });

  it('treats the range boundaries as inside', () => {
    expect(place(scale, { from: '2026-01-10', to: '2026-01-10' })).toMatchObject({ kind: 'bar', start: 9, end: 9 });
    expect(place(scale, { from: '2025-12-01', to: '2026-01-01' })).toMatchObject({ kind: 'bar', start: 0, end: 0 });
  });
});

describe('overlaps', () => {
  const range = { from: '2026-01-01', to: '2026-06-30' };
  it.each([
    [{ from: '2025-01-01', to: '2025-12-31' }, false],
    [{ from: '2025-01-01', to: '2026-01-01' }, true],
    [{ from: '2026-06-30', to: '2027-01-01' }, true],
    [{ from: '2026-07-01', to: '2027-01-01' }, false],
    [{ from: null, to: null }, true],
  ])('%o → %s', (span, expected) => {
    expect(overlaps(range, span)).toBe(expected);
  });
});

describe('defaultRange', () => {
  const bundled = [
    { from: '2026-01-01', to: '2026-06-30' },
    { from: '2026-06-01', to: '2026-08-31' },
  ];

  it('looks back at most six months and ahead at least six, in whole months', () => {
    expect(defaultRange(bundled, '2026-11-28')).toEqual({ from: '2026-05-01', to: '2027-05-31' });
  });

  it('starts at the earliest window when that is less than six months back', () => {
    expect(defaultRange(bundled, '2026-03-01')).toEqual({ from: '2026-01-01', to: '2026-09-30' });
  });

  it('reaches the latest end when that is more than six months ahead', () => {
    expect(defaultRange([{ from: '2026-01-01', to: '2027-03-31' }], '2026-03-01')).toEqual({ from: '2026-01-01', to: '2027-03-31' });
  });

  it('always includes today, also when every window lies ahead', () => {
    const range = defaultRange([{ from: '2027-01-01', to: '2027-06-30' }], '2026-03-15');
    expect(range.from).toBe('2026-03-01');
    expect(range.to).toBe('2027-06-30');
  });

  it('spans at most 24 months', () => {
    expect(defaultRange([{ from: '2026-01-01', to: '2035-12-31' }], '2026-03-01')).toEqual({ from: '2026-01-01', to: '2027-12-31' });
  });

  it('does not let open ends stretch the range', () => {
    expect(defaultRange([{ from: null, to: null }], '2026-03-15')).toEqual({ from: '2026-03-01', to: '2026-09-30' });
  });

  it('is today ± six months without windows', () => {
    expect(defaultRange([], '2026-11-28')).toEqual({ from: '2026-11-01', to: '2027-05-31' });
  });

  it('keeps a given end as given and derives the other', () => {
    expect(defaultRange(bundled, '2026-11-28', { from: '2026-01-15' })).toEqual({ from: '2026-01-15', to: '2027-05-31' });
    expect(defaultRange(bundled, '2026-11-28', { to: '2026-12-15' })).toEqual({ from: '2026-05-01', to: '2026-12-15' });
    expect(defaultRange(bundled, '2026-11-28', { from: '2026-02-01', to: '2026-02-28' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('follows a given end that is far from today instead of producing an empty range', () => {
    expect(defaultRange(bundled, '2026-11-28', { to: '2025-03-31' })).toEqual({ from: '2024-09-01', to: '2025-03-31' });
    expect(defaultRange(bundled, '2026-11-28', { from: '2030-01-01' })).toEqual({ from: '2030-01-01', to: '2030-07-31' });
  });
});

describe('monthTicks', () => {
  it('marks the first day of each month with its column', () => {
    const scale = makeScale({ from: '2026-01-01', to: '2026-03-31' }, 90);
    expect(monthTicks(scale)).toEqual([
      { year: 2026, month: 1, column: 0 },
      { year: 2026, month: 2, column: 31 },
      { year: 2026, month: 3, column: 59 },
    ]);
  });

  it('puts a range that starts mid-month at column 0 under that month', () => {
    const scale = makeScale({ from: '2026-11-15', to: '2027-01-31' }, 78);
    expect(monthTicks(scale).map((tick) => [tick.year, tick.month, tick.column])).toEqual([
      [2026, 11, 0],
      [2026, 12, 16],
      [2027, 1, 47],
    ]);
  });
});
