import { boolParam, defineScenario, intParam, numberParam, seedParam } from '../../lib/scenario';
import { SALES_JOB_BOUNDS as B } from '../../workers/modelsProtocol';
import { salesForecastMessages as m } from '../../messages/sales-forecast-lab';

/**
 * The Sales forecast lab's scenario: the data (seed, years, noise and promotion
 * rate, in percent) and every model knob, so a shared link reproduces the fits.
 * Bounds are the worker's (SALES_JOB_BOUNDS); noise and promotions are in percent here.
 */
export const scenario = defineScenario('sf', {
  seed: seedParam(B.seed.default),
  years: intParam(m.data.years, B.years.min, B.years.max, B.years.default),
  noise: intParam(m.data.noiseLabel, B.noise.min * 100, B.noise.max * 100, B.noise.default * 100),
  promo: intParam(m.data.promoLabel, B.promoRate.min * 100, B.promoRate.max * 100, B.promoRate.default * 100),
  k: intParam(m.knobs.linearK, B.linearFourierK.min, B.linearFourierK.max, B.linearFourierK.default),
  trees: intParam(m.knobs.trees, B.nEstimators.min, B.nEstimators.max, B.nEstimators.default),
  rate: numberParam(m.knobs.rate, B.learningRate.min, B.learningRate.max, B.learningRate.default, 0.005),
  depth: intParam(m.knobs.depth, B.maxDepth.min, B.maxDepth.max, B.maxDepth.default),
  leaf: intParam(m.knobs.leaf, B.minSamplesLeaf.min, B.minSamplesLeaf.max, B.minSamplesLeaf.default),
  sub: numberParam(m.knobs.subsample, B.subsample.min, B.subsample.max, B.subsample.default, 0.05),
  bk: intParam(m.knobs.ensembleK, B.fourierK.min, B.fourierK.max, B.fourierK.default),
  lag: boolParam(m.knobs.lag, false),
});

export type SalesScenarioParams = (typeof scenario)['params'];
export { default as component } from './SalesForecastLab.svelte';
