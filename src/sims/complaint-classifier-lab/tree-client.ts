import type { TreeReply, TreeRequest, TreeRequestKind, TreeResultMap } from '../../workers/treeProtocol';

/** The part of a Worker the client uses (an in-process fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A request as the page writes it: the client adds the id. */
export type OutgoingTreeRequest<K extends TreeRequestKind = TreeRequestKind> = Omit<Extract<TreeRequest, { type: K }>, 'id'>;

/** The request was stopped by cancel() (its worker was terminated). */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** The worker refused or failed a request ('invalid-job', 'failed'), or crashed ('worker-failed'). */
export class TreeWorkerError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'TreeWorkerError';
    this.code = code;
  }
}

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export const createTreeWorker = (): WorkerLike => new Worker(new URL('../../workers/tree.worker.ts', import.meta.url), { type: 'module' });

/**
 * Request/response over the tree worker, created on first use. A fit is one
 * synchronous computation in the worker, so cancel() terminates the worker (the
 * only way to stop it at once) and rejects what was pending with CancelledError;
 * the next request starts a fresh worker.
 */
export class TreeClient {
  #create: () => WorkerLike;
  #worker: WorkerLike | null = null;
  #nextId = 1;
  #pending = new Map<number, Pending>();

  constructor(createWorker: () => WorkerLike = createTreeWorker) {
    this.#create = createWorker;
  }

  /** Sends a request; resolves with its result, or rejects with TreeWorkerError / CancelledError. */
  request<K extends TreeRequestKind>(message: OutgoingTreeRequest<K> & { type: K }): Promise<TreeResultMap[K]> {
    const id = this.#nextId++;
    const worker = this.#ensureWorker();
    return new Promise<TreeResultMap[K]>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      worker.postMessage({ ...message, id });
    });
  }

  /** Stops every pending request now; they reject with CancelledError. */
  cancel(): void {
    this.#stop(new CancelledError());
  }

  dispose(): void {
    this.cancel();
  }

  #ensureWorker(): WorkerLike {
    if (this.#worker) return this.#worker;
    const worker = this.#create();
    worker.onmessage = (event) => this.#receive(event.data as TreeReply);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.#stop(new TreeWorkerError('worker-failed', event.message || 'the tree worker could not start or crashed'));
    };
    this.#worker = worker;
    return worker;
  }

  #stop(error: Error): void {
    this.#worker?.terminate();
    this.#worker = null;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(error);
  }

  #receive(reply: TreeReply): void {
    if (reply.id === null) return;
    const p = this.#pending.get(reply.id);
    if (!p) return;
    this.#pending.delete(reply.id);
    if (reply.type === 'done') p.resolve(reply.result);
    else p.reject(new TreeWorkerError(reply.code, reply.message));
  }
}
