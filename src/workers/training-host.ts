import type * as Engine from '../engine/training/index';
import { toErrorReply } from './classify-error';
import type { LogisticDone, ModelInfo, TrainDone, WorkerReply, WorkerRequest } from './protocol';
import { finiteMetrics, validateLatencySpec, validateLogisticJob, validateMatmulSpec, validateTrainJob, validateYearSpec } from './protocol';
import { DAYS } from '../engine/drift-stream/config';
import { runYear } from '../engine/drift-stream/year';
import { createYielder } from '../engine/training/yield';

type EngineModule = typeof Engine;
type Post = (msg: WorkerReply, transfer?: Transferable[]) => void;

/** Serves protocol requests; the worker entry wires it to postMessage. */
export interface TrainingHost {
  /** Takes one request: `cancel` and `lose-context` act at once, everything else runs in arrival order. */
  handle(msg: WorkerRequest): void;
  /** Resolves when every request received so far has been answered. */
  idle(): Promise<void>;
}

/** Thrown inside the host when the WebGL context is gone; classified as recoverable on cpu. */
class ContextLost extends Error {
  readonly code = 'context-lost';
}

/**
 * Creates the worker's request server. TF.js is reached only through `load` (by
 * default a dynamic import of the engine, i.e. a separate chunk), on first use.
 * Holds at most one model: a new training or load replaces it, a cancelled
 * training leaves none. Long requests race against WebGL context loss, so a lost
 * context always ends in an error reply even if TF.js never settles.
 */
export function createTrainingHost(post: Post, load: () => Promise<EngineModule> = () => import('../engine/training/index')): TrainingHost {
  let engine: EngineModule | null = null;
  let info: Engine.BackendInfo | null = null;
  let model: Engine.LayersModel | null = null;
  let running: { cancel: boolean } | null = null;
  let lost = false;
  let lostSignal: Promise<never> = new Promise(() => {});
  let unlisten = () => {};
  let queue: Promise<void> = Promise.resolve();

  const lostNow = () => lost || (engine?.isWebglContextLost() ?? false);
  const guard = () => {
    if (lostNow()) throw new ContextLost('the WebGL context is lost');
  };
  const raceLoss = <T>(work: Promise<T>): Promise<T> => Promise.race([work, lostSignal]);

  function watchContext(e: EngineModule): void {
    unlisten();
    lost = false;
    let fire: (err: Error) => void = () => {};
    lostSignal = new Promise<never>((_, reject) => (fire = reject));
    lostSignal.catch(() => {});
    unlisten = e.onWebglContextLost(() => {
      lost = true;
      fire(new ContextLost('the browser reported webglcontextlost'));
    });
  }

  async function ready(id: number): Promise<EngineModule> {
    if (!engine) {
      post({ type: 'progress', id, stage: 'loading' });
      engine = await load();
    }
    if (!info) await init(id, 'auto', false);
    guard();
    return engine;
  }

  async function init(id: number, backend: Extract<WorkerRequest, { type: 'init' }>['backend'], reply = true): Promise<void> {
    post({ type: 'progress', id, stage: 'loading' });
    engine ??= await load();
    const calibration = backend === 'auto' ? await engine.calibrate() : undefined;
    const chosen = calibration ? engine.chooseBackend(calibration) : backend;
    if (lost && model) model = null; // its tensors lived on the dead context
    try {
      info = await engine.initBackend(chosen as Engine.BackendInfo['backend']);
    } catch (err) {
      throw Object.assign(err as Error, { backend: chosen }); // classify by the backend that failed
    }
    watchContext(engine);
    if (reply) post({ type: 'ready', id, ...info, ...(calibration ? { calibration } : {}) });
  }

  function requireModel(): Engine.LayersModel {
    if (!model) throw Object.assign(new Error('There is no trained or loaded model yet.'), { code: 'no-model' });
    return model;
  }

  function modelInfo(m: Engine.LayersModel): ModelInfo {
    return { inputDim: Number(m.inputs[0].shape[1]), outputs: engine!.outputWidth(m), params: m.countParams() };
  }

  /** Progress hooks of a training run: throttled batch replies, epoch replies, and the stop check (cancel or lost context). */
  function trainingHooks(id: number, epochs: number, run: { cancel: boolean }) {
    let losses: number[] = [];
    let lastFlush = 0;
    return {
      shouldStop: () => run.cancel || lostNow(),
      onBatch: (m: Engine.BatchMetrics) => {
        guard();
        losses.push(m.loss);
        const now = performance.now();
        if (now - lastFlush >= 100 || m.batch === m.batches - 1) {
          post({ type: 'progress', id, stage: 'batch', epoch: m.epoch, epochs, batch: m.batch, batches: m.batches, losses });
          losses = [];
          lastFlush = now;
        }
      },
      onEpoch: (m: Engine.EpochMetrics) => {
        guard();
        if (!finiteMetrics({ ...m })) throw Object.assign(new Error(`non-finite metrics at epoch ${m.epoch}`), { code: 'nan-loss' });
        post({ type: 'progress', id, stage: 'epoch', epochs, ...m });
      },
    };
  }

  /**
   * Runs one training to its end: replaces the held model, races the work against
   * context loss, replies `cancelled` (model dropped) or lets `finish` build the done
   * reply (model kept). A lost context releases the model if the work ever settles.
   */
  async function runTraining<R extends { model: Engine.LayersModel; stopped: boolean; history: Engine.TrainHistory }>(
    id: number,
    start: (run: { cancel: boolean }) => Promise<R>,
    finish: (r: R) => void,
  ): Promise<void> {
    model?.dispose();
    model = null;
    const run = (running = { cancel: false });
    post({ type: 'progress', id, stage: 'warming-up' });
    const work = start(run);
    work.catch(() => {});
    try {
      const r = await raceLoss(work);
      guard();
      if (r.stopped) {
        r.model.dispose();
        post({ type: 'cancelled', id, history: r.history });
        return;
      }
      model = r.model;
      finish(r);
    } catch (err) {
      void work.then((r) => r.model.dispose()).catch(() => {});
      throw err;
    } finally {
      running = null;
    }
  }

  async function train(id: number, raw: Extract<WorkerRequest, { type: 'train' }>['job']): Promise<void> {
    const v = validateTrainJob(raw);
    if (!v.ok) throw Object.assign(new Error(v.error), { code: 'invalid-job' });
    const e = await ready(id);
    const job = v.value;
    await runTraining(
      id,
      (run) => e.trainClassifier({ ...job, ...trainingHooks(id, job.epochs, run) }),
      (r) => {
        const final = { epoch: r.history.loss.length, loss: r.history.loss.at(-1)!, acc: r.history.acc.at(-1)! };
        const params = r.model.countParams();
        const done: TrainDone = { history: r.history, final, backend: info!.backend, durationMs: r.durationMs, params, bytes: params * 4, clamped: v.clamped };
        post({ type: 'done', id, kind: 'train', result: done });
      },
    );
  }

  async function trainLogistic(id: number, raw: Extract<WorkerRequest, { type: 'train-logistic' }>['job']): Promise<void> {
    const v = validateLogisticJob(raw);
    if (!v.ok) throw Object.assign(new Error(v.error), { code: 'invalid-job' });
    const e = await ready(id);
    const job = v.value;
    await runTraining(
      id,
      (run) => e.trainLogistic({ ...job, ...trainingHooks(id, job.epochs, run) }),
      (r) => {
        const final = { epoch: r.history.loss.length, loss: r.history.loss.at(-1)!, acc: r.history.acc.at(-1)! };
        const done: LogisticDone = { history: r.history, final, backend: info!.backend, durationMs: r.durationMs, coefficients: r.coefficients, intercept: r.intercept, clamped: v.clamped };
        post({ type: 'done', id, kind: 'train-logistic', result: done });
      },
    );
  }

  /** The Drift lab's year: runYear with the TF.js trainer, a day progress reply at most every 100 ms, cancellable between days. */
  async function driftYear(id: number, raw: Extract<WorkerRequest, { type: 'drift-year' }>['spec']): Promise<void> {
    const v = validateYearSpec(raw);
    if (!v.ok) throw Object.assign(new Error(v.error), { code: 'invalid-job' });
    const e = await ready(id);
    const run = (running = { cancel: false });
    const t0 = performance.now();
    const maybeYield = createYielder(50);
    let lastPost = 0;
    try {
      post({ type: 'progress', id, stage: 'warming-up' });
      const year = await raceLoss(
        runYear(v.value, e.tfDriftTrainer, {
          shouldStop: () => run.cancel || lostNow(),
          onDay: async (day) => {
            guard();
            const now = performance.now();
            if (now - lastPost >= 100 || day === DAYS - 1) {
              post({ type: 'progress', id, stage: 'day', day: day + 1, days: DAYS });
              lastPost = now;
            }
            await maybeYield();
          },
        }),
      );
      guard();
      if (year.stopped) return post({ type: 'cancelled', id });
      post({ type: 'done', id, kind: 'drift-year', result: { year, backend: info!.backend, durationMs: performance.now() - t0, clamped: v.clamped } });
    } finally {
      running = null;
    }
  }

  async function dispatch(msg: Exclude<WorkerRequest, { type: 'cancel' }>): Promise<void> {
    switch (msg.type) {
      case 'init':
        return init(msg.id, msg.backend);
      case 'calibrate': {
        const e = await ready(msg.id);
        const timings = await e.calibrate({ includeSoftwareWebgl: msg.includeSoftwareWebgl });
        info = await e.initBackend(e.chooseBackend(timings));
        watchContext(e);
        return post({ type: 'done', id: msg.id, kind: 'calibrate', result: { timings, chosen: info.backend } });
      }
      case 'train':
        return train(msg.id, msg.job);
      case 'train-logistic':
        return trainLogistic(msg.id, msg.job);
      case 'drift-year':
        return driftYear(msg.id, msg.spec);
      case 'predict': {
        const e = await ready(msg.id);
        const m = requireModel();
        if (!(msg.x instanceof Float32Array) || msg.cols !== modelInfo(m).inputDim) {
          throw Object.assign(new Error(`predict needs a Float32Array with ${modelInfo(m).inputDim} columns`), { code: 'invalid-input' });
        }
        const values = await raceLoss(e.predictRows(m, msg.x, msg.rows, msg.cols));
        guard();
        const width = e.outputWidth(m);
        const classes = e.argmaxRows(values, width);
        return post({ type: 'done', id: msg.id, kind: 'predict', result: { values, width, classes } }, [values.buffer, classes.buffer]);
      }
      case 'latency': {
        const v = validateLatencySpec(msg.spec);
        if (!v.ok) throw Object.assign(new Error(v.error), { code: 'invalid-job' });
        const e = await ready(msg.id);
        const run = (running = { cancel: false });
        try {
          const report = await raceLoss(
            e.measureLatency({
              ...v.value,
              shouldStop: () => run.cancel || lostNow(),
              onResult: (result, index, total) => (guard(), post({ type: 'progress', id: msg.id, stage: 'latency', result, index, total })),
            }),
          );
          guard();
          if (report.stopped) return post({ type: 'cancelled', id: msg.id });
          return post({ type: 'done', id: msg.id, kind: 'latency', result: { backend: info!.backend, results: report.results, clamped: v.clamped } });
        } finally {
          running = null;
        }
      }
      case 'bench-matmul': {
        const v = validateMatmulSpec(msg);
        if (!v.ok) throw Object.assign(new Error(v.error), { code: 'invalid-job' });
        const e = await ready(msg.id);
        const timing = await raceLoss(e.benchMatmul(v.value.n, v.value.repeats));
        guard();
        const result = { backend: info!.backend, n: timing.n, ms: timing.ms, gflops: timing.gflops, clamped: v.clamped };
        return post({ type: 'done', id: msg.id, kind: 'bench-matmul', result });
      }
      case 'save': {
        const e = await ready(msg.id);
        const artifact = await e.saveToArtifact(requireModel());
        return post({ type: 'done', id: msg.id, kind: 'save', result: { artifact } }, [artifact.weightData]);
      }
      case 'load': {
        const e = await ready(msg.id);
        const loaded = await e.loadFromArtifact(msg.artifact);
        model?.dispose();
        model = loaded;
        return post({ type: 'done', id: msg.id, kind: 'load', result: modelInfo(loaded) });
      }
      case 'dispose':
        if (!lostNow()) model?.dispose();
        model = null;
        return post({ type: 'done', id: msg.id, kind: 'dispose', result: {} });
      case 'lose-context':
        return post({ type: 'done', id: msg.id, kind: 'lose-context', result: { lost: engine?.loseWebglContextForTesting() ?? false } });
    }
  }

  return {
    handle(msg) {
      if (msg.type === 'cancel') {
        if (running) running.cancel = true;
        return;
      }
      if (msg.type === 'lose-context') return void dispatch(msg); // acts at once, mid-training
      queue = queue.then(() =>
        dispatch(msg).catch((err) => {
          const backend = (err as { backend?: Engine.BackendInfo['backend'] })?.backend ?? info?.backend ?? null;
          post(toErrorReply(msg.id, err, { backend, contextLost: lostNow() }));
        }),
      );
    },
    idle: () => queue,
  };
}
