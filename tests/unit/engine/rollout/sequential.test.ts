import { randomNormal } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/engine/random/rng';
import { emptyGuardrail, firstBreach, guardrailBoundaries, observeGuardrail } from '../../../../src/engine/rollout/sequential';
import reference from '../../../fixtures/rollout/reference.json';
import { expectClose } from '../stats/reference';
import { binomialAcceptance } from '../experiments/binomialAcceptance';

/** Share of `streams` null streams (daily values N(limit, 1)) on which the rule rolls back. */
function falseAlarmRate(looks: number, alpha: number, streams: number, seed: number): number {
  const boundaries = guardrailBoundaries(looks, alpha);
  const draw = randomNormal.source(createRng(seed))(10, 1);
  let alarms = 0;
  for (let i = 0; i < streams; i++) {
    const state = emptyGuardrail();
    for (let k = 0; k < looks; k++) {
      if (observeGuardrail(state, draw(), 10, boundaries).breached) {
        alarms++;
        break;
      }
    }
  }
  return alarms / streams;
}

describe('guardrailBoundaries', () => {
  it('with two looks is one t-test with 1 degree of freedom: b₂ = tan(π(1/2 − α)) = 6.3138 at α = 5%', () => {
    const [b1, b2] = guardrailBoundaries(2, 0.05);
    expect(b1).toBe(Infinity);
    expect(b2).toBeCloseTo(Math.tan(Math.PI * 0.45), 9);
  });

  it('with three looks spends 0.5575% at look 2 and the rest at look 3 (t with 2 df in closed form)', () => {
    // α(1/2) = 2·(1 − Φ(1.959964/√0.5)) = 0.0055752; t₂ isf(q) = (1 − 2q)·√(2/(1 − (1 − 2q)²)).
    const spent = 0.0055752;
    const q = 0.05 - spent;
    const t2 = (1 - 2 * q) * Math.sqrt(2 / (1 - (1 - 2 * q) ** 2));
    const b = guardrailBoundaries(3, 0.05);
    expect(b[1]).toBeCloseTo(1 / Math.tan(Math.PI * spent), 1);
    expect(b[2]).toBeCloseTo(t2, 3);
  });

  it('matches scipy for every reference design', () => {
    for (const c of reference.guardrail_boundaries) {
      const got = guardrailBoundaries(c.inputs.looks, c.inputs.alpha);
      c.expected.boundaries.forEach((want, k) => {
        if (want === null) expect(got[k]).toBe(Infinity);
        else expectClose(got[k], want, 1e-6, `${c.source} looks=${c.inputs.looks} α=${c.inputs.alpha} look ${k + 1}`);
      });
    }
  });

  it('refuses designs it cannot honour', () => {
    expect(() => guardrailBoundaries(0, 0.05)).toThrow(RangeError);
    expect(() => guardrailBoundaries(7, 0)).toThrow(RangeError);
    expect(() => guardrailBoundaries(7, 0.5)).toThrow(RangeError);
  });
});

describe('observeGuardrail', () => {
  it('reports the running mean, spread and t statistic numpy computes for hand-made streams', () => {
    for (const c of reference.sequential_t) {
      const boundaries = guardrailBoundaries(c.inputs.values.length, 0.05);
      const state = emptyGuardrail();
      const looks = c.inputs.values.map((v) => observeGuardrail(state, v, c.inputs.limit, boundaries));
      for (const want of c.expected.looks) {
        const got = looks[want.look - 1];
        expectClose(got.estimate, want.estimate, 1e-12, 'estimate');
        expectClose(got.sd, want.sd, 1e-9, 'sd');
        expectClose(got.t, want.t, 1e-9, 't');
      }
    }
  });

  it('fires on a steady breach at look 4 of 7: t₄ = 10.18 ≥ b₄ = 5.888, while t₃ = 7.18 < b₃ = 26.98', () => {
    const values = [13, 12.5, 14, 13.2, 12.8, 13.6, 13.1];
    expect(firstBreach(values, 10, 0.05)).toBe(4);
    const boundaries = guardrailBoundaries(7, 0.05);
    const state = emptyGuardrail();
    const looks = values.slice(0, 4).map((v) => observeGuardrail(state, v, 10, boundaries));
    expect(looks[2].breached).toBe(false);
    expect(looks[3].breached).toBe(true);
    // The band's lower edge is above the limit exactly when the rule fires.
    expect(looks[3].lower).toBeGreaterThan(10);
    expect(looks[2].lower).toBeLessThan(10);
  });

  it('does not fire on one very noisy day, although that day alone and the running mean both exceed the limit', () => {
    const values = [0.5, -0.3, 40, 0.2, 0.1, -0.4, 0.3];
    // A naive rule ("roll back when today's value, or the running mean, is over the limit") fires on day 3.
    expect(values[2]).toBeGreaterThan(10);
    expect((0.5 - 0.3 + 40) / 3).toBeGreaterThan(10);
    expect(firstBreach(values, 10, 0.05)).toBeNull();
    // At look 3: mean 13.4, sd 23.04, t = 3.4/(23.04/√3) = 0.2556: the wild day widened the band as much as it moved the mean.
    const state = emptyGuardrail();
    const boundaries = guardrailBoundaries(7, 0.05);
    const look3 = values.slice(0, 3).map((v) => observeGuardrail(state, v, 10, boundaries))[2];
    expect(look3.t).toBeCloseTo(0.2556, 4);
  });

  it('never fires at the first look, whatever the value (one day shows no spread)', () => {
    expect(observeGuardrail(emptyGuardrail(), 1e6, 10, guardrailBoundaries(7, 0.05)).breached).toBe(false);
  });
});

describe('the rule’s false-alarm rate', () => {
  it('is exactly α with two looks: 20,000 null streams land in the 99% binomial interval around 5%', () => {
    const [lo, hi] = binomialAcceptance(20_000, 0.05, 0.99);
    const rate = falseAlarmRate(2, 0.05, 20_000, 11);
    expect(rate).toBeGreaterThanOrEqual(lo);
    expect(rate).toBeLessThanOrEqual(hi);
  });

  it('stays at or below α with 7 and 14 looks (20,000 null streams each), and is not wastefully below it', () => {
    const [, hi] = binomialAcceptance(20_000, 0.05, 0.99);
    for (const looks of [7, 14]) {
      const rate = falseAlarmRate(looks, 0.05, 20_000, looks);
      expect(rate).toBeLessThanOrEqual(hi);
      expect(rate).toBeGreaterThan(0.3 * 0.05);
    }
  });
});
