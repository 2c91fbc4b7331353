/**
 * UI strings of the Pilot stores lab, loaded with its chunk only. Numbers arrive
 * already formatted (see src/sims/pilot-stores/format.ts).
 */
type ProposalId = 'season' | 'localHoliday' | 'promo';
type Prediction = 'little' | 'some' | 'most';

const PROPOSAL_NAMES: Record<ProposalId, string> = {
  season: 'seasonal component',
  localHoliday: 'local-holiday feature',
  promo: 'promotion calendar',
};

const BANDS: Record<Prediction, string> = {
  little: 'less than a quarter',
  some: 'between a quarter and two thirds',
  most: 'more than two thirds',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const pilotStoresMessages = {
  intro:
    'A chain of 30 seeded stores. Head office’s basic forecast, a linear regression per store, knows each store’s level, its growth and the national holidays (Black Friday, Christmas), and nothing else. It is fitted on three years of weekly sales and scored on the year after. It runs first in 3 pilot stores; their managers then tell you what it misses.',
  seasonal:
    'A seasonal component is the part of sales that comes back at the same time every year, such as the December peak and the March dip. The model learns it as a smooth yearly curve (three sine and cosine waves) added on top of the trend.',
  limits: 'Limits: illustrative, simulated stores, sales and costs; not Walmart’s stores, data or methods.',
  controls: {
    legend: 'Scenario',
    seed: 'Seed',
    threshold: 'Halt threshold (wave MAPE)',
    thresholdShort: 'Halt threshold',
    thresholdHint: 'A rollout wave whose mean error is above this halts the rollout. Changing it restarts the rollout.',
  },
  predict: {
    legend: 'Your prediction first',
    question:
      'The three pilot store managers will each propose one change to the basic forecast. If you accept all three, how much of the basic forecast’s error in the pilot stores will they remove?',
    options: {
      little: 'Less than a quarter of it: the basic model already has the main effects',
      some: 'Between a quarter and two thirds of it',
      most: 'More than two thirds of it: local knowledge is most of the error',
    } satisfies Record<Prediction, string>,
    start: 'Run the basic forecast in the pilot stores',
    needPrediction: 'Choose an answer to start the pilot.',
    yours: (band: string) => `Your prediction: the proposals will remove ${band} of the error.`,
  },
  bands: BANDS,
  pilot: {
    title: 'The pilot: 3 stores',
    caption: 'MAPE per pilot store over the forecast year',
    store: 'Store',
    basic: 'Basic forecast',
    current: 'Current forecast',
    mean: 'Mean of the 3 stores',
    storeName: (n: number) => `Store ${n}`,
  },
  proposal: {
    title: (i: number, n: number, id: ProposalId) => `Proposal ${i} of ${n}: a ${PROPOSAL_NAMES[id]}`,
    from: (store: number) => `From the manager of store ${store}:`,
    quotes: {
      season:
        '“We sell far more in December and all through the summer than in March, every single year. Your forecast draws the same straight line through all of it.”',
      localHoliday:
        '“We are a university town. Graduation week in May and move-in week at the end of August are our biggest weeks after Christmas, and head office’s calendar knows neither.”',
      promo:
        '“We run our own promotions about one week in four, planned months ahead. Your forecast under-orders in exactly those weeks. Give it our promotion calendar.”',
    } satisfies Record<ProposalId, string>,
    adds: {
      season: 'Adds a seasonal component to every store’s model: three yearly sine and cosine pairs.',
      localHoliday: 'Adds a local-holiday feature: 1 in each store’s own holiday weeks (from its manager’s calendar), 0 otherwise.',
      promo: 'Adds the promotion calendar: 1 in each store’s planned promotion weeks, 0 otherwise.',
    } satisfies Record<ProposalId, string>,
    accept: 'Accept and retrain',
    reject: 'Reject',
    names: PROPOSAL_NAMES,
    accepted: (name: string) => `Accepted the ${name}`,
    rejected: (name: string) => `Rejected the ${name}`,
    log: 'Decisions',
  },
  year: {
    pick: 'Pilot store to draw',
    title: (store: number) => `Store ${store}: the forecast year, week by week`,
    summary: (store: number, basic: string, current: string) =>
      `What store ${store} sold each week of the forecast year, the basic forecast (dashed; MAPE ${basic}) and the current one (MAPE ${current}). The basic forecast is a straight line with holiday spikes; each accepted proposal adds its own shape.`,
    caption: (store: number) => `Store ${store}: units sold and forecast each week of the forecast year`,
    week: 'Week starting',
    units: 'Units a week',
    actual: 'Sold',
    basic: 'Basic forecast',
    current: 'Current forecast',
  },
  change: {
    title: (name: string) => `MAPE per pilot store before and after the ${name}`,
    summary: (name: string, before: string, after: string) =>
      `Each bar is a pilot store’s MAPE with the ${name}; the tick mark shows it before. Mean of the 3 stores: ${before} before, ${after} after.`,
    bar: (store: number, before: string, after: string) => `Store ${store}: ${before} → ${after}`,
    axis: 'MAPE over the forecast year (%)',
    caption: (name: string) => `MAPE per pilot store before and after the ${name}`,
    columns: ['Store', 'MAPE before', 'MAPE after', 'Change'],
  },
  rollout: {
    title: 'Widen the rollout: 3 → 10 → 30 stores',
    intro:
      'Each wave puts the current forecast in more stores for a trial year. A wave whose mean MAPE is above your threshold halts the rollout: its stores keep their old ordering and later waves never start.',
    step: (reach: number, first: boolean) => (first ? `Roll out to the ${reach} pilot stores` : `Roll out to ${reach} stores`),
    waitForProposals: 'Decide on every proposal first: the rollout uses the forecast you end up with.',
    wave: (g: number) => `Wave ${g + 1}`,
    stores: (from: number, to: number) => `stores ${from + 1}–${to}`,
    chartTitle: 'Mean MAPE of each rollout wave against your threshold',
    chartSummary: (threshold: string, waves: number, halted: boolean) =>
      `${plural(waves, 'wave')} run against a threshold of ${threshold}${halted ? '; the last one halted the rollout (hatched bar).' : '; every wave so far passed.'}`,
    bar: (wave: string, range: string, mape: string, halted: boolean) => `${wave}, ${range}: ${mape}, ${halted ? 'halted' : 'passed'}`,
    thresholdLine: (t: string) => `threshold ${t}`,
    axis: 'Mean MAPE of the wave (%)',
    tableCaption: 'What each wave’s forecast errors cost over its trial year (illustrative unit costs)',
    columns: ['Wave', 'Stores', 'Mean MAPE', 'Units short', 'Stock-out cost', 'Units left over', 'Waste cost', 'Total cost', 'Decision'],
    passed: 'passed: live',
    halted: 'halted: above threshold',
    costs: (stockout: string, waste: string) =>
      `Illustrative unit costs: ${stockout} for each unit under-forecast (an empty shelf: a lost sale and a customer who may shop elsewhere), ${waste} for each unit over-forecast (stock marked down, thrown away or held).`,
    live: (n: number) => `Forecast live in ${plural(n, 'store')} of 30.`,
    complete: 'Rollout complete: all 30 stores run the forecast.',
    haltedAt: (reach: number) => `Rollout halted at the wave that would have reached ${reach} stores.`,
  },
  status: {
    fitting: (what: string) => `Fitting ${what}…`,
    slow: 'Still fitting. The page stays usable.',
    pilot: (mean: string) => `Basic forecast fitted in the 3 pilot stores: mean MAPE ${mean}.`,
    accepted: (name: string, before: string, after: string) => `Retrained with the ${name}: mean pilot MAPE ${before} → ${after}.`,
    rejected: (name: string) => `Rejected the ${name}; the forecast is unchanged.`,
    wave: (reach: number, mape: string, halted: boolean) =>
      halted ? `Wave to ${reach} stores: mean MAPE ${mape}, above the threshold. Rollout halted.` : `Wave to ${reach} stores: mean MAPE ${mape}. Passed.`,
    failed: (what: string) => `Something went wrong: ${what}. Try again, or reload the page.`,
    reset: 'Started over with the same seed.',
    thresholdChanged: 'The threshold changed, so the rollout starts again from the pilot wave.',
  },
  what: {
    pilotStores: 'the basic forecast in the pilot stores',
    proposal: (name: string) => `the forecast with the ${name}`,
    wave: (reach: number) => `the forecast for ${reach} stores`,
  },
  takeaway: {
    title: 'What this shows',
    none: 'Make your prediction and run the pilot. The takeaway is written from your numbers.',
    pilotOnly: (mean: string) => `The basic forecast misses by ${mean} on average in the pilot stores. Now read the managers’ proposals.`,
    removed: (k: number, before: string, after: string, share: string) =>
      `The ${plural(k, 'proposal')} you accepted took the pilot stores’ mean MAPE from ${before} to ${after}: ${share} of the basic forecast’s error came from what only the store managers knew.`,
    noneAccepted: (mean: string) => `You rejected every proposal, so the pilot stores still run the basic forecast at ${mean} mean MAPE.`,
    biggest: (name: string, points: string) => `The biggest single cut came from the ${name} (${points}).`,
    predictionRight: (band: string) => `You predicted ${band}: that is what happened.`,
    predictionWrong: (band: string, actual: string) => `You predicted ${band}; it was ${actual}.`,
    notRolled: 'Next, widen the rollout wave by wave.',
    complete: (mape: string, cost: string) =>
      `The rollout reached all 30 stores. Over the trial year, the forecast’s errors still cost ${cost} in stock-outs and waste across the chain (mean MAPE of the last wave ${mape}): good enough is not free.`,
    halted: (reach: number, mape: string, threshold: string, cost: string, live: number) =>
      `The wave to ${reach} stores missed by ${mape} on average, above your ${threshold} threshold, so the rollout halted with the forecast live in ${plural(live, 'store')}. In that wave’s trial year its errors cost ${cost} in stock-outs and waste; the halt kept that forecast from spreading further.`,
    partial: (live: number) => `The forecast is live in ${plural(live, 'store')} so far.`,
  },
  tryList: {
    title: 'What to try',
    items: [
      'Start over and reject the seasonal component: which wave halts, and what would its errors have cost?',
      'Set the threshold to 4%: even the full forecast halts. Where is the line between caution and never shipping?',
      'Set the threshold to 20% and reject everything: the basic forecast reaches all 30 stores. Compare its cost with the full forecast’s.',
      'Change the seed: the pilot stores keep their character, the other 27 change. Does the rollout still pass?',
    ],
  },
  reset: 'Start over',
  cost: 'Cost',
};
