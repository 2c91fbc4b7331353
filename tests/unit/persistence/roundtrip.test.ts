import { beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES, importProgressFile, serializeExport, utf8ByteLength } from '../../../src/persistence/exchange';
import { createIdbRepository } from '../../../src/persistence/idbRepository';
import { createMemoryRepository } from '../../../src/persistence/memoryRepository';
import type { Repository } from '../../../src/persistence/repository';
import { manyModels, manyRuns } from './fullState';
import { freshIndexedDb, openConnection, sampleData, snapshot } from './helpers';

const backends: Array<{ name: string; create: () => Promise<Repository> }> = [
  { name: 'the IndexedDB repository', create: async () => createIdbRepository(await openConnection()) },
  { name: 'the memory repository', create: async () => createMemoryRepository() },
];

describe.each(backends)('a full state in $name', ({ create }) => {
  let repo: Repository;
  beforeEach(async () => {
    freshIndexedDb();
    repo = await create();
  });

  it('exports 1,000 runs and 20 saved models to a file that imports back to the same state', { timeout: 60_000 }, async () => {
    const runs = manyRuns(1_000);
    await repo.importAll({ ...sampleData(), runs, models: manyModels(20, runs) });
    expect(await repo.changeModelStage('model-01', 'production')).toMatchObject({ ok: true, archived: { id: 'model-00' } });
    expect(await repo.changeModelStage('model-05', 'production')).toMatchObject({ ok: false, refusal: { problem: 'stale-baseline' } });
    await repo.updateModelCard('model-02', { intendedUse: 'Edited.', data: 'Same.', limits: 'None known.' });
    const before = await snapshot(repo);
    expect(before.data.runs).toHaveLength(1_000);
    expect(before.models).toHaveLength(20);
    expect(before.models.filter((m) => m?.stage === 'production').map((m) => m?.id)).toEqual(['model-01']);

    const text = serializeExport(await repo.exportAll());
    expect(utf8ByteLength(text)).toBeLessThan(IMPORT_MAX_BYTES);
    await repo.resetAll();
    expect((await snapshot(repo)).models).toEqual([]);
    const result = await importProgressFile(repo, text);
    expect(result.ok).toBe(true);
    expect(await snapshot(repo)).toEqual(before);
  });
});
