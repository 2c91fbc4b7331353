import type { PeekingConfig, PeekingResult } from '../../engine/experiments';

/** Main thread → peeking worker: simulate one batch of A/A tests. */
export interface PeekingRequest {
  id: number;
  config: PeekingConfig;
}

/** Peeking worker → main thread: the result and how long the engine took, or why it refused. */
export type PeekingReply = { id: number; ok: true; result: PeekingResult; durationMs: number } | { id: number; ok: false; message: string };
