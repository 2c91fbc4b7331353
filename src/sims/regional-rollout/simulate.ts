import { harmlessReplays, simulateRollout } from '../../engine/rollout';
import type { RolloutOutput, RolloutRequest } from './protocol';

/** Runs one request: the rollout itself and its harmless replays, timed. Used by the worker and the fallback. */
export function runRollout(request: Omit<RolloutRequest, 'id'>): RolloutOutput {
  const started = performance.now();
  const result = simulateRollout(request.config);
  const replays = harmlessReplays(request.config, request.replays);
  return { result, replays, durationMs: performance.now() - started };
}
