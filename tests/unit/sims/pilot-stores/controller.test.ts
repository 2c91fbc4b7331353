import { describe, expect, it } from 'vitest';
import { PilotStoresController, type PilotSettings } from '../../../../src/sims/pilot-stores/controller.svelte';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { handleModelsRequest } from '../../../../src/workers/models.worker';
import { InProcessWorker } from '../../support/fakeWorker';

/** Models worker stand-ins running the real handler in this thread. */
const fakeWorker = () => () => new InProcessWorker((post) => (m) => handleModelsRequest(m, post));

function labWith(settings: PilotSettings, slowAfterMs?: number) {
  const recorded: NewRun[] = [];
  const current = { ...settings };
  const lab = new PilotStoresController(() => current, { createWorker: fakeWorker(), record: async (run) => void recorded.push(run), slowAfterMs });
  return { lab, recorded, current };
}

describe('PilotStoresController', () => {
  it('needs a prediction before the pilot starts', async () => {
    const { lab, recorded } = labWith({ seed: 7, threshold: 10 });
    await lab.startPilot();
    expect(lab.baseline).toBeNull();
    expect(recorded).toEqual([]);
    lab.dispose();
  });

  it('runs the pilot, retrains on each accepted proposal, rolls out to 30 stores and records every step', async () => {
    const { lab, recorded } = labWith({ seed: 7, threshold: 10 });
    lab.prediction = 'most';
    await lab.startPilot();
    expect(lab.baseline?.results.map((r) => r.store)).toEqual([1, 2, 3]);
    expect(lab.message).toMatch(/^Basic forecast fitted in the 3 pilot stores: mean MAPE \d+\.\d\d%\.$/);
    expect(lab.nextProposal?.id).toBe('season');
    expect(lab.nextWave).toBeNull(); // no rollout before every proposal is decided

    for (const id of ['season', 'localHoliday', 'promo']) {
      expect(lab.nextProposal?.id).toBe(id);
      await lab.decide(true);
    }
    expect(lab.features).toEqual({ season: true, localHoliday: true, promo: true });
    const [season] = lab.outcomes;
    if (season.decision !== 'accepted') throw new Error('not accepted');
    expect(season.after.results[0].mape).toBeLessThan(season.before.results[0].mape / 2);

    while (lab.nextWave !== null) await lab.rolloutNext();
    expect(lab.complete).toBe(true);
    expect(lab.live).toBe(30);
    expect(lab.waves.map((w) => w.result.results.length)).toEqual([3, 7, 20]);
    expect(lab.takeaway.at(-1)).toMatch(/^The rollout reached all 30 stores/);
    lab.dispose();

    expect(recorded.map((r) => r.params.step)).toEqual(['pilot', 'proposal', 'proposal', 'proposal', 'rollout', 'rollout', 'rollout']);
    for (const run of recorded) {
      expect(run).toMatchObject({ lab: 'pilot-stores', model: 'linear-regression', seed: 7, backend: 'js', datasetVersion: lab.baseline!.datasetVersion });
      expect(run.metrics.mape).toBeGreaterThan(0);
      expect(run.metrics.totalCost).toBeCloseTo(run.metrics.stockoutCost + run.metrics.wasteCost, 6);
    }
    expect(recorded[1].metrics.mapeBefore).toBeCloseTo(recorded[0].metrics.mape, 10);
    expect(recorded.slice(4).map((r) => r.metrics.halted)).toEqual([0, 0, 0]);
  });

  it('a rejected proposal changes nothing; with every proposal rejected the pilot wave halts at 10%', async () => {
    const { lab, recorded } = labWith({ seed: 7, threshold: 10 });
    lab.prediction = 'little';
    await lab.startPilot();
    const before = lab.current;
    for (let i = 0; i < 3; i++) await lab.decide(false);
    expect(lab.current).toBe(before);
    expect(lab.outcomes.map((o) => o.decision)).toEqual(['rejected', 'rejected', 'rejected']);
    await lab.rolloutNext();
    expect(lab.halted).toBe(true);
    expect(lab.nextWave).toBeNull();
    expect(lab.live).toBe(0);
    await lab.rolloutNext();
    expect(lab.waves).toHaveLength(1);
    expect(recorded.map((r) => r.params.step)).toEqual(['pilot', 'rollout']);
    expect(recorded[1].metrics.halted).toBe(1);
    lab.dispose();
  });

  it('a new threshold restarts the rollout and a new seed starts over', async () => {
    const { lab, current } = labWith({ seed: 7, threshold: 40 });
    lab.prediction = 'some';
    await lab.startPilot();
    for (let i = 0; i < 3; i++) await lab.decide(i === 0);
    await lab.rolloutNext();
    expect(lab.waves).toHaveLength(1);
    current.threshold = 20;
    lab.sync(current);
    expect(lab.waves).toEqual([]);
    expect(lab.outcomes).toHaveLength(3);
    current.seed = 8;
    lab.sync(current);
    expect(lab.baseline).toBeNull();
    expect(lab.outcomes).toEqual([]);
    expect(lab.prediction).toBe('some');
    lab.dispose();
  });

  it('shows progress once a fit outlasts slowAfterMs, and hides it when the fit ends', async () => {
    const { lab } = labWith({ seed: 7, threshold: 10 }, 0);
    lab.prediction = 'most';
    const pilot = lab.startPilot();
    expect(lab.busy).toBe(true);
    expect(lab.slow).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(lab.slow).toBe(true);
    await pilot;
    expect([lab.busy, lab.slow]).toEqual([false, false]);
    lab.dispose();
  });
});
