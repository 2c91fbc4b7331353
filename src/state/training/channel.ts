import type { BackendName } from '../../engine/training/backend-policy';
import { WorkerClient, WorkerError, type WorkerLike } from '../../lib/workerClient';
import type { ErrorReply, ProgressReply, WorkerReply, WorkerRequest } from '../../workers/protocol';

export type { WorkerLike } from '../../lib/workerClient';

/** A request as the page writes it: the channel adds the id. */
export type OutgoingRequest = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The reply that settles a request successfully. */
export type FinalReply = Exclude<WorkerReply, ProgressReply | ErrorReply>;

/** A failed request, with the worker's error code and whether another try (perhaps on `suggestBackend`) can work. */
export class RequestError extends WorkerError {
  readonly recoverable: boolean;
  readonly suggestBackend?: BackendName;

  constructor(reply: Pick<ErrorReply, 'code' | 'message' | 'recoverable' | 'suggestBackend'>) {
    super(reply.code, reply.message);
    this.name = 'RequestError';
    this.recoverable = reply.recoverable;
    if (reply.suggestBackend) this.suggestBackend = reply.suggestBackend;
  }
}

type ChannelRequest = Extract<WorkerRequest, { id: number }>;

function readReply(reply: WorkerReply) {
  if (reply.type === 'progress') return { id: reply.id, progress: reply };
  if (reply.type === 'error') return { id: reply.id, error: new RequestError(reply) };
  return { id: reply.id, result: reply };
}

/**
 * The training worker over the generic client (src/lib/workerClient.ts): each request
 * resolves with its final reply (ready, done, cancelled) or rejects with a RequestError.
 * cancel() asks the worker to stop its running train or latency request (it then replies
 * `cancelled`). A worker that fails to load or crashes rejects everything pending with code
 * 'worker-failed' and calls `onLost`; close() rejects what is pending with code 'disposed'.
 */
export class WorkerChannel extends WorkerClient<ChannelRequest, Record<ChannelRequest['type'], FinalReply>, ProgressReply> {
  constructor(create: () => WorkerLike, onLost?: () => void) {
    super({
      create,
      read: readReply,
      cancelMessage: { type: 'cancel' } satisfies WorkerRequest,
      lost: (message) => new RequestError({ code: 'worker-failed', message, recoverable: false }),
      disposed: () => new RequestError({ code: 'disposed', message: 'The training worker was closed.', recoverable: true }),
      onLost,
    });
  }

  /** Terminates the worker at once; pending requests reject with code 'disposed'. */
  close(): void {
    this.dispose();
  }
}
