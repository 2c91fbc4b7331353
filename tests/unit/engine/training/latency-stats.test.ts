import { describe, expect, it } from 'vitest';
import { percentile, summarizeLatencies, throughput } from '../../../../src/engine/training/latency-stats';
import { countParams, macsPerSample, MODEL_SIZES } from '../../../../src/engine/training/model-sizes';

describe('percentile', () => {
  // Reference values: numpy.percentile(values, q) with the default linear method.
  it.each([
    { values: [1, 2, 3, 4], p: 0.5, expected: 2.5 },
    { values: [4, 1, 3, 2], p: 0.5, expected: 2.5 },
    { values: [1, 2, 3, 4, 5], p: 0.5, expected: 3 },
    { values: [1, 2, 3, 4], p: 0.95, expected: 3.85 },
    { values: Array.from({ length: 100 }, (_, i) => i + 1), p: 0.95, expected: 95.05 },
    { values: [7], p: 0.95, expected: 7 },
    { values: [1, 2, 3], p: 0, expected: 1 },
    { values: [1, 2, 3], p: 1, expected: 3 },
    { values: [1, 2, 3], p: 2, expected: 3 },
  ])('percentile($values, $p) = $expected', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 10);
  });

  it('is NaN for an empty sample', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('does not reorder its input', () => {
    const v = [3, 1, 2];
    percentile(v, 0.5);
    expect(v).toEqual([3, 1, 2]);
  });
});

describe('summarizeLatencies', () => {
  it('gives median, p95, mean, min and max', () => {
    expect(summarizeLatencies([5, 1, 4, 2, 3])).toEqual({ p50: 3, p95: 4.8, mean: 3, min: 1, max: 5 });
  });

  it('is all NaN when nothing was timed', () => {
    expect(Object.values(summarizeLatencies([])).every(Number.isNaN)).toBe(true);
  });
});

describe('throughput', () => {
  it.each([
    { batch: 64, calls: 5, totalMs: 320, expected: 1000 },
    { batch: 1, calls: 10, totalMs: 5, expected: 2000 },
    { batch: 8, calls: 2, totalMs: 0, expected: 0 },
  ])('$batch rows × $calls calls in $totalMs ms is $expected samples/s', ({ batch, calls, totalMs, expected }) => {
    expect(throughput(batch, calls, totalMs)).toBe(expected);
  });
});

describe('model sizes', () => {
  it('counts weights and biases of a dense network', () => {
    expect(countParams(5, [8, 4], 3)).toBe(6 * 8 + 9 * 4 + 5 * 3);
    expect(macsPerSample(5, [8, 4], 3)).toBe(5 * 8 + 8 * 4 + 4 * 3);
  });

  it('grows strictly from small to medium to large', () => {
    const p = (['small', 'medium', 'large'] as const).map((s) => countParams(64, MODEL_SIZES[s], 4));
    expect(p[0]).toBeLessThan(p[1]);
    expect(p[1]).toBeLessThan(p[2]);
  });
});
