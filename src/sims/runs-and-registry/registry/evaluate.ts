import { accuracy, macroF1 } from '../../../engine/metrics/classification';
import { judge, type Verdict } from '../../../engine/registry/evaluation';
import type { ModelArtifact } from '../../../engine/training/types';
import type { ModelEvaluation, ModelRecord } from '../../../persistence/schema';
import { LAB_ID } from '../../complaint-classifier-lab/network.svelte';
import { specFromRun } from '../../complaint-classifier-lab/settings';
import type { CorpusResult, CorpusSpec } from '../../../workers/treeProtocol';

/** What evaluating needs: the lab's corpus (tree worker) and a network to load and predict with (training worker). */
export interface EvaluationTools {
  corpus(spec: CorpusSpec): Promise<CorpusResult>;
  load(artifact: ModelArtifact): Promise<{ inputDim: number }>;
  predict(x: Float32Array, rows: number, cols: number): Promise<{ classes: Int32Array | number[] | Uint8Array }>;
}

/** Why a model could not be scored at all (nothing is recorded then). */
export type EvaluationProblem = 'unsupported' | 'no-lineage' | 'shape-mismatch';

/** The recorded evaluation, with the verdict and where the baseline came from, for the screen. */
export type EvaluationOutcome =
  | { ok: true; evaluation: ModelEvaluation; verdict: Verdict; baselineSource: 'scored' | 'recorded' | null }
  | { ok: false; problem: EvaluationProblem };

const artifactOf = (m: ModelRecord): ModelArtifact => ({ topology: m.topology as object, weightSpecs: m.weightSpecs as ModelArtifact['weightSpecs'], weightData: m.weightData });

/** Accuracy and macro-F1 (fractions) of the loaded network on the corpus's holdout. */
async function scoreOn(tools: EvaluationTools, model: ModelRecord, corpus: CorpusResult): Promise<Record<string, number> | null> {
  const info = await tools.load(artifactOf(model));
  if (info.inputDim !== corpus.cols) return null;
  const { holdout, cols, categories } = corpus;
  const { classes } = await tools.predict(holdout.x, holdout.rows, cols);
  return { accuracy: accuracy(holdout.y, classes), macroF1: macroF1(holdout.y, classes, categories.length) };
}

/**
 * Evaluates a saved Complaint classifier network on its lab's holdout: the corpus is
 * rebuilt from the model's lineage (seed, size, noise), the network is loaded into the
 * training worker and predicts every holdout complaint; accuracy and macro-F1 are the
 * fractions `engine/metrics/classification` computes. The lab's production model
 * (`production`, another model) is the baseline: scored on the same holdout when it
 * was trained on the same dataset version, otherwise its newest passing evaluation
 * (or, without one, its training run's holdout scores) stands in. `judge` decides pass/fail. Baseline values go into the metrics as
 * `baselineAccuracy` / `baselineMacroF1`.
 */
export async function evaluateNetwork(tools: EvaluationTools, model: ModelRecord, production: ModelRecord | null, at: number, id: string): Promise<EvaluationOutcome> {
  if (model.lab !== LAB_ID) return { ok: false, problem: 'unsupported' };
  const spec = model.lineage ? specFromRun(model.lineage) : null;
  if (!model.lineage || !spec) return { ok: false, problem: 'no-lineage' };
  const corpus = await tools.corpus(spec);
  const metrics = await scoreOn(tools, model, corpus);
  if (!metrics) return { ok: false, problem: 'shape-mismatch' };

  let baseline: Record<string, number> | null = null;
  let baselineSource: 'scored' | 'recorded' | null = null;
  const other = production && production.id !== model.id ? production : null;
  if (other) {
    if (other.lineage?.datasetVersion === corpus.datasetVersion) {
      baseline = await scoreOn(tools, other, corpus);
      baselineSource = baseline ? 'scored' : null;
    }
    if (!baseline) {
      const recorded = [...other.evaluations].reverse().find((e) => e.passed);
      const source = recorded?.metrics ?? other.metrics; // else the holdout scores of its training run
      baseline = Number.isFinite(source.macroF1) ? { accuracy: source.accuracy, macroF1: source.macroF1 } : null;
      baselineSource = baseline ? 'recorded' : null;
    }
  }
  const verdict = judge(metrics, baseline);
  const all: Record<string, number> = { ...metrics };
  if (baseline) for (const [k, value] of Object.entries(baseline)) if (Number.isFinite(value)) all[`baseline${k[0].toUpperCase()}${k.slice(1)}`] = value;
  const evaluation: ModelEvaluation = {
    id,
    at,
    datasetVersion: corpus.datasetVersion,
    metrics: all,
    ...(other ? { baselineModelId: other.id } : {}),
    passed: verdict.passed,
    summary: verdict.reason,
  };
  return { ok: true, evaluation, verdict, baselineSource };
}
