import type { AbCaveat } from '../sims/ab-test-analyzer/analysis';
import type { FieldProblem } from '../sims/ab-test-analyzer/validate';

/** Strings of the A/B test analyzer (tool for the learner's own test results). */
export const analyzerMessages = {
  intro:
    'Type the results of your own A/B test. Everything is computed in this browser, and the numbers stay in the address bar so you can share the result.',
  legend: 'Your test',
  kpi: 'What you measured',
  kpiConversion: 'Conversions (visitors who converted)',
  kpiContinuous: 'A continuous KPI (mean and standard deviation per visitor)',
  visitorsA: 'Visitors in A',
  conversionsA: 'Conversions in A',
  visitorsB: 'Visitors in B',
  conversionsB: 'Conversions in B',
  meanA: 'Mean in A',
  sdA: 'Standard deviation in A',
  meanB: 'Mean in B',
  sdB: 'Standard deviation in B',
  share: 'Planned share of traffic to B',
  shareHint: 'In percent; 50 for an even split.',
  early: 'I stopped the test early, before its planned end, because the result looked clear',
  problems: {
    empty: 'Enter a number.',
    'not-number': 'This is not a number.',
    negative: 'A count cannot be negative.',
    fractional: 'A count must be a whole number.',
    zero: 'There must be at least one visitor.',
    'too-few': 'A continuous KPI needs at least 2 visitors per arm.',
    'too-large': 'That is larger than this tool handles (1,000,000,000).',
    'above-visitors': 'There cannot be more conversions than visitors.',
    'share-range': 'Enter a percentage above 0 and below 100.',
    'sd-negative': 'A standard deviation cannot be negative.',
  } satisfies Record<FieldProblem, string>,
  fixFirst: 'Fix the highlighted fields to see the result.',
  caption: 'Result of the test (B compared with A)',
  rows: {
    diff: 'Difference (B − A)',
    ci: '95% confidence interval',
    pValue: 'p-value',
    lift: 'Relative lift',
    srm: 'Sample-ratio mismatch p-value',
  },
  units: { pp: 'percentage points' },
  notDefined: 'not defined',
  testName: {
    conversion: 'Two-sided two-proportion z-test (pooled, as statsmodels’ proportions_ztest); Wald interval.',
    continuous: 'Welch’s two-sided t-test (as scipy’s ttest_ind_from_stats with equal_var=False).',
  },
  readingTitle: 'What this says',
  significant: (dir: string, p: string) => `B’s result is ${dir} than A’s, and a difference this large would be unusual if there were no real difference (p = ${p}, below 0.05).`,
  notSignificant: (p: string) =>
    `The data do not show a difference between A and B (p = ${p}, not below 0.05). That is not proof that there is none: the interval shows which differences are still plausible.`,
  interval: (lo: string, hi: string) => `The true difference is plausibly between ${lo} and ${hi}.`,
  higher: 'higher',
  lower: 'lower',
  caveatsTitle: 'Before you act on it',
  caveats: {
    srm: (p: string, share: string) =>
      `Sample-ratio mismatch: the visitor counts do not match the planned ${share} split (p = ${p}). Something in the assignment or the logging is broken; do not trust this result until that is found.`,
    peeking:
      'You stopped early because the result looked clear: checking again and again and stopping at the first significant look raises the chance of a false positive far above 5%. Decide the sample size in advance, or use a sequential method built for repeated looks.',
    'low-power': (power: string, mde: string) =>
      `Low power: with these visitor numbers, a true difference as large as the one observed would be detected only ${power} of the time${mde ? `; the smallest increase this test finds reliably (80% power) is about ${mde}` : ''}. A non-significant result here says little, and a significant one probably overstates the effect.`,
    'no-variation': 'Both arms converted none or all of their visitors, so the test has nothing to compare.',
  } satisfies Record<AbCaveat, unknown>,
  noCaveats: 'No warning signs in these numbers: the split matches the plan and the test had the power to see an effect of this size.',
} as const;
