import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, judge } from '../../../../src/engine/registry/evaluation';

describe('judge', () => {
  it('passes a candidate at or above the minimum when there is no production model', () => {
    expect(judge({ macroF1: 0.5 }, null)).toEqual({ passed: true, reason: 'above-minimum', candidate: 0.5, baseline: null });
    expect(judge({ macroF1: 0.49 }, null)).toEqual({ passed: false, reason: 'below-minimum', candidate: 0.49, baseline: null });
  });

  it('passes a candidate no more than the tolerance below production, and fails one further below', () => {
    expect(DEFAULT_POLICY).toEqual({ metric: 'macroF1', minimum: 0.5, tolerance: 0.01 });
    expect(judge({ macroF1: 0.8 }, { macroF1: 0.805 })).toMatchObject({ passed: true, reason: 'not-worse', baseline: 0.805 });
    expect(judge({ macroF1: 0.8 }, { macroF1: 0.8 })).toMatchObject({ passed: true });
    expect(judge({ macroF1: 0.78 }, { macroF1: 0.8 })).toMatchObject({ passed: false, reason: 'worse-than-production' });
  });

  it('fails a candidate without the metric, and ignores a baseline without it', () => {
    expect(judge({ accuracy: 0.9 }, null)).toMatchObject({ passed: false, reason: 'metric-missing' });
    expect(judge({ macroF1: Number.NaN }, null)).toMatchObject({ passed: false, reason: 'metric-missing' });
    expect(judge({ macroF1: 0.7 }, { accuracy: 0.99 })).toEqual({ passed: true, reason: 'above-minimum', candidate: 0.7, baseline: null });
  });

  it('follows a policy given', () => {
    expect(judge({ accuracy: 0.6 }, { accuracy: 0.7 }, { metric: 'accuracy', minimum: 0.5, tolerance: 0.2 })).toMatchObject({ passed: true });
  });
});
