import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../../src/persistence/schema';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { SalesForecastController } from '../../../../src/sims/sales-forecast-lab/controller.svelte';
import { dataSpec, jobFor, type SalesValues } from '../../../../src/sims/sales-forecast-lab/settings';
import { PilotStoresController } from '../../../../src/sims/pilot-stores/controller.svelte';
import { handleModelsRequest } from '../../../../src/workers/models.worker';
import { salesReproducer } from '../../../../src/sims/runs-and-registry/reproduceSales';
import { pilotReproducer } from '../../../../src/sims/runs-and-registry/reproducePilot';
import { checkReproduction } from '../../../../src/sims/runs-and-registry/reproduce';
import { ReproduceCancelled, ReproduceError, type Reproducer } from '../../../../src/sims/runs-and-registry/reproducers';
import { InProcessWorker } from '../../support/fakeWorker';

/** The models worker's real handler in this thread. */
const createWorker = () => new InProcessWorker<{ type: string }>((post) => (m) => handleModelsRequest(m, post));
const stored = (runs: NewRun[]): RunRecord[] => runs.map((r, i) => ({ ...r, id: `r${i}`, createdAt: 0 }));

/** Re-runs a record and expects the same metrics (timings aside), params, seed, dataset and backend. */
async function expectReproduced(reproduce: Reproducer, original: RunRecord): Promise<void> {
  const again = await reproduce(original);
  const check = checkReproduction(original, again);
  expect(check.checks.filter((c) => !c.same && !c.timing)).toEqual([]);
  expect({ identical: check.identical, sameBackend: check.sameBackend, sameSettings: check.sameSettings, sameDataset: check.sameDataset }).toEqual({
    identical: true,
    sameBackend: true,
    sameSettings: true,
    sameDataset: true,
  });
  expect(again.model).toBe(original.model);
}

const tamper = (run: RunRecord, params: RunRecord['params']): RunRecord => ({ ...run, params: { ...run.params, ...params } });

describe('sales forecast reproducer', () => {
  /** Both models fitted the way the learner does (data first, then each Train button), away from the defaults. */
  async function originals(): Promise<RunRecord[]> {
    const values: SalesValues = { seed: 11, years: 3, noise: 15, promo: 20, k: 2, trees: 40, rate: 0.105, depth: 2, leaf: 5, sub: 0.8, bk: 4, lag: true };
    const recorded: NewRun[] = [];
    const lab = new SalesForecastController({ createWorker, record: async (r) => void recorded.push(r) });
    try {
      await lab.setData(dataSpec(values));
      await lab.train(jobFor('linear-regression', values));
      await lab.train(jobFor('gradient-boosting', values));
    } finally {
      lab.dispose();
    }
    return stored(recorded);
  }
  const reproduce = salesReproducer(createWorker);

  it('re-runs linear regression and boosted trees from their records to identical metrics', async () => {
    const runs = await originals();
    expect(runs.map((r) => r.model)).toEqual(['linear-regression', 'gradient-boosting']);
    expect(runs[1].params).toMatchObject({ noise: 0.15, promoRate: 0.2, learningRate: 0.105, subsample: 0.8, seasonalLag: true });
    for (const run of runs) await expectReproduced(reproduce, run);
  });

  it('refuses tampered or out-of-bounds records with a message naming the setting', async () => {
    const [linear, boosted] = await originals();
    const refused: [RunRecord, RegExp][] = [
      [tamper(linear, { noise: 0.153 }), /“Noise.*” \(0\.153\) is not a value the lab can be set to/],
      [tamper(boosted, { learningRate: 0.1037 }), /\(0\.1037\) is not a value the lab can be set to/],
      [tamper(linear, { years: 9 }), /outside the lab's bounds: .*9 is above the maximum/],
      [tamper(linear, { fourierK: '2' }), /no number for “fourierK”/],
      [tamper(linear, { nEstimators: 40 }), /has changed since this run: .* as –, where the run had 40/],
      [tamper(linear, { holdoutWeeks: 52 }), /has changed since this run: .*“Holdout weeks” as 26, where the run had 52/],
      [{ ...linear, model: 'random-forest' }, /a model the lab does not train \(“random-forest”\)/],
    ];
    for (const [run, message] of refused) {
      const error = await reproduce(run).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ReproduceError);
      expect((error as Error).message).toMatch(message);
    }
  });
});

describe('pilot stores reproducer', () => {
  /** The learner's path: the pilot, accept season, reject local holidays, accept promotions, then every wave the rule allows. */
  async function originals(threshold: number): Promise<RunRecord[]> {
    const recorded: NewRun[] = [];
    const lab = new PilotStoresController(() => ({ seed: 12, threshold }), { createWorker, record: async (r) => void recorded.push(r) });
    try {
      lab.prediction = 'most';
      await lab.startPilot();
      await lab.decide(true);
      await lab.decide(false);
      await lab.decide(true);
      while (lab.nextWave !== null) await lab.rolloutNext();
    } finally {
      lab.dispose();
    }
    return stored(recorded);
  }
  const reproduce = pilotReproducer(createWorker);

  it('re-runs each step of the path (pilot, accepted proposals, rollout waves) from its record to identical metrics', async () => {
    const runs = await originals(12.5);
    expect(runs.map((r) => [r.params.step, r.params.proposal ?? r.params.wave ?? null])).toEqual([
      ['pilot', null],
      ['proposal', 'season'],
      ['proposal', 'promo'],
      ['rollout', 1],
      ['rollout', 2],
      ['rollout', 3],
    ]);
    for (const run of runs) await expectReproduced(reproduce, run);
  });

  it('reports the path’s steps in order, and stops at a cancel with nothing to record', async () => {
    const wave3 = (await originals(12.5)).at(-1)!;
    const steps: string[] = [];
    const again = await reproduce(wave3, { onProgress: (done, total, text) => steps.push(`${done}/${total} ${text}`) });
    expect(checkReproduction(wave3, again).identical).toBe(true);
    // The pilot, the three proposals decided, then waves 1 to 3.
    expect(steps).toEqual(Array.from({ length: 7 }, (_, i) => `${i + 1}/7 Re-running: step ${i + 1} of 7`));

    const abort = new AbortController();
    const seen: number[] = [];
    const stopped = reproduce(wave3, { signal: abort.signal, onProgress: (done) => (seen.push(done), done === 2 && abort.abort()) });
    await expect(stopped).rejects.toBeInstanceOf(ReproduceCancelled);
    expect(seen).toEqual([1, 2]);
  });

  it('re-runs a halted wave, and refuses a record the path cannot reach or whose steps contradict each other', async () => {
    const halting = await originals(5);
    const halted = halting.at(-1)!;
    expect(halted.params).toMatchObject({ step: 'rollout', wave: 2, threshold: 5 });
    expect(halted.metrics.halted).toBe(1);
    await expectReproduced(reproduce, halted);

    const [pilot, season, promo, , , wave3] = await originals(12.5);
    const refused: [RunRecord, RegExp][] = [
      [tamper(wave3, { threshold: 5 }), /has changed since this run: its rollout now halts before wave 3/],
      [tamper(wave3, { threshold: 10.3 }), /“Halt threshold.*” \(10\.3\) is not a value the lab can be set to/],
      [tamper(wave3, { wave: 4 }), /does not hold together: there is no rollout wave 4/],
      [tamper(promo, { promo: false }), /does not hold together: the accepted proposal’s feature is off/],
      [tamper(season, { promo: true }), /does not hold together: a feature is on before its proposal was decided/],
      [tamper(pilot, { step: 'launch' }), /“step” is not one the lab knows/],
      [tamper(pilot, { stores: 4 }), /has changed since this run: .*“Stores” as 3, where the run had 4/],
    ];
    for (const [run, message] of refused) {
      const error = await reproduce(run).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ReproduceError);
      expect((error as Error).message).toMatch(message);
    }
  });
});
