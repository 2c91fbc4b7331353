import { describe, expect, it } from 'vitest';
import type { PeekingConfig } from '../../../../src/engine/experiments';
import { peekingSimulation } from '../../../../src/engine/experiments';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { PeekingController, finalRates } from '../../../../src/sims/peeking-trap/controller.svelte';
import type { PeekingRequest } from '../../../../src/sims/peeking-trap/protocol';
import { CancelledError, mainThreadRunner, workerRunner, type PeekingRunner } from '../../../../src/sims/peeking-trap/runner';
import type { PeekingSettings } from '../../../../src/sims/peeking-trap/settings';
import { wilsonInterval } from '../../../../src/engine/stats/wilson';
import { fakeWorkers } from '../../support/fakeWorker';

describe('wilsonInterval', () => {
  // References: the closed-form Wilson score interval evaluated in Python (statistics.NormalDist);
  // 50/1000 also matches statsmodels' proportion_confint(50, 1000, method='wilson') = (0.03813, 0.06531).
  it.each([
    { x: 269, n: 1000, lo: 0.2424381913, hi: 0.2973297711 },
    { x: 50, n: 1000, lo: 0.0381302624, hi: 0.0653138202 },
    { x: 0, n: 20, lo: 0, hi: 0.1611251581 },
    { x: 20, n: 20, lo: 0.8388748419, hi: 1 },
    { x: 1, n: 2000, lo: 0.0000882677, hi: 0.0028268625 },
    { x: 112, n: 2000, lo: 0.0467483339, hi: 0.066954004 },
  ])('gives [$lo, $hi] for $x of $n', ({ x, n, lo, hi }) => {
    const [a, b] = wilsonInterval(x, n);
    expect(a).toBeCloseTo(lo, 9);
    expect(b).toBeCloseTo(hi, 9);
  });

  it('refuses impossible counts', () => {
    expect(wilsonInterval(3, 0)).toEqual([NaN, NaN]);
    expect(wilsonInterval(5, 4)).toEqual([NaN, NaN]);
  });
});

const settings: PeekingSettings = { seed: 7, experiments: 400, looks: 30, visitors: 1000, alpha: 5 };

function setup(runner: PeekingRunner = mainThreadRunner()) {
  let current = { ...settings };
  const recorded: NewRun[] = [];
  const trap = new PeekingController(() => current, { runner, record: async (run) => void recorded.push(run) });
  return { trap, recorded, set: (next: Partial<PeekingSettings>) => (current = { ...current, ...next }) };
}

describe('PeekingController', () => {
  it('runs, reports the peeking rate far above alpha with its interval, and records the run', async () => {
    const { trap, recorded } = setup();
    await trap.run();
    expect(trap.status).toBe('done');
    expect(trap.final!.peeking.rate).toBeGreaterThan(0.15);
    expect(trap.final!.peeking.coversAlpha).toBe(false);
    expect(trap.final!.fixedHorizon.interval[0]).toBeLessThan(trap.final!.fixedHorizon.rate);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ lab: 'peeking-trap', seed: 7, backend: 'js', params: { experiments: 400, looks: 30 } });
    expect(recorded[0].metrics.peekingPercent).toBeCloseTo(trap.final!.peeking.rate * 100, 10);
    expect(Object.values(recorded[0].metrics).every(Number.isFinite)).toBe(true);
    expect(trap.stale).toBe(false);
  });

  it('marks the result stale when a setting changes', async () => {
    const { trap, set } = setup();
    await trap.run();
    set({ looks: 14 });
    expect(trap.stale).toBe(true);
  });

  it('keeps only the newest run when runs overlap, and a cancel drops the one in flight', async () => {
    const resolvers: ((v: Awaited<ReturnType<PeekingRunner['run']>>) => void)[] = [];
    const rejecters: ((e: Error) => void)[] = [];
    const runner: PeekingRunner = {
      run: () => new Promise((resolve, reject) => void (resolvers.push(resolve), rejecters.push(reject))),
      cancel: () => rejecters.at(-1)?.(new CancelledError()),
      dispose: () => {},
    };
    const { trap, recorded } = setup(runner);
    const first = trap.run();
    const second = trap.run();
    const result = peekingSimulation({ experiments: 10, looks: 2, visitorsPerLook: 10, baseline: 0.05, alpha: 0.05, seed: 1 });
    resolvers[0]({ result, durationMs: 1, where: 'main' });
    await first;
    expect(trap.status).toBe('running');
    trap.cancel();
    await second;
    expect(trap.status).toBe('idle');
    expect(trap.result).toBeNull();
    expect(recorded).toHaveLength(0);
  });
});

/** Workers that answer with the real engine. */
const engineWorkers = () => fakeWorkers((request: PeekingRequest) => ({ result: peekingSimulation(request.config), durationMs: 1 }));

describe('workerRunner', () => {
  const config: PeekingConfig = { experiments: 50, looks: 5, visitorsPerLook: 100, baseline: 0.05, alpha: 0.05, seed: 3 };

  it('returns exactly what the engine computes on the main thread', async () => {
    const runner = workerRunner(engineWorkers().create);
    const out = await runner.run(config);
    expect(out.where).toBe('worker');
    expect(out.result).toEqual(peekingSimulation(config));
  });

  it('passes the engine’s refusal on as an error', async () => {
    const runner = workerRunner(engineWorkers().create);
    await expect(runner.run({ ...config, experiments: 1e9 })).rejects.toThrow(RangeError);
  });

  it('terminates the worker on cancel and starts a fresh one for the next run', async () => {
    const { made, create } = engineWorkers();
    const runner = workerRunner(create);
    const pending = runner.run(config);
    runner.cancel();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(made[0].terminated).toBe(true);
    await runner.run(config);
    expect(made).toHaveLength(2);
  });

  it('falls back to the main thread when no worker can be created', async () => {
    const runner = workerRunner(() => {
      throw new Error('no workers here');
    });
    expect((await runner.run(config)).where).toBe('main');
  });
});

describe('finalRates', () => {
  it('recovers counts from rates for the interval', () => {
    const result = peekingSimulation({ experiments: 200, looks: 10, visitorsPerLook: 500, baseline: 0.05, alpha: 0.05, seed: 11 });
    const rates = finalRates(result, 200, 0.05);
    expect(rates.peeking.interval).toEqual(wilsonInterval(Math.round(result.final.peeking * 200), 200));
  });
});
