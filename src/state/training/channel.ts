import type { BackendName } from '../../engine/training/backend-policy';
import type { ErrorReply, ProgressReply, WorkerReply, WorkerRequest } from '../../workers/protocol';

/** The part of a Worker the channel uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A request as the page writes it: the channel adds the id. */
export type OutgoingRequest = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The reply that settles a request successfully. */
export type FinalReply = Exclude<WorkerReply, ProgressReply | ErrorReply>;

/** A failed request, with the worker's error code and whether another try (perhaps on `suggestBackend`) can work. */
export class RequestError extends Error {
  readonly code: string;
  readonly recoverable: boolean;
  readonly suggestBackend?: BackendName;

  constructor(reply: Pick<ErrorReply, 'code' | 'message' | 'recoverable' | 'suggestBackend'>) {
    super(reply.message);
    this.name = 'RequestError';
    this.code = reply.code;
    this.recoverable = reply.recoverable;
    if (reply.suggestBackend) this.suggestBackend = reply.suggestBackend;
  }
}

interface Pending {
  resolve: (reply: FinalReply) => void;
  reject: (error: RequestError) => void;
  onProgress?: (reply: ProgressReply) => void;
}

/**
 * Request/response over one worker: numbers each request, routes progress replies
 * to the request's callback, and settles its promise on the final reply (ready,
 * done, cancelled) or rejects it with a RequestError. A worker that fails to load
 * or crashes rejects everything pending with code 'worker-failed'.
 */
export class WorkerChannel {
  #worker: WorkerLike;
  #nextId = 1;
  #pending = new Map<number, Pending>();

  constructor(worker: WorkerLike) {
    this.#worker = worker;
    worker.onmessage = (event) => this.#receive(event.data as WorkerReply);
    worker.onerror = (event) => {
      const detail = event.message || 'the training worker could not start or crashed';
      this.#failAll({ code: 'worker-failed', message: detail, recoverable: false });
    };
  }

  /** Sends a request and resolves with its final reply; progress replies go to onProgress. */
  request(message: OutgoingRequest, onProgress?: (reply: ProgressReply) => void, transfer: Transferable[] = []): Promise<FinalReply> {
    const id = this.#nextId++;
    return new Promise<FinalReply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      this.#worker.postMessage({ ...message, id }, transfer);
    });
  }

  /** Asks the worker to stop the running train or latency request (it then replies `cancelled`). */
  cancel(): void {
    this.#worker.postMessage({ type: 'cancel' } satisfies WorkerRequest);
  }

  /** Terminates the worker at once; pending requests reject with code 'disposed'. */
  close(): void {
    this.#worker.onmessage = null;
    this.#worker.onerror = null;
    this.#worker.terminate();
    this.#failAll({ code: 'disposed', message: 'The training worker was closed.', recoverable: true });
  }

  #receive(reply: WorkerReply): void {
    if (reply.type === 'error' && reply.id === null) {
      this.#failAll(reply);
      return;
    }
    const pending = this.#pending.get(reply.id as number);
    if (!pending) return;
    if (reply.type === 'progress') {
      pending.onProgress?.(reply);
      return;
    }
    this.#pending.delete(reply.id as number);
    if (reply.type === 'error') pending.reject(new RequestError(reply));
    else pending.resolve(reply);
  }

  #failAll(reply: Pick<ErrorReply, 'code' | 'message' | 'recoverable'>): void {
    const all = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of all) p.reject(new RequestError(reply));
  }
}
