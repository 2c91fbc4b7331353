import { describe, expect, it } from 'vitest';
import { TABLE_LIMITS } from '../../../src/engine/tabular/limits';
import { serveDriftRequest } from '../../../src/workers/drift/host';
import type { DriftReply } from '../../../src/workers/drift/protocol';

async function serve(request: Parameters<typeof serveDriftRequest>[0]): Promise<DriftReply[]> {
  const replies: DriftReply[] = [];
  await serveDriftRequest(request, (reply) => replies.push(reply));
  return replies;
}

describe('the drift worker host', () => {
  it('reads a CSV file into a table', async () => {
    const reply = (await serve({ id: 1, type: 'read', file: new Blob(['a,b\n1,x\n2,y\n']) })).at(-1)!;
    expect(reply.type).toBe('read');
    if (reply.type === 'read') expect(reply.table.columns.map((c) => c.name)).toEqual(['a', 'b']);
  });
  it('refuses a file over the size limit without reading it', async () => {
    const big = { size: TABLE_LIMITS.maxBytes + 1, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await serve({ id: 2, type: 'read', file: big })).toEqual([{ id: 2, type: 'error', failure: { code: 'too-large', detail: { bytes: TABLE_LIMITS.maxBytes + 1, max: TABLE_LIMITS.maxBytes } } }]);
  });
  it('turns a refusal into an error reply', async () => {
    const replies = await serve({ id: 3, type: 'read', file: new Blob(['a,b\n1,2,3\n']) });
    expect(replies.at(-1)).toMatchObject({ id: 3, type: 'error', failure: { code: 'ragged' } });
  });
  it('hands the tables back when a report fails', async () => {
    const broken = { rows: 1, columns: [{ name: 'x', missing: 0, present: 1, numbers: 1, sorted: new Float64Array(0), counts: null, firstText: null }] };
    const [reply] = await serve({ id: 5, type: 'report', reference: broken, current: broken });
    expect(reply).toMatchObject({ id: 5, type: 'error', failure: { code: 'internal' }, tables: { reference: broken, current: broken } });
  });
  it('compares two tables and hands them back', async () => {
    const read = async (text: string) => {
      const r = (await serve({ id: 9, type: 'read', file: new Blob([text]) })).at(-1)!;
      if (r.type !== 'read') throw new Error('read failed');
      return r.table;
    };
    const reference = await read('x,c\n1,a\n2,b\n3,a\n');
    const current = await read('x,c\n5,a\n6,b\n7,b\n');
    const [reply] = await serve({ id: 4, type: 'report', reference, current });
    expect(reply.type).toBe('report');
    if (reply.type === 'report') {
      expect(reply.report.rows.map((r) => [r.column, r.test])).toEqual([['x', 'ks'], ['c', 'chi-square']]);
      expect(reply.report.rows[0].statistic).toBe(1);
    }
  });
});
