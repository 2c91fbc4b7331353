import type { Repository, ModelSummary } from '../../../persistence/repository';
import { backendPreference } from '../../../state/backendPreference.svelte';
import { TrainingClient } from '../../../state/training.svelte';
import { TreeClient } from '../../complaint-classifier-lab/tree-client';
import { randomId } from '../../../lib/id';
import { evaluateNetwork, type EvaluationOutcome } from './evaluate';

/**
 * Scores a saved network on its holdout with the lab's own workers (corpus in the
 * tree worker, prediction in the TF.js training worker on the learner's backend),
 * then lets both workers go. Loaded on the first "Evaluate" (appDeps), not with the page.
 */
export async function evaluateWithWorkers(repo: Repository, summary: ModelSummary, production: ModelSummary | null): Promise<EvaluationOutcome> {
  const [model, prod] = await Promise.all([repo.getModel(summary.id), production ? repo.getModel(production.id) : undefined]);
  if (!model) throw new Error('the model is no longer saved on this device.');
  await backendPreference.load();
  const trees = new TreeClient();
  const client = new TrainingClient({ backend: backendPreference.request() });
  try {
    return await evaluateNetwork(
      { corpus: (spec) => trees.request({ type: 'corpus', spec }), load: (a) => client.load(a), predict: (x, rows, cols) => client.predict(x, rows, cols) },
      model,
      prod ?? null,
      Date.now(),
      randomId(),
    );
  } finally {
    trees.dispose();
    client.dispose();
  }
}
