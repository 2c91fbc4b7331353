import { boolParam, defineScenario, enumParam, intParam, numberParam } from '../../lib/scenario';
import { analyzerMessages as m } from '../../messages/ab-test-analyzer';
import { MAX_COUNT } from './validate';

/**
 * The analyzer's inputs, kept in the URL so a result can be shared. Bounds match the field checks
 * (validate.ts): counts up to 10⁹, the share of B strictly inside (0, 100), means and SDs to 10⁻⁶.
 */
export const scenario = defineScenario('abtest', {
  kpi: enumParam(m.kpi, ['conversion', 'continuous'] as const, 'conversion'),
  visitorsA: intParam(m.visitorsA, 1, MAX_COUNT, 10_000),
  conversionsA: intParam(m.conversionsA, 0, MAX_COUNT, 500),
  visitorsB: intParam(m.visitorsB, 1, MAX_COUNT, 10_000),
  conversionsB: intParam(m.conversionsB, 0, MAX_COUNT, 560),
  share: numberParam(m.share, 0.01, 99.99, 50, 0.01),
  meanA: numberParam(m.meanA, -MAX_COUNT, MAX_COUNT, 52, 0.000001),
  sdA: numberParam(m.sdA, 0, MAX_COUNT, 40, 0.000001),
  meanB: numberParam(m.meanB, -MAX_COUNT, MAX_COUNT, 54.1, 0.000001),
  sdB: numberParam(m.sdB, 0, MAX_COUNT, 41, 0.000001),
  early: boolParam(m.early, false),
});
export { default as component } from './AbTestAnalyzer.svelte';
