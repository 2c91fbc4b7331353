import type { RolloutOutput, RolloutReply, RolloutRequest } from './protocol';
import { runRollout } from './simulate';

/** Runs rollout requests; `cancel` abandons the one in flight (its promise rejects with CancelledError). */
export interface RolloutRunner {
  run(request: Omit<RolloutRequest, 'id'>): Promise<RolloutOutput>;
  cancel(): void;
  dispose(): void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Runs on the calling thread: for tests, and where the worker cannot start. */
export function mainThreadRunner(): RolloutRunner {
  return { run: async (request) => runRollout(request), cancel: () => {}, dispose: () => {} };
}

type Pending = { id: number; resolve: (out: RolloutOutput) => void; reject: (error: Error) => void };

/**
 * Runs each request in a module worker created on first use (the Peeking trap's pattern). Cancelling
 * terminates the worker, since the engine cannot be interrupted; the next run starts a fresh one. If
 * the worker cannot be created, the run falls back to the main thread.
 */
export function workerRunner(create = () => new Worker(new URL('./rollout.worker.ts', import.meta.url), { type: 'module' })): RolloutRunner {
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
    w.onmessage = (event: MessageEvent<RolloutReply>) => {
      const reply = event.data;
      if (!pending || reply.id !== pending.id) return;
      if (reply.ok) settle((p) => p.resolve({ result: reply.result, replays: reply.replays, durationMs: reply.durationMs }));
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
    run(request) {
      this.cancel();
      try {
        worker ??= start();
      } catch {
        return fallback.run(request);
      }
      const id = nextId++;
      return new Promise<RolloutOutput>((resolve, reject) => {
        pending = { id, resolve, reject };
        worker!.postMessage({ id, ...request } satisfies RolloutRequest);
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
