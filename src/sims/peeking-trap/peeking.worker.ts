/// <reference lib="webworker" />
import { peekingSimulation } from '../../engine/experiments/peeking';
import type { PeekingReply, PeekingRequest } from './protocol';

// Runs the A/A simulation off the main thread: at the lab's largest bounds it takes longer than a frame budget.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PeekingRequest>) => {
  const { id, config } = event.data;
  let reply: PeekingReply;
  try {
    const started = performance.now();
    const result = peekingSimulation(config);
    reply = { id, ok: true, result, durationMs: performance.now() - started };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
