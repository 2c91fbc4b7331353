/**
 * One request at a time to a module worker, for labs whose engine runs in one go and
 * cannot be interrupted (the Peeking trap, the Regional rollout). The worker is created on
 * first use; cancelling terminates it (the only way to stop the engine) and the next run
 * starts a fresh one. If the worker cannot be created, the run falls back to the calling
 * thread. A worker that crashes rejects the run in flight with a plain message.
 */

/** What every runner offers its lab's controller. */
export interface Runner<In, Out> {
  run(input: In): Promise<Out>;
  /** Abandons the run in flight: its promise rejects with {@link CancelledError}. */
  cancel(): void;
  dispose(): void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** The worker's answer to request `id`: its output, or why the engine refused the input. */
export type WorkerReply<Body> = ({ id: number; ok: true } & Body) | { id: number; ok: false; message: string };

/** Runs on the calling thread: for tests, and where no worker can start. */
export function mainThreadRunner<In, Out>(compute: (input: In) => Out | Promise<Out>): Runner<In, Out> {
  return { run: async (input) => compute(input), cancel: () => {}, dispose: () => {} };
}

interface WorkerRunnerOptions<In, Out, Body> {
  create: () => Worker;
  /** The message to post for `input` under request id `id`. */
  request: (id: number, input: In) => unknown;
  /** The run's output from a successful reply's body. */
  output: (body: Body) => Out;
  /** Used when the worker cannot be created. */
  fallback: Runner<In, Out>;
}

type Pending<Out> = { id: number; resolve: (out: Out) => void; reject: (error: Error) => void };

export function workerRunner<In, Out, Body>(options: WorkerRunnerOptions<In, Out, Body>): Runner<In, Out> {
  let worker: Worker | null = null;
  let pending: Pending<Out> | null = null;
  let nextId = 1;

  const settle = (fn: (p: Pending<Out>) => void) => {
    const p = pending;
    pending = null;
    if (p) fn(p);
  };

  const start = (): Worker => {
    const w = options.create();
    w.onmessage = (event: MessageEvent<WorkerReply<Body>>) => {
      const reply = event.data;
      if (!pending || reply.id !== pending.id) return;
      if (reply.ok) settle((p) => p.resolve(options.output(reply)));
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
    run(input) {
      this.cancel();
      try {
        worker ??= start();
      } catch {
        return options.fallback.run(input);
      }
      const id = nextId++;
      return new Promise<Out>((resolve, reject) => {
        pending = { id, resolve, reject };
        worker!.postMessage(options.request(id, input));
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
