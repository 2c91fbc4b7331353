/**
 * Data for the Role sorter (lesson `roles`): tasks from real ML projects, each
 * sorted into the role that usually leads it. The explanations teach the split of
 * work, and also where the other role comes in, because in practice the two
 * roles meet on almost every task.
 */

/** The three columns a card can be sorted into. */
export const COLUMNS = ['data-scientist', 'ml-engineer', 'both'] as const;

/** One column of the sorter: who usually leads a task. */
export type Column = (typeof COLUMNS)[number];

/** A task card: what to sort, where it belongs, and why. */
export interface RoleCard {
  /** Stable id, stored in saved sorter state and URLs; never rename one. */
  readonly id: string;
  /** The task as the learner sees it, phrased as work someone does. */
  readonly task: string;
  /** The column that usually leads this task. */
  readonly answer: Column;
  /** Why that column, and where the other role comes in. Shown after sorting. */
  readonly explanation: string;
}

/** True when `value` is one of the sorter's columns. */
export function isColumn(value: unknown): value is Column {
  return typeof value === 'string' && (COLUMNS as readonly string[]).includes(value);
}

/** The course's task cards, in a fixed reference order (the sim deals them shuffled). */
export const ROLE_CARDS: readonly RoleCard[] = [
  {
    id: 'explore-churn',
    task: 'Explore last year’s customer data to find which customers cancel and what they have in common.',
    answer: 'data-scientist',
    explanation:
      'Open-ended exploration is the heart of data science: slicing data, forming hypotheses, checking them with statistics. The ML engineer comes in later, when a finding turns into a feature or a model that must run every day.',
  },
  {
    id: 'design-experiment',
    task: 'Design an A/B test for a new recommendation model: hypothesis, primary metric, guardrails, sample size.',
    answer: 'data-scientist',
    explanation:
      'Choosing the metric, the minimum detectable effect and the sample size is statistical design work. The ML engineer makes the design real: stable random assignment, logging every exposure, and serving two models side by side.',
  },
  {
    id: 'ci-training',
    task: 'Set up continuous integration that retrains the model and runs its tests on every change to the training code.',
    answer: 'ml-engineer',
    explanation:
      'Build automation, test runners and reproducible environments are software engineering. The data scientist supplies what the tests should assert, for example “accuracy on the frozen holdout must not drop by more than one point”.',
  },
  {
    id: 'cut-p99',
    task: 'Cut the prediction service’s p99 latency from 300 ms to under 80 ms.',
    answer: 'ml-engineer',
    explanation:
      'Profiling, batching, caching, quantizing and choosing hardware are systems work. If the only way to meet the budget is a smaller model, the data scientist helps measure how much accuracy that costs.',
  },
  {
    id: 'version-dataset',
    task: 'Version the training data so that any past model can be rebuilt exactly.',
    answer: 'ml-engineer',
    explanation:
      'Content-addressed data snapshots and lineage (which code, data and parameters produced which model) are infrastructure. Data scientists depend on it every day: it is what lets them answer “what changed?” when a metric moves.',
  },
  {
    id: 'explain-stakeholders',
    task: 'Explain to the marketing team why the model flags these customers, and what it cannot tell them.',
    answer: 'data-scientist',
    explanation:
      'Translating a model into a story a non-technical audience can act on, including its limits, is a core data science skill. The ML engineer may build the tooling (an explanation endpoint, a dashboard) that makes this repeatable.',
  },
  {
    id: 'feature-pipeline',
    task: 'Build a feature pipeline that computes exactly the same features for training and for live predictions.',
    answer: 'ml-engineer',
    explanation:
      'One definition of each feature, used both offline and online, is the standard defense against training/serving skew, and it is engineering work. The data scientist owns what each feature means and checks that the production values match the notebook’s.',
  },
  {
    id: 'pick-metric',
    task: 'Agree with the business which evaluation metric decides whether the model is good enough.',
    answer: 'both',
    explanation:
      'The data scientist knows what a metric measures and how it misleads (accuracy on rare fraud is nearly meaningless). The ML engineer must be able to compute it in production, on live data with delayed labels, or nobody can monitor it after launch.',
  },
  {
    id: 'monitor-drift',
    task: 'Set up alerts that fire when the distribution of incoming data drifts away from the training data.',
    answer: 'ml-engineer',
    explanation:
      'Monitoring pipelines, dashboards and alert routing are operations work. When an alert fires, the data scientist investigates whether the drift actually hurts predictions and whether to retrain.',
  },
  {
    id: 'containerize',
    task: 'Package the model server in a container with pinned library versions.',
    answer: 'ml-engineer',
    explanation:
      'Reproducible runtime environments are software engineering. The data scientist’s part is to state which library versions the model was trained with, because a silent version change can alter predictions.',
  },
  {
    id: 'data-contract',
    task: 'Write a data contract with the team that produces the order data: columns, types, units, allowed ranges, freshness.',
    answer: 'both',
    explanation:
      'The data scientist knows what the model assumes (prices in dollars, never negative). The ML engineer turns those assumptions into automated checks that stop the pipeline loudly when the upstream data breaks them.',
  },
  {
    id: 'error-analysis',
    task: 'Read 200 misclassified examples and group them by the kind of mistake the model makes.',
    answer: 'data-scientist',
    explanation:
      'Error analysis is investigative modeling work and usually the fastest route to a better model. Its findings often become engineering tasks: a missing field in the data, a label bug, a new feature to compute.',
  },
  {
    id: 'feature-hypothesis',
    task: 'Test whether a new “days since last purchase” feature improves the model on the validation set.',
    answer: 'data-scientist',
    explanation:
      'Hypothesis, experiment, measured result: this is the scientific loop. If the feature helps, the ML engineer must make sure it can be computed at prediction time with the same meaning, or the gain will not survive launch.',
  },
  {
    id: 'load-test',
    task: 'Load-test the prediction service at three times last year’s peak traffic.',
    answer: 'ml-engineer',
    explanation:
      'Capacity planning and load testing are systems engineering. The data scientist rarely needs to be involved, unless the result forces a cheaper model.',
  },
  {
    id: 'shadow-test',
    task: 'Run a new model in shadow mode next to the live one and decide whether to promote it.',
    answer: 'both',
    explanation:
      'The ML engineer builds the shadow path: the challenger sees real requests, but its answers are only logged. The data scientist compares the logged predictions with the live model’s and with the outcomes, and judges whether the differences are real improvements.',
  },
  {
    id: 'retrain-schedule',
    task: 'Decide how often the model should be retrained.',
    answer: 'both',
    explanation:
      'How fast the world changes under the model (how quickly accuracy decays) is a data science question. What retraining costs, and how to automate it safely, is an engineering one. A good schedule needs both answers.',
  },
  {
    id: 'notebook-to-script',
    task: 'Turn the winning notebook into a tested training script that runs from raw data with one command.',
    answer: 'both',
    explanation:
      'This is the hand-off itself. Only the data scientist knows which cells mattered and in what order they were run; the ML engineer knows how to make the result testable and repeatable. Done by one side alone, it is where projects stall.',
  },
  {
    id: 'frame-problem',
    task: 'Turn “reduce churn” into a prediction target, a decision the business will take, and a latency and cost budget.',
    answer: 'both',
    explanation:
      'The data scientist frames the target and checks that the data can support it. The ML engineer must be in the same room to say what production allows, for example “predictions must be ready in 50 ms at checkout”, before anyone trains a model that can never ship.',
  },
];
