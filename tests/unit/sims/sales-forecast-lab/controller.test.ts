import { describe, expect, it } from 'vitest';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { SalesForecastController } from '../../../../src/sims/sales-forecast-lab/controller.svelte';
import { dataSpec, jobFor, type SalesValues } from '../../../../src/sims/sales-forecast-lab/settings';
import { scenario } from '../../../../src/sims/sales-forecast-lab/index';
import { defaults } from '../../../../src/lib/scenario';
import { handleModelsRequest } from '../../../../src/workers/models.worker';
import type { WorkerLike } from '../../../../src/state/models-client';
import { InProcessWorker } from '../../support/fakeWorker';

const values: SalesValues = defaults(scenario);

/** Models worker stand-ins running the real handler in this thread; `hold` keeps fits pending. */
function fakeWorkers(options: { hold?: boolean } = {}) {
  const created: InProcessWorker<{ type: string }>[] = [];
  const create = () => {
    const worker = new InProcessWorker<{ type: string }>((post) => (m) => (options.hold && m.type === 'fit-sales' ? undefined : handleModelsRequest(m, post)));
    created.push(worker);
    return worker;
  };
  return { create, created };
}

function labWith(options: { hold?: boolean; slowAfterMs?: number } = {}) {
  const workers = fakeWorkers(options);
  const recorded: NewRun[] = [];
  const lab = new SalesForecastController({
    createWorker: workers.create,
    record: async (run) => void recorded.push(run),
    slowAfterMs: options.slowAfterMs,
  });
  return { lab, workers, recorded };
}

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
};

describe('SalesForecastController', () => {
  it('loads the series, fits both models, and says what the comparison shows', async () => {
    const { lab, recorded } = labWith();
    expect(lab.takeaway).toMatch(/^Train both models/);
    await lab.setData(dataSpec(values));
    expect(lab.data?.weeks).toBe(208);

    const linear = await lab.train(jobFor('linear-regression', values));
    expect(linear?.metrics.knobs).toBe(1);
    expect(lab.linear).toBe(linear);
    expect(lab.message).toMatch(/^Linear regression fitted in .+: holdout MAPE \d+\.\d\d%\.$/);
    expect(lab.takeaway).toMatch(/^Linear regression is trained\. Train gradient-boosted trees/);

    const ensemble = await lab.train(jobFor('gradient-boosting', values));
    expect(ensemble?.metrics.knobs).toBe(7);
    expect(lab.takeaway).toMatch(/1 knob instead of 7/);
    expect(lab.running).toBeNull();
    lab.dispose();

    expect(recorded.map((r) => r.model)).toEqual(['linear-regression', 'gradient-boosting']);
    for (const run of recorded) {
      expect(run).toMatchObject({ lab: 'sales-forecast-lab', seed: 42, backend: 'js', datasetVersion: lab.data!.datasetVersion });
      expect(Object.keys(run.metrics).sort()).toEqual(['knobs', 'mae', 'mape', 'parameters', 'sizeBytes', 'trainMs']);
      expect(Object.values(run.metrics).every(Number.isFinite)).toBe(true);
      expect(run.params).toMatchObject({ years: 4, noise: 0.05, promoRate: 0.12, holdoutWeeks: 26 });
      expect(run.durationMs).toBeGreaterThanOrEqual(0);
    }
    expect(recorded[1].params).toMatchObject({ nEstimators: 200, maxDepth: 3, seasonalLag: false });
  });

  it('gives the same numbers for the same seed', async () => {
    const a = labWith();
    const b = labWith();
    for (const { lab } of [a, b]) await lab.setData(dataSpec(values));
    const [fa, fb] = [await a.lab.train(jobFor('gradient-boosting', values)), await b.lab.train(jobFor('gradient-boosting', values))];
    expect(fa!.metrics.mape).toBe(fb!.metrics.mape);
    expect(Array.from(fa!.forecast)).toEqual(Array.from(fb!.forecast));
    expect(a.lab.data!.datasetVersion).toBe(b.lab.data!.datasetVersion);
  });

  it('drops the fits when the data changes, and ignores a spec it already shows', async () => {
    const { lab, workers } = labWith();
    await lab.setData(dataSpec(values));
    await lab.train(jobFor('linear-regression', values));
    const requests = () => workers.created.flatMap((w) => w.sent).length;
    const before = requests();
    await lab.setData(dataSpec(values));
    expect(requests()).toBe(before);
    expect(lab.linear).not.toBeNull();

    await lab.setData(dataSpec({ ...values, seed: 7 }));
    expect(lab.linear).toBeNull();
    expect(lab.takeaway).toMatch(/^Train both models/);
  });

  it('cancels a running fit by terminating the worker, then fits again in a fresh one', async () => {
    const { lab, workers, recorded } = labWith({ hold: true });
    await lab.setData(dataSpec(values));
    const pending = lab.train(jobFor('gradient-boosting', values));
    expect(lab.running).toBe('gradient-boosting');
    expect(await lab.train(jobFor('linear-regression', values))).toBeNull();
    lab.cancel();
    expect(await pending).toBeNull();
    expect(lab.running).toBeNull();
    expect(lab.message).toBe('Gradient-boosted trees: fit cancelled.');
    expect(workers.created[0].terminated).toBe(true);
    expect(recorded).toEqual([]);

    await lab.setData(dataSpec({ ...values, seed: 8 }));
    expect(workers.created).toHaveLength(2);
    expect(lab.data?.data.seed).toBe(8);
  });

  it('stops a running fit when the data changes, and says why', async () => {
    const { lab } = labWith({ hold: true });
    await lab.setData(dataSpec(values));
    const pending = lab.train(jobFor('gradient-boosting', values));
    const loading = lab.setData(dataSpec({ ...values, years: 5 }));
    expect(await pending).toBeNull();
    await loading;
    expect(lab.message).toMatch(/^The data changed/);
    expect(lab.data?.weeks).toBe(260);
  });

  it('reloads the data when a cancel also stopped a data request', async () => {
    const { lab } = labWith({ hold: true });
    void lab.setData(dataSpec(values));
    const pending = lab.train(jobFor('linear-regression', values));
    lab.cancel();
    await pending;
    await until(() => lab.data !== null);
    expect(lab.loadingData).toBe(false);
  });

  it('shows progress only for a wait longer than slowAfterMs', async () => {
    const { lab } = labWith({ hold: true, slowAfterMs: 20 });
    await lab.setData(dataSpec(values));
    expect(lab.slow).toBe(false);
    const pending = lab.train(jobFor('gradient-boosting', values));
    expect(lab.slow).toBe(false);
    await until(() => lab.slow);
    lab.cancel();
    await pending;
    expect(lab.slow).toBe(false);
  });

  it('reports a worker that fails to start as an error, not a result', async () => {
    const lab = new SalesForecastController({
      createWorker: () => {
        const w: WorkerLike = { onmessage: null, onerror: null, postMessage: () => setTimeout(() => w.onerror?.({ message: 'boom' } as ErrorEvent)), terminate: () => {} };
        return w;
      },
    });
    await lab.setData(dataSpec(values));
    expect(lab.data).toBeNull();
    expect(lab.error).toMatch(/boom/);
  });
});
