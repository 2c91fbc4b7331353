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
