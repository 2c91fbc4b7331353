/**
 * UI strings of the Drift lab, loaded with its chunk only.
 * Numbers arrive already formatted (see src/sims/drift-lab/format.ts).
 */
export const driftMessages = {
  intro:
    'A simulated year of a streaming service’s recommendations: every day, a few hundred viewing sessions, each with its watch time, device, hour and the genre of the recommended title, and whether the viewer watched that title to the end. A logistic-regression model, trained in your browser with TensorFlow.js, predicts that outcome. Choose the kinds of drift, a retraining policy and how the monitors raise an alarm, then run the year and compare policies.',
  tryTitle: 'What to try',
  tries: [
    'Run all three policies with the defaults. Which one keeps accuracy up for the least compute?',
    'Set the shadow days to 0 and run “Retrain every day”: the models trained on the broken exports go straight into service.',
    'Switch every drift off, set 50 sessions a day and the fixed 0.1 line: the watch-time monitor is over its line on almost every day of a stream that never changes. Then choose the line scaled to sample size.',
    'Turn on concept drift only: the input monitors stay quiet, and only accuracy, days late, gives it away.',
  ],
  limits:
    'Limits: invented viewers and an invented model of what makes them finish a title, for teaching; not Netflix data, and a real recommender ranks thousands of titles rather than predicting one yes or no.',
  controls: {
    legend: 'The year',
    drifts: 'Kinds of drift',
    sudden: 'Sudden: an app release on day 150',
    gradual: 'Gradual: shorter sessions, more documentaries',
    recurring: 'Recurring: weekends and seasons',
    concept: 'Concept: from day 210, what predicts finishing changes',
    brokenExports: 'Broken exports on days 150–152 and 300–302',
    brokenHint: 'A model trained on those days learns from labels joined to the wrong sessions.',
    events: 'Sessions a day',
    delay: 'Label delay',
    delayHint: 'Days until a session’s outcome is known to the monitors and the shadow test.',
    shadow: 'Shadow days',
    shadowHint: 'Labelled days a retrained model is scored on live traffic before it may replace the champion. 0: it replaces it at once.',
    threshold: 'PSI alarm line',
    thresholds: {
      scaled: 'Scaled to sample size',
      'fixed-0.1': 'Fixed at 0.1',
      'fixed-0.2': 'Fixed at 0.2',
    },
    policy: 'Retraining policy',
    seed: 'Seed',
    days: 'days',
  },
  policies: {
    never: 'Never retrain',
    daily: 'Retrain every day',
    drift: 'Retrain on drift',
  },
  run: {
    one: 'Run the year',
    all: 'Run all three policies',
    cancel: 'Cancel',
    loading: 'Starting TensorFlow.js…',
    progress: (policy: string, day: number, days: number) => `${policy}: day ${day} of ${days}…`,
    progressLabel: 'Progress through the year',
    done: (policy: string, time: string, backend: string) => `${policy}: the year ran in ${time} on ${backend}.`,
    cancelled: 'The run was cancelled. Nothing was kept.',
    failed: (why: string) => `The run failed: ${why}`,
  },
  thresholdNote: (numeric: string, device: string, genre: string, n: string, m: string) =>
    `PSI bins: the reference’s deciles for watch time and hour, categories for device and genre; an empty bin counts as half a session of the day. The reference is the champion’s training window (${m} sessions), compared with each day’s ${n}. With no drift, PSI divided by (1/n + 1/m) is roughly chi-square with bins − 1 degrees of freedom, so noise alone gives larger PSI on smaller days. The scaled line is that chi-square’s 99.9th percentile times (1/n + 1/m), and never below 0.1: ${numeric} for watch time and hour, ${device} for device, ${genre} for genre.`,
  accuracy: {
    title: 'Accuracy of the model in service, day by day',
    x: 'Day',
    y: 'Accuracy',
    served: 'Expected accuracy (simulator’s truth)',
    measured: 'Measured accuracy (known days later)',
    floor: 'Incident line 70%',
    summary: (policy: string, mean: string, incidents: number, promotions: number) =>
      `${policy}: mean accuracy ${mean}, ${incidents} incident days below 70%, ${promotions} models promoted (vertical lines, when there are at most 40).`,
    caption: 'Accuracy and events per day',
    columns: ['Day', 'Expected accuracy', 'Measured accuracy', 'Model in service', 'Alarms', 'Event'],
    retrained: 'retrained',
    promoted: 'promoted',
    rejected: 'rejected in shadow',
  },
  monitors: {
    title: 'Drift monitors against the champion’s training data',
    feature: 'Feature',
    features: { watch: 'Watch time', hour: 'Hour of day', device: 'Device', genre: 'Genre' },
    x: 'Day',
    y: 'PSI',
    psi: 'PSI',
    line: (value: string) => `Alarm line ${value}`,
    summary: (feature: string, alarms: number, max: string) => `${feature}: PSI above its alarm line on ${alarms} days; largest PSI ${max}.`,
    caption: (feature: string) => `${feature}: daily monitors`,
    columnsNumeric: ['Day', 'PSI', 'Alarm line', 'KS statistic D', 'KS p-value'],
    columnsCategorical: ['Day', 'PSI', 'Alarm line', 'Chi-square', 'Chi-square p-value'],
  },
  compare: {
    title: 'Policies compared on this year',
    caption: 'Outcomes per policy, same stream and settings',
    empty: 'Run a policy to see its outcomes here; run all three to compare them.',
    columns: ['Policy', 'Mean accuracy', 'Lowest day', 'Incident days', 'Retrains (compute)', 'Promoted', 'Bad models caught in shadow', 'Bad models shipped', 'Alarm days'],
  },
  takeaway: {
    title: 'What this shows',
  },
} as const;
