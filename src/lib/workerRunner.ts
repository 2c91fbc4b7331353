/**
 * One request at a time to a module worker, for labs whose engine runs in one go and
 * cannot be interrupted (the Peeking trap, the Regional rollout): a thin adapter over
 * {@link WorkerClient}. Cancelling terminates the worker (the only way to stop the engine)
 * and the next run starts a fresh one; if no worker can be created, the run falls back to
 * the calling thread; a crashed worker rejects the run in flight with a plain message.
 */
import { CancelledError, WorkerClient, type WorkerLike } from './workerClient';

export { CancelledError };

/** What every runner offers its lab's controller. */
export interface Runner<In, Out> {
  run(input: In): Promise<Out>;
  /** Abandons the run in flight: its promise rejects with {@link CancelledError}. */
  cancel(): void;
  dispose(): void;
}

/** The worker's answer to request `id`: its output, or why the engine refused the input. */
export type WorkerReply<Body> = ({ id: number; ok: true } & Body) | { id: number; ok: false; message: string };

/** Runs on the calling thread: for tests, and where no worker can start. */
export function mainThreadRunner<In, Out>(compute: (input: In) => Out | Promise<Out>): Runner<In, Out> {
  return { run: async (input) => compute(input), cancel: () => {}, dispose: () => {} };
}

interface WorkerRunnerOptions<In, Out, Body> {
  create: () => Worker | WorkerLike;
  /** The message to post for `input` under request id `id`. */
  request: (id: number, input: In) => unknown;
  /** The run's output from a successful reply's body. */
  output: (body: Body) => Out;
  /** Used when the worker cannot be created. */
  fallback: Runner<In, Out>;
}

type RunRequest<In> = { type: 'run'; id: number; input: In };

export function workerRunner<In, Out, Body>(options: WorkerRunnerOptions<In, Out, Body>): Runner<In, Out> {
  const client = new WorkerClient<RunRequest<In>, { run: Out }>({
    create: options.create as () => WorkerLike,
    write: (id, { input }) => options.request(id, input),
    read: (reply: WorkerReply<Body>) => (reply.ok ? { id: reply.id, result: options.output(reply) } : { id: reply.id, error: new RangeError(reply.message) }),
    lost: () => new Error('The simulation worker stopped unexpectedly.'),
    fallback: ({ input }) => options.fallback.run(input),
  });
  return {
    run(input) {
      client.cancel();
      return client.request({ type: 'run', input });
    },
    cancel: () => client.cancel(),
    dispose: () => client.dispose(),
  };
}
