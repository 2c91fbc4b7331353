import { describe, expect, it } from 'vitest';
import type { Alternative } from '../../../../src/engine/stats/pValue';
import { twoProportionTest } from '../../../../src/engine/stats/twoProportion';
import { expectClose, referenceCases } from './reference';

interface Inputs {
  conversionsA: number;
  visitorsA: number;
  conversionsB: number;
  visitorsB: number;
  alternative: Alternative;
  alpha: number;
}
interface Expected {
  diff: number;
  z: number;
  pValue: number;
  sePooled: number;
  seUnpooled: number;
  ci: [number, number];
  lift: number;
  liftSe: number;
  liftCi: [number, number];
}

describe('twoProportionTest against statsmodels formulas (reproduced with scipy)', () => {
  const cases = referenceCases<Inputs, Expected>('twoProportion');

  it.each(cases.map((c) => [`${c.inputs.conversionsA}/${c.inputs.visitorsA} vs ${c.inputs.conversionsB}/${c.inputs.visitorsB} ${c.inputs.alternative}`, c] as const))(
    'matches z, p-value, Wald interval and delta-method lift for %s',
    (_name, { inputs, expected }) => {
      const r = twoProportionTest(
        { conversions: inputs.conversionsA, visitors: inputs.visitorsA },
        { conversions: inputs.conversionsB, visitors: inputs.visitorsB },
        { alpha: inputs.alpha, alternative: inputs.alternative },
      );
      const rel = 1e-9;
      expectClose(r.diff, expected.diff, rel, 'diff', 1e-15);
      expectClose(r.sePooled, expected.sePooled, rel, 'pooled SE');
      expectClose(r.seUnpooled, expected.seUnpooled, rel, 'unpooled SE');
      expectClose(r.z, expected.z, rel, 'z');
      expectClose(r.pValue, expected.pValue, rel, 'p-value');
      expectClose(r.ci[0], expected.ci[0], rel, 'CI low', 1e-15);
      expectClose(r.ci[1], expected.ci[1], rel, 'CI high', 1e-15);
      expectClose(r.relative.lift, expected.lift, rel, 'lift', 1e-15);
      expectClose(r.relative.se, expected.liftSe, rel, 'lift SE');
      expectClose(r.relative.ci[0], expected.liftCi[0], rel, 'lift CI low', 1e-15);
      expectClose(r.relative.ci[1], expected.liftCi[1], rel, 'lift CI high', 1e-15);
    },
  );

  it('reports no evidence, not NaN, when neither arm converts', () => {
    const r = twoProportionTest({ conversions: 0, visitors: 100 }, { conversions: 0, visitors: 120 });
    expect(r.z).toBe(0);
    expect(r.pValue).toBe(1);
    expect(Number.isNaN(r.relative.lift)).toBe(true);
  });
});
