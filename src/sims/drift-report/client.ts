import type { DriftReport } from '../../engine/drift/report';
import type { Table } from '../../engine/tabular/readTable';
import { tableBuffers, type DriftFailure, type DriftReply, type DriftRequest } from '../../workers/drift/protocol';

/** A failed read or report, carrying the reason for the message. */
export class DriftRequestError extends Error {
  constructor(
    readonly failure: DriftFailure,
    /** The tables a failed report handed back, when it did. */
    readonly tables?: { reference: Table; current: Table },
  ) {
    super(failure.code);
  }
}

/** Reads files and compares tables; the controller depends on this, tests give it a fake. */
export interface DriftClient {
  read(side: 'reference' | 'current', file: Blob, onProgress: (fraction: number) => void): Promise<Table>;
  report(reference: Table, current: Table): Promise<{ report: DriftReport; reference: Table; current: Table }>;
  dispose(): void;
}

type Pending = { resolve: (reply: DriftReply) => void; progress?: (fraction: number) => void };

/**
 * One module worker per file side, so the two files are read in parallel on two cores; the report runs
 * in the reference's worker, the tables' number arrays transferred there and back (never copied).
 */
export function workerClient(create = () => new Worker(new URL('../../workers/drift/drift.worker.ts', import.meta.url), { type: 'module' })): DriftClient {
  const workers = new Map<string, Worker>();
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const worker = (side: string): Worker => {
    let w = workers.get(side);
    if (w) return w;
    w = create();
    w.onmessage = (event: MessageEvent<DriftReply>) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.type === 'progress') p.progress?.(reply.fraction);
      else {
        pending.delete(reply.id);
        p.resolve(reply);
      }
    };
    w.onerror = () => {
      for (const [id, p] of pending) p.resolve({ id, type: 'error', failure: { code: 'internal', detail: {} } });
      pending.clear();
      w!.terminate();
      workers.delete(side);
    };
    workers.set(side, w);
    return w;
  };

  const send = (side: string, request: DriftRequest, transfer: Transferable[], progress?: (f: number) => void) =>
    new Promise<DriftReply>((resolve) => {
      pending.set(request.id, { resolve, progress });
      worker(side).postMessage(request, transfer);
    });

  return {
    async read(side, file, onProgress) {
      const reply = await send(side, { id: nextId++, type: 'read', file }, [], onProgress);
      if (reply.type === 'read') return reply.table;
      throw new DriftRequestError(reply.type === 'error' ? reply.failure : { code: 'internal', detail: {} });
    },
    async report(reference, current) {
      const transfer = [...tableBuffers(reference), ...tableBuffers(current)];
      const reply = await send('reference', { id: nextId++, type: 'report', reference, current }, transfer);
      if (reply.type === 'report') return reply;
      if (reply.type === 'error') throw new DriftRequestError(reply.failure, reply.tables);
      throw new DriftRequestError({ code: 'internal', detail: {} });
    },
    dispose() {
      for (const w of workers.values()) w.terminate();
      workers.clear();
      pending.clear();
    },
  };
}
