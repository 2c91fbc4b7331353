import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../../src/persistence/schema';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { PAGE, RunsViewController } from '../../../../src/sims/runs-and-registry/controller.svelte';

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
});
