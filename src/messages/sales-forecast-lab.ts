/**
 * UI strings of the Sales forecast lab, loaded with its chunk only. Numbers arrive
 * already formatted (see src/sims/sales-forecast-lab/format.ts).
 */
const MODEL_NAMES = {
  'linear-regression': 'Linear regression',
  'gradient-boosting': 'Gradient-boosted trees',
} as const;

type Model = keyof typeof MODEL_NAMES;

export const salesForecastMessages = {
  intro:
    'Seeded weekly sales with a trend, a yearly season, promotion weeks and noise. The last 26 weeks are held back as the test period: fit both models on the weeks before, then compare how far off each is on the weeks it never saw.',
  data: {
    legend: 'Data',
    seed: 'Seed',
    nextSeed: 'Try the next seed',
    seedHint: 'Same seed and settings, same sales and the same numbers, on any device.',
    years: 'Years of history',
    noiseLabel: 'Noise (% of typical sales)',
    noise: 'Noise',
    noiseUnit: '% of typical sales',
    promoLabel: 'Promotion weeks (%)',
    promo: 'Promotion weeks',
    promoUnit: '% of weeks',
    version: 'Dataset version',
    weeks: (weeks: number, first: string, last: string) => `${weeks} weeks, ${first} to ${last}.`,
    generating: 'Generating the sales history…',
  },
  knobs: {
    summary: 'Model knobs: 1 for the linear model, 7 for the ensemble',
    intro: 'Every knob is a choice to tune, to validate and to keep stable at each retraining. The defaults are sensible; try a few.',
    linearLegend: 'Linear regression: 1 knob',
    ensembleLegend: 'Gradient-boosted trees: 7 knobs',
    linearK: 'Linear: seasonal terms',
    seasonalTerms: 'Seasonal terms (sine and cosine pairs)',
    trees: 'Ensemble: number of trees',
    treesShort: 'Number of trees',
    rate: 'Ensemble: learning rate',
    rateShort: 'Learning rate',
    depth: 'Ensemble: tree depth',
    depthShort: 'Tree depth',
    leaf: 'Ensemble: rows per leaf',
    leafShort: 'Fewest weeks per leaf',
    subsample: 'Ensemble: row subsample',
    subsampleShort: 'Share of weeks each tree sees',
    ensembleK: 'Ensemble: seasonal terms',
    lag: 'Ensemble: use last year’s sales',
    lagShort: 'Give the trees last year’s sales',
  },
  models: MODEL_NAMES,
  train: {
    'linear-regression': 'Train linear regression',
    'gradient-boosting': 'Train gradient-boosted trees',
  } satisfies Record<Model, string>,
  modelBlurb: {
    'linear-regression': 'Least squares on trend, season, promotion and holiday inputs.',
    'gradient-boosting': 'A trend line plus many small trees, each fitted to what the previous ones missed.',
  } satisfies Record<Model, string>,
  cancel: 'Cancel',
  status: {
    fitting: (model: Model) => `Fitting ${MODEL_NAMES[model].toLowerCase()}…`,
    slow: (model: Model) => `Still fitting ${MODEL_NAMES[model].toLowerCase()}. Cancel stops it at once.`,
    done: (model: Model, mape: string, time: string) => `${MODEL_NAMES[model]} fitted in ${time}: holdout MAPE ${mape}.`,
    cancelled: (model: Model) => `${MODEL_NAMES[model]}: fit cancelled.`,
    stoppedForData: 'The data changed, so the running fit was stopped. Train again on the new data.',
    failed: (what: string) => `Something went wrong: ${what}. Try again, or reload the page.`,
    notTrained: 'Not trained yet.',
    trained: (mape: string, time: string) => `Holdout MAPE ${mape}, fitted in ${time}.`,
    stale: 'Settings changed since this fit: train again to update it.',
  },
  chart: {
    title: 'Weekly sales and the two forecasts',
    xLabel: 'Week starting',
    yLabel: 'Units sold',
    actual: 'Actual sales',
    holdout: 'Holdout weeks (shaded)',
    view: 'Show',
    whole: 'The whole history',
    holdoutOnly: 'Only the holdout weeks',
    summary: (weeks: number, first: string, holdout: number, holdoutFrom: string) =>
      `${weeks} weeks of sales from ${first}; the last ${holdout}, from ${holdoutFrom}, are the holdout.`,
    scored: (name: string, mape: string) => ` ${name}: MAPE ${mape}.`,
    noForecast: ' Train a model to draw its forecast over the holdout.',
    caption: (view: string) => `Weekly units sold and forecasts (${view.toLowerCase()})`,
    week: 'Week starting',
    period: 'Period',
    training: 'training',
    holdoutPeriod: 'holdout',
    note: 'Note',
    promotion: 'promotion',
    forecast: (name: string) => `${name} forecast`,
  },
  compare: {
    title: 'How the two models compare',
    caption: 'Holdout error, complexity and time of each model, on the same data',
    measure: 'Measure',
    mape: 'Error on the holdout (MAPE)',
    mae: 'Mean absolute error (units a week)',
    knobs: 'Knobs to tune',
    parameters: 'Parameters',
    size: 'Size as JSON',
    time: 'Training time',
    trees: 'Trees',
    notTrained: 'not trained yet',
  },
  coefficients: {
    title: 'The linear model, read as sentences',
    empty: 'Train the linear regression to read its coefficients as sentences a planner can check.',
    ensemble: (parameters: string, trees: string) =>
      `The ensemble’s ${parameters} parameters live in ${trees} trees. There is no sentence to read, only the forecast.`,
  },
  explain: {
    title: 'Explain one week’s forecast',
    intro: 'Pick a holdout week. Each model’s forecast is taken apart into the pieces it adds up.',
    week: 'Holdout week',
    option: (date: string, actual: string, gap: string | null) => `${date}: ${actual} sold${gap ? `, the models differ by ${gap}` : ''}`,
    total: (name: string, units: string) => `${name}: ${units} units`,
    actual: (units: string) => `Actually sold: ${units} units.`,
    parts: {
      base: 'Starting level (intercept)',
      trend: 'Trend since the first week',
      season: 'Season in this week of the year',
      promo: 'Promotion',
      holiday: 'Holiday',
      'trend-line': 'Trend line',
      trees: 'Summed correction of all the trees',
    },
    linearNote: 'Every line is one coefficient times its input: a planner can check each one against what they know.',
    treesNote: (trees: string) =>
      `The correction is the sum of ${trees} small trees, each splitting on its own mix of week, season, promotion and holiday. There is no short answer to “why this much?”.`,
    notTrained: (name: string) => `Train ${name.toLowerCase()} to take its forecast apart.`,
  },
  takeaway: {
    title: 'What this shows',
    none: 'Train both models. Then compare the error, the knobs and the time side by side.',
    one: (trained: Model) =>
      `${MODEL_NAMES[trained]} is trained. Train ${MODEL_NAMES[trained === 'linear-regression' ? 'gradient-boosting' : 'linear-regression'].toLowerCase()} to compare them.`,
    linearWins: (points: string, knobs: string, parameters: string, speed: string) =>
      `The simpler model is also the more accurate one here: its MAPE is ${points} lower, with ${knobs}, ${parameters}, and ${speed}.`,
    tie: (knobs: string, parameters: string, speed: string) =>
      `The two models tie on holdout error. The linear one gets there with ${knobs}, ${parameters}, and ${speed}.`,
    close: (points: string, knobs: string, parameters: string, speed: string) =>
      `The simpler model is within ${points} of MAPE with ${knobs}, ${parameters}, and ${speed}. Is that gap worth the extra knobs and a model nobody can read?`,
    ensembleWins: (points: string, knobs: string) =>
      `The ensemble is clearly more accurate here: its MAPE is ${points} lower. That gain can earn its ${knobs}; check it holds on other seeds before paying for the complexity.`,
    knobs: (linear: number, ensemble: number) => `${linear} knob${linear === 1 ? '' : 's'} instead of ${ensemble}`,
    parameters: (linear: string, ensemble: string) => `${linear} parameters instead of ${ensemble}`,
    speed: (times: string) => `a fit ${times} faster`,
    slower: (times: string) => `a fit ${times} slower`,
    similarSpeed: 'about the same fit time',
    seeds: 'Change the seed: does the ranking hold, or was one result luck?',
  },
};
