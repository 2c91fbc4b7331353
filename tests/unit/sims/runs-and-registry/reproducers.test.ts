import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../../src/persistence/schema';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { manualClock } from '../../support/manualClock';
import { measuresDevice, REPRODUCERS, ReproduceError } from '../../../../src/sims/runs-and-registry/reproducers';
import { isInteractiveId } from '../../../../src/content/interactiveIds';
import { checkReproduction, reproducedRecord } from '../../../../src/sims/runs-and-registry/reproduce';
import { AbLabController } from '../../../../src/sims/ab-test-lab/controller.svelte';
import { msPerDay } from '../../../../src/sims/ab-test-lab/playback';
import { PeekingController } from '../../../../src/sims/peeking-trap/controller.svelte';
import { mainThreadRunner } from '../../../../src/sims/peeking-trap/runner';
import { SmallWinsController } from '../../../../src/sims/many-small-wins/controller.svelte';
import { RolloutController } from '../../../../src/sims/regional-rollout/controller.svelte';
import { ChangeRequestController } from '../../../../src/sims/change-request-simulator/controller.svelte';
import { PipelineExplorerController } from '../../../../src/sims/pipeline-explorer/controller.svelte';

/** The record a lab stored: its run as the controller handed it over, with an id and a time. */
const stored = (run: NewRun, id = 'original'): RunRecord => ({ ...run, id, createdAt: 1_700_000_000_000 });

function recorder() {
  const runs: NewRun[] = [];
  return { runs, record: async (run: NewRun) => void runs.push(run) };
}

/** Each lab run as the learner runs it (not as the reproducer does), with settings away from the defaults. */
const originals: [string, () => Promise<NewRun>][] = [
  [
    'an A/B test stopped early on day 6 (sales KPI, novelty on)',
    async () => {
      const r = recorder();
      const time = manualClock(false);
      const lab = new AbLabController(() => ({ seed: 9, baseline: 7.5, effect: -4, split: 30, visitors: 4_000, days: 21, novelty: true, kpi: 'sales' }), { clock: time.clock, record: r.record });
      lab.run();
      time.advance(msPerDay(21) * 5);
      lab.stop();
      await lab.saved;
      return r.runs[0];
    },
  ],
  [
    'a full A/B test on conversion',
    async () => {
      const r = recorder();
      const lab = new AbLabController(() => ({ seed: 3, baseline: 5, effect: 10, split: 50, visitors: 10_000, days: 14, novelty: false, kpi: 'conversion' }), {
        clock: manualClock(true).clock,
        record: r.record,
      });
      lab.run();
      await lab.saved;
      return r.runs[0];
    },
  ],
  [
    'a peeking-trap simulation',
    async () => {
      const r = recorder();
      const lab = new PeekingController(() => ({ seed: 11, experiments: 200, looks: 12, visitors: 500, alpha: 5 }), { runner: mainThreadRunner(), record: r.record });
      await lab.run();
      return r.runs[0];
    },
  ],
  [
    'an under-powered year of small wins',
    async () => {
      const r = recorder();
      const lab = new SmallWinsController(
        () => ({ seed: 5, changes: 120, nullShare: 70, mean: 1.2, sd: 0.8, traffic: 2_000_000, alpha: 5, power: 80, underpowered: true }),
        { record: r.record },
      );
      lab.run();
      await lab.saved;
      return r.runs[0];
    },
  ],
  [
    'a regional rollout',
    async () => {
      const r = recorder();
      const { mainThreadRunner: rolloutOnThread } = await import('../../../../src/sims/regional-rollout/runner');
      const lab = new RolloutController(() => ({ seed: 8, days: 5, share: 20, wait: 8, supply: 4, trips: 2.5, fair: 1.3, bad: true }), { runner: rolloutOnThread(), record: r.record });
      lab.prediction = 'more';
      await lab.run();
      await lab.saved;
      return r.runs[0];
    },
  ],
  [
    'a change-request stream',
    async () => {
      const r = recorder();
      const lab = new ChangeRequestController(() => ({ seed: 4, changes: 12, contract: 1.5, feedback: 3, goal: 5, worth: 40, overhead: 20 }), { record: r.record });
      lab.predict('coupled');
      lab.run();
      await lab.saved;
      return r.runs[0];
    },
  ],
  [
    'a pipeline-explorer run',
    async () => {
      const r = recorder();
      const lab = new PipelineExplorerController(() => ({ fault: 'worse-model' as const }), { clock: manualClock(true).clock, record: r.record });
      lab.predict('mlops');
      lab.run();
      await lab.saved;
      return r.runs[0];
    },
  ],
];

describe('reproducers', () => {
  it.each(originals)('re-running %s from its record gives identical metrics, params and dataset', async (_name, make) => {
    const original = stored(await make());
    const again = await REPRODUCERS[original.lab](original);
    expect(again.lab).toBe(original.lab);
    expect(again.metrics).toEqual(original.metrics);
    expect(again.params).toEqual(original.params);
    expect(again.seed).toBe(original.seed);
    expect(again.datasetVersion).toBe(original.datasetVersion);
    const check = checkReproduction(original, again);
    expect(check.identical).toBe(true);
    expect(check.sameBackend).toBe(true);
    expect(check.sameSettings).toBe(true);
    expect(check.checks.length).toBe(Object.keys(original.metrics).length);
  });

  it('refuses a record whose settings are outside the lab’s bounds instead of clamping them', async () => {
    const original = stored(await originals[1][1]());
    const bad: RunRecord = { ...original, params: { ...original.params, visitorsPerDay: 5 } };
    await expect(REPRODUCERS['ab-test-lab'](bad)).rejects.toBeInstanceOf(ReproduceError);
  });

  it('refuses a record with a parameter missing', async () => {
    const original = stored(await originals[2][1]());
    const { looks: _, ...params } = original.params;
    await expect(REPRODUCERS['peeking-trap']({ ...original, params })).rejects.toThrow(/looks/);
  });

  it('links the recorded reproduction to its source run and keeps its metrics', async () => {
    const original = stored(await originals[5][1](), 'abc');
    const again = await REPRODUCERS[original.lab](original);
    const linked = reproducedRecord(original, again);
    expect(linked.params.reproducedFrom).toBe('abc');
    expect(linked.metrics).toEqual(original.metrics);
    expect(checkReproduction(original, linked).sameSettings).toBe(true);
  });

  it('is keyed by the labs’ own ids, and leaves out only labs that measure the device', () => {
    expect(Object.keys(REPRODUCERS).filter((id) => !isInteractiveId(id))).toEqual([]);
    expect(Object.keys(REPRODUCERS)).toEqual(expect.arrayContaining(['drift-lab', 'sales-forecast-lab', 'pilot-stores', 'clinician-in-the-loop']));
    expect(Object.keys(REPRODUCERS).filter(measuresDevice)).toEqual([]);
    expect(measuresDevice('notebook-to-production')).toBe(true);
  });

  it('reports a metric that changed', () => {
    const original: RunRecord = { id: 'x', lab: 'ab-test-lab', params: { a: 1 }, seed: 1, datasetVersion: 'h', metrics: { pValue: 0.04, trainMs: 5 }, backend: 'js', durationMs: 1, createdAt: 0 };
    const check = checkReproduction(original, { ...original, metrics: { pValue: 0.05, trainMs: 9 }, backend: 'webgl' });
    expect(check.identical).toBe(false);
    expect(check.sameBackend).toBe(false);
    expect(check.checks).toEqual([
      { key: 'pValue', original: 0.04, reproduced: 0.05, same: false, timing: false },
      { key: 'trainMs', original: 5, reproduced: 9, same: false, timing: true },
    ]);
  });
});
