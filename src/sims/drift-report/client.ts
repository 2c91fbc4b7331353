import type { DriftReport } from '../../engine/drift/report';
import type { Table } from '../../engine/tabular/readTable';
import { WorkerClient, type WorkerLike } from '../../lib/workerClient';
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

type DriftResults = { read: Extract<DriftReply, { type: 'read' }>; report: Extract<DriftReply, { type: 'report' }> };

function readReply(reply: DriftReply) {
  if (reply.type === 'progress') return { id: reply.id, progress: reply.fraction };
  if (reply.type === 'error') return { id: reply.id, error: new DriftRequestError(reply.failure, reply.tables) };
  return { id: reply.id, result: reply };
}

const driftWorker = (create: () => WorkerLike) =>
  new WorkerClient<DriftRequest, DriftResults, number>({ create, read: readReply, lost: () => new DriftRequestError({ code: 'internal', detail: {} }) });

/**
 * One module worker per file side (see src/lib/workerClient.ts), so the two files are read in parallel on
 * two cores; the report runs in the reference's worker, the tables' number arrays transferred there and
 * back (never copied). A worker that crashes fails its request with code 'internal' and is replaced.
 */
export function workerClient(create: () => WorkerLike = () => new Worker(new URL('../../workers/drift/drift.worker.ts', import.meta.url), { type: 'module' })): DriftClient {
  const sides = { reference: driftWorker(create), current: driftWorker(create) };
  return {
    async read(side, file, onProgress) {
      return (await sides[side].request({ type: 'read', file }, onProgress)).table;
    },
    report(reference, current) {
      return sides.reference.request({ type: 'report', reference, current }, undefined, [...tableBuffers(reference), ...tableBuffers(current)]);
    },
    dispose() {
      sides.reference.dispose();
      sides.current.dispose();
    },
  };
}
