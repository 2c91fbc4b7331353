import { describe, expect, it } from 'vitest';
import { readScenario } from '../../../../src/lib/scenario';
import { scenario } from '../../../../src/sims/pilot-stores/index';

const read = (query: string) => readScenario(scenario, new URLSearchParams(query));

describe('the Pilot stores scenario', () => {
  it('defaults to seed 7 and a 10% threshold under the ps prefix', () => {
    expect(scenario.prefix).toBe('ps');
    expect(read('')).toEqual({ values: { seed: 7, threshold: 10 }, notices: [] });
  });

  it('bounds the threshold to 2–40% in half-point steps, with a notice for each change', () => {
    expect(read('ps.threshold=7.5').values.threshold).toBe(7.5);
    expect(read('ps.threshold=7.3').values.threshold).toBe(7.5);
    expect(read('ps.threshold=1e9')).toEqual({
      values: { seed: 7, threshold: 40 },
      notices: [{ param: 'threshold', message: 'Halt threshold (wave MAPE): 1,000,000,000 is above the maximum; using 40.' }],
    });
    expect(read('ps.threshold=0.1').values.threshold).toBe(2);
    expect(read('ps.threshold=NaN').notices[0].message).toBe('Halt threshold (wave MAPE): "NaN" is not a number; using 10.');
  });

  it('clamps a negative seed and ignores settings that are not the lab’s', () => {
    const r = read('ps.seed=-4&ps.stores=99');
    expect(r.values.seed).toBe(0);
    expect(r.notices.map((n) => n.param)).toEqual(['stores', 'seed']);
  });
});
