/**
 * Backend choice as pure policy: no TF.js import, so the page, the worker and the
 * tests can all reason about backends without loading the library.
 */

/** A TF.js backend this app can run on. */
export type BackendName = 'webgl' | 'wasm' | 'cpu';

/** Every backend, in the order they are tried and reported. */
export const BACKEND_NAMES: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

/** True when x names a backend this app supports. */
export function isBackendName(x: unknown): x is BackendName {
  return typeof x === 'string' && (BACKEND_NAMES as readonly string[]).includes(x);
}

/** One backend's result in a calibration run. */
export interface BackendTiming {
  backend: BackendName;
  /** Median wall-clock time of the calibration workload in ms, or null when not timed. */
  ms: number | null;
  /** WebGL only: the renderer string reported by the GPU driver. */
  renderer?: string | null;
  /** WebGL only: the renderer is a CPU emulation of a GPU (SwiftShader, llvmpipe…). */
  software?: boolean;
  /** Why this backend was not timed or failed: 'unavailable', 'software-renderer', or an error message. */
  skipped?: string;
}

const SOFTWARE_RENDERERS = [/swiftshader/i, /llvmpipe/i, /softpipe/i, /software/i, /microsoft basic render/i];

/**
 * True when a WebGL renderer string names a software rasteriser (SwiftShader,
 * llvmpipe, softpipe, "Software", Microsoft Basic Render Driver). Such "GPUs"
 * run shaders on the CPU and train about ten times slower than the cpu backend.
 */
export function isSoftwareRenderer(renderer: string | null | undefined): boolean {
  if (!renderer) return false;
  return SOFTWARE_RENDERERS.some((re) => re.test(renderer));
}

/** True when this timing may be picked automatically: it ran, and it is not software WebGL. */
export function isEligible(t: BackendTiming): boolean {
  if (t.ms === null || !Number.isFinite(t.ms) || t.ms < 0 || t.skipped) return false;
  if (t.backend === 'webgl' && (t.software || isSoftwareRenderer(t.renderer))) return false;
  return true;
}

/**
 * Picks the fastest eligible backend from a calibration. A software WebGL renderer
 * is never picked, however fast it timed. Ties go to the earlier entry of
 * BACKEND_NAMES. With nothing eligible the answer is 'cpu', which always exists.
 */
export function chooseBackend(timings: readonly BackendTiming[]): BackendName {
  let best: BackendTiming | null = null;
  for (const t of timings) {
    if (!isEligible(t)) continue;
    if (
      best === null ||
      (t.ms as number) < (best.ms as number) ||
      ((t.ms as number) === best.ms && BACKEND_NAMES.indexOf(t.backend) < BACKEND_NAMES.indexOf(best.backend))
    ) {
      best = t;
    }
  }
  return best?.backend ?? 'cpu';
}
