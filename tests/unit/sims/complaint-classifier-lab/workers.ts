import { handleTreeRequest } from '../../../../src/workers/tree.worker';
import { createTrainingHost } from '../../../../src/workers/training-host';
import type { WorkerReply, WorkerRequest } from '../../../../src/workers/protocol';
import { InProcessWorker } from '../../support/fakeWorker';

/** A tree worker stand-in: the real handler in this thread. */
export const inProcessTreeWorker = () => new InProcessWorker((post) => (m) => handleTreeRequest(m, post));

/** A training worker stand-in running the real host (TF.js on cpu in Node); `intercept` may rewrite or drop replies. */
export function inProcessTrainingWorker(intercept?: (reply: WorkerReply) => WorkerReply | null) {
  return new InProcessWorker<WorkerRequest>((post) => {
    const host = createTrainingHost((reply) => {
      const r = intercept ? intercept(reply) : reply;
      if (r) post(r);
    });
    return (m) => host.handle(m);
  });
}
