/// <reference lib="webworker" />
/**
 * The worker side of src/lib/workerClient.ts: binding a handler to this worker's port, and
 * answering requests so that every request gets exactly one final reply. Pure functions of
 * (message, post), so tests drive the handlers in-process without a worker.
 */
import type { WorkerReply as OnceReply } from '../lib/workerRunner';
import type { Validation } from './jobs';

/** Posts one reply to the page, transferring `transfer`. */
export type Post<Reply> = (reply: Reply, transfer?: Transferable[]) => void;

/** True when this module runs inside a worker (false when tests import a handler). */
export const inWorker = typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope;

/** Hands every message this worker receives to `handle`, with a `post` that answers the page. */
export function serve<Reply>(handle: (message: never, post: Post<Reply>) => unknown): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  scope.onmessage = (event: MessageEvent) => void handle(event.data as never, (reply, transfer = []) => scope.postMessage(reply, transfer));
}

/** A refusal or failure, as tagged protocols (tree, models) reply it. */
export type TaggedError = { type: 'error'; id: number | null; code: 'invalid-job' | 'failed'; message: string };

/** Thrown by a handler to refuse a request before any work: answered as code 'invalid-job' with its message. */
export class Refusal extends Error {}

/** The value of a validation that passed, with its clamps; throws a {@link Refusal} with the validation's message otherwise. */
export function accepted<T>(v: Validation<T>): Extract<Validation<T>, { ok: true }> {
  if (!v.ok) throw new Refusal(v.error);
  return v;
}

/** What a tagged handler gets: the request as a record, its id, and when it arrived (performance.now(), ms). */
export type TaggedHandler = (request: Record<string, unknown>, id: number, started: number) => void;

/**
 * Answers one tagged request `{ type, id, … }`: refuses a message without a numeric id (id null)
 * or of an unknown type, runs the handler for its type, and answers a throw with an error reply
 * (a Refusal as 'invalid-job', anything else as 'failed'), so no request goes unanswered.
 */
export function answerTagged(message: unknown, post: Post<TaggedError>, handlers: Record<string, TaggedHandler>): void {
  const m = (typeof message === 'object' && message !== null ? message : {}) as Record<string, unknown>;
  if (typeof m.id !== 'number') {
    post({ type: 'error', id: null, code: 'invalid-job', message: 'A request needs a numeric id.' });
    return;
  }
  const id = m.id;
  const started = performance.now();
  const handler = typeof m.type === 'string' && Object.hasOwn(handlers, m.type) ? handlers[m.type] : null;
  try {
    if (!handler) throw new Refusal(`Unknown request type "${String(m.type).slice(0, 40)}".`);
    handler(m, id, started);
  } catch (e) {
    const refused = e instanceof Refusal;
    post({ type: 'error', id, code: refused ? 'invalid-job' : 'failed', message: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * A handler for engines that run in one go (the Peeking trap, the Regional rollout): answers
 * `{ id, … }` with `{ id, ok: true, …compute(request) }`, or `{ id, ok: false, message }` when
 * the engine throws (it refuses out-of-bound input that way).
 */
export function answerOnce<Request extends { id: number }, Body extends object>(compute: (request: Request) => Body) {
  return (request: Request, post: Post<OnceReply<Body>>): void => {
    let reply: OnceReply<Body>;
    try {
      reply = { id: request.id, ok: true, ...compute(request) };
    } catch (error) {
      reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    post(reply);
  };
}
