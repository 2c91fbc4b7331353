import { randomBinomial } from 'd3-random';
import { createRng } from '../random/rng';
import { lanDeMetsBoundaries } from '../stats/groupSequential';
import { normalIsf } from '../stats/normal';

export interface PeekingConfig {
  /** Number of simulated A/A tests (integer, 1–100,000). */
  experiments: number;
  /** Equally spaced looks per test (integer, 1–100), e.g. one per day. */
  looks: number;
  /** New visitors PER ARM between two looks (integer, 1–10⁷). */
  visitorsPerLook: number;
  /** Conversion rate of both arms (no true difference), in (0, 1). */
  baseline: number;
  /** Nominal two-sided significance level, in (0, 0.5). */
  alpha: number;
  seed: number;
}

export interface PeekingResult {
  /** Look numbers 1…K. */
  looks: number[];
  /** Share of tests stopped as a "win" by look k when stopping at the first p < α (cumulative). */
  peeking: number[];
  /** Share with p < α at look k itself: the error rate had look k been the one planned analysis. */
  fixedHorizon: number[];
  /** Share that crossed the O'Brien–Fleming boundary by look k (cumulative). */
  sequential: number[];
  /** Critical |z| per look of the sequential design (Lan–DeMets O'Brien–Fleming spending). */
  boundaries: number[];
  /** Critical |z| of a single test at α, z_(1−α/2). */
  nominalZ: number;
  /** The three false-positive rates at the last look. */
  final: { peeking: number; fixedHorizon: number; sequential: number };
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(`peekingSimulation: ${message}`);
}

/**
 * Simulates many A/A tests (both arms convert at `baseline`) analysed at K equally spaced looks with the
 * pooled two-proportion z-test, z_k = (p̂B − p̂A)/√(p̄(1 − p̄)·2/n_k) on the cumulative counts, and
 * compares three decision rules: stop at the first look with p < α ("peeking"); test once at a fixed
 * horizon; and a group-sequential design that stops when |z_k| ≥ c_k, with O'Brien–Fleming-type
 * Lan–DeMets boundaries for information fractions k/K (lanDeMetsBoundaries). Counts per look are drawn
 * as Binomial(visitorsPerLook, baseline) per arm. All rates are fractions of `experiments`.
 * 1,000 tests × 30 looks take ~40 ms, boundaries included (bench/engine/experiments.bench.ts). Same config ⇒ identical result; the first m
 * tests do not depend on how many more are simulated.
 */
export function peekingSimulation(config: PeekingConfig): PeekingResult {
  const { experiments, looks: K, visitorsPerLook: v, baseline, alpha } = config;
  check(Number.isInteger(experiments) && experiments >= 1 && experiments <= 100_000, 'experiments must be an integer in [1, 100000]');
  check(Number.isInteger(K) && K >= 1 && K <= 100, 'looks must be an integer in [1, 100]');
  check(Number.isInteger(v) && v >= 1 && v <= 1e7, 'visitorsPerLook must be an integer in [1, 1e7]');
  check(baseline > 0 && baseline < 1, 'baseline must be in (0, 1)');
  check(alpha > 0 && alpha < 0.5, 'alpha must be in (0, 0.5)');

  const nominalZ = normalIsf(alpha / 2);
  const boundaries = lanDeMetsBoundaries(Array.from({ length: K }, (_, k) => (k + 1) / K), alpha).boundaries;
  const binomial = randomBinomial.source(createRng(config.seed));
  const draw = binomial(v, baseline);
  // Counts of tests whose first stop (peeking / sequential) happened at each look, and significant at each look.
  const firstPeek = new Float64Array(K);
  const firstSequential = new Float64Array(K);
  const significantAt = new Float64Array(K);

  for (let e = 0; e < experiments; e++) {
    let conversionsA = 0;
    let conversionsB = 0;
    let peeked = false;
    let stopped = false;
    for (let k = 0; k < K; k++) {
      conversionsA += draw();
      conversionsB += draw();
      const n = (k + 1) * v;
      const pooled = (conversionsA + conversionsB) / (2 * n);
      const se = Math.sqrt((pooled * (1 - pooled) * 2) / n);
      const z = se > 0 ? Math.abs(conversionsB - conversionsA) / n / se : 0;
      if (z >= nominalZ) {
        significantAt[k]++;
        if (!peeked) firstPeek[k]++;
        peeked = true;
      }
      if (!stopped && z >= boundaries[k]) {
        firstSequential[k]++;
        stopped = true;
      }
    }
  }

  const cumulative = (counts: Float64Array): number[] => {
    let total = 0;
    return Array.from(counts, (c) => (total += c) / experiments);
  };
  const peeking = cumulative(firstPeek);
  const sequential = cumulative(firstSequential);
  const fixedHorizon = Array.from(significantAt, (c) => c / experiments);
  return {
    looks: Array.from({ length: K }, (_, k) => k + 1),
    peeking,
    fixedHorizon,
    sequential,
    boundaries,
    nominalZ,
    final: { peeking: peeking[K - 1], fixedHorizon: fixedHorizon[K - 1], sequential: sequential[K - 1] },
  };
}
