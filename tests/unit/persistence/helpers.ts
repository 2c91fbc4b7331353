import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { connect, type Connection } from '../../../src/persistence/connection';
import type { OpenOptions } from '../../../src/persistence/open';
import type { Repository } from '../../../src/persistence/repository';
import type { ExportData, ModelRecord, RunRecord } from '../../../src/persistence/schema';

/** Gives the test its own empty IndexedDB (call in beforeEach). */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** Opens a Connection or fails the test. */
export async function openConnection(options: OpenOptions = {}): Promise<Connection> {
  const result = await connect(options);
  if (!result.ok) throw new Error(`open failed: ${result.reason}`);
  return result.connection;
}

/** A fixed clock that advances by one millisecond per call. */
export function steppingClock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => t++;
}

/** A run with sensible defaults. */
export function makeRun(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    id: 'run-1',
    lab: 'ab-test-lab',
    params: { baseline: 5, kpi: 'conversion', sequential: false },
    seed: 42,
    datasetVersion: '0123456789abcdef',
    metrics: { lift: 0.12, pValue: 0.03 },
    backend: 'js',
    durationMs: 12.5,
    createdAt: 1_700_000_000_000,
    ...overrides,
  };
}

/** A tiny model with four bytes of weights. */
export function makeModel(overrides: Partial<ModelRecord> = {}): ModelRecord {
  return {
    id: 'model-1',
    name: 'churn tree',
    lab: 'training-lab',
    runId: 'run-1',
    stage: 'none',
    createdAt: 1_700_000_000_000,
    topology: { layers: [{ units: 2 }] },
    weightSpecs: [{ name: 'w', shape: [1], dtype: 'float32' }],
    weightData: new Uint8Array([1, 2, 3, 4]).buffer,
    sizeBytes: 4,
    lineage: { datasetVersion: '0123456789abcdef', seed: 42, params: { hidden: '16-16' }, backend: 'cpu' },
    metrics: { accuracy: 0.9 },
    card: { intendedUse: 'Teaching.', data: 'Synthetic complaints.', limits: 'Not for real decisions.' },
    evaluations: [],
    stageHistory: [],
    ...overrides,
  };
}

/** Exportable data touching every store. */
export function sampleData(): ExportData {
  return {
    progress: [
      { slug: 'experiments', completedSections: ['intro', 'power'], lastSection: 'power', updatedAt: 1_700_000_000_100 },
      { slug: 'monitoring', completedSections: [], lastSection: null, updatedAt: 1_700_000_000_200 },
    ],
    answers: [{ checkId: 'experiments-q1', lessonSlug: 'experiments', choice: 2, correct: true, answeredAt: 1_700_000_000_300 }],
    interactives: [{ id: 'role-sorter', state: { placed: { a: 'ds', b: ['mle', null] } }, updatedAt: 1_700_000_000_400 }],
    settings: [
      { key: 'theme', value: 'dark' },
      { key: 'reducedMotion', value: true },
    ],
    runs: [makeRun(), makeRun({ id: 'run-2', lab: 'training-lab', model: 'mlp', createdAt: 1_700_000_000_500 })],
    reviews: [
      { id: 'experiments-q1@1700000000300', checkId: 'experiments-q1', lessonSlug: 'experiments', correct: true, at: 1_700_000_000_300, source: 'check' },
      { id: 'r-2', checkId: 'experiments-q1', lessonSlug: 'experiments', correct: false, at: 1_700_086_400_000, source: 'review' },
    ],
    assessments: [
      {
        id: 'experiments:pre',
        lessonSlug: 'experiments',
        phase: 'pre',
        answers: [{ questionId: 'experiments-pre-1', choice: 1, correct: false }],
        score: 0,
        total: 1,
        at: 1_700_000_000_050,
      },
    ],
  };
}

/** Everything a repository holds, models' bytes included, as plain comparable data. */
export async function snapshot(repo: Repository) {
  const summaries = await repo.listModels();
  const models = await Promise.all(summaries.map((s) => repo.getModel(s.id)));
  return {
    data: await repo.exportAll(),
    models: models.map((m) => m && { ...m, weightData: Array.from(new Uint8Array(m.weightData)) }),
  };
}

/** Fills a repository with `sampleData()` and one model. */
export async function populate(repo: Repository): Promise<void> {
  await repo.importAll(sampleData());
  await repo.putModel(makeModel());
}
