import { describe, expect, it } from 'vitest';
import { DAYS, FEATURES, HISTORY } from '../../../../src/engine/drift-stream/config';
import { buildReference, DayMonitor, emptyShare } from '../../../../src/engine/drift-stream/monitors';
import { dayStart, generateStream, type Stream } from '../../../../src/engine/drift-stream/stream';
import { chiSquareQuantileUpper, psiThreshold } from '../../../../src/engine/drift-stream/thresholds';
import { chiSquareHomogeneity } from '../../../../src/engine/drift/chiSquareHomogeneity';
import { ks2Samp } from '../../../../src/engine/drift/ks';
import { psiFromCounts, psiNumeric } from '../../../../src/engine/drift/psi';
import reference from '../../../fixtures/drift-stream/reference.json';

type Sessions = { watch: number[]; hour: number[]; device: number[]; genre: number[] };
type Expected = Record<(typeof FEATURES)[number], { psi: number; statistic: number; pValue: number }>;

/** A stream whose days −7…−1 are the reference sessions and day 0 the current ones (other days empty copies). */
function streamOf(n: number, ref: Sessions, cur: Sessions): Stream {
  const total = (HISTORY + DAYS) * n;
  const s: Stream = { eventsPerDay: n, watch: new Float64Array(total), hour: new Float64Array(total), device: new Uint8Array(total), genre: new Uint8Array(total), label: new Uint8Array(total), pTrue: new Float64Array(total) };
  const put = (x: Sessions, at: number) => {
    s.watch.set(x.watch, at);
    s.hour.set(x.hour, at);
    s.device.set(x.device, at);
    s.genre.set(x.genre, at);
  };
  put(ref, dayStart(-7, n));
  put(cur, dayStart(0, n));
  return s;
}

/** Agreement to 4 significant digits (relative 5e-5, or absolute 1e-12 near zero). */
function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(5e-5 * Math.abs(expected), 1e-12));
}

describe('the streaming day monitor', () => {
  it.each(reference.monitors.map((c) => [c.inputs.label, c] as const))('matches scipy and numpy on "%s"', (_, c) => {
    const { n } = c.inputs;
    const s = streamOf(n, c.inputs.reference, c.inputs.current);
    const out = new DayMonitor().observe(s, 0, buildReference(s, -7, -1, 'scaled'));
    const expected = c.expected as Expected;
    FEATURES.forEach((f, i) => {
      close(out.psi[i], expected[f].psi);
      close(out.statistic[i], expected[f].statistic);
      close(out.pValue[i], expected[f].pValue);
    });
  });

  it.each([
    [120, 'exact KS p-values'],
    [2_740, 'asymptotic KS p-values: the bench’s 10⁶ sessions a year'],
  ])('gives exactly the drift report functions’ numbers on days of a drifting stream, %i sessions a day (%s)', (n) => {
    const s = generateStream(5, n, { sudden: true, gradual: true, recurring: true, concept: true, brokenExports: true });
    const ref = buildReference(s, -10, -4, 'scaled');
    const monitor = new DayMonitor();
    const slice = (a: Float64Array, d: number) => a.slice(dayStart(d, n), dayStart(d + 1, n)).sort();
    const counts = (a: Uint8Array, from: number, to: number, k: number) => {
      const c = new Array<number>(k).fill(0);
      for (let i = dayStart(from, n); i < dayStart(to + 1, n); i++) c[a[i]]++;
      return c;
    };
    for (const d of [0, 100, 149, 150, 240, 364]) {
      const out = monitor.observe(s, d, ref);
      [s.watch, s.hour].forEach((col, f) => {
        const refSorted = col.slice(dayStart(-10, n), dayStart(-3, n)).sort();
        const ks = ks2Samp(refSorted, slice(col, d));
        expect(out.statistic[f]).toBe(ks.statistic);
        expect(out.pValue[f]).toBe(ks.pValue);
        expect(out.psi[f]).toBe(psiNumeric(refSorted, slice(col, d), 10, emptyShare(n)));
      });
      [s.device, s.genre].forEach((col, j) => {
        const k = j === 0 ? 4 : 5;
        const r = counts(col, -10, -4, k);
        const c = counts(col, d, d, k);
        const keep = r.map((x, i) => x + c[i] > 0);
        const chi = chiSquareHomogeneity(r.filter((_, i) => keep[i]), c.filter((_, i) => keep[i]));
        expect(out.statistic[2 + j]).toBe(chi.statistic);
        expect(out.pValue[2 + j]).toBe(chi.pValue);
        expect(out.psi[2 + j]).toBe(psiFromCounts(r, c, emptyShare(n)));
      });
    }
  });
});

describe('PSI alarm lines', () => {
  it.each(reference.thresholds.map((c) => [c.inputs.k, c.inputs.n, c.inputs.m, c] as const))('k = %i, n = %i, m = %i: the scaled line matches scipy', (k, n, m, c) => {
    close(chiSquareQuantileUpper(0.001, k - 1), c.expected.quantile);
    close(psiThreshold('scaled', k, n, m), c.expected.scaled);
  });

  it('fixed lines ignore the sample sizes', () => {
    expect([psiThreshold('fixed-0.1', 10, 50, 350), psiThreshold('fixed-0.2', 10, 5000, 35000)]).toEqual([0.1, 0.2]);
  });

  it('a fixed 0.1 line fires on most unchanged small days, the scaled line almost never', () => {
    const n = 50;
    const s = generateStream(11, n, { sudden: false, gradual: false, recurring: false, concept: false, brokenExports: false });
    const count = (mode: 'fixed-0.1' | 'scaled') => {
      const ref = buildReference(s, -7, -1, mode);
      const monitor = new DayMonitor();
      let days = 0;
      for (let d = 0; d < DAYS; d++) {
        const out = monitor.observe(s, d, ref);
        if (out.psi.some((p, f) => p >= ref.thresholds[f])) days++;
      }
      return days;
    };
    const fixed = count('fixed-0.1');
    const scaled = count('scaled');
    // With no drift at all, 50 sessions a day against 350: PSI of the numeric features averages about 9·(1/50 + 1/350) ≈ 0.21.
    expect(fixed).toBeGreaterThan(0.9 * DAYS);
    expect(scaled).toBeLessThanOrEqual(0.03 * DAYS);
    expect(count('scaled')).toBe(scaled);
  });
});
