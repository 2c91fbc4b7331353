import type { LabOptions } from '../complaint-classifier-lab/controller.svelte';
import type { BackendRequest } from '../../workers/protocol';
import { isBackendName } from '../../engine/training/backend-policy';
import { ReproduceError, capture, num, onAbort, throwIfCancelled, type Reproducer } from './reproducers';
import { bounded } from './refusals';
import { followedClient } from './followTraining';

/**
 * The Complaint classifier lab's runs, re-run from their record: the corpus from its seed, size and
 * noise (in the tree worker), then the decision tree, or the network trained in the TF.js worker on
 * the backend the run was recorded on (its seed fixes the initial weights and the batch order, so the
 * same backend gives the same numbers). A network's progress is its epochs; cancelling stops the tree fit
 * or the training. `workers` lets tests run both workers in process.
 */
export function complaintReproducer(workers: Pick<LabOptions, 'createTreeWorker' | 'createClient'> = {}): Reproducer {
  return async (run, options = {}) => {
    const [{ scenario }, { ComplaintLabController }, settings] = await Promise.all([
      import('../complaint-classifier-lab/index'),
      import('../complaint-classifier-lab/controller.svelte'),
      import('../complaint-classifier-lab/settings'),
    ]);
    const p = run.params;
    const network = run.model === 'neural-network';
    const units = network ? Number(String(p.hidden ?? '').split('-')[0]) : undefined;
    if (network) {
      if (!Number.isInteger(units) || settings.hiddenLayers(units!).join('-') !== p.hidden) throw new ReproduceError(`The lab cannot build hidden layers “${String(p.hidden)}”.`);
      if (p.batchSize !== settings.BATCH_SIZE || p.learningRate !== settings.LEARNING_RATE) throw new ReproduceError('The lab now trains with another batch size or learning rate than this run.');
      if (!isBackendName(run.backend)) throw new ReproduceError(`Unknown backend “${run.backend}”.`);
    }
    const values = bounded(scenario, {
      seed: run.seed,
      size: num(p, 'size'),
      noise: Math.round(num(p, 'noise') * 100),
      ...(network ? { units, epochs: num(p, 'epochs') } : { depth: num(p, 'maxDepth'), leaf: num(p, 'minSamplesLeaf') }),
    });
    throwIfCancelled(options.signal);
    const out = capture();
    const lab = new ComplaintLabController({
      ...workers,
      createClient: followedClient(workers.createClient, options),
      record: async (r) => (await out.record(r), undefined),
      backend: () => run.backend as BackendRequest,
      onCalibration: () => {},
      store: undefined,
    });
    const stopListening = onAbort(options.signal, () => lab.cancel());
    try {
      const corpus = await lab.setCorpus(settings.corpusSpec(values));
      throwIfCancelled(options.signal);
      if (!corpus) throw new ReproduceError(lab.error ?? 'The corpus could not be made.');
      if (network) await lab.trainNetwork(values);
      else await lab.trainTree(settings.treeSettings(values));
      throwIfCancelled(options.signal);
      if (lab.error || lab.net.notice) throw new ReproduceError(lab.error ?? lab.net.notice ?? '');
      return out.take();
    } finally {
      stopListening();
      lab.dispose();
    }
  };
}
