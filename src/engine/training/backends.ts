import * as tf from '@tensorflow/tfjs';
import { chooseBackend, isSoftwareRenderer, type BackendName, type BackendTiming } from './backend-policy';
import { TrainingError } from './errors';
import { buildMlp } from './mlp';
import { WASM_FILES } from './wasm-paths';

/** The backend TF.js is running on, and for WebGL which renderer draws it. */
export interface BackendInfo {
  backend: BackendName;
  renderer: string | null;
  software: boolean;
}

/** Whether WebGL2 can be used here, probed on a throwaway context (then released). */
export interface WebglProbe {
  available: boolean;
  renderer: string | null;
  software: boolean;
}

let wasmReady: Promise<void> | null = null;

/** Loads the wasm backend's code (a separate chunk) and points it at our own copies of the binaries, once. */
function registerWasm(): Promise<void> {
  wasmReady ??= import('@tensorflow/tfjs-backend-wasm').then((wasm) => wasm.setWasmPaths({ ...WASM_FILES }));
  return wasmReady;
}

/**
 * Switches TF.js to the named backend and waits until it is ready. For wasm the
 * binaries come from our origin (setWasmPaths with Vite `?url` assets). Throws
 * TrainingError('backend-unavailable') when the backend cannot start here.
 */
export async function initBackend(name: BackendName): Promise<BackendInfo> {
  try {
    if (name === 'wasm') await registerWasm();
    if (name === 'webgl' && !probeWebgl().available) throw new Error('WebGL2 is not available here');
    if (!(await tf.setBackend(name))) throw new Error('TF.js refused to initialise it');
    await tf.ready();
  } catch (e) {
    throw new TrainingError('backend-unavailable', `The ${name} backend could not start: ${(e as Error).message ?? e}`);
  }
  const renderer = name === 'webgl' ? rendererOf(webglContext()) : null;
  return { backend: name, renderer, software: isSoftwareRenderer(renderer) };
}

/** The WebGL context TF.js draws with, or null when the current backend is not webgl. */
export function webglContext(): WebGLRenderingContext | WebGL2RenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  return (tf.backend() as tf.MathBackendWebGL).gpgpu.gl;
}

/**
 * The renderer string of a WebGL context: the unmasked one from
 * WEBGL_debug_renderer_info when exposed, else gl.RENDERER. Null without a context.
 */
export function rendererOf(gl: WebGLRenderingContext | WebGL2RenderingContext | null): string | null {
  if (!gl) return null;
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  const r: unknown = gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  return typeof r === 'string' ? r : null;
}

/**
 * Probes WebGL2 on a throwaway canvas (OffscreenCanvas in a worker, a canvas element
 * on a page) with the attributes TF.js uses, reads the renderer, then releases the
 * context with WEBGL_lose_context. Never touches TF.js.
 */
export function probeWebgl(): WebglProbe {
  const none: WebglProbe = { available: false, renderer: null, software: false };
  let canvas: OffscreenCanvas | HTMLCanvasElement;
  if (typeof OffscreenCanvas !== 'undefined') canvas = new OffscreenCanvas(1, 1);
  else if (typeof document !== 'undefined') canvas = document.createElement('canvas');
  else return none;
  const gl = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true }) as WebGL2RenderingContext | null;
  if (!gl) return none;
  const renderer = rendererOf(gl);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { available: true, renderer, software: isSoftwareRenderer(renderer) };
}

/**
 * Calls `onLost` when the WebGL context TF.js uses is lost (driver reset, GPU
 * process crash, too many contexts). Returns a function that removes the listener;
 * a no-op when the backend is not webgl.
 */
export function onWebglContextLost(onLost: () => void): () => void {
  const canvas = webglContext()?.canvas;
  if (!canvas || !('addEventListener' in canvas)) return () => {};
  canvas.addEventListener('webglcontextlost', onLost);
  return () => canvas.removeEventListener('webglcontextlost', onLost);
}

/**
 * True when TF.js is on webgl and its context is lost right now. Checked
 * synchronously, so metrics computed on a dead context (read back as zeros) can be
 * withheld even before the asynchronous 'webglcontextlost' event arrives.
 */
export function isWebglContextLost(): boolean {
  return webglContext()?.isContextLost() ?? false;
}

/** Test hook: loses TF.js's WebGL context on purpose (WEBGL_lose_context). False when not on webgl. */
export function loseWebglContextForTesting(): boolean {
  const ext = webglContext()?.getExtension('WEBGL_lose_context');
  ext?.loseContext();
  return Boolean(ext);
}

/** Options of calibrate. */
export interface CalibrateOptions {
  /** Backends to try, in order. Default: webgl, wasm, cpu. */
  candidates?: readonly BackendName[];
  /** Time a software WebGL renderer too (slow: seconds). Default false: it is reported, not timed. */
  includeSoftwareWebgl?: boolean;
  /** Timed repetitions after one warm-up; the median is reported. Default 3. */
  repeats?: number;
}

/**
 * Times a short fixed workload on each candidate backend: a chain of three
 * 128×128 matrix products plus one Adam step of a 128→64→64→4 MLP on 64 rows,
 * after one untimed warm-up run (shader compilation, wasm instantiation).
 * Leaves TF.js on the backend chooseBackend picks. Failures are reported, not thrown.
 */
export async function calibrate(opts: CalibrateOptions = {}): Promise<BackendTiming[]> {
  const timings: BackendTiming[] = [];
  for (const backend of opts.candidates ?? (['webgl', 'wasm', 'cpu'] as const)) {
    const probe = backend === 'webgl' ? probeWebgl() : null;
    if (probe && !probe.available) {
      timings.push({ backend, ms: null, renderer: null, software: false, skipped: 'unavailable' });
      continue;
    }
    if (probe?.software && !opts.includeSoftwareWebgl) {
      timings.push({ backend, ms: null, renderer: probe.renderer, software: true, skipped: 'software-renderer' });
      continue;
    }
    try {
      const info = await initBackend(backend);
      const ms = await timeWorkload(opts.repeats ?? 3);
      timings.push({ backend, ms, ...(backend === 'webgl' ? { renderer: info.renderer, software: info.software } : {}) });
    } catch (e) {
      timings.push({ backend, ms: null, skipped: (e as Error).message ?? String(e) });
    }
  }
  await initBackend(chooseBackend(timings));
  return timings;
}

async function timeWorkload(repeats: number): Promise<number> {
  const model = buildMlp({ inputDim: 128, hidden: [64, 64], output: { kind: 'classes', classes: 4 }, seed: 1 });
  const optimizer = tf.train.adam(0.01);
  model.compile({ optimizer, loss: 'categoricalCrossentropy' });
  const [a, xs, ys] = tf.tidy(() => [
    tf.randomUniform([128, 128], -1, 1, 'float32', 1),
    tf.randomUniform([64, 128], -1, 1, 'float32', 2),
    tf.oneHot(tf.tensor1d(Int32Array.from({ length: 64 }, (_, i) => i % 4), 'int32'), 4).cast('float32'),
  ]);
  const once = async () => {
    const t0 = performance.now();
    const p = tf.tidy(() => tf.matMul(tf.matMul(tf.matMul(a, a), a), a).sum());
    await p.data();
    p.dispose();
    await model.trainOnBatch(xs, ys);
    return performance.now() - t0;
  };
  try {
    await once();
    const times: number[] = [];
    for (let i = 0; i < Math.max(1, repeats); i++) times.push(await once());
    times.sort((x, y) => x - y);
    return times[times.length >> 1];
  } finally {
    tf.dispose([a, xs, ys]);
    optimizer.dispose();
    model.dispose();
  }
}
