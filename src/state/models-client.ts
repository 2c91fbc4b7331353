import type {
  ModelsProgressReply,
  ModelsReply,
  ModelsRequest,
  ModelsRequestKind,
  ModelsResultMap,
} from '../workers/modelsProtocol';

/** The part of a Worker the client uses (an in-process fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A request as the page writes it: the client adds the id. */
export type OutgoingModelsRequest<K extends ModelsRequestKind = ModelsRequestKind> = Omit<Extract<ModelsRequest, { type: K }>, 'id'>;

/** The request was stopped by cancel() (its worker was terminated). */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** The worker refused or failed a request ('invalid-job', 'failed'), or crashed ('worker-failed'). */
export class ModelsError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ModelsError';
    this.code = code;
  }
}

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (reply: ModelsProgressReply) => void;
}

export const createModelsWorker = (): WorkerLike =>
  new Worker(new URL('../workers/models.worker.ts', import.meta.url), { type: 'module' });

/**
 * Request/response over the models worker, created on first use; shared by the
 * labs whose models it fits (Sales forecast lab, Pilot stores). A fit is one
 * synchronous computation in the worker, so cancel() terminates the worker (the
 * only way to stop it at once), rejects what was pending with CancelledError,
 * and the next request starts a fresh worker.
 */
export class ModelsClient {
  #create: () => WorkerLike;
  #worker: WorkerLike | null = null;
  #nextId = 1;
  #pending = new Map<number, Pending>();

  constructor(createWorker: () => WorkerLike = createModelsWorker) {
    this.#create = createWorker;
  }

  /** Sends a request; resolves with its result, or rejects with ModelsError / CancelledError. */
  request<K extends ModelsRequestKind>(
    message: OutgoingModelsRequest<K> & { type: K },
    onProgress?: (reply: ModelsProgressReply) => void,
  ): Promise<ModelsResultMap[K]> {
    const id = this.#nextId++;
    const worker = this.#ensureWorker();
    return new Promise<ModelsResultMap[K]>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (r: unknown) => void, reject, onProgress });
      worker.postMessage({ ...message, id });
    });
  }

  /** Stops every pending request now; they reject with CancelledError. */
  cancel(): void {
    this.#stop(new CancelledError());
  }

  /** Stops the worker for good (the next request would start a new one). */
  dispose(): void {
    this.cancel();
  }

  #ensureWorker(): WorkerLike {
    if (this.#worker) return this.#worker;
    const worker = this.#create();
    worker.onmessage = (event) => this.#receive(event.data as ModelsReply);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.#stop(new ModelsError('worker-failed', event.message || 'the models worker could not start or crashed'));
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

  #receive(reply: ModelsReply): void {
    if (reply.id === null) return;
    const p = this.#pending.get(reply.id);
    if (!p) return;
    if (reply.type === 'progress') {
      p.onProgress?.(reply);
      return;
    }
    this.#pending.delete(reply.id);
    if (reply.type === 'done') p.resolve(reply.result);
    else p.reject(new ModelsError(reply.code, reply.message));
  }
}
