import { randomBinomial, randomNormal, randomUniform } from 'd3-random';
import { childSeed, createRng } from '../random/rng';
import { minimumDetectableEffect, twoProportionPower } from '../stats/power';
import { twoProportionTest } from '../stats/twoProportion';

/** How true effects of the year's changes are spread: relative lifts (0.01 = +1 %). */
export interface EffectDistribution {
  /** Share of changes with exactly no effect, in [0, 1]. */
  nullShare: number;
  /** Mean of the other changes' relative lifts (normal), e.g. 0.002. */
  mean: number;
  /** Standard deviation of those lifts, e.g. 0.01 (many tiny, some negative). */
  sd: number;
}

export interface ManySmallWinsConfig {
  /** Number of changes tested in the year (integer, 1–1,000). */
  changes: number;
  trueEffects: EffectDistribution;
  /** Visitors PER ARM in each test (integer, 100–10⁸). */
  trafficPerTest: number;
  /** Conversion rate before the first change, in (0, 1). Default 0.05. */
  baseline?: number;
  /** Two-sided significance level of each test. */
  alpha: number;
  /** Power the team plans for; with trafficPerTest it fixes the minimum detectable effect. */
  power: number;
  seed: number;
}

export type ChangeKind = 'true-win' | 'false-win' | 'missed-win' | 'correct-rejection';

export interface ChangeOutcome {
  /** 1-based position in the year. */
  index: number;
  /** True relative lift of the change. */
  trueLift: number;
  /** Conversion rate of the product when this change was tested (earlier shipped changes included). */
  rateBefore: number;
  /** Lift the test measured, p̂B/p̂A − 1. */
  observedLift: number;
  pValue: number;
  /** Probability this test had of shipping the change (significant and positive), given its true lift. */
  shipProbability: number;
  /** Shipped when p < α and the observed lift is positive. */
  shipped: boolean;
  /** true win: shipped, true lift > 0; false win: shipped, ≤ 0; missed win: not shipped, > 0. */
  kind: ChangeKind;
}

export interface ManySmallWinsResult {
  changes: ChangeOutcome[];
  /** Minimum detectable effect at the starting baseline for trafficPerTest, α, power (two-sided),
   *  relative and absolute; NaN when the traffic cannot detect any lift. */
  mdeRelative: number;
  mdeAbsolute: number;
  counts: Record<ChangeKind, number>;
  /** Changes with a true lift > 0 smaller than the MDE: the tests could not be expected to find them. */
  underpoweredWins: number;
  /** Mean ship probability over changes with a true lift > 0 (the program's real power). */
  meanPowerOfWins: number;
  /** Compound factors Π(1 + lift) after each change: what the dashboards claim (observed lifts of shipped
   *  changes), what shipping really delivered (true lifts of shipped), an oracle shipping every true win,
   *  and shipping every change untested. */
  series: { claimed: number[]; realized: number[]; oracle: number[]; shipEverything: number[] };
  /** Final values of the four series. */
  compound: { claimed: number; realized: number; oracle: number; shipEverything: number };
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(`manySmallWins: ${message}`);
}

/**
 * A year of small tested changes (Duolingo's habit). Each change's true relative lift is 0 with
 * probability nullShare, else Normal(mean, sd), floored at −0.99. Each is A/B tested with trafficPerTest
 * visitors per arm against the current rate p (which compounds the true lifts of everything shipped so
 * far): conversions ~ Binomial(n, p) and Binomial(n, p·(1 + lift)), analysed by the pooled two-proportion
 * z-test; the change ships when p < α and the observed lift is positive. Reports false wins, missed wins,
 * each test's real chance of shipping (normal-approximation power of the positive tail at α/2), the
 * MDE the traffic buys at the planned power, and the compound effect Π(1 + lift) claimed versus realized.
 */
export function manySmallWins(config: ManySmallWinsConfig): ManySmallWinsResult {
  const { changes, trueEffects: fx, trafficPerTest: n, alpha, power } = config;
  const baseline = config.baseline ?? 0.05;
  check(Number.isInteger(changes) && changes >= 1 && changes <= 1000, 'changes must be an integer in [1, 1000]');
  check(fx.nullShare >= 0 && fx.nullShare <= 1 && fx.sd >= 0 && Math.abs(fx.mean) < 0.5, 'effects need nullShare in [0, 1], sd ≥ 0, |mean| < 0.5');
  check(Number.isInteger(n) && n >= 100 && n <= 1e8, 'trafficPerTest must be an integer in [100, 1e8]');
  check(baseline > 0 && baseline < 1, 'baseline must be in (0, 1)');
  check(alpha > 0 && alpha < 0.5 && power > alpha && power < 1, 'need 0 < alpha < power < 1, alpha < 0.5');

  // Separate streams, so that changing the traffic does not change which effects the year brings.
  const effectRng = createRng(childSeed(config.seed, 'effects'));
  const isNull = randomUniform.source(effectRng)();
  const effect = randomNormal.source(effectRng)(fx.mean, fx.sd);
  const binomial = randomBinomial.source(createRng(childSeed(config.seed, 'tests')));

  const mdeAbsolute = minimumDetectableEffect({ baseline, visitorsPerVariant: n, alpha, power });
  const mdeRelative = mdeAbsolute / baseline;
  const counts: Record<ChangeKind, number> = { 'true-win': 0, 'false-win': 0, 'missed-win': 0, 'correct-rejection': 0 };
  const series = { claimed: [] as number[], realized: [] as number[], oracle: [] as number[], shipEverything: [] as number[] };
  const outcomes: ChangeOutcome[] = [];
  let claimed = 1;
  let realized = 1;
  let oracle = 1;
  let shipEverything = 1;
  let underpoweredWins = 0;
  let powerOfWins = 0;

  for (let i = 0; i < changes; i++) {
    const nullDraw = isNull();
    const effectDraw = effect();
    const trueLift = nullDraw < fx.nullShare ? 0 : Math.max(-0.99, effectDraw);
    const rateA = Math.min(0.99, baseline * realized);
    const rateB = Math.min(0.99, rateA * (1 + trueLift));
    const test = twoProportionTest({ conversions: binomial(n, rateA)(), visitors: n }, { conversions: binomial(n, rateB)(), visitors: n }, { alpha });
    const shipped = test.pValue < alpha && test.diff > 0;
    const shipProbability = twoProportionPower({ rateA, rateB, visitorsA: n, visitorsB: n, alpha: alpha / 2, alternative: 'greater' });
    const kind: ChangeKind = shipped ? (trueLift > 0 ? 'true-win' : 'false-win') : trueLift > 0 ? 'missed-win' : 'correct-rejection';
    counts[kind]++;
    if (trueLift > 0) {
      powerOfWins += shipProbability;
      if (!(trueLift >= mdeRelative)) underpoweredWins++; // NaN MDE: nothing is detectable
      oracle *= 1 + trueLift;
    }
    if (shipped) {
      claimed *= 1 + test.relative.lift;
      realized *= 1 + trueLift;
    }
    shipEverything *= 1 + trueLift;
    series.claimed.push(claimed);
    series.realized.push(realized);
    series.oracle.push(oracle);
    series.shipEverything.push(shipEverything);
    outcomes.push({ index: i + 1, trueLift, rateBefore: rateA, observedLift: test.relative.lift, pValue: test.pValue, shipProbability, shipped, kind });
  }

  const wins = counts['true-win'] + counts['missed-win'];
  return {
    changes: outcomes,
    mdeRelative,
    mdeAbsolute,
    counts,
    underpoweredWins,
    meanPowerOfWins: wins > 0 ? powerOfWins / wins : NaN,
    series,
    compound: { claimed, realized, oracle, shipEverything },
  };
}
