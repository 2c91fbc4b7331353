import { clampHalfLife, DEFAULT_WEIGHTS, features, weightsFromVector, weightVector, type HlrWeights } from './hlr';
import type { Instance } from './history';

/** Fitting starts once the learner has this many training instances (practices that followed an earlier one). */
export const MIN_FIT_INSTANCES = 30;
/** At most this many instances (the latest) enter a fit, which bounds its cost. */
export const MAX_FIT_INSTANCES = 2000;

/** Settings of a fit; the defaults are those below. */
export interface FitOptions {
  /** α, the weight of the half-life term (0.01 in the paper's code; 0.001 here, see P_MIN in history.ts). */
  alpha: number;
  /** λ, the L2 penalty on θ − θ₀ (θ₀ the default weights). */
  lambda: number;
  /** η, the gradient-descent step. */
  rate: number;
  /** Largest number of gradient steps. */
  maxIterations: number;
  /** Stop when no weight moves more than this in a step. */
  tolerance: number;
}

export const FIT_DEFAULTS: FitOptions = Object.freeze({ alpha: 0.001, lambda: 0.01, rate: 0.5, maxIterations: 400, tolerance: 1e-6 });

/** The largest size of one gradient step (a bound on ‖η·∇L‖∞), so a huge h-term gradient cannot throw θ off. */
const MAX_STEP = 0.25;

/**
 * The paper's loss over `instances` (mean over instances, plus the penalty):
 *
 *   L(θ) = (1/n) Σ [ (p − p̂)² + α (h − ĥ)² ] + λ ‖θ − θ₀‖²
 *
 * with ĥ = clamp(2^(θ·x)) days and p̂ = 2^(−Δ/ĥ). The paper penalizes ‖θ‖²; with the few
 * dozen practices one learner has, we pull toward the default weights θ₀ instead, so
 * that little data moves the model a little.
 */
export function loss(theta: readonly number[], instances: readonly Instance[], lessonOrder: readonly string[], options: FitOptions = FIT_DEFAULTS): number {
  const prior = weightVector(DEFAULT_WEIGHTS, lessonOrder);
  let sum = 0;
  for (const inst of instances) {
    const { p, h } = predict(theta, inst, lessonOrder);
    sum += (inst.p - p) ** 2 + options.alpha * (inst.h - h) ** 2;
  }
  const penalty = theta.reduce((acc, t, i) => acc + (t - prior[i]) ** 2, 0);
  return (instances.length ? sum / instances.length : 0) + options.lambda * penalty;
}

function predict(theta: readonly number[], inst: Instance, lessonOrder: readonly string[]): { x: number[]; p: number; h: number } {
  const x = features(inst.counts, inst.lesson, lessonOrder);
  const dot = x.reduce((acc, xi, i) => acc + xi * theta[i], 0);
  const h = clampHalfLife(2 ** dot);
  return { x, p: 2 ** (-inst.deltaDays / h), h };
}

/**
 * The gradient of `loss` with respect to θ. Per instance, with ĥ and p̂ as above
 * (ln = natural log):
 *
 *   ∂(p − p̂)²/∂θ  = 2 (p̂ − p) · (ln 2)² · p̂ · (Δ/ĥ) · x
 *   ∂α(h − ĥ)²/∂θ = 2α (ĥ − h) · ln 2 · ĥ · x
 *
 * averaged over instances, plus 2λ(θ − θ₀). These are the paper's update terms.
 */
export function gradient(theta: readonly number[], instances: readonly Instance[], lessonOrder: readonly string[], options: FitOptions = FIT_DEFAULTS): number[] {
  return gradientOn(theta, toRows(instances, lessonOrder), weightVector(DEFAULT_WEIGHTS, lessonOrder), options);
}

/** An instance with its feature vector computed once. */
interface Row {
  x: number[];
  deltaDays: number;
  p: number;
  h: number;
}

function toRows(instances: readonly Instance[], lessonOrder: readonly string[]): Row[] {
  return instances.map((inst) => ({ x: features(inst.counts, inst.lesson, lessonOrder), deltaDays: inst.deltaDays, p: inst.p, h: inst.h }));
}

function gradientOn(theta: readonly number[], rows: readonly Row[], prior: readonly number[], options: FitOptions): number[] {
  const grad = theta.map(() => 0);
  const ln2 = Math.LN2;
  const n = rows.length;
  for (const row of rows) {
    let dot = 0;
    for (let i = 0; i < row.x.length; i++) dot += row.x[i] * theta[i];
    const h = clampHalfLife(2 ** dot);
    const p = 2 ** (-row.deltaDays / h);
    const scale = 2 * (p - row.p) * ln2 * ln2 * p * (row.deltaDays / h) + 2 * options.alpha * (h - row.h) * ln2 * h;
    for (let i = 0; i < row.x.length; i++) grad[i] += (scale * row.x[i]) / n;
  }
  return grad.map((g, i) => g + 2 * options.lambda * (theta[i] - prior[i]));
}

/** A fit in progress: call `step` until `done`; each call does at most `iterations` gradient steps. */
export interface Fit {
  step(iterations: number): void;
  readonly done: boolean;
  readonly iterations: number;
  readonly weights: HlrWeights;
}

/**
 * Plain gradient descent on `loss` from the default weights: θ ← θ − η ∇L(θ), each step's
 * largest component capped at 0.25, for at most `maxIterations` steps or until no weight
 * moves more than `tolerance`. Uses the latest MAX_FIT_INSTANCES instances. Deterministic.
 */
export function createFit(instances: readonly Instance[], lessonOrder: readonly string[], options: FitOptions = FIT_DEFAULTS): Fit {
  const data = toRows(instances.slice(-MAX_FIT_INSTANCES), lessonOrder);
  const prior = weightVector(DEFAULT_WEIGHTS, lessonOrder);
  let theta = [...prior];
  let iterations = 0;
  let done = data.length === 0;
  return {
    step(count) {
      for (let k = 0; k < count && !done; k++) {
        const grad = gradientOn(theta, data, prior, options);
        const largest = Math.max(...grad.map((g) => Math.abs(options.rate * g)));
        const shrink = largest > MAX_STEP ? MAX_STEP / largest : 1;
        theta = theta.map((t, i) => t - shrink * options.rate * grad[i]);
        iterations += 1;
        if (largest * shrink < options.tolerance || iterations >= options.maxIterations) done = true;
      }
    },
    get done() {
      return done;
    },
    get iterations() {
      return iterations;
    },
    get weights() {
      return weightsFromVector(theta, lessonOrder);
    },
  };
}

/** Runs `createFit` to the end and returns the fitted weights. */
export function fitWeights(instances: readonly Instance[], lessonOrder: readonly string[], options: FitOptions = FIT_DEFAULTS): HlrWeights {
  const fit = createFit(instances, lessonOrder, options);
  while (!fit.done) fit.step(options.maxIterations);
  return fit.weights;
}
