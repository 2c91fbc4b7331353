import { readTaggedReply, WorkerClient, type Outgoing, type WorkerLike } from '../../lib/workerClient';
import type { TreeRequest, TreeRequestKind, TreeResultMap } from '../../workers/treeProtocol';

export { CancelledError, WorkerError as TreeWorkerError, type WorkerLike } from '../../lib/workerClient';

/** A request as the page writes it: the client adds the id. */
export type OutgoingTreeRequest<K extends TreeRequestKind = TreeRequestKind> = Outgoing<TreeRequest, K>;

export const createTreeWorker = (): WorkerLike => new Worker(new URL('../../workers/tree.worker.ts', import.meta.url), { type: 'module' });

/**
 * Request/response over the tree worker (see src/lib/workerClient.ts), created on first
 * use. A fit is one synchronous computation in the worker, so cancel() terminates the
 * worker and rejects what was pending with CancelledError; the next request starts a
 * fresh worker. Refusals and crashes reject with a TreeWorkerError.
 */
export class TreeClient extends WorkerClient<TreeRequest, TreeResultMap> {
  constructor(createWorker: () => WorkerLike = createTreeWorker) {
    super({ create: createWorker, read: readTaggedReply });
  }
}
