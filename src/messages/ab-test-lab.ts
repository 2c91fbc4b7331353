/** UI strings of the A/B test lab and its sample-size calculator. Loaded with the lab's chunk only. */
export const abMessages = {
  intro:
    'Simulate a model launch as an A/B test. You set the truth (how much better B really is); the test only sees the visitors. Run it and watch the estimate and its 95% confidence interval narrow day by day.',
  controls: {
    legend: 'Experiment settings',
    baseline: 'Conversion rate of A',
    baselineHint: 'The current model’s conversion rate, in percent.',
    effect: 'True effect of B',
    effectHint: (pp: string) => `Relative, in percent, on every KPI: here ${pp} on conversion. Known only to the simulation.`,
    split: 'Traffic to B',
    splitHint: 'Percent of visitors who get the new model (50 for an even split).',
    visitors: 'Visitors per day',
    visitorsHint: 'Both arms together.',
    days: 'Days',
    daysHint: 'The planned length of the test.',
    novelty: 'Novelty effect',
    noveltyHint: 'B gets an extra +30% on day 1, halving every 3 days, as curiosity about a change wears off.',
    kpi: 'KPI',
    kpiHint: 'The metric the test is judged on. Switching it re-reads the same run.',
    seed: 'Seed',
    percent: '%',
  },
  kpiNames: { conversion: 'Conversion rate', sales: 'Sales per session', duration: 'Session duration' },
  kpiModels: { conversion: 'two-proportion z-test', sales: 'Welch t-test', duration: 'Welch t-test' },
  kpiAxis: {
    conversion: 'B − A (percentage points)',
    sales: 'B − A (€ per session)',
    duration: 'B − A (seconds)',
  },
  run: 'Run experiment',
  skip: 'Skip to the end',
  stop: 'Stop the test today',
  nextSeed: 'Try the next seed',
  idle: 'Press “Run experiment” to simulate the test with these settings.',
  stale: 'The settings have changed since this run. Run the experiment again to see them.',
  progressLabel: 'Days simulated',
  announceStart: (days: number) => `Running the experiment for ${days} ${days === 1 ? 'day' : 'days'}.`,
  announceDone: (day: number, days: number, verdict: string) => `Test ended on day ${day} of ${days}. ${verdict}`,
  readout: {
    title: (day: number, days: number) => `Day ${day} of ${days}`,
    arm: (name: 'A' | 'B') => (name === 'A' ? 'A (current model)' : 'B (new model)'),
    visitors: (n: string) => `${n} visitors`,
    difference: 'B − A, 95% CI',
    lift: 'Relative lift, 95% CI',
    pValue: 'p-value',
    power: 'Power for the true effect',
    powerNull: 'Chance of “significant” (B has no effect: α)',
  },
  charts: {
    effectTitle: (kpi: string) => `${kpi}: estimated difference with its 95% interval`,
    effectSummary: (day: number, estimate: string, lo: string, hi: string, truth: string) =>
      `On day ${day} the estimated difference is ${estimate} (95% CI ${lo} to ${hi}); the true long-run difference is ${truth}.`,
    estimate: 'Estimate (B − A) with 95% interval',
    truth: 'True effect (hidden in real life)',
    zero: 'No difference',
    effectCaption: (kpi: string) => `${kpi}: difference between B and A by day`,
    pTitle: 'p-value and power by day',
    pAxis: 'p-value, power',
    pSummary: (day: number, p: string, power: string, noEffect: boolean) =>
      noEffect
        ? `On day ${day}: ${p}. B has no true effect, so any p-value below the 5% line is a false positive.`
        : `On day ${day}: ${p}. Power to detect the true effect by then: ${power}. A p-value below the 5% line is “significant”.`,
    pSeries: 'p-value',
    powerSeries: 'Power for the true effect (planned)',
    powerSeriesNull: 'Chance of “significant” with no true effect (α)',
    alphaLine: 'α = 5%',
    columns: {
      day: 'Day',
      visitorsA: 'Visitors A',
      visitorsB: 'Visitors B',
      estimate: 'B − A',
      lower: '95% CI lower',
      upper: '95% CI upper',
      truth: 'True effect',
      p: 'p-value',
      power: 'Power',
    },
    day: 'Day',
  },
  result: {
    heading: (day: number, days: number) => (day < days ? `Result: stopped on day ${day} of ${days}` : `Result after ${days} ${days === 1 ? 'day' : 'days'}`),
    verdicts: {
      win: (kpi: string) => `B wins on ${kpi.toLowerCase()}.`,
      loss: (kpi: string) => `B is worse on ${kpi.toLowerCase()}: do not ship it.`,
      inconclusive: (_kpi: string) => 'No significant difference.',
      'no-data': (_kpi: string) => 'Not enough data to compare the arms.',
      untrustworthy: (_kpi: string) => 'Do not read this result: the traffic split is broken.',
    },
    explain: {
      win: (est: string, lo: string, hi: string, p: string) =>
        `The difference is ${est} (95% CI ${lo} to ${hi}, ${p}). The whole interval is above zero, so chance alone is an unlikely explanation at the 5% level.`,
      loss: (est: string, lo: string, hi: string, p: string) =>
        `The difference is ${est} (95% CI ${lo} to ${hi}, ${p}). The whole interval is below zero: B makes things worse.`,
      inconclusive: (est: string, lo: string, hi: string, p: string) =>
        `The difference is ${est}, but the 95% interval from ${lo} to ${hi} includes zero (${p}). The data fit no effect as well as an effect inside that interval: this test cannot tell, which is not the same as showing there is no effect.`,
      'no-data': (..._args: readonly string[]) =>
        'One arm has too few visitors, or no variation in the KPI (for example no orders yet for sales per session), so no test or interval can be computed. Run longer or send more traffic.',
      untrustworthy: (est: string, lo: string, hi: string, p: string) =>
        `The test reports ${est} (95% CI ${lo} to ${hi}, ${p}), but with a sample-ratio mismatch the arms are no longer comparable, so this number cannot be trusted.`,
    },
    borderline: (est: string, lo: string, hi: string, p: string) =>
      `The difference is ${est} (95% CI ${lo} to ${hi}, ${p}). This is a borderline result: the test and the interval disagree about zero, because the test uses the pooled standard error and the interval the unpooled one. Treat it as weak evidence either way.`,
    caveatsTitle: 'Caveats',
    caveats: {
      srm: (a: string, b: string, share: string, p: string) =>
        `Sample-ratio mismatch: ${a} visitors in A and ${b} in B, where the design sends ${share} to B (chi-square ${p}). Something removed or moved users in one arm; find and fix it, then rerun.`,
      peeking: (day: number, days: number) =>
        `You stopped on day ${day} of the ${days} planned. Deciding whenever the result looks good is peeking: each extra look is another chance for noise to cross the line, so the real false-positive rate is well above 5% (see the next section).`,
      underpowered: (power: string, significant: boolean) =>
        significant
          ? `Under-powered: a test this size had only ${power} power to detect the true effect. Wins from weak tests are usually overestimates, because only the lucky high readings cross the line (the winner’s curse).`
          : `Under-powered: a test this size had only ${power} power to detect the true effect, so “no significant difference” is weak evidence. Plan the length with the sample-size calculator below.`,
      novelty: (first: string, last: string, day: number, lasting: string) =>
        `Novelty effect: the effect in force was ${first} on day 1 and ${last} on day ${day}, against a lasting ${lasting}. The estimate averages over all days, so it overstates the lasting effect. Run longer, or compare the effect week by week.`,
      'false-positive': () =>
        'The simulation knows B has no effect at all: this is a false positive, which a 5% test produces about once in twenty runs.',
      'wrong-sign': () => 'The simulation knows the true effect has the opposite sign: this significant result points the wrong way.',
    },
    truth: (truth: string, covered: boolean | null) =>
      covered === null
        ? `The true long-run difference is ${truth}.`
        : covered
          ? `The true long-run difference is ${truth}; this 95% interval contains it, as 95% of such intervals do.`
          : `The true long-run difference is ${truth}; this interval misses it, as about 5% of 95% intervals do.`,
    truthTitle: 'What the simulation knows',
    armsCaption: 'Totals per arm on the decision day',
    armsColumns: { arm: 'Arm', visitors: 'Visitors', mean: 'KPI' },
  },
  calculator: {
    title: 'Sample-size calculator',
    intro: 'Plan a conversion test before running it: how many visitors each variant needs (two-sided pooled z-test, equal arms).',
    baseline: 'Baseline conversion rate',
    baselineUnit: 'percent',
    mde: 'Minimum detectable effect',
    mdeUnit: 'percentage points, absolute',
    alpha: 'Significance level',
    alphaUnit: 'percent, two-sided',
    power: 'Statistical power',
    powerUnit: 'percent',
    output: 'Sample size per variant',
    total: (total: string) => `${total} visitors in both variants together.`,
    days: (days: string, perDay: string, split: number) =>
      `With ${perDay} visitors a day and ${split}% of them sent to B (the lab’s settings), that takes about ${days} days.`,
    weeks: (days: number) => `Round up to ${days} days so the test covers whole weeks.`,
    tooLong: 'That is more than the lab’s 60 days: raise the visitors per day.',
    useInLab: 'Set up the lab with these numbers',
    used: (effect: string, days: number) => `The lab now tests a true effect of ${effect} for ${days} days. Run the experiment to see the test reach its power.`,
    notUsable: 'The lab simulates baselines from 0.1% to 50% and effects up to ±50% relative; these numbers are outside that range.',
    problems: {
      baseline: 'Enter a baseline rate between 0.01% and 99.99%.',
      mde: 'Enter a non-zero effect (at least 0.001 pp) that keeps the new rate between 0% and 100%, and big enough to be detectable with under a trillion visitors.',
      alpha: 'Enter a significance level between 0.01% and 50%.',
      power: 'Enter a power above the significance level and below 100%.',
    },
    invalid: '–',
  },
};
