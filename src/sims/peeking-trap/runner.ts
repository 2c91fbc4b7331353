import { peekingSimulation, type PeekingConfig, type PeekingResult } from '../../engine/experiments';
import { mainThreadRunner as onThisThread, workerRunner as inWorker, type Runner } from '../../lib/workerRunner';
import type { PeekingRequest } from './protocol';

export { CancelledError } from '../../lib/workerRunner';

export interface PeekingOutput {
  result: PeekingResult;
  durationMs: number;
  /** 'worker' when simulated off the main thread. */
  where: 'worker' | 'main';
}

/** Runs peeking simulations; `cancel` abandons the one in flight (its promise rejects with CancelledError). */
export type PeekingRunner = Runner<PeekingConfig, PeekingOutput>;

/** Runs on the calling thread: for tests and for browsers where the worker cannot start. */
export function mainThreadRunner(): PeekingRunner {
  return onThisThread((config: PeekingConfig) => {
    const started = performance.now();
    const result = peekingSimulation(config);
    return { result, durationMs: performance.now() - started, where: 'main' as const };
  });
}

/** Runs each simulation in the peeking worker (see src/lib/workerRunner.ts), or here if it cannot start. */
export function workerRunner(create = () => new Worker(new URL('./peeking.worker.ts', import.meta.url), { type: 'module' })): PeekingRunner {
  return inWorker({
    create,
    request: (id, config: PeekingConfig): PeekingRequest => ({ id, config }),
    output: (body: { result: PeekingResult; durationMs: number }) => ({ result: body.result, durationMs: body.durationMs, where: 'worker' as const }),
    fallback: mainThreadRunner(),
  });
}
