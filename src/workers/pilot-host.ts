import { forecastStore } from '../engine/pilot-stores/forecast';
import { generateStores, TRAIN_WEEKS, type Store } from '../engine/pilot-stores/stores';
import { contentHash } from '../lib/hash';
import type { PilotJob, PilotResult } from './pilotProtocol';

let cached: { seed: number; stores: Store[]; datasetVersion: string } | null = null;

/** The chain for a seed with its dataset version (contentHash of every store's units, in order); the last chain is kept. */
export function chainFor(seed: number): { stores: Store[]; datasetVersion: string } {
  if (cached?.seed === seed) return cached;
  const stores = generateStores(seed);
  const all = new Float64Array(stores.reduce((n, s) => n + s.series.weeks, 0));
  let o = 0;
  for (const s of stores) {
    all.set(s.series.units, o);
    o += s.series.weeks;
  }
  cached = { seed, stores, datasetVersion: contentHash(all) };
  return cached;
}

/**
 * Runs a validated pilot job: fits each store in [from, to) on its own three
 * training years with the job's features (forecastStore) and scores its
 * forecast year. fitMs is the wall time of the fits (chain generation excluded).
 */
export function runPilotJob(job: PilotJob): Omit<PilotResult, 'clamped' | 'durationMs'> {
  const { stores, datasetVersion } = chainFor(job.seed);
  const t0 = performance.now();
  const results = stores.slice(job.from, job.to).map((store) => {
    const r = forecastStore(store, job.features);
    return { ...r, actual: Float64Array.from(store.series.units.subarray(TRAIN_WEEKS)) };
  });
  return { datasetVersion, job, results, firstWeek: stores[0].series.date[TRAIN_WEEKS], fitMs: performance.now() - t0 };
}
