import { describe, expect, it } from 'vitest';
import {
  boolParam,
  clampScenario,
  defineScenario,
  enumParam,
  intParam,
  numberParam,
  readScenario,
  seedParam,
  writeScenario,
} from '../../../src/lib/scenario';

const spec = defineScenario('ab', {
  seed: seedParam(7),
  users: intParam('Visitors per day', 100, 1_000_000, 10_000),
  baseline: numberParam('Baseline conversion rate', 0.1, 50, 5, 0.1),
  kpi: enumParam('KPI', ['conversion', 'sales'] as const, 'conversion'),
  novelty: boolParam('Novelty effect', false),
});

describe('readScenario', () => {
  it('gives defaults for an empty query', () => {
    const { values, notices } = readScenario(spec, new URLSearchParams());
    expect(values).toEqual({ seed: 7, users: 10_000, baseline: 5, kpi: 'conversion', novelty: false });
    expect(notices).toEqual([]);
  });

  it('reads valid values under its own prefix only', () => {
    const q = new URLSearchParams('ab.seed=99&ab.users=2000&ab.baseline=2.5&ab.kpi=sales&ab.novelty=1&pk.seed=3');
    expect(readScenario(spec, q)).toEqual({
      values: { seed: 99, users: 2000, baseline: 2.5, kpi: 'sales', novelty: true },
      notices: [],
    });
  });

  const hostile = [
    { query: 'ab.users=1000000000', key: 'users', expected: 1_000_000, says: 'above the maximum' },
    { query: 'ab.users=1e300', key: 'users', expected: 1_000_000, says: 'above the maximum' },
    { query: 'ab.users=-5', key: 'users', expected: 100, says: 'below the minimum' },
    { query: 'ab.users=NaN', key: 'users', expected: 10_000, says: 'not a number' },
    { query: 'ab.users=Infinity', key: 'users', expected: 10_000, says: 'not a number' },
    { query: 'ab.users=0x10', key: 'users', expected: 10_000, says: 'not a number' },
    { query: `ab.users=${'9'.repeat(400)}`, key: 'users', expected: 10_000, says: 'not a number' },
    { query: 'ab.baseline=3.14159', key: 'baseline', expected: 3.1, says: null },
    { query: 'ab.seed=-1', key: 'seed', expected: 0, says: 'below the minimum' },
    { query: 'ab.kpi=__proto__', key: 'kpi', expected: 'conversion', says: 'not one of' },
    { query: 'ab.novelty=maybe', key: 'novelty', expected: false, says: 'not yes or no' },
  ];
  for (const { query, key, expected, says } of hostile) {
    it(`bounds ${query.slice(0, 40)} to ${String(expected)}${says ? ' with a notice' : ''}`, () => {
      const { values, notices } = readScenario(spec, new URLSearchParams(query));
      expect((values as Record<string, unknown>)[key]).toBe(expected);
      if (says) expect(notices.map((n) => n.message).join(' ')).toContain(says);
      else expect(notices).toEqual([]);
    });
  }

  it('ignores keys it does not know, with a notice', () => {
    const { values, notices } = readScenario(spec, new URLSearchParams('ab.constructor=1'));
    expect(values.users).toBe(10_000);
    expect(notices).toHaveLength(1);
    expect(Object.hasOwn(values, 'constructor')).toBe(false);
  });
});

describe('clampScenario', () => {
  it('clamps numbers coming from controls', () => {
    const { values } = clampScenario(spec, { users: 5e9, baseline: -1 });
    expect(values.users).toBe(1_000_000);
    expect(values.baseline).toBe(0.1);
  });
});

describe('writeScenario', () => {
  it('writes only non-default values and keeps other prefixes', () => {
    const values = { seed: 7, users: 2000, baseline: 5, kpi: 'sales' as const, novelty: false };
    const q = writeScenario(spec, values, new URLSearchParams('pk.seed=3&ab.users=9'));
    expect(q.toString()).toBe('pk.seed=3&ab.users=2000&ab.kpi=sales');
  });

  it('round-trips through readScenario', () => {
    const values = { seed: 123, users: 4321, baseline: 12.5, kpi: 'sales' as const, novelty: true };
    expect(readScenario(spec, writeScenario(spec, values, new URLSearchParams())).values).toEqual(values);
  });
});
