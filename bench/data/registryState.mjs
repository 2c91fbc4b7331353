// A full course state written straight into the app's IndexedDB (schema 2) from inside a page:
// `page.evaluate(seedRegistryState, { runs: 1000, models: 50 })`. Used by the registry browser
// bench and by the import/export end-to-end test. Self-contained (page.evaluate serialises it):
// values come from a seeded LCG, so every call writes the same records.
//
// Runs look like the labs' (params, metrics, seed, dataset hash, backend, curves for one lab in
// four); models are the Complaint classifier's default network on a 400-word vocabulary
// (400 × 32 + 32 × 16 + 16 × 5 weights and biases: 13,413 float32, 53,652 bytes) with lineage, a
// card, one evaluation and the stage history that leads to their stage (one production model).

/**
 * Writes `runs` runs and `models` models (metadata and artifacts); resolves when committed.
 * @param {{ runs: number, models: number }} counts
 * @returns {Promise<{ runs: number, models: number }>}
 */
export function seedRegistryState({ runs: runCount, models: modelCount }) {
  let state = 12345;
  const rand = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const labs = ['ab-test-lab', 'sales-forecast-lab', 'complaint-classifier-lab', 'peeking-trap'];
  const T0 = 1_764_000_000_000;
  const runs = Array.from({ length: runCount }, (_, i) => {
    const lab = labs[i % labs.length];
    /** @type {Record<string, unknown> & { createdAt: number, id: string, datasetVersion: string, seed: number, params: object, backend: string, metrics: Record<string, number> }} */
    const run = {
      id: `run-${String(i).padStart(4, '0')}`,
      lab,
      params: { size: 600 + (i % 7) * 100, noise: 0.1, hidden: '32-16', epochs: 6 },
      seed: i,
      datasetVersion: (0x1000000 + i * 7919).toString(16).padStart(16, '0'),
      metrics: { accuracy: rand(), macroF1: rand(), trainMs: 1000 * rand() },
      backend: ['cpu', 'wasm', 'webgl', 'js'][i % 4],
      durationMs: 5000 * rand(),
      createdAt: T0 + i * 60_000,
    };
    if (lab === 'complaint-classifier-lab') {
      run.model = 'neural-network';
      run.curves = { loss: Array.from({ length: 6 }, () => rand()), valAccuracy: Array.from({ length: 6 }, () => rand()) };
    }
    return run;
  });
  const shapes = [[400, 32], [32], [32, 16], [16], [16, 5], [5]];
  const floats = shapes.reduce((s, sh) => s + sh.reduce((p, d) => p * d, 1), 0);
  const stageOf = (/** @type {number} */ i) => (i === 0 ? 'production' : ['staging', 'none', 'archived', 'none'][(i - 1) % 4]);
  const models = Array.from({ length: modelCount }, (_, i) => {
    const run = runs[(i * 4 + 2) % runs.length];
    const at = run.createdAt + 1000;
    const stage = stageOf(i);
    const history = [];
    if (stage !== 'none') history.push({ from: 'none', to: 'staging', at: at + 20, evaluationId: `e-${i}` });
    if (stage === 'production' || stage === 'archived') history.push({ from: 'staging', to: 'production', at: at + 30, evaluationId: `e-${i}` });
    if (stage === 'archived') history.push({ from: 'production', to: 'archived', at: at + 40 });
    const weights = Float32Array.from({ length: floats }, () => rand() * 2 - 1);
    return {
      meta: {
        id: `model-${String(i).padStart(2, '0')}`,
        name: `Complaint classifier network 32-16 no. ${i}`,
        lab: 'complaint-classifier-lab',
        runId: run.id,
        stage,
        createdAt: at,
        sizeBytes: weights.byteLength,
        lineage: { datasetVersion: run.datasetVersion, seed: run.seed, params: run.params, backend: run.backend },
        metrics: { ...run.metrics },
        card: { intendedUse: `Teaching, model ${i}.`, data: 'Generated complaints.', limits: 'Toy vocabulary.' },
        evaluations: [{ id: `e-${i}`, at: at + 10, datasetVersion: run.datasetVersion, metrics: { accuracy: rand(), macroF1: 0.5 + rand() / 2 }, passed: true, summary: 'above-minimum' }],
        stageHistory: history,
      },
      artifacts: {
        id: `model-${String(i).padStart(2, '0')}`,
        topology: { class_name: 'Sequential', config: { name: `seq_${i}`, layers: [{ class_name: 'Dense', config: { units: 32 } }, { class_name: 'Dense', config: { units: 16 } }, { class_name: 'Dense', config: { units: 5 } }] } },
        weightSpecs: shapes.map((shape, k) => ({ name: `dense_${k >> 1}/${k % 2 ? 'bias' : 'kernel'}`, shape, dtype: 'float32' })),
        weightData: weights.buffer,
      },
    };
  });
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('ml-that-works');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['runs', 'models', 'modelArtifacts'], 'readwrite');
      for (const run of runs) tx.objectStore('runs').put(run);
      for (const m of models) {
        tx.objectStore('models').put(m.meta);
        tx.objectStore('modelArtifacts').put(m.artifacts);
      }
      tx.oncomplete = () => (db.close(), resolve({ runs: runs.length, models: models.length }));
      tx.onerror = () => (db.close(), reject(tx.error));
    };
  });
}
