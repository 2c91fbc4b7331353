import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/engine/random/rng';
import { DEFAULT_WEIGHTS, MS_PER_DAY, halfLife, recall, weightVector, type HlrWeights } from '../../../../src/engine/review/hlr';
import { trainingInstances, type Instance, type Practice } from '../../../../src/engine/review/history';
import { createFit, FIT_DEFAULTS, fitWeights, gradient, loss } from '../../../../src/engine/review/fit';

// A new item (0 right, 0 wrong) of lesson "a", answered right one day after its first practice.
// Observed: p = 0.9, h = −1/log2(0.9) = 6.578813 days.
const one: Instance = { counts: { right: 0, wrong: 0 }, lesson: 'a', deltaDays: 1, p: 0.9, h: 6.578813 };

/** A learner simulated from known weights: 20 items (alternating lessons a and b), six practices each, random gaps. */
function simulatedLearner(truth: HlrWeights, seed: number): Practice[] {
  const rng = createRng(seed);
  const out: Practice[] = [];
  for (let item = 0; item < 20; item++) {
    const lesson = item % 2 ? 'a' : 'b';
    let t = 0;
    const counts = { right: 0, wrong: 0 };
    for (let k = 0; k < 6; k++) {
      const gap = k === 0 ? 0 : 0.2 + rng() * 4;
      t += gap;
      const correct = rng() < (k === 0 ? 0.7 : recall(gap, halfLife(truth, counts, lesson)));
      out.push({ checkId: `c${item}`, lessonSlug: lesson, correct, at: t * MS_PER_DAY });
      if (correct) counts.right++;
      else counts.wrong++;
    }
  }
  return out;
}

describe('fitting half-life regression', () => {
  it('computes the paper loss and its gradient by hand for one instance at the default weights', () => {
    // At θ₀: θ·x = −1 + 1.5 − 0.5 + 0 = 0, so ĥ = 1 day and p̂ = 2^(−1/1) = 0.5; the penalty is 0.
    // Loss = (0.9 − 0.5)² + 0.001 × (6.578813 − 1)² = 0.16 + 0.031123 = 0.191123
    // Gradient scale = 2(0.5 − 0.9)(ln 2)²·0.5·(1/1) + 2·0.001·(1 − 6.578813)·ln 2·1
    //                = −0.192181 − 0.007734 = −0.199915, times x = [1, 1, 1, 1]
    const theta = weightVector(DEFAULT_WEIGHTS, ['a']);
    expect(loss(theta, [one], ['a'])).toBeCloseTo(0.191123, 6);
    for (const g of gradient(theta, [one], ['a'])) expect(g).toBeCloseTo(-0.199915, 6);
  });

  it('has a gradient that matches finite differences of the loss away from the defaults', () => {
    const instances = trainingInstances(simulatedLearner({ bias: 0.5, right: 1, wrong: -1, lessons: { b: -1 } }, 3));
    const theta = [-0.7, 1.2, -0.4, 0.3, -0.2];
    const analytic = gradient(theta, instances, ['a', 'b']);
    const eps = 1e-6;
    theta.forEach((_, i) => {
      const up = theta.map((t, j) => (j === i ? t + eps : t));
      const down = theta.map((t, j) => (j === i ? t - eps : t));
      const numeric = (loss(up, instances, ['a', 'b']) - loss(down, instances, ['a', 'b'])) / (2 * eps);
      expect(analytic[i]).toBeCloseTo(numeric, 5);
    });
  });

  it('lowers the loss on a simulated learner and finds which lesson is forgotten faster', () => {
    // Truth: lesson b's items have half-lives 2^−1 = ½ those of lesson a with the same history.
    const instances = trainingInstances(simulatedLearner({ bias: 0.5, right: 1, wrong: -1, lessons: { b: -1 } }, 3));
    expect(instances).toHaveLength(100);
    const fitted = fitWeights(instances, ['a', 'b']);
    const before = loss(weightVector(DEFAULT_WEIGHTS, ['a', 'b']), instances, ['a', 'b']);
    const after = loss(weightVector(fitted, ['a', 'b']), instances, ['a', 'b']);
    expect(after).toBeLessThan(before);
    expect(fitted.lessons.b).toBeLessThan(fitted.lessons.a);
    // Same data, same weights: the fit is deterministic.
    expect(fitWeights(instances, ['a', 'b'])).toEqual(fitted);
  });

  it('stops after the iteration bound, in chunks of any size with the same result', () => {
    const instances = trainingInstances(simulatedLearner({ bias: 0, right: 1, wrong: -1, lessons: {} }, 5));
    const options = { ...FIT_DEFAULTS, maxIterations: 30, tolerance: 0 };
    const chunked = createFit(instances, ['a', 'b'], options);
    while (!chunked.done) chunked.step(7);
    expect(chunked.iterations).toBe(30);
    expect(chunked.weights).toEqual(fitWeights(instances, ['a', 'b'], options));
  });

  it('keeps the default weights when there is nothing to learn from', () => {
    const fit = createFit([], ['a']);
    expect(fit.done).toBe(true);
    expect(fit.weights).toEqual({ ...DEFAULT_WEIGHTS, lessons: { a: 0 } });
  });
});
