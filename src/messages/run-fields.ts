/**
 * The names people say for every metric and parameter a lab records in a run, with the unit
 * each value is stored in. Runs keep short code keys (`pValue`, `visitorsA`); every view of a
 * run reads them through `fieldLabel` and `formatField`. A key missing here (a lab added
 * later) still reads as words: "daysToDetection" → "Days to detection".
 */
import { formatDuration, formatNumber } from '../lib/format';
import { pValueText } from '../lib/pValueText';

/**
 * How a stored value is shown: `percent` is already in percent (5 → "5%"), `fraction` is a
 * share in [0, 1] (0.05 → "5%"), `pp` percentage points, `flag` 1/0 as yes/no.
 */
export type FieldFormat =
  | 'count'
  | 'number'
  | 'percent'
  | 'fraction'
  | 'pp'
  | 'pValue'
  | 'ms'
  | 'bytes'
  | 'days'
  | 'euro'
  | 'seconds'
  | 'perSecond'
  | 'flag'
  | 'text';

export interface FieldInfo {
  label: string;
  format: FieldFormat;
}

const f = (label: string, format: FieldFormat): FieldInfo => ({ label, format });

/** Every key a lab records, by key. Shared keys (`trainMs`, `mape`) mean the same in every lab. */
export const RUN_FIELDS: Record<string, FieldInfo> = {
  // A/B test lab
  kpi: f('Key metric', 'text'),
  baselinePercent: f('Baseline rate', 'percent'),
  effectPercent: f('True effect', 'percent'),
  splitToBPercent: f('Traffic to B', 'percent'),
  visitorsPerDay: f('Visitors per day', 'count'),
  plannedDays: f('Planned days', 'days'),
  novelty: f('Novelty effect', 'flag'),
  decisionDay: f('Decided on day', 'count'),
  visitorsA: f('Visitors in A', 'count'),
  visitorsB: f('Visitors in B', 'count'),
  'difference (pp)': f('Difference B − A', 'pp'),
  'ciLower (pp)': f('95% interval, lower', 'pp'),
  'ciUpper (pp)': f('95% interval, upper', 'pp'),
  'difference (€)': f('Difference B − A', 'euro'),
  'ciLower (€)': f('95% interval, lower', 'euro'),
  'ciUpper (€)': f('95% interval, upper', 'euro'),
  'difference (s)': f('Difference B − A', 'seconds'),
  'ciLower (s)': f('95% interval, lower', 'seconds'),
  'ciUpper (s)': f('95% interval, upper', 'seconds'),
  liftPercent: f('Relative lift', 'percent'),
  pValue: f('p-value', 'pValue'),
  powerPercent: f('Power', 'percent'),
  srmPValue: f('Sample-ratio check p-value', 'pValue'),
  // Peeking trap
  experiments: f('A/A tests', 'count'),
  looks: f('Looks per test', 'count'),
  visitorsPerArmPerLook: f('Visitors per arm per look', 'count'),
  alphaPercent: f('Significance level α', 'percent'),
  peekingPercent: f('False positives when peeking', 'percent'),
  peekingLowerPercent: f('Peeking, 95% interval lower', 'percent'),
  peekingUpperPercent: f('Peeking, 95% interval upper', 'percent'),
  fixedHorizonPercent: f('False positives, fixed horizon', 'percent'),
  sequentialPercent: f('False positives, sequential test', 'percent'),
  lastBoundaryZ: f('Last sequential boundary (z)', 'number'),
  // Many small wins
  changes: f('Changes', 'count'),
  noEffectPercent: f('Changes with no effect', 'percent'),
  meanEffectPercent: f('Mean true effect', 'percent'),
  sdEffectPercent: f('Spread of true effects (SD)', 'percent'),
  visitorsPerArm: f('Visitors per arm', 'count'),
  plannedPowerPercent: f('Planned power', 'percent'),
  underpowered: f('Under-powered tests', 'flag'),
  trueWins: f('True wins shipped', 'count'),
  falseWins: f('False wins shipped', 'count'),
  missedWins: f('Real wins missed', 'count'),
  correctlyNotShipped: f('Correctly not shipped', 'count'),
  falseSharePercent: f('Share of wins that are false', 'percent'),
  claimedPercent: f('Claimed lift', 'percent'),
  realizedPercent: f('Realized lift', 'percent'),
  oraclePercent: f('Lift with perfect knowledge', 'percent'),
  mdeRelativePercent: f('Minimum detectable effect', 'percent'),
  realPowerPercent: f('Real power on true wins', 'percent'),
  // Regional rollout
  watchDays: f('Days watched per stage', 'days'),
  sharePercent: f('Share of riders per stage', 'percent'),
  waitLimitPercent: f('Wait-time guardrail', 'percent'),
  supplyLimitPercent: f('Driver-supply guardrail', 'percent'),
  tripsLimitPercent: f('Trips guardrail', 'percent'),
  fairnessLimit: f('Fairness guardrail', 'number'),
  badRegion: f('Change hurts one region', 'flag'),
  replays: f('Harmless replays', 'count'),
  ridersReached: f('Riders reached', 'count'),
  ridersExposed: f('Riders exposed to harm', 'count'),
  rolledBack: f('Rolled back', 'flag'),
  falseRollbackPercent: f('False rollbacks in replays', 'percent'),
  daysToDetection: f('Days to detection', 'days'),
  rollbackDay: f('Rolled back on day', 'count'),
  // Change-request simulator
  contractDays: f('Contract length', 'days'),
  feedbackEverySprints: f('Feedback every … sprints', 'count'),
  goalMovesAtSprint: f('Goal moves at sprint', 'count'),
  oldGoalWorthPercent: f('Old goal still worth', 'percent'),
  releaseOverheadPercent: f('Release overhead', 'percent'),
  prediction: f('Your prediction', 'text'),
  modularTotalDays: f('Modular code, total', 'days'),
  coupledTotalDays: f('Coupled code, total', 'days'),
  modularBuildDays: f('Modular code, build', 'days'),
  coupledBuildDays: f('Coupled code, build', 'days'),
  iterativeValueDelivered: f('Iterative value delivered', 'number'),
  bigBangValueDelivered: f('Big-bang value delivered', 'number'),
  iterativeValueInUse: f('Iterative value in use', 'number'),
  bigBangValueInUse: f('Big-bang value in use', 'number'),
  predictionRight: f('Prediction right', 'flag'),
  // Pipeline explorer
  fault: f('Injected fault', 'text'),
  caughtByDevOps: f('Caught by DevOps', 'flag'),
  caughtByMLOps: f('Caught by MLOps', 'flag'),
  devOpsCatchStage: f('DevOps catch stage (0 = none)', 'count'),
  mlOpsCatchStage: f('MLOps catch stage (0 = none)', 'count'),
  devOpsDaysUntilNoticed: f('DevOps: days until noticed', 'days'),
  mlOpsDaysUntilNoticed: f('MLOps: days until noticed', 'days'),
  predictionCorrect: f('Prediction right', 'flag'),
  // Pilot stores
  step: f('Step', 'text'),
  proposal: f('Proposal', 'text'),
  wave: f('Rollout wave', 'count'),
  threshold: f('Halt threshold (MAPE)', 'percent'),
  stores: f('Stores', 'count'),
  firstStore: f('First store', 'count'),
  season: f('Season feature', 'flag'),
  localHoliday: f('Local-holiday feature', 'flag'),
  promo: f('Promotion feature', 'flag'),
  mape: f('Mean absolute % error', 'percent'),
  mapeBefore: f('Mean absolute % error before', 'percent'),
  halted: f('Rollout halted', 'flag'),
  shortUnits: f('Units short', 'count'),
  overUnits: f('Units over', 'count'),
  stockoutCost: f('Stock-out cost', 'euro'),
  wasteCost: f('Waste cost', 'euro'),
  totalCost: f('Total cost', 'euro'),
  fitMs: f('Fit time', 'ms'),
  // Sales forecast lab
  years: f('Years of data', 'count'),
  noise: f('Noise', 'fraction'),
  promoRate: f('Promotion rate', 'fraction'),
  holdoutWeeks: f('Holdout weeks', 'count'),
  fourierK: f('Seasonal terms (Fourier K)', 'count'),
  nEstimators: f('Trees', 'count'),
  learningRate: f('Learning rate', 'number'),
  maxDepth: f('Maximum depth', 'count'),
  minSamplesLeaf: f('Minimum samples per leaf', 'count'),
  subsample: f('Subsample', 'fraction'),
  seasonalLag: f('Seasonal lag feature', 'flag'),
  mae: f('Mean absolute error (units)', 'number'),
  knobs: f('Knobs', 'count'),
  parameters: f('Parameters', 'count'),
  sizeBytes: f('Size', 'bytes'),
  trainMs: f('Training time', 'ms'),
  // Complaint classifier lab
  size: f('Complaints', 'count'),
  vocabulary: f('Vocabulary (words)', 'count'),
  hidden: f('Hidden layers', 'text'),
  epochs: f('Epochs', 'count'),
  batchSize: f('Batch size', 'count'),
  accuracy: f('Accuracy', 'fraction'),
  macroF1: f('Macro F1', 'number'),
  // Clinician-in-the-loop
  patients: f('Patients', 'count'),
  leakPercent: f('Leak strength', 'percent'),
  dropped: f('Input dropped', 'text'),
  inputs: f('Inputs', 'count'),
  auc: f('AUC, training hospital', 'number'),
  brier: f('Brier score, training hospital', 'number'),
  aucSecond: f('AUC, second hospital', 'number'),
  brierSecond: f('Brier score, second hospital', 'number'),
  eceSecond: f('Calibration error, second hospital', 'number'),
  over75GapSecond: f('Over-75 calibration gap, second hospital', 'number'),
  // Notebook-to-production
  inputDim: f('Input width', 'count'),
  classes: f('Classes', 'count'),
  sizes: f('Model sizes', 'text'),
  calls: f('Timed calls', 'count'),
  throughputBatch: f('Throughput batch', 'count'),
  budgetMs: f('Latency budget', 'ms'),
  smallP50Ms: f('Small model, median latency', 'ms'),
  smallP95Ms: f('Small model, 95th-percentile latency', 'ms'),
  smallSamplesPerS: f('Small model, throughput', 'perSecond'),
  mediumP50Ms: f('Medium model, median latency', 'ms'),
  mediumP95Ms: f('Medium model, 95th-percentile latency', 'ms'),
  mediumSamplesPerS: f('Medium model, throughput', 'perSecond'),
  largeP50Ms: f('Large model, median latency', 'ms'),
  largeP95Ms: f('Large model, 95th-percentile latency', 'ms'),
  largeSamplesPerS: f('Large model, throughput', 'perSecond'),
  // Per-epoch curves (RunRecord.curves) of the labs that train
  loss: f('Training loss', 'number'),
  valLoss: f('Validation loss', 'number'),
  valAccuracy: f('Validation accuracy', 'fraction'),
  // Drift lab
  policy: f('Retraining policy', 'text'),
  sessionsPerDay: f('Sessions per day', 'count'),
  labelDelayDays: f('Label delay', 'days'),
  shadowDays: f('Shadow period', 'days'),
  psiAlarmLine: f('PSI alarm line', 'text'),
  suddenDrift: f('Sudden drift', 'flag'),
  gradualDrift: f('Gradual drift', 'flag'),
  recurringDrift: f('Recurring (seasonal) drift', 'flag'),
  conceptDrift: f('Concept drift', 'flag'),
  brokenExports: f('Broken training exports', 'flag'),
  meanAccuracy: f('Mean accuracy over the year', 'fraction'),
  lowestDayAccuracy: f('Accuracy on the worst day', 'fraction'),
  incidentDays: f('Incident days (below 70%)', 'count'),
  retrains: f('Retrains', 'count'),
  promotions: f('Models promoted', 'count'),
  badModelsCaughtInShadow: f('Broken models caught in shadow', 'count'),
  badModelsShipped: f('Broken models put into service', 'count'),
  rejectedInShadow: f('Challengers rejected in shadow', 'count'),
  alarmDays: f('Days with a drift alarm', 'count'),
  yearMs: f('Time to simulate the year', 'ms'),
  // Runs and registry: a reproduction names the run it reproduced
  reproducedFrom: f('Reproduction of run', 'text'),
};

/** Readable words for a key no entry names: "daysToDetection" → "Days to detection", "KSStatistic" → "KS statistic". */
export function readableKey(key: string): string {
  // Only code-like keys are turned into words; anything else (an imported file's) is shown as it is.
  if (!/^[A-Za-z][\w-]*$/.test(key)) return key;
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .split(/\s+/)
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join(' ');
  return words ? words[0].toUpperCase() + words.slice(1) : key;
}

/** The entry of a key, or readable words shown as a plain number or text. */
export function fieldInfo(key: string): FieldInfo {
  return Object.hasOwn(RUN_FIELDS, key) ? RUN_FIELDS[key] : { label: readableKey(key), format: 'number' };
}

export const fieldLabel = (key: string): string => fieldInfo(key).label;

const plain = (n: number) => formatNumber(n, 4);

/** A stored value in its field's unit: "5%", "12,345", "0.0312", "850 ms", "€1,204", "yes". */
export function formatField(key: string, value: number | string | boolean): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value === '' ? '–' : value;
  return formatValue(fieldInfo(key).format, value);
}

/** A number in one format (see FieldFormat). */
export function formatValue(format: FieldFormat, n: number): string {
  if (!Number.isFinite(n)) return '–';
  switch (format) {
    case 'count':
      return formatNumber(n, 12);
    case 'percent':
      return `${plain(n)}%`;
    case 'fraction':
      return `${plain(n * 100)}%`;
    case 'pp':
      return `${plain(n)} pp`;
    case 'pValue':
      return pValueText(n);
    case 'ms':
      return Math.abs(n) >= 1000 ? formatDuration(Math.abs(n)).replace(/^/, n < 0 ? '−' : '') : `${plain(n)} ms`;
    case 'bytes':
      return n < 1024 ? `${plain(n)} B` : n < 1024 ** 2 ? `${plain(n / 1024)} KB` : `${plain(n / 1024 ** 2)} MB`;
    case 'days':
      return `${plain(n)} ${n === 1 ? 'day' : 'days'}`;
    case 'euro':
      return n < 0 ? `−€${plain(-n)}` : `€${plain(n)}`;
    case 'seconds':
      return `${plain(n)} s`;
    case 'perSecond':
      return `${plain(n)} per s`;
    case 'flag':
      return n === 1 ? 'yes' : n === 0 ? 'no' : plain(n);
    default:
      return plain(n);
  }
}

/**
 * A difference b − a of two values of one field, with its sign: percentages differ in
 * percentage points, p-values and flags as plain numbers, the rest in the field's unit.
 */
export function formatDifference(key: string, d: number): string {
  if (!Number.isFinite(d)) return '–';
  const format = fieldInfo(key).format;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const size = Math.abs(d);
  if (format === 'percent') return `${sign}${plain(size)} pp`;
  if (format === 'fraction') return `${sign}${plain(size * 100)} pp`;
  if (format === 'pValue' || format === 'flag' || format === 'text') return `${sign}${plain(size)}`;
  return `${sign}${formatValue(format, size)}`;
}
