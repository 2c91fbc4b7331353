import type { DriftReport } from '../../engine/drift/report';
import type { TableErrorCode } from '../../engine/tabular/limits';
import type { Table } from '../../engine/tabular/readTable';

/** Main thread → drift worker: read one CSV file, or compare two tables already read. */
export type DriftRequest = { id: number; type: 'read'; file: Blob } | { id: number; type: 'report'; reference: Table; current: Table };

/** Why a request failed: a refusal of the file (with its details) or an unexpected error. */
export type DriftFailure = { code: TableErrorCode | 'unreadable' | 'internal'; detail: Record<string, string | number> };

/** Drift worker → main thread. Tables travel back with their number arrays transferred, not copied. */
export type DriftReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'read'; table: Table; durationMs: number }
  | { id: number; type: 'report'; report: DriftReport; reference: Table; current: Table; durationMs: number }
  | { id: number; type: 'error'; failure: DriftFailure; tables?: { reference: Table; current: Table } };

/** The ArrayBuffers of a table's sorted columns, for a transfer list. */
export function tableBuffers(table: Table): ArrayBuffer[] {
  return table.columns.flatMap((c) => (c.sorted ? [c.sorted.buffer as ArrayBuffer] : []));
}
