import { driftReport } from '../../engine/drift/report';
import { TABLE_LIMITS, TableError } from '../../engine/tabular/limits';
import { readTable } from '../../engine/tabular/readTable';
import { tableBuffers, type DriftFailure, type DriftReply, type DriftRequest } from './protocol';

type Post = (reply: DriftReply, transfer?: Transferable[]) => void;

function failure(error: unknown): DriftFailure {
  if (error instanceof TableError) return { code: error.code, detail: error.detail };
  return { code: 'internal', detail: { message: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) } };
}

/**
 * Serves one drift request (a plain function, so node tests drive it without a worker): `read` checks
 * the file's size before reading it as text, then readTable with progress; `report` runs driftReport
 * and hands both tables back. Every failure becomes an `error` reply, never a throw.
 */
export async function serveDriftRequest(request: DriftRequest, post: Post): Promise<void> {
  const started = performance.now();
  try {
    if (request.type === 'read') {
      if (request.file.size > TABLE_LIMITS.maxBytes) throw new TableError('too-large', { bytes: request.file.size, max: TABLE_LIMITS.maxBytes });
      let text: string;
      try {
        text = await request.file.text();
      } catch {
        post({ id: request.id, type: 'error', failure: { code: 'unreadable', detail: {} } });
        return;
      }
      const table = readTable(text, (fraction) => post({ id: request.id, type: 'progress', fraction }));
      post({ id: request.id, type: 'read', table, durationMs: performance.now() - started }, tableBuffers(table));
      return;
    }
    const report = driftReport(request.reference, request.current);
    const transfer = [...tableBuffers(request.reference), ...tableBuffers(request.current)];
    post({ id: request.id, type: 'report', report, reference: request.reference, current: request.current, durationMs: performance.now() - started }, transfer);
  } catch (error) {
    // A failed report still hands the tables back: the page must not lose the files it holds.
    if (request.type === 'report') {
      const tables = { reference: request.reference, current: request.current };
      post({ id: request.id, type: 'error', failure: failure(error), tables }, [...tableBuffers(tables.reference), ...tableBuffers(tables.current)]);
    } else post({ id: request.id, type: 'error', failure: failure(error) });
  }
}
