/// <reference lib="webworker" />
/**
 * Training worker entry: a thin binding of the protocol server to this worker's
 * message port. TF.js is not imported here; the host loads the engine (and
 * TF.js with it) through a dynamic import on the first request that needs it.
 * With OffscreenCanvas (Chromium, Firefox ≥ 105, Safari ≥ 17) TF.js's webgl
 * backend runs inside the worker; without it, 'webgl' reports unavailable.
 */
import { createTrainingHost, type TrainingHost } from './training-host';
import type { WorkerReply, WorkerRequest } from './protocol';
import { serve } from './serve';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// One host for the worker's life (it keeps the loaded engine and the running jobs); every message goes to it.
let host: TrainingHost | null = null;
serve<WorkerReply>((message: WorkerRequest, post) => (host ??= createTrainingHost(post)).handle(message));

scope.onunhandledrejection = (event: PromiseRejectionEvent) => {
  const reason: unknown = event.reason;
  scope.postMessage({
    type: 'error',
    id: null,
    code: 'internal',
    message: reason instanceof Error ? reason.message : String(reason),
    recoverable: false,
  } satisfies WorkerReply);
};
