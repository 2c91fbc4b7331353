import { describe, expect, it } from 'vitest';
import { sampleRatioMismatch } from '../../../../src/engine/stats/sampleRatioMismatch';
import { expectClose, referenceCases } from './reference';

describe('sampleRatioMismatch against scipy.stats.chisquare', () => {
  const cases = referenceCases<{ observed: number[]; shares: number[] }, { chiSquare: number; df: number; pValue: number }>(
    'sampleRatioMismatch',
  );

  it.each(cases.map((c) => [c.inputs.observed.join(' / '), c] as const))('matches for %s', (_name, { inputs, expected }) => {
    const r = sampleRatioMismatch(inputs.observed, inputs.shares);
    expect(r.df).toBe(expected.df);
    expectClose(r.chiSquare, expected.chiSquare, 1e-9, 'statistic', 1e-12);
    expectClose(r.pValue, expected.pValue, 1e-9, 'p-value');
  });

  it('needs one share per arm', () => {
    expect(() => sampleRatioMismatch([10, 20], [1])).toThrow(RangeError);
  });
});
