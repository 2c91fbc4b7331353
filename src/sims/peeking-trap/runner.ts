import { peekingSimulation, type PeekingConfig, type PeekingResult } from '../../engine/experiments';
import type { PeekingReply, PeekingRequest } from './protocol';

export interface PeekingOutput {
  result: PeekingResult;
  durationMs: number;
  /** 'worker' when simulated off the main thread. */
  where: 'worker' | 'main';
}

/** Runs peeking simulations; `cancel` abandons the one in flight (its promise rejects with CancelledError). */
export interface PeekingRunner {
  run(config: PeekingConfig): Promise<PeekingOutput>;
  cancel(): void;
  dispose(): void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Runs on the calling thread: for tests and for browsers where the worker cannot start. */
export function mainThreadRunner(): PeekingRunner {
  return {
    run: async (config) => {
      const started = performance.now();
      const result = peekingSimulation(config);
      return { result, durationMs: performance.now() - started, where: 'main' };
    },
    cancel: () => {},
    dispose: () => {},
  };
}

type Pending = { id: number; resolve: (out: PeekingOutput) => void; reject: (error: Error) => void };

/**
 * Runs each simulation in a module worker, created on first use. Cancelling terminates the worker
 * (the engine cannot be interrupted) and the next run starts a fresh one. If the worker cannot be
 * created or crashes, the run falls back to the main thread.
 */
export function workerRunner(create = () => new Worker(new URL('./peeking.worker.ts', import.meta.url), { type: 'module' })): PeekingRunner {
  let worker: Worker | null = null;
  let pending: Pending | null = null;
  let nextId = 1;
  const fallback = mainThreadRunner();

  const settle = (fn: (p: Pending) => void) => {
    const p = pending;
    pending = null;
    if (p) fn(p);
  };

  const start = (): Worker => {
    const w = create();
    w.onmessage = (event: MessageEvent<PeekingReply>) => {
      const reply = event.data;
      if (!pending || reply.id !== pending.id) return;
      if (reply.ok) settle((p) => p.resolve({ result: reply.result, durationMs: reply.durationMs, where: 'worker' }));
      else settle((p) => p.reject(new RangeError(reply.message)));
    };
    w.onerror = () => {
      w.terminate();
      worker = null;
      settle((p) => p.reject(new Error('The simulation worker stopped unexpectedly.')));
    };
    return w;
  };

  return {
    run(config) {
      this.cancel();
      try {
        worker ??= start();
      } catch {
        return fallback.run(config);
      }
      const id = nextId++;
      const request: PeekingRequest = { id, config };
      return new Promise<PeekingOutput>((resolve, reject) => {
        pending = { id, resolve, reject };
        worker!.postMessage(request);
      });
    },
    cancel() {
      if (!pending) return;
      worker?.terminate();
      worker = null;
      settle((p) => p.reject(new CancelledError()));
    },
    dispose() {
      this.cancel();
      worker?.terminate();
      worker = null;
    },
  };
}
