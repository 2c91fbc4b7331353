import type { WorkerLike } from '../../state/models-client';
import { SALES_MODELS, type SalesModel } from '../../workers/modelsProtocol';
import { runsMessages } from '../../messages/runs-and-registry';
import { bool, capture, num, onAbort, ReproduceError, throwIfCancelled, type Reproducer } from './reproducers';
import { exactly, sameParams, takeAsRecorded, wholePercent } from './refusals';

/**
 * The Sales forecast lab's runs, re-run from their record: the seeded weekly series from its seed,
 * years, noise and promotion rate, and the same model with the same knobs, fitted by the lab's
 * controller in the models worker (pure TypeScript, so any device gives the same numbers).
 * Cancelling stops the fit (the worker is terminated). `createWorker` lets tests run the worker in process.
 */
export function salesReproducer(createWorker?: () => WorkerLike): Reproducer {
  return async (run, options = {}) => {
    const [{ scenario }, { SalesForecastController }, { jobFor, runParams }] = await Promise.all([
      import('../sales-forecast-lab/index'),
      import('../sales-forecast-lab/controller.svelte'),
      import('../sales-forecast-lab/settings'),
    ]);
    const model = run.model as SalesModel;
    if (!SALES_MODELS.includes(model)) throw new ReproduceError(runsMessages.refuse.unknownModel(String(run.model)));
    const p = run.params;
    const data = { seed: run.seed, years: num(p, 'years'), noise: wholePercent(p, 'noise'), promo: wholePercent(p, 'promoRate') };
    const knobs =
      model === 'linear-regression'
        ? { k: num(p, 'fourierK') }
        : {
            trees: num(p, 'nEstimators'),
            rate: num(p, 'learningRate'),
            depth: num(p, 'maxDepth'),
            leaf: num(p, 'minSamplesLeaf'),
            sub: num(p, 'subsample'),
            bk: num(p, 'fourierK'),
            lag: bool(p, 'seasonalLag'),
          };
    const job = jobFor(model, exactly(scenario, { ...data, ...knobs }));
    // Refused before fitting: a record naming a knob the model lacks (the holdout is checked after).
    sameParams(p, runParams(job, num(p, 'holdoutWeeks')));
    const out = capture();
    throwIfCancelled(options.signal);
    const lab = new SalesForecastController({ createWorker, record: out.record });
    const stopListening = onAbort(options.signal, () => lab.cancel());
    try {
      const fitted = await lab.train(job);
      throwIfCancelled(options.signal);
      if (!fitted) throw new ReproduceError(lab.error ?? lab.message);
      return takeAsRecorded(out.take, p);
    } finally {
      stopListening();
      lab.dispose();
    }
  };
}
