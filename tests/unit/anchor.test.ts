import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../src/core/resolve-deadlines.js';
import type { Source } from '../../src/core/model.js';

const source = { date: { text: '2024-12', anchor: '2024-12-01', precision: 'month' } } as Source;

describe('the anchor of relative deadlines', () => {
  it('is the day the promise was made when known, else the source date', () => {
    expect(anchorOf({ made: '2024-12-12' }, source)).toBe('2024-12-12');
    expect(anchorOf({}, source)).toBe('2024-12-01');
    expect(anchorOf({}, undefined)).toBeUndefined();
  });
});
