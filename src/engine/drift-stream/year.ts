// The Drift lab's year: serve the champion, monitor each day, retrain by policy, shadow every challenger.
import { childSeed, createRng } from '../random/rng';
import {
  ACCURACY_ALARM_DAYS,
  ACCURACY_ALARM_DROP,
  ACCURACY_FLOOR,
  BROKEN_EXPORT_DAYS,
  COOLDOWN,
  DAYS,
  FEATURES,
  SHADOW_TOLERANCE,
  WINDOW,
  type YearSpec,
} from './config';
import { FIT, type Trainer, type TrainingSet } from './fit';
import { COLS, scoreDay, trainingAccuracy, trainingRows, type Weights } from './model';
import { buildReference, DayMonitor, type Reference } from './monitors';
import { generateStream, streamVersion, type Stream } from './stream';

export type RetrainReason = 'initial' | 'schedule' | 'drift' | 'accuracy';

/** One model trained during the year. */
export interface TrainedModel {
  id: number;
  /** Day it was trained at the end of (−1 for the launch model). */
  day: number;
  reason: RetrainReason;
  /** Its labelled training days [from, to]. */
  window: [number, number];
  /** Trained on a broken export (mislabelled data). */
  broken: boolean;
  trainAccuracy: number;
  weights: Weights;
}

/** A shadow verdict: on `day`, challenger `model` was promoted or rejected on `days` labelled shadow days. */
export interface Verdict {
  day: number;
  model: number;
  promoted: boolean;
  broken: boolean;
  shadowAccuracy: number;
  servedAccuracy: number;
}

/** Bit of `alarms[d]` set by the accuracy alarm (bits 0–3 are the input features in FEATURES order). */
export const ACCURACY_ALARM_BIT = 1 << FEATURES.length;

/** Outcomes of the year, as the comparison table shows them. */
export interface YearSummary {
  meanAccuracy: number;
  minAccuracy: number;
  /** Models trained after launch: the compute cost. */
  retrains: number;
  promotions: number;
  /** Days the served model's accuracy was below ACCURACY_FLOOR. */
  incidentDays: number;
  /** Days with at least one alarm (input drift or accuracy). */
  alarmDays: number;
  /** Challengers trained on a broken export and rejected in shadow. */
  badCaught: number;
  /** Models trained on a broken export that went into service. */
  badShipped: number;
  /** Challengers rejected in shadow, broken or not. */
  rejected: number;
}

/** Everything the lab draws: per-day arrays of length DAYS; per-feature arrays DAYS × 4, day-major. */
export interface YearResult {
  spec: YearSpec;
  /** Content hash of the generated stream (streamVersion). */
  datasetVersion: string;
  /** Days simulated (DAYS unless stopped). */
  days: number;
  stopped: boolean;
  /** Served model's expected accuracy per day (the simulator's truth). */
  accuracy: Float64Array;
  /** Served model's accuracy against recorded outcomes per day, known labelDelay days later. */
  measured: Float64Array;
  psi: Float64Array;
  /** KS D (watch, hour) or χ² (device, genre) per day and feature. */
  statistic: Float64Array;
  pValue: Float64Array;
  /** The PSI alarm line per day and feature. */
  thresholds: Float64Array;
  alarms: Uint8Array;
  /** Id of the model served each day. */
  served: Int32Array;
  models: Omit<TrainedModel, 'weights'>[];
  verdicts: Verdict[];
  summary: YearSummary;
}

export interface YearHooks {
  /** Called after every simulated day. */
  onDay?: (day: number) => void | Promise<void>;
  /** Checked before every day; true stops the year early (stopped = true). */
  shouldStop?: () => boolean;
}

interface Challenger {
  model: TrainedModel;
  start: number;
  correct: number;
  served: number;
}

/** Labels of a broken export: the recorded outcomes shuffled among the window's sessions (a broken join). */
function breakLabels(y: Float32Array, seed: number): void {
  const rng = createRng(seed);
  for (let i = y.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = y[i];
    y[i] = y[j];
    y[j] = t;
  }
}

/**
 * Simulates the year of `spec` with `train` fitting every model (FIT.steps Newton steps from zero on the
 * last 7 labelled days). The launch model is fitted on days [−delay − 7, −delay − 1]. Each day d: the champion serves the day's sessions
 * (expected and recorded accuracy); every challenger in its shadow days is scored on the same sessions; the
 * monitors compare the day with the champion's training window (PSI over its deciles or categories, KS, χ²)
 * and a feature alarms when its PSI reaches the threshold; the accuracy alarm fires when the last 3 labelled
 * days' recorded accuracy (labels arrive `labelDelay` days late) is 5 points below the champion's training
 * accuracy. A challenger whose `shadowDays` shadow days are labelled is promoted if its recorded accuracy on
 * them is at most 1 point below the served model's, else rejected. Then the policy decides: 'daily' retrains
 * every day, 'drift' when any alarm fired and 7 days have passed since its last retrain, 'never' not at all.
 * A retrain fits the last 7 labelled days; on a broken-export day their labels are shuffled. With shadowDays = 0 a retrained model serves from the next day.
 */
export async function runYear(spec: YearSpec, train: Trainer, hooks: YearHooks = {}, stream?: Stream): Promise<YearResult> {
  const s = stream ?? generateStream(spec.seed, spec.eventsPerDay, spec);
  const n = s.eventsPerDay;
  const delay = spec.labelDelay;
  const S = spec.shadowDays;
  const F = FEATURES.length;
  const r: YearResult = {
    spec,
    datasetVersion: streamVersion(s),
    days: 0,
    stopped: false,
    accuracy: new Float64Array(DAYS),
    measured: new Float64Array(DAYS),
    psi: new Float64Array(DAYS * F),
    statistic: new Float64Array(DAYS * F),
    pValue: new Float64Array(DAYS * F),
    thresholds: new Float64Array(DAYS * F),
    alarms: new Uint8Array(DAYS),
    served: new Int32Array(DAYS),
    models: [],
    verdicts: [],
    summary: { meanAccuracy: 0, minAccuracy: 0, retrains: 0, promotions: 0, incidentDays: 0, alarmDays: 0, badCaught: 0, badShipped: 0, rejected: 0 },
  };
  const servedCorrect = new Int32Array(DAYS);
  const buf = new Float64Array(COLS);
  const monitor = new DayMonitor();

  async function fit(day: number, reason: RetrainReason): Promise<TrainedModel> {
    const window: [number, number] = [day - delay - WINDOW + 1, day - delay];
    const data: TrainingSet = trainingRows(s, window[0], window[1]);
    const broken = spec.brokenExports && BROKEN_EXPORT_DAYS.includes(day);
    if (broken) breakLabels(data.y, childSeed(spec.seed, `export${day}`));
    const weights = await train(data, FIT.steps);
    const model: TrainedModel = { id: r.models.length, day, reason, window, broken, trainAccuracy: trainingAccuracy(weights, data.x, data.y, data.rows), weights };
    const { weights: _, ...record } = model;
    r.models.push(record);
    return model;
  }

  let champion = await fit(-1, 'initial');
  let since = 0;
  let reference: Reference = buildReference(s, champion.window[0], champion.window[1], spec.thresholdMode);
  let challengers: Challenger[] = [];
  let lastTrigger = -Infinity;
  const promote = (m: TrainedModel, day: number) => {
    champion = m;
    since = day + 1;
    reference = buildReference(s, m.window[0], m.window[1], spec.thresholdMode);
    r.summary.promotions++;
    if (m.broken) r.summary.badShipped++;
  };

  for (let d = 0; d < DAYS; d++) {
    if (hooks.shouldStop?.()) {
      r.stopped = true;
      break;
    }
    const today = scoreDay(champion.weights, s, d, buf);
    r.served[d] = champion.id;
    r.accuracy[d] = today.expected;
    r.measured[d] = today.correct / n;
    servedCorrect[d] = today.correct;
    for (const c of challengers) {
      if (d >= c.start && d < c.start + S) {
        c.correct += scoreDay(c.model.weights, s, d, buf).correct;
        c.served += today.correct;
      }
    }

    const mon = monitor.observe(s, d, reference);
    let alarms = 0;
    for (let f = 0; f < F; f++) {
      r.psi[d * F + f] = mon.psi[f];
      r.statistic[d * F + f] = mon.statistic[f];
      r.pValue[d * F + f] = mon.pValue[f];
      r.thresholds[d * F + f] = reference.thresholds[f];
      if (mon.psi[f] >= reference.thresholds[f]) alarms |= 1 << f;
    }
    const last = d - delay;
    if (last - ACCURACY_ALARM_DAYS + 1 >= since) {
      let right = 0;
      for (let k = last - ACCURACY_ALARM_DAYS + 1; k <= last; k++) right += servedCorrect[k];
      if (right / (ACCURACY_ALARM_DAYS * n) < champion.trainAccuracy - ACCURACY_ALARM_DROP) alarms |= ACCURACY_ALARM_BIT;
    }
    r.alarms[d] = alarms;

    const pending: Challenger[] = [];
    for (const c of challengers) {
      if (c.start + S - 1 + delay > d) {
        pending.push(c);
        continue;
      }
      const shadowAccuracy = c.correct / (S * n);
      const servedAccuracy = c.served / (S * n);
      const promoted = shadowAccuracy >= servedAccuracy - SHADOW_TOLERANCE;
      r.verdicts.push({ day: d, model: c.model.id, promoted, broken: c.model.broken, shadowAccuracy, servedAccuracy });
      if (promoted) promote(c.model, d);
      else {
        r.summary.rejected++;
        if (c.model.broken) r.summary.badCaught++;
      }
    }
    challengers = pending;

    const trigger = spec.policy === 'daily' ? 'schedule' : spec.policy === 'drift' && alarms !== 0 && d - lastTrigger >= COOLDOWN ? (alarms & ACCURACY_ALARM_BIT && !(alarms & (ACCURACY_ALARM_BIT - 1)) ? 'accuracy' : 'drift') : null;
    if (trigger) {
      lastTrigger = d;
      const m = await fit(d, trigger);
      r.summary.retrains++;
      if (S === 0) promote(m, d);
      else if (d + 1 < DAYS) challengers.push({ model: m, start: d + 1, correct: 0, served: 0 });
    }
    r.days = d + 1;
    await hooks.onDay?.(d);
  }
  summarise(r);
  return r;
}

function summarise(r: YearResult): void {
  let sum = 0;
  let min = 1;
  for (let d = 0; d < r.days; d++) {
    sum += r.accuracy[d];
    min = Math.min(min, r.accuracy[d]);
    if (r.accuracy[d] < ACCURACY_FLOOR) r.summary.incidentDays++;
    if (r.alarms[d] !== 0) r.summary.alarmDays++;
  }
  r.summary.meanAccuracy = r.days ? sum / r.days : 0;
  r.summary.minAccuracy = r.days ? min : 0;
}
