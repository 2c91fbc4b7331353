/// <reference lib="webworker" />
import type { RolloutReply, RolloutRequest } from './protocol';
import { runRollout } from './simulate';

// Runs the rollout and its 200 harmless replays off the main thread: together they take a few hundred ms.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<RolloutRequest>) => {
  const { id, ...request } = event.data;
  let reply: RolloutReply;
  try {
    reply = { id, ok: true, ...runRollout(request) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
