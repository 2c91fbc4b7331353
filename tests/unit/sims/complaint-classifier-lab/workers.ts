import type { WorkerLike as TrainingWorkerLike } from '../../../../src/state/training/channel';
import type { WorkerLike as TreeWorkerLike } from '../../../../src/sims/complaint-classifier-lab/tree-client';
import { handleTreeRequest } from '../../../../src/workers/tree.worker';
import { createTrainingHost } from '../../../../src/workers/training-host';
import type { WorkerReply, WorkerRequest } from '../../../../src/workers/protocol';

/** A tree worker stand-in: the real handler in this thread, messages cloned both ways like postMessage. */
export function inProcessTreeWorker(): TreeWorkerLike & { requests: unknown[]; terminated: () => boolean } {
  let dead = false;
  const requests: unknown[] = [];
  const worker = {
    onmessage: null as TreeWorkerLike['onmessage'],
    onerror: null as TreeWorkerLike['onerror'],
    requests,
    terminated: () => dead,
    postMessage(message: unknown) {
      const m = structuredClone(message);
      requests.push(m);
      setTimeout(() => {
        if (dead) return;
        handleTreeRequest(m, (reply) => {
          if (!dead) setTimeout(() => worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent), 0);
        });
      }, 0);
    },
    terminate: () => void (dead = true),
  };
  return worker;
}

/** A training worker stand-in running the real host (TF.js on cpu in Node); `intercept` may rewrite or drop replies. */
export function inProcessTrainingWorker(intercept?: (reply: WorkerReply) => WorkerReply | null): TrainingWorkerLike & { sent: WorkerRequest[] } {
  const sent: WorkerRequest[] = [];
  let terminated = false;
  const worker = {
    onmessage: null as TrainingWorkerLike['onmessage'],
    onerror: null as TrainingWorkerLike['onerror'],
    sent,
    postMessage(message: unknown) {
      const m = structuredClone(message) as WorkerRequest;
      sent.push(m);
      setTimeout(() => host.handle(m), 0);
    },
    terminate: () => void (terminated = true),
  };
  const host = createTrainingHost((reply) => {
    const r = intercept ? intercept(reply) : reply;
    if (r && !terminated) setTimeout(() => worker.onmessage?.({ data: structuredClone(r) } as MessageEvent), 0);
  });
  return worker;
}
