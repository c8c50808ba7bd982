import { describe, expect, it } from 'vitest';
import { compareText } from '../../../src/core/text-order.js';

describe('compareText', () => {
  it('orders by code unit, not by locale: capitals before small letters, accents after z', () => {
    expect(['b', 'é', 'Z', 'a', 'z'].sort(compareText)).toEqual(['Z', 'a', 'b', 'z', 'é']);
  });

  it('says equal only for equal strings, and is antisymmetric', () => {
    expect(compareText('tk/2024-01.yaml', 'tk/2024-01.yaml')).toBe(0);
    expect(compareText('tk/2024-01.yaml', 'tk/2024-02.yaml')).toBe(-1);
    expect(compareText('tk/2024-02.yaml', 'tk/2024-01.yaml')).toBe(1);
  });

  it('puts a path before the paths it is a prefix of, as git lists them', () => {
    expect(['a/b.yaml', 'a.yaml', 'a-b.yaml'].sort(compareText)).toEqual(['a-b.yaml', 'a.yaml', 'a/b.yaml']);
  });
});
