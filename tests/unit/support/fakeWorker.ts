/**
 * Stand-ins for a lab's module worker in runner tests: each worker answers a posted request `{ id, ... }`
 * on a microtask with `{ id, ok: true, ...compute(request) }`, or `{ id, ok: false, message }` when
 * `compute` throws (as the real workers do), and answers nothing once terminated. `create` makes one
 * (pass it as the runner's worker factory); `made` lists every worker made so far.
 */
export function fakeWorkers<Request extends { id: number }>(compute: (request: Request) => object) {
  class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: (() => void) | null = null;
    terminated = false;
    postMessage(request: Request) {
      queueMicrotask(() => {
        if (this.terminated) return;
        let data: object;
        try {
          data = { id: request.id, ok: true, ...compute(request) };
        } catch (error) {
          data = { id: request.id, ok: false, message: (error as Error).message };
        }
        this.onmessage?.({ data } as MessageEvent);
      });
    }
    terminate() {
      this.terminated = true;
    }
  }
  const made: FakeWorker[] = [];
  const create = (): Worker => {
    const worker = new FakeWorker();
    made.push(worker);
    return worker as unknown as Worker;
  };
  return { made, create };
}

/**
 * Workers a test drives by hand, for the generic worker client: each records a clone of what was
 * posted (and with which transfer list) and answers only when told: `reply(data)`, `crash(message)` (an error
 * event), `garble()` (a reply that could not be deserialised). A terminated worker answers nothing.
 */
export function scriptedWorkers() {
  class ScriptedWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    onmessageerror: ((event: MessageEvent) => void) | null = null;
    posted: unknown[] = [];
    transfers: Transferable[][] = [];
    terminated = false;
    postMessage(message: unknown, transfer: Transferable[] = []) {
      this.posted.push(structuredClone(message)); // throws as postMessage does on what cannot be cloned
      this.transfers.push(transfer);
    }
    reply(data: unknown) {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent);
    }
    crash(message = '') {
      if (!this.terminated) this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
    }
    garble() {
      if (!this.terminated) this.onmessageerror?.({ data: null } as MessageEvent);
    }
    terminate() {
      this.terminated = true;
    }
  }
  const made: ScriptedWorker[] = [];
  const create = () => {
    const worker = new ScriptedWorker();
    made.push(worker);
    return worker;
  };
  return { made, create };
}

/**
 * A Worker stand-in that runs a worker's real code in this thread: `start(post)` sets the worker up
 * (as its module would) and returns its message handler. Messages are cloned both ways like
 * postMessage and delivered on later tasks; `sent` records every request, and a terminated worker
 * neither handles nor answers anything.
 */
export class InProcessWorker<Message = unknown> {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: Message[] = [];
  terminated = false;
  #handle: (message: Message) => void;

  constructor(start: (post: (reply: unknown) => void) => (message: Message) => void) {
    this.#handle = start((reply) => {
      if (!this.terminated) setTimeout(() => !this.terminated && this.onmessage?.({ data: structuredClone(reply) } as MessageEvent), 0);
    });
  }

  postMessage(message: unknown) {
    const m = structuredClone(message) as Message;
    this.sent.push(m);
    setTimeout(() => !this.terminated && this.#handle(m), 0);
  }

  terminate() {
    this.terminated = true;
  }
}
