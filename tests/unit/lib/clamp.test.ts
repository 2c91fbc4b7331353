import { describe, expect, it } from 'vitest';
import { clampToRange } from '../../../src/lib/clamp';

describe('clampToRange', () => {
  const cases = [
    { value: 5, min: 0, max: 10, step: 1, expected: 5 },
    { value: 5.4, min: 0, max: 10, step: 1, expected: 5 },
    { value: 99, min: 0, max: 10, step: 1, expected: 10 },
    { value: -3, min: 0, max: 10, step: 1, expected: 0 },
    { value: 0.123, min: 0, max: 1, step: 0.01, expected: 0.12 },
    { value: 7, min: 1, max: 20, step: 5, expected: 6 },
    { value: Number.NaN, min: 0, max: 10, step: 1, expected: 3 },
    { value: Number.POSITIVE_INFINITY, min: 0, max: 10, step: 1, expected: 3 },
  ];
  for (const { value, min, max, step, expected } of cases) {
    it(`bounds ${value} in [${min}, ${max}] step ${step} to ${expected}`, () => {
      expect(clampToRange(value, min, max, step, 3)).toBe(expected);
    });
  }
});
