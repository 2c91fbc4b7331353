/**
 * One typed request/reply client for every module worker of the course (tree, models,
 * training, drift report, the Peeking trap and Regional rollout simulations). It numbers
 * each request, routes the worker's progress replies to that request's callback, settles
 * its promise on the final reply, and maps every failure to an Error with a plain message:
 * the worker's refusal keeps the worker's own message; a worker that cannot start, crashes
 * or sends a reply that cannot be read rejects everything pending with one message and is
 * dropped, so the next request starts a fresh worker.
 *
 * Cancel: a worker that can stop cooperatively names a `cancelMessage`; cancel() posts it and
 * the running request settles with whatever the worker replies. A worker that cannot stop
 * (one synchronous computation) is terminated, its pending requests reject with
 * CancelledError, and the next request starts a fresh worker.
 *
 * The worker is created on first use. When it cannot be created at all (no Worker, a CSP that
 * refuses it), requests run through `fallback` on this thread if one is given.
 */

/** The part of a Worker the client uses (an in-process fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror?: ((event: MessageEvent) => void) | null;
}

/** The request was stopped by cancel() or dispose() before it finished. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** The worker refused or failed a request (its own code and message), or was lost ('worker-failed'). */
export class WorkerError extends Error {
  override name = 'WorkerError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * What one reply means to the client: progress for request `id`, its result, its failure
 * (an `id` of null fails every pending request), or null for a reply the client ignores.
 */
export type ReplyMeaning<Progress> = { id: number; progress: Progress } | { id: number; result: unknown } | { id: number | null; error: Error } | null;

/** A request as the page writes it: the client adds the id. */
export type Outgoing<Req, K> = Req extends { type: K } ? Omit<Req, 'id'> : never;

/** Any request as the page writes it. */
type AnyOutgoing<Req extends { type: string }> = Outgoing<Req, Req['type']>;

export interface WorkerClientOptions<Req extends { type: string }, Progress> {
  create: () => WorkerLike;
  /** Reads one reply from the worker. */
  read: (reply: never) => ReplyMeaning<Progress>;
  /** The message to post for request `id`; by default the request with its id added. */
  write?: (id: number, request: AnyOutgoing<Req>) => unknown;
  /** Posted by cancel() when the worker can stop its running request itself. */
  cancelMessage?: unknown;
  /** The error for requests pending when the worker is lost; `detail` is a plain sentence. */
  lost?: (detail: string) => Error;
  /** The error for requests pending at dispose(); CancelledError by default. */
  disposed?: () => Error;
  /** Called after the client dropped a lost worker (crash, unreadable reply), before the pending requests reject. */
  onLost?: () => void;
  /** Runs a request on this thread when no worker can be created. */
  fallback?: (request: AnyOutgoing<Req>, onProgress: (progress: Progress) => void) => unknown;
}

interface Pending<Progress> {
  resolve: (result: never) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: Progress) => void;
}

const CRASHED = 'The worker stopped unexpectedly.';
const UNREADABLE = 'A reply from the worker could not be read.';

/**
 * Request/reply over one worker. `Req` is the union of request messages (each with `type`
 * and `id`), `Results` maps each request type to what its promise resolves with, and
 * `Progress` is what progress callbacks receive.
 */
export class WorkerClient<Req extends { type: string }, Results extends { [K in Req['type']]: unknown }, Progress = never> {
  #options: WorkerClientOptions<Req, Progress>;
  #worker: WorkerLike | null = null;
  #nextId = 1;
  #pending = new Map<number, Pending<Progress>>();

  constructor(options: WorkerClientOptions<Req, Progress>) {
    this.#options = options;
  }

  /** Requests sent and not yet settled. */
  get pending(): number {
    return this.#pending.size;
  }

  /** Sends a request; resolves with its result, or rejects with the worker's refusal, a lost worker's error or CancelledError. */
  request<K extends Req['type']>(message: Outgoing<Req, K> & { type: K }, onProgress?: (progress: Progress) => void, transfer: Transferable[] = []): Promise<Results[K]> {
    const id = this.#nextId++;
    const body = message as unknown as AnyOutgoing<Req>;
    let worker: WorkerLike;
    try {
      worker = this.#ensureWorker();
    } catch (error) {
      const fallback = this.#options.fallback;
      if (!fallback) return Promise.reject(this.#lostError(error instanceof Error ? error.message : CRASHED));
      return this.#track<Results[K]>(id, onProgress, () => {
        Promise.resolve()
          // A request cancelled before its turn is not computed at all.
          .then(() => (this.#pending.has(id) ? fallback(body, (p) => this.#pending.get(id)?.onProgress?.(p)) : undefined))
          .then(
            (result) => this.#settle(id, { result }),
            (e: unknown) => this.#settle(id, { error: e instanceof Error ? e : new Error(String(e)) }),
          );
      });
    }
    const write = this.#options.write ?? ((i: number, m: object) => ({ ...m, id: i }));
    return this.#track<Results[K]>(id, onProgress, () => worker.postMessage(write(id, body), transfer));
  }

  /** Stops the running request: asks the worker when it can stop itself, else terminates it (pending requests reject with CancelledError). */
  cancel(): void {
    if (this.#options.cancelMessage !== undefined) {
      this.#worker?.postMessage(this.#options.cancelMessage);
      return;
    }
    if (this.#pending.size) this.#drop(new CancelledError());
  }

  /** Terminates the worker; pending requests reject (CancelledError unless `disposed` says otherwise). The next request starts a fresh worker. */
  dispose(): void {
    this.#drop(this.#options.disposed?.() ?? new CancelledError());
  }

  #track<T>(id: number, onProgress: ((progress: Progress) => void) | undefined, send: () => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (r: never) => void, reject, onProgress });
      try {
        send();
      } catch (error) {
        // postMessage refuses what it cannot clone (a function, a detached buffer): that request fails alone.
        this.#pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  #ensureWorker(): WorkerLike {
    if (this.#worker) return this.#worker;
    const worker = this.#options.create();
    worker.onmessage = (event) => this.#receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.#lose(event.message || CRASHED);
    };
    worker.onmessageerror = () => this.#lose(UNREADABLE);
    this.#worker = worker;
    return worker;
  }

  #lostError(detail: string): Error {
    return this.#options.lost?.(detail) ?? new WorkerError('worker-failed', detail);
  }

  #lose(detail: string): void {
    const error = this.#lostError(detail);
    this.#drop(error, this.#options.onLost);
  }

  /** Terminates the worker and rejects every pending request with `error`, after calling `before`. */
  #drop(error: Error, before?: () => void): void {
    const worker = this.#worker;
    const pending = [...this.#pending.values()];
    this.#worker = null;
    this.#pending.clear();
    if (worker) {
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
    }
    before?.();
    for (const p of pending) p.reject(error);
  }

  #receive(reply: unknown): void {
    const meaning = this.#options.read(reply as never);
    if (!meaning) return;
    if ('error' in meaning && meaning.id === null) {
      const pending = [...this.#pending.values()];
      this.#pending.clear();
      for (const p of pending) p.reject(meaning.error);
      return;
    }
    if ('progress' in meaning) this.#pending.get(meaning.id)?.onProgress?.(meaning.progress);
    else this.#settle(meaning.id as number, meaning);
  }

  #settle(id: number, meaning: { result: unknown } | { error: Error }): void {
    const p = this.#pending.get(id);
    if (!p) return;
    this.#pending.delete(id);
    if ('error' in meaning) p.reject(meaning.error);
    else p.resolve(meaning.result as never);
  }
}

/** A reply in the shape most workers here use: `progress`, `done` with a `result`, or `error` with a code and message. */
type TaggedReply = { type: string; id: number | null; result?: unknown; code?: string; message?: string };

/**
 * Reads tagged replies ({@link TaggedReply}): progress goes to the callback, `done` resolves
 * with its `result`, `error` rejects with a WorkerError carrying the worker's code and message.
 */
export function readTaggedReply<Progress>(reply: TaggedReply): ReplyMeaning<Progress> {
  if (reply.type === 'error') return { id: reply.id, error: new WorkerError(reply.code ?? 'failed', reply.message ?? 'The request failed.') };
  if (reply.id === null) return null;
  if (reply.type === 'progress') return { id: reply.id, progress: reply as Progress };
  if (reply.type === 'done') return { id: reply.id, result: reply.result };
  return null;
}
