/**
 * UI strings of the Clinician-in-the-loop lab, loaded with its chunk only.
 * Numbers arrive already formatted (see src/sims/clinician-in-the-loop/format.ts).
 */
export const clinicianMessages = {
  intro:
    'Two hospitals, one synthetic patient cohort each. A logistic-regression model, trained here in your browser, predicts which patients will deteriorate (transfer to intensive care or death within 30 days) from their age, vital signs, lab results and history. Train it, review its explanations as a clinician would, take out any input that does not belong, and then see how both versions do at the second hospital.',
  tryTitle: 'What to try',
  tries: [
    'Train on all inputs, then open a few patients. Which input moves the risk more than a doctor would expect it to?',
    'Flag a real clinical input instead, such as age or lactate, and retrain: the model gets worse at both hospitals.',
    'Set the leak to 0%: the two models become the same model, and the weekday flag gets a weight near zero.',
    'Try another seed: the numbers move, the pattern does not.',
  ],
  limits:
    'Limits: simulated patients from a stated model (the inputs, effects and leak are invented for teaching), not Mayo Clinic data or any real hospital’s.',
  controls: {
    legend: 'Cohort',
    seed: 'Seed',
    patients: 'Patients per hospital',
    patientsHint: 'The training hospital keeps a quarter of its patients back as a holdout.',
    leak: 'Weekday leak at the training hospital',
    leakHint: 'How closely the scan’s weekday follows the outcome at the training hospital, where urgent scans of patients already deteriorating went to the weekend list. The second hospital scans every day of the week: no leak there.',
    drop: 'Input flagged by the clinician',
  },
  data: {
    version: 'Dataset version',
    summary: (patients: string, first: string, second: string) =>
      `${patients} patients per hospital: ${first} deteriorated at the training hospital, ${second} at the second.`,
    preparing: 'Drawing the patients…',
  },
  features: {
    yes: 'yes',
    no: 'no',
  },
  models: {
    all: 'All inputs',
    without: (label: string) => `Without “${label}”`,
  },
  train: {
    title: '1. Train the risk model',
    all: 'Train on all inputs',
    without: (label: string) => `Retrain without “${label}”`,
    cancel: 'Cancel',
    loading: 'Starting TensorFlow.js…',
    progress: (epoch: number, total: number) => `Training: pass ${epoch} of ${total} over the training patients…`,
    progressLabel: 'Training progress',
    done: (model: string, auc: string, brier: string, time: string, backend: string) =>
      `${model}: holdout AUC ${auc}, Brier score ${brier} at the training hospital (trained in ${time} on ${backend}).`,
    cancelled: 'Training cancelled. Nothing was kept.',
    failed: (why: string) => `Training failed: ${why}`,
  },
  review: {
    title: '2. Review patients as a clinician',
    empty: 'Train the model first: the explanations come from its coefficients.',
    intro:
      'Each bar is one input’s push on this patient’s log-odds of deteriorating, compared with the average patient of the training hospital (inputs are standardized, so pushes are comparable). Would you, as a clinician, accept each push?',
    patient: 'Patient to review',
    option: (n: number, age: string, deteriorated: boolean) => `Patient ${n}: ${age} years, ${deteriorated ? 'deteriorated' : 'did not deteriorate'}`,
    risk: (risk: string, model: string) => `${model}: predicted risk ${risk}.`,
    baseline: (logOdds: string) => `Starting point, the average patient: log-odds ${logOdds}.`,
    listLabel: 'Contributions to this patient’s log-odds, largest first',
    item: (label: string, value: string, push: string, direction: string) => `${label}: ${value}. ${push} log-odds, ${direction}.`,
    raises: 'raises the risk',
    lowers: 'lowers the risk',
    flagged: 'flagged',
    average: (list: string) => `Across all holdout patients, the inputs that move predictions most: ${list}.`,
    flagLegend: 'Which input would you ask the team to take out?',
    flagHint: 'A clinician questions an input that cannot cause deterioration, or that is recorded only after deterioration began.',
    none: 'None: keep every input',
  },
  predict: {
    title: '3. Predict, then test at the second hospital',
    needBoth: 'Flag an input and retrain without it: then there are two models to compare.',
    question: 'Which model will do better at the second hospital?',
    all: 'The model with every input',
    without: (label: string) => `The model without “${label}”`,
    same: 'About the same',
    reveal: 'Test both at the second hospital',
    pick: 'Choose an answer first.',
  },
  results: {
    title: '4. Before and after',
    caption: 'Both models at the training hospital’s holdout and at the second hospital',
    metric: 'Metric',
    aucHoldout: 'AUC, training hospital (holdout)',
    brierHoldout: 'Brier score, training hospital (holdout)',
    aucSecond: 'AUC, second hospital',
    brierSecond: 'Brier score, second hospital',
    eceSecond: 'Calibration error (ECE), second hospital',
    olderPredicted: 'Over 75 at the second hospital: mean predicted risk',
    olderObserved: 'Over 75 at the second hospital: deteriorated',
    reading: 'Higher AUC ranks patients better; lower Brier score and calibration error mean the predicted risks are closer to what happened.',
    olderTitle: 'Patients over 75 at the second hospital',
    older: (model: string, count: string, predicted: string, observed: string, gap: string) =>
      `${model}: ${count} patients, ${predicted} predicted on average, ${observed} deteriorated, ${gap}.`,
    under: (points: string) => `under-estimated by ${points} points`,
    over: (points: string) => `over-estimated by ${points} points`,
    onTarget: 'on target',
  },
  chart: {
    title: 'Reliability at the second hospital',
    summary: (all: string, without: string, model: string) =>
      `A calibrated model’s points sit on the diagonal. Average gap (ECE): all inputs ${all}, ${model} ${without}.`,
    x: 'Predicted risk (bin centre)',
    y: 'Share who deteriorated',
    perfect: 'Perfect calibration',
    caption: 'Reliability bins at the second hospital: patients, mean predicted risk and share who deteriorated, per model',
    bin: 'Predicted risk bin',
    patients: (model: string) => `${model}: patients`,
    predicted: (model: string) => `${model}: mean predicted`,
    observed: (model: string) => `${model}: deteriorated`,
  },
  takeaway: {
    title: 'What this shows',
    leak: (p: {
      label: string;
      aucHoldoutAll: string;
      aucHoldoutWithout: string;
      aucSecondAll: string;
      aucSecondWithout: string;
      brierSecondAll: string;
      brierSecondWithout: string;
      gapAll: string;
      gapWithout: string;
    }) =>
      `At the training hospital the model with every input looked better: AUC ${p.aucHoldoutAll} against ${p.aucHoldoutWithout}. At the second hospital it was the worse one: AUC ${p.aucSecondAll} against ${p.aucSecondWithout}, Brier score ${p.brierSecondAll} against ${p.brierSecondWithout}, and for patients over 75 a gap of ${p.gapAll} against ${p.gapWithout} between predicted and observed risk. The holdout could not warn you, because it came from the same hospital with the same scheduling habit. Only knowing what “${p.label}” means in that hospital revealed it.`,
    noLeak: (aucAll: string, aucWithout: string) =>
      `With no leak the two models are practically the same (AUC at the second hospital ${aucAll} and ${aucWithout}): the weekday flag carries no information, so the model gives it almost no weight. The harm comes only when a hospital’s habits make an input a trace of the outcome.`,
    realInput: (label: string, aucSecondAll: string, aucSecondWithout: string, brierAll: string, brierWithout: string) =>
      `Taking out “${label}” made the model worse at the second hospital too: AUC ${aucSecondAll} with it, ${aucSecondWithout} without; Brier score ${brierAll} against ${brierWithout}. It is a real clinical signal. A clinician’s flag is for inputs with no plausible path to the outcome. Look again for one.`,
    right: 'Your prediction was right.',
    wrong: (answer: string) => `You predicted “${answer}”; the numbers say otherwise.`,
  },
};
