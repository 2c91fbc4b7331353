import { normalIsf } from './normal';
import { type Alternative, pValueFromZ } from './pValue';
import { type RelativeLift, relativeLift } from './relativeLift';

/** Counts of one arm of a conversion test. */
export interface ConversionCounts {
  /** Number of converting visitors (integer, 0 ≤ conversions ≤ visitors). */
  conversions: number;
  /** Number of visitors (integer ≥ 1). */
  visitors: number;
}

export interface TestOptions {
  /** Significance level α of the test; intervals have confidence 1 − α (two-sided). Default 0.05. */
  alpha?: number;
  /** Alternative about B − A. Default 'two-sided'. */
  alternative?: Alternative;
}

export interface TwoProportionResult {
  /** Conversion rates (fractions) of A and B. */
  rateA: number;
  rateB: number;
  /** Absolute difference rateB − rateA (a fraction: 0.004 = 0.4 percentage points). */
  diff: number;
  /** Pooled standard error of the difference, used by the test statistic. */
  sePooled: number;
  /** Unpooled standard error of the difference, used by the interval. */
  seUnpooled: number;
  /** z = diff / sePooled. */
  z: number;
  pValue: number;
  /** Two-sided 1 − α Wald interval for diff: diff ± z_(1−α/2)·seUnpooled. */
  ci: [number, number];
  /** Relative lift rateB/rateA − 1 with its delta-method interval. */
  relative: RelativeLift;
}

/**
 * Two-proportion z-test of B against A, as statsmodels' proportions_ztest(value=0, prop_var=False):
 * under H0 the rates are equal, so the statistic uses the pooled rate p̄ = (xA + xB)/(nA + nB):
 * z = (p̂B − p̂A) / √(p̄(1 − p̄)(1/nA + 1/nB)). The interval for the difference does not assume H0,
 * so it uses the unpooled (Wald) standard error √(p̂A(1 − p̂A)/nA + p̂B(1 − p̂B)/nB), as statsmodels'
 * confint_proportions_2indep(method='wald'). The relative lift uses the delta method on p̂B/p̂A.
 * When both arms have all or no conversions the pooled SE is 0: z is reported as 0 and p as 1.
 */
export function twoProportionTest(a: ConversionCounts, b: ConversionCounts, options: TestOptions = {}): TwoProportionResult {
  const alpha = options.alpha ?? 0.05;
  const rateA = a.conversions / a.visitors;
  const rateB = b.conversions / b.visitors;
  const diff = rateB - rateA;
  const pooled = (a.conversions + b.conversions) / (a.visitors + b.visitors);
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / a.visitors + 1 / b.visitors));
  const varA = (rateA * (1 - rateA)) / a.visitors;
  const varB = (rateB * (1 - rateB)) / b.visitors;
  const seUnpooled = Math.sqrt(varA + varB);
  const z = sePooled > 0 ? diff / sePooled : 0;
  const critical = normalIsf(alpha / 2);
  return {
    rateA,
    rateB,
    diff,
    sePooled,
    seUnpooled,
    z,
    pValue: pValueFromZ(z, options.alternative),
    ci: [diff - critical * seUnpooled, diff + critical * seUnpooled],
    relative: relativeLift(rateA, varA, rateB, varB, critical),
  };
}
