import type { ReplayResult, RolloutConfig, RolloutResult } from '../../engine/rollout';

/** Main thread → rollout worker: simulate one rollout and `replays` harmless replays of it. */
export interface RolloutRequest {
  id: number;
  config: RolloutConfig;
  replays: number;
}

/** What one request produces, and how long the engine took (ms). */
export interface RolloutOutput {
  result: RolloutResult;
  replays: ReplayResult;
  durationMs: number;
}

/** Rollout worker → main thread: the output, or why it refused. */
export type RolloutReply = ({ id: number; ok: true } & RolloutOutput) | { id: number; ok: false; message: string };
