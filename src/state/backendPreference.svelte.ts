import { BACKEND_NAMES, chooseBackend, isBackendName, type BackendName, type BackendTiming } from '../engine/training/backend-policy';
import type { BackendRequest } from '../workers/protocol';
import { appStorage } from './storage.svelte';
import { TrainingClient } from './training.svelte';

/** What the learner chose in Settings: a backend, or 'auto' (the fastest measured, never software WebGL). */
export type BackendPreference = 'auto' | BackendName;

/** Settings keys (JSON values in the settings store, carried by export/import). */
export const BACKEND_SETTING_KEY = 'training.backend';
export const CALIBRATION_SETTING_KEY = 'training.calibration';

/** The last calibration on this browser: what each backend took and which one 'auto' picks. */
export interface CalibrationRecord {
  timings: BackendTiming[];
  chosen: BackendName;
  /** Epoch ms. */
  measuredAt: number;
  /** navigator.userAgent when measured: a calibration imported from another browser is not reused. */
  device: string;
}

/** Reads a stored preference; anything unknown (a hostile import included) is 'auto'. */
export function parsePreference(value: unknown): BackendPreference {
  return value === 'auto' || isBackendName(value) ? value : 'auto';
}

const MAX_TEXT = 200;
const text = (v: unknown): string | null => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : null);

function parseTiming(v: unknown): BackendTiming | null {
  if (typeof v !== 'object' || v === null) return null;
  const t = v as Record<string, unknown>;
  if (!isBackendName(t.backend)) return null;
  const ms = typeof t.ms === 'number' && Number.isFinite(t.ms) && t.ms >= 0 ? t.ms : null;
  const out: BackendTiming = { backend: t.backend, ms };
  if (t.renderer !== undefined) out.renderer = text(t.renderer);
  if (t.software !== undefined) out.software = t.software === true;
  const skipped = text(t.skipped);
  if (skipped) out.skipped = skipped;
  return out;
}

/**
 * Reads a stored calibration, keeping only well-formed timings (one per backend at
 * most, strings cut to 200 characters) and re-deriving `chosen` from them with
 * chooseBackend, so a tampered record can never make software WebGL the automatic
 * choice. Null when nothing usable is stored.
 */
export function parseCalibration(value: unknown): CalibrationRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (!Array.isArray(r.timings)) return null;
  const timings: BackendTiming[] = [];
  for (const raw of r.timings.slice(0, BACKEND_NAMES.length * 2)) {
    const t = parseTiming(raw);
    if (t && !timings.some((x) => x.backend === t.backend)) timings.push(t);
  }
  if (timings.length === 0) return null;
  const measuredAt = typeof r.measuredAt === 'number' && Number.isFinite(r.measuredAt) ? r.measuredAt : 0;
  return { timings, chosen: chooseBackend(timings), measuredAt, device: text(r.device) ?? '' };
}

/** A calibration record for timings just measured on this device. */
export function calibrationRecord(timings: BackendTiming[], device: string, now: number): CalibrationRecord {
  return { timings: timings.map((t) => ({ ...t })), chosen: chooseBackend(timings), measuredAt: now, device };
}

/**
 * The backend a training worker should start with: the learner's explicit choice;
 * for 'auto', the choice of a calibration measured on this same browser (skipping a
 * 3–6 s calibration); else 'auto', which makes the worker calibrate.
 */
export function backendRequest(preference: BackendPreference, calibration: CalibrationRecord | null, device: string): BackendRequest {
  if (preference !== 'auto') return preference;
  return calibration && calibration.device === device ? calibration.chosen : 'auto';
}

const currentDevice = () => (typeof navigator === 'undefined' ? '' : navigator.userAgent);

/**
 * The training-backend setting, shared by every lab that trains with TF.js and by
 * the Settings page: the learner's preference and the cached calibration, both
 * persisted in the settings store and reloaded when another tab or an import
 * changes them.
 */
class BackendPreferenceState {
  preference = $state<BackendPreference>('auto');
  calibration = $state.raw<CalibrationRecord | null>(null);
  loaded = $state(false);
  /** A "Measure again" calibration is running. */
  measuring = $state(false);
  measureFailed = $state(false);

  #loading: Promise<void> | null = null;
  /** Counts local changes, so a read that started before one does not undo it. */
  #changes = 0;

  constructor() {
    appStorage.onChange((kind) => {
      if (kind === 'all' || kind === 'settings') void this.load(true);
    });
  }

  /** Reads both settings (once, unless `force`). */
  load(force = false): Promise<void> {
    if (!this.#loading || force) {
      this.#loading = (async () => {
        const repo = appStorage.repo;
        const changes = this.#changes;
        const [preference, calibration] = await Promise.all([repo.getSetting(BACKEND_SETTING_KEY), repo.getSetting(CALIBRATION_SETTING_KEY)]);
        if (changes === this.#changes) {
          this.preference = parsePreference(preference);
          this.calibration = parseCalibration(calibration);
        }
        this.loaded = true;
      })().catch(() => {
        this.loaded = true; // storage trouble is reported by the app's banners; defaults apply
      });
    }
    return this.#loading;
  }

  /** The backend to start a training worker with (see {@link backendRequest}). */
  request(): BackendRequest {
    return backendRequest(this.preference, this.calibration, currentDevice());
  }

  async setPreference(preference: BackendPreference): Promise<void> {
    this.#changes++;
    this.preference = parsePreference(preference);
    await appStorage.write((repo) => repo.putSetting(BACKEND_SETTING_KEY, this.preference));
  }

  /** Caches a calibration a worker just ran (with backend 'auto'), so the next start skips it. */
  async recordCalibration(timings: BackendTiming[]): Promise<void> {
    this.#changes++;
    this.calibration = calibrationRecord(timings, currentDevice(), Date.now());
    const stored = this.calibration;
    await appStorage.write((repo) => repo.putSetting(CALIBRATION_SETTING_KEY, stored));
  }

  /** Runs a fresh calibration in its own short-lived worker and caches it ("Measure again"). */
  async measure(createClient: () => TrainingClient = () => new TrainingClient({ backend: 'auto' })): Promise<void> {
    if (this.measuring) return;
    this.measuring = true;
    this.measureFailed = false;
    const client = createClient();
    try {
      await client.init();
      if (client.calibration) await this.recordCalibration(client.calibration);
      else this.measureFailed = true;
    } catch {
      this.measureFailed = true;
    } finally {
      client.dispose();
      this.measuring = false;
    }
  }
}

export const backendPreference = new BackendPreferenceState();
