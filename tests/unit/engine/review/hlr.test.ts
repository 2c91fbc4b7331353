import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEIGHTS,
  MAX_HALF_LIFE,
  MIN_HALF_LIFE,
  daysUntilRecall,
  exponent,
  features,
  halfLife,
  recall,
  weightVector,
  weightsFromVector,
} from '../../../../src/engine/review/hlr';

describe('half-life regression', () => {
  it('builds the paper features: bias, √(1+right), √(1+wrong), one-hot lesson', () => {
    // right 2, wrong 1, lesson "b" of [a, b, c]: [1, √3, √2, 0, 1, 0]
    expect(features({ right: 2, wrong: 1 }, 'b', ['a', 'b', 'c'])).toEqual([1, Math.sqrt(3), Math.SQRT2, 0, 1, 0]);
  });

  it.each([
    // θ·x = −1 + 1.5·√1 − 0.5·√1 = 0 → h = 2^0 = 1 day
    { name: 'a new item has a one-day half-life', right: 0, wrong: 0, dot: 0, h: 1 },
    // θ·x = −1 + 1.5·√2 − 0.5 = −1 + 2.121320 − 0.5 = 0.621320 → h = 2^0.621320 = 1.538282 days
    { name: 'one right answer', right: 1, wrong: 0, dot: 0.6213203, h: 1.5382824 },
    // θ·x = −1 + 1.5·√3 − 0.5·√2 = −1 + 2.598076 − 0.707107 = 0.890969 → h = 2^0.890969 = 1.854422 days
    { name: 'two right, one wrong (the lesson\'s example, "about 1.9 days")', right: 2, wrong: 1, dot: 0.8909694, h: 1.8544218 },
    // θ·x = −1 + 1.5·√1 − 0.5·√2 = −0.207107 → h = 2^−0.207107 = 0.866273 days
    { name: 'one wrong answer', right: 0, wrong: 1, dot: -0.2071068, h: 0.8662727 },
    // θ·x = −1 + 1.5·√9 − 0.5 = 3 → h = 8 days
    { name: 'eight right answers', right: 8, wrong: 0, dot: 3, h: 8 },
  ])('default weights: $name', ({ right, wrong, dot, h }) => {
    expect(exponent(DEFAULT_WEIGHTS, { right, wrong }, 'any')).toBeCloseTo(dot, 6);
    expect(halfLife(DEFAULT_WEIGHTS, { right, wrong }, 'any')).toBeCloseTo(h, 6);
  });

  it('adds the lesson weight to the exponent', () => {
    // θ·x = 0 (new item) + (−0.3) → h = 2^−0.3 = 0.812252 days
    const weights = { ...DEFAULT_WEIGHTS, lessons: { experiments: -0.3 } };
    expect(halfLife(weights, { right: 0, wrong: 0 }, 'experiments')).toBeCloseTo(0.812252, 6);
    expect(halfLife(weights, { right: 0, wrong: 0 }, 'mlops')).toBe(1);
  });

  it('clamps the half-life between 15 minutes and 274 days', () => {
    // 400 right: θ·x = −1 + 1.5·√401 − 0.5 ≈ 28.5 → 2^28.5 days, far beyond 274
    expect(halfLife(DEFAULT_WEIGHTS, { right: 400, wrong: 0 }, 'x')).toBe(MAX_HALF_LIFE);
    // 400 wrong: θ·x = −1 + 1.5 − 0.5·√401 ≈ −9.5 → 2^−9.5 days ≈ 2 minutes, below 15
    expect(halfLife(DEFAULT_WEIGHTS, { right: 0, wrong: 400 }, 'x')).toBe(MIN_HALF_LIFE);
  });

  it.each([
    // p = 2^(−Δ/h)
    { delta: 0, h: 3, p: 1 },
    { delta: 3, h: 3, p: 0.5 },
    { delta: 6, h: 3, p: 0.25 }, // the lesson's check: two half-lives
    { delta: 9, h: 3, p: 0.125 },
    // 2^(−1/1.854422) = 0.688128, 2^(−2/1.854422) = 0.473520, 2^(−5/1.854422) = 0.154293
    { delta: 1, h: 1.8544218, p: 0.688128 },
    { delta: 2, h: 1.8544218, p: 0.47352 },
    { delta: 5, h: 1.8544218, p: 0.154293 },
  ])('recall after $delta days with h = $h is $p', ({ delta, h, p }) => {
    expect(recall(delta, h)).toBeCloseTo(p, 6);
  });

  it('solves for the time at which recall reaches a target', () => {
    // Δ = h·log2(1/target): h = 3, target ½ → 3 days; h = 1.538282, target 0.8 → 1.538282 × 0.321928 = 0.495216 days
    expect(daysUntilRecall(3, 0.5)).toBeCloseTo(3, 12);
    expect(daysUntilRecall(1.5382824, 0.8)).toBeCloseTo(0.495216, 6);
  });

  it('round-trips weights through the vector form', () => {
    const weights = { bias: 0.1, right: 0.2, wrong: -0.3, lessons: { a: 0.4, b: -0.5 } };
    expect(weightVector(weights, ['a', 'b'])).toEqual([0.1, 0.2, -0.3, 0.4, -0.5]);
    expect(weightsFromVector([0.1, 0.2, -0.3, 0.4, -0.5], ['a', 'b'])).toEqual(weights);
  });
});
