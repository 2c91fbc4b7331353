import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../../src/persistence/schema';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { PAGE, RunsViewController } from '../../../../src/sims/runs-and-registry/controller.svelte';
import { DEFAULT_QUERY } from '../../../../src/sims/runs-and-registry/query';
import { ReproduceCancelled, type ReproduceOptions } from '../../../../src/sims/runs-and-registry/reproducers';

const run = (i: number, over: Partial<RunRecord> = {}): RunRecord => ({
  id: `r${i}`,
  lab: 'many-small-wins',
  params: { changes: i },
  seed: i,
  datasetVersion: `h${i}`,
  metrics: { trueWins: i },
  backend: 'js',
  durationMs: i,
  createdAt: 10_000 - i,
  ...over,
});

function setup(list: RunRecord[], reproducers = {}) {
  const recorded: NewRun[] = [];
  const view = new RunsViewController(() => list, { record: async (r) => void recorded.push(r), reproducers });
  return { view, recorded };
}

describe('RunsViewController', () => {
  it('compares only when two or more runs are ticked, in the order they were ticked', () => {
    const { view } = setup([run(1), run(2), run(3)]);
    view.toggle('r3');
    expect(view.compare()).toBe(false);
    view.toggle('r1');
    expect(view.compare()).toBe(true);
    expect(view.comparison?.runs.map((r) => r.id)).toEqual(['r3', 'r1']);
    view.toggle('r3');
    expect(view.selected).toEqual(['r1']);
    view.closeComparison();
    expect(view.comparison).toBeNull();
  });

  it('pages a long list and reveals a run hidden by a filter or the page', () => {
    const list = Array.from({ length: PAGE * 2 + 5 }, (_, i) => run(i));
    const { view } = setup(list);
    expect(view.visible.length).toBe(PAGE);
    view.query.text = 'no match';
    expect(view.shown.length).toBe(0);
    expect(view.reveal(`r${PAGE * 2 + 1}`)).toBe(true);
    expect(view.query.text).toBe('');
    expect(view.visible.some((r) => r.id === `r${PAGE * 2 + 1}`)).toBe(true);
    expect(view.reveal('gone')).toBe(false);
  });

  it('says a lab without a reproducer cannot be reproduced, and records nothing', async () => {
    const { view, recorded } = setup([run(1, { lab: 'sales-forecast-lab' })]);
    expect(await view.reproduce(view.all[0])).toEqual({ status: 'unsupported' });
    expect(recorded).toEqual([]);
  });

  it('says a lab that measures the device is not re-run by design (with the app’s own reproducers)', async () => {
    const recorded: NewRun[] = [];
    const view = new RunsViewController(() => [run(1, { lab: 'notebook-to-production', backend: 'wasm' })], { record: async (r) => void recorded.push(r) });
    expect(await view.reproduce(view.all[0])).toStrictEqual({ status: 'unsupported', measuresDevice: true });
    expect(recorded).toEqual([]);
  });

  it('tells a reproduction that saw other data from the same seed (the lab changed since the run)', async () => {
    const source = run(1);
    const { view } = setup([source], { 'many-small-wins': async (r: RunRecord) => ({ ...r, datasetVersion: 'other' }) });
    const done = await view.reproduce(source);
    expect(done).toMatchObject({ status: 'done', dataset: 'other', check: { identical: true, sameDataset: false } });
  });

  it('records a reproduction linked to its source, and reports a failing reproducer', async () => {
    const source = run(1);
    const { view, recorded } = setup([source, run(2, { lab: 'peeking-trap' })], {
      'many-small-wins': async (r: RunRecord) => ({ ...r, metrics: { ...r.metrics } }),
      'peeking-trap': async () => {
        throw new Error('no worker');
      },
    });
    const done = await view.reproduce(source);
    expect(done.status).toBe('done');
    expect(done.status === 'done' && done.check.identical).toBe(true);
    expect(recorded).toHaveLength(1);
    expect(recorded[0].params.reproducedFrom).toBe('r1');
    expect(await view.reproduce(view.all[1])).toEqual({ status: 'failed', message: 'no worker' });
  });

  it('shows a re-run’s progress as it arrives, and cancelling it records nothing and lets it start again', async () => {
    const source = run(1);
    let reported: (n: number) => void = () => {};
    let finish: () => void = () => {};
    const { view, recorded } = setup([source], {
      'many-small-wins': (r: RunRecord, o?: ReproduceOptions) =>
        new Promise<NewRun>((resolve, reject) => {
          reported = (n) => o?.onProgress?.(n, 4, `step ${n}`);
          finish = () => resolve({ ...r });
          o?.signal?.addEventListener('abort', () => reject(new ReproduceCancelled()));
        }),
    });
    const first = view.reproduce(source);
    expect(view.reproductions.r1).toEqual({ status: 'running' });
    reported(1);
    reported(2);
    expect(view.reproductions.r1).toEqual({ status: 'running', progress: { done: 2, total: 4, text: 'step 2' } });
    view.cancelReproduction('r1');
    expect(await first).toEqual({ status: 'cancelled' });
    reported(3); // a late report of a cancelled re-run changes nothing
    expect(view.reproductions.r1).toEqual({ status: 'cancelled' });
    expect(recorded).toEqual([]);
    const second = view.reproduce(source);
    finish();
    expect((await second).status).toBe('done');
    expect(recorded).toHaveLength(1);
  });

  it('drops the result of a lab that cannot stop early when it arrives after Cancel', async () => {
    const source = run(1);
    let finish: () => void = () => {};
    const late = new Promise<void>((resolve) => (finish = resolve));
    const { view, recorded } = setup([source], { 'many-small-wins': async (r: RunRecord) => (await late, { ...r }) });
    const pending = view.reproduce(source);
    view.cancelReproduction('r1');
    expect(await pending).toEqual({ status: 'cancelled' });
    finish();
    await late;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(recorded).toEqual([]);
    expect(view.reproductions.r1).toEqual({ status: 'cancelled' });
  });

  it('starts from a link’s filter and sort, offering its lab and metric even when no run has them', () => {
    const list = [run(1), run(2, { lab: 'ab-test-lab', metrics: { pValue: 0.2 } })];
    const view = new RunsViewController(() => list, { record: async () => {}, query: { ...DEFAULT_QUERY, lab: 'drift-lab', sort: 'metric:meanAccuracy' } });
    expect(view.shown).toEqual([]);
    expect(view.labChoices).toEqual(['many-small-wins', 'ab-test-lab', 'drift-lab']);
    expect(view.sortMetrics).toEqual(['meanAccuracy']);
    view.setQuery({ ...DEFAULT_QUERY, sort: 'metric:pValue', descending: false });
    expect(view.labChoices).toEqual(['many-small-wins', 'ab-test-lab']);
    expect(view.sortMetrics).toEqual(['trueWins', 'pValue']);
    expect(view.shown.map((r) => r.id)).toEqual(['r2', 'r1']);
  });
});
