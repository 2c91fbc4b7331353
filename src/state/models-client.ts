import { readTaggedReply, WorkerClient, type Outgoing, type WorkerLike } from '../lib/workerClient';
import type { ModelsProgressReply, ModelsRequest, ModelsRequestKind, ModelsResultMap } from '../workers/modelsProtocol';

export { CancelledError, WorkerError as ModelsError, type WorkerLike } from '../lib/workerClient';

/** A request as the page writes it: the client adds the id. */
export type OutgoingModelsRequest<K extends ModelsRequestKind = ModelsRequestKind> = Outgoing<ModelsRequest, K>;

export const createModelsWorker = (): WorkerLike => new Worker(new URL('../workers/models.worker.ts', import.meta.url), { type: 'module' });

/**
 * Request/response over the models worker (see src/lib/workerClient.ts), created on first
 * use; shared by the labs whose models it fits (Sales forecast lab, Pilot stores). A fit is
 * one synchronous computation in the worker, so cancel() terminates the worker, rejects what
 * was pending with CancelledError, and the next request starts a fresh worker. Progress
 * replies go to the request's callback; refusals and crashes reject with a ModelsError.
 */
export class ModelsClient extends WorkerClient<ModelsRequest, ModelsResultMap, ModelsProgressReply> {
  constructor(createWorker: () => WorkerLike = createModelsWorker) {
    super({ create: createWorker, read: readTaggedReply });
  }
}
