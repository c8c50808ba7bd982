import { describe, expect, it } from 'vitest';
import { addSpan, parseSpan } from '../../../src/core/deadline/span.js';
import { resolveAfter } from '../../../src/core/deadline/resolve.js';

describe('parseSpan', () => {
  it.each([
    ['3 maanden', { unit: 'month', lower: 3, upper: 3 }],
    ['drie weken', { unit: 'week', lower: 3, upper: 3 }],
    ['zes weken', { unit: 'week', lower: 6, upper: 6 }],
    ['2-3 jaar', { unit: 'year', lower: 2, upper: 3 }],
    ['2 – 3 jaar', { unit: 'year', lower: 2, upper: 3 }],
    ['2 à 3 jaar', { unit: 'year', lower: 2, upper: 3 }],
    ['twee tot drie jaar', { unit: 'year', lower: 2, upper: 3 }],
    ['1 jaar', { unit: 'year', lower: 1, upper: 1 }],
    ['een maand', { unit: 'month', lower: 1, upper: 1 }],
    ['10 dagen', { unit: 'day', lower: 10, upper: 10 }],
    ['een half jaar', { unit: 'month', lower: 6, upper: 6 }],
    ['anderhalf jaar', { unit: 'month', lower: 18, upper: 18 }],
    ['3 months', { unit: 'month', lower: 3, upper: 3 }],
    ['two to three years', { unit: 'year', lower: 2, upper: 3 }],
    ['a week', { unit: 'week', lower: 1, upper: 1 }],
    ['binnen 3 maanden', { unit: 'month', lower: 3, upper: 3 }],
    ['Within 3 Months', { unit: 'month', lower: 3, upper: 3 }],
  ])('%s', (text, span) => {
    expect(parseSpan(text)).toEqual(span);
  });

  it.each(['', 'maanden', '3', '3 eeuwen', '3-2 jaar', '0 weken', 'spoedig'])('rejects %j', (text) => {
    expect(parseSpan(text)).toBeUndefined();
  });
});

describe('addSpan', () => {
  it('adds the lower or the upper length', () => {
    const span = { unit: 'year', lower: 2, upper: 3 } as const;
    expect(addSpan('2026-03-10', span, 'lower')).toBe('2028-03-10');
    expect(addSpan('2026-03-10', span, 'upper')).toBe('2029-03-10');
  });

  it('counts weeks as seven days and days as days', () => {
    expect(addSpan('2025-12-15', { unit: 'week', lower: 3, upper: 3 }, 'upper')).toBe('2026-01-05');
    expect(addSpan('2025-12-30', { unit: 'day', lower: 5, upper: 5 }, 'upper')).toBe('2026-01-04');
  });

  it('keeps the day of the month where it exists, else takes the last', () => {
    expect(addSpan('2026-01-31', { unit: 'month', lower: 1, upper: 1 }, 'upper')).toBe('2026-02-28');
    expect(addSpan('2028-02-29', { unit: 'year', lower: 1, upper: 1 }, 'upper')).toBe('2029-02-28');
  });
});

describe('resolveAfter', () => {
  it('without a span: open from the delivery of the prerequisite', () => {
    expect(resolveAfter('wodc-deelonderzoek', '2026-08-20', undefined, undefined)).toEqual({
      kind: 'window',
      phrase: 'after: wodc-deelonderzoek',
      from: '2026-08-20',
      to: null,
      rule: { id: 'after', args: { after: 'wodc-deelonderzoek', from: '2026-08-20' } },
      inferred: false,
    });
  });

  it('with a span: from the delivery to that plus the upper length', () => {
    const within = parseSpan('3 maanden');
    expect(resolveAfter('wodc-deelonderzoek', '2026-08-20', within, '3 maanden')).toEqual({
      kind: 'window',
      phrase: 'after: wodc-deelonderzoek, within: 3 maanden',
      from: '2026-08-20',
      to: '2026-11-20',
      rule: {
        id: 'after-within',
        args: { after: 'wodc-deelonderzoek', unit: 'month', lower: 3, upper: 3, from: '2026-08-20', to: '2026-11-20' },
      },
      inferred: false,
    });
    expect(resolveAfter('x', '2026-08-20', parseSpan('2-3 maanden'), '2-3 maanden').to).toBe('2026-11-20');
  });
});
