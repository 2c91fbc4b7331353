import { mainThreadRunner as onThisThread, workerRunner as inWorker, type Runner } from '../../lib/workerRunner';
import type { RolloutOutput, RolloutRequest } from './protocol';
import { runRollout } from './simulate';

export { CancelledError } from '../../lib/workerRunner';

/** Runs rollout requests; `cancel` abandons the one in flight (its promise rejects with CancelledError). */
export type RolloutRunner = Runner<Omit<RolloutRequest, 'id'>, RolloutOutput>;

/** Runs on the calling thread: for tests, and where the worker cannot start. */
export function mainThreadRunner(): RolloutRunner {
  return onThisThread((request: Omit<RolloutRequest, 'id'>) => runRollout(request));
}

/** Runs each request in the rollout worker (see src/lib/workerRunner.ts), or here if it cannot start. */
export function workerRunner(create = () => new Worker(new URL('./rollout.worker.ts', import.meta.url), { type: 'module' })): RolloutRunner {
  return inWorker({
    create,
    request: (id, request: Omit<RolloutRequest, 'id'>): RolloutRequest => ({ id, ...request }),
    output: (body: RolloutOutput): RolloutOutput => ({ result: body.result, replays: body.replays, durationMs: body.durationMs }),
    fallback: mainThreadRunner(),
  });
}
