import { quantileSorted } from 'd3-array';
import type { LatencySummary } from './types';

/**
 * The p-quantile (p in [0, 1]) of a sample by linear interpolation between order
 * statistics (R-7, the default of NumPy and d3-array): percentile([1, 2, 3, 4], 0.5) = 2.5.
 * NaN for an empty sample. The input is not modified.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return quantileSorted(sorted, Math.min(1, Math.max(0, p))) ?? NaN;
}

/** Median, 95th percentile, mean, minimum and maximum of durations in ms (all NaN when empty). */
export function summarizeLatencies(ms: readonly number[]): LatencySummary {
  if (ms.length === 0) return { p50: NaN, p95: NaN, mean: NaN, min: NaN, max: NaN };
  const sorted = [...ms].sort((a, b) => a - b);
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    p50: quantileSorted(sorted, 0.5) ?? NaN,
    p95: quantileSorted(sorted, 0.95) ?? NaN,
    mean: sum / sorted.length,
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/** Samples per second when `calls` calls of `batch` samples took `totalMs` in all; 0 when nothing was timed. */
export function throughput(batch: number, calls: number, totalMs: number): number {
  return totalMs > 0 ? (batch * calls * 1000) / totalMs : 0;
}
