/**
 * The Pilot stores lab's requests to the models worker (see modelsProtocol.ts,
 * which carries them): forecast a range of the seeded chain's stores with a set
 * of features, and score each store's forecast year. Imports only types and the
 * engine's constants, so the page can load it without an engine.
 */
import type { FeatureSet } from '../engine/pilot-stores/forecast';
import { STORE_COUNT, type StoreScore } from '../engine/pilot-stores/rule';
import { MAX_SEED } from '../lib/scenario';
import { isRecord } from './bounds';
import type { Clamp, Validation } from './jobs';

export type { FeatureSet } from '../engine/pilot-stores/forecast';

/** Forecast stores [from, to) of the chain generated from `seed`, with these features. */
export interface PilotJob {
  seed: number;
  features: FeatureSet;
  from: number;
  to: number;
}

/** One store's scores and its forecast year (52 weeks, units). */
export interface PilotStoreResult extends StoreScore {
  forecast: Float64Array;
  /** What the store actually sold in those weeks. */
  actual: Float64Array;
}

/** A finished pilot job. */
export interface PilotResult {
  /** contentHash of every store's weekly units (FNV-1a 64, 16 hex digits). */
  datasetVersion: string;
  /** The job as run (after clamping). */
  job: PilotJob;
  /** One per store in [from, to), with the job's features. */
  results: PilotStoreResult[];
  /** ISO date (YYYY-MM-DD) of the Monday starting the first forecast week. */
  firstWeek: string;
  /** Wall time of the fits and scores, ms. */
  fitMs: number;
  clamped: Clamp[];
  /** Wall time in the worker for the whole request, ms. */
  durationMs: number;
}

/**
 * Checks a pilot job from an untrusted sender: the seed is clamped to
 * [0, MAX_SEED] and rounded (a missing or unreadable one becomes 0 and is
 * reported); each feature is on only when it is exactly `true`; from and to
 * are rounded and must satisfy 0 ≤ from < to ≤ STORE_COUNT, or the job is refused.
 */
export function validatePilotJob(job: unknown): Validation<PilotJob> {
  if (!isRecord(job)) return { ok: false, error: 'The pilot job is missing.' };
  const clamped: Clamp[] = [];
  const raw = job.seed;
  let seed = typeof raw === 'number' && Number.isFinite(raw) ? Math.min(MAX_SEED, Math.max(0, Math.round(raw))) : 0;
  if (Object.is(seed, -0)) seed = 0;
  if (seed !== raw) clamped.push({ field: 'seed', requested: typeof raw === 'number' ? raw : NaN, used: seed });
  const f = isRecord(job.features) ? job.features : {};
  const features: FeatureSet = { season: f.season === true, localHoliday: f.localHoliday === true, promo: f.promo === true };
  const from = typeof job.from === 'number' ? Math.round(job.from) : NaN;
  const to = typeof job.to === 'number' ? Math.round(job.to) : NaN;
  if (!(from >= 0 && from < to && to <= STORE_COUNT)) {
    return { ok: false, error: `from and to must satisfy 0 ≤ from < to ≤ ${STORE_COUNT}.` };
  }
  return { ok: true, value: { seed, features, from, to }, clamped };
}
