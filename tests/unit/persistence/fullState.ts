import { createRng } from '../../../src/engine/random/rng';
import type { ModelRecord, ModelStage, RunRecord } from '../../../src/persistence/schema';

const LABS = ['ab-test-lab', 'sales-forecast-lab', 'complaint-classifier-lab', 'peeking-trap'];

/**
 * `n` runs as the labs record them: params, metrics, seeds, content hashes, backends,
 * demo flags and ten-epoch curves (seeded, so every call gives the same runs).
 */
export function manyRuns(n: number, seed = 1): RunRecord[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const lab = LABS[i % LABS.length];
    const run: RunRecord = {
      id: `run-${String(i).padStart(4, '0')}`,
      lab,
      model: i % 3 === 0 ? 'neural-network' : undefined,
      params: { size: 2000 + (i % 7) * 100, noise: 0.1, hidden: '32-16', sequential: i % 2 === 0 },
      seed: i,
      datasetVersion: (0x1000000 + i * 7919).toString(16).padStart(16, '0'),
      metrics: { accuracy: rng(), macroF1: rng(), trainMs: 1000 * rng() },
      backend: ['cpu', 'wasm', 'webgl', 'js'][i % 4],
      durationMs: 5000 * rng(),
      createdAt: 1_764_000_000_000 + i * 60_000,
    };
    if (i % 5 === 0) run.demo = true;
    if (lab === 'complaint-classifier-lab') run.curves = { loss: Array.from({ length: 10 }, () => rng()), valAccuracy: Array.from({ length: 10 }, () => rng()) };
    if (run.model === undefined) delete run.model;
    return run;
  });
}

/** Model 0 in production, then staging, none, archived, none, staging… (one production model, as the registry allows). */
function stageOf(i: number): ModelStage {
  if (i === 0) return 'production';
  return (['staging', 'none', 'archived', 'none'] as const)[(i - 1) % 4];
}

/**
 * `n` saved networks of realistic size: the lab's default network on a 400-word
 * vocabulary (400 × 32 + 32 × 16 + 16 × 5 weights and biases, 13,413 float32 = 53,652 bytes),
 * each with a card, evaluations and stage history; seeded weights.
 */
export function manyModels(n: number, runs: readonly RunRecord[], seed = 2): ModelRecord[] {
  const rng = createRng(seed);
  const shapes = [[400, 32], [32], [32, 16], [16], [16, 5], [5]];
  const weightSpecs = shapes.map((shape, k) => ({ name: `dense_${k >> 1}/${k % 2 ? 'bias' : 'kernel'}`, shape, dtype: 'float32' }));
  const floats = shapes.reduce((s, sh) => s + sh.reduce((p, d) => p * d, 1), 0);
  return Array.from({ length: n }, (_, i) => {
    const run = runs[(i * 4 + 2) % runs.length];
    const weights = Float32Array.from({ length: floats }, () => rng() * 2 - 1);
    const at = run.createdAt + 1000;
    return {
      id: `model-${String(i).padStart(2, '0')}`,
      name: `Complaint classifier network 32-16 #${i} — “café”`,
      lab: 'complaint-classifier-lab',
      runId: i % 4 === 3 ? '' : run.id,
      stage: stageOf(i),
      createdAt: at,
      topology: { class_name: 'Sequential', config: { name: `seq_${i}`, layers: shapes.filter((s) => s.length === 2).map((s) => ({ class_name: 'Dense', config: { units: s[1] } })) } },
      weightSpecs,
      weightData: weights.buffer,
      sizeBytes: weights.byteLength,
      lineage: i % 4 === 3 ? null : { datasetVersion: run.datasetVersion, seed: run.seed, params: run.params, backend: run.backend },
      metrics: { ...run.metrics },
      card: { intendedUse: `Teaching ${i}.`, data: 'Generated complaints.', limits: i % 2 ? '' : 'Toy vocabulary; 😀 not real.' },
      evaluations: [{ id: `e-${i}`, at: at + 10, datasetVersion: run.datasetVersion, metrics: { macroF1: rng() }, passed: i % 5 !== 4, summary: 'passed', ...(i > 0 ? { baselineModelId: 'model-00' } : {}) }],
      stageHistory: stageOf(i) === 'none' ? [] : [{ from: 'none', to: 'staging', at: at + 20, evaluationId: `e-${i}` }, ...(stageOf(i) === 'staging' ? [] : [{ from: 'staging' as const, to: 'production' as const, at: at + 30, evaluationId: `e-${i}` }]), ...(stageOf(i) === 'archived' ? [{ from: 'production' as const, to: 'archived' as const, at: at + 40 }] : [])],
    };
  });
}
