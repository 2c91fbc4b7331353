import { canonicalJson } from '../../lib/hash';
import type { ScenarioValues } from '../../lib/scenario';
import type { SalesDataSpec, SalesJob, SalesModel } from '../../workers/modelsProtocol';
import type { SalesScenarioParams } from './index';

export type SalesValues = ScenarioValues<SalesScenarioParams>;

/** The data part of a scenario, as the worker reads it (percent → fraction). */
export function dataSpec(v: SalesValues): SalesDataSpec {
  return { seed: v.seed, years: v.years, noise: v.noise / 100, promoRate: v.promo / 100 };
}

/** The fit job a Train button sends for this scenario. */
export function jobFor(model: SalesModel, v: SalesValues): SalesJob {
  const data = dataSpec(v);
  if (model === 'linear-regression') return { model, data, settings: { fourierK: v.k } };
  return {
    model,
    data,
    settings: {
      nEstimators: v.trees,
      learningRate: v.rate,
      maxDepth: v.depth,
      minSamplesLeaf: v.leaf,
      subsample: v.sub,
      fourierK: v.bk,
      seasonalLag: v.lag,
    },
  };
}

/** True when two jobs fit the same model on the same data with the same knobs. */
export function sameJob(a: SalesJob, b: SalesJob): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** The run record's params: the data settings, the holdout length and every knob of the job. */
export function runParams(job: SalesJob, holdoutWeeks: number): Record<string, number | boolean> {
  const { years, noise, promoRate } = job.data;
  return { years, noise, promoRate, holdoutWeeks, ...job.settings };
}
