import { describe, expect, test } from 'vitest';
import { growthFactor } from '../../../src/register/young-generation.js';

const MIB = 1024 * 1024;

describe('growthFactor', () => {
  test("V8's own doubling while the doubled size fits the cap, none once it does not", () => {
    expect(growthFactor(2 * MIB, 16 * MIB)).toBe(2);
    expect(growthFactor(8 * MIB, 16 * MIB)).toBe(2);
    expect(growthFactor(16 * MIB, 16 * MIB)).toBe(1);
    expect(growthFactor(32 * MIB, 16 * MIB)).toBe(1);
    // A size V8 does not report: no growth rather than a guess.
    expect(growthFactor(0, 16 * MIB)).toBe(1);
  });
});

