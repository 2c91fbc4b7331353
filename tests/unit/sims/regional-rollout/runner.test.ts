import { describe, expect, it } from 'vitest';
import type { RolloutRequest } from '../../../../src/sims/regional-rollout/protocol';
import { CancelledError, workerRunner } from '../../../../src/sims/regional-rollout/runner';
import { runRollout } from '../../../../src/sims/regional-rollout/simulate';
import { toRolloutConfig } from '../../../../src/sims/regional-rollout/settings';
import { fakeWorkers } from '../../support/fakeWorker';

/** Workers that answer with the real engine, as rollout.worker.ts does. */
const engineWorkers = () => fakeWorkers(({ id: _, ...request }: RolloutRequest) => runRollout(request));

const request = {
  config: toRolloutConfig({ seed: 7, days: 7, share: 25, wait: 10, supply: 5, trips: 3, fair: 1.25, bad: true }),
  replays: 5,
};

describe('the Regional rollout’s worker runner', () => {
  it('returns exactly what the engine computes on the main thread', async () => {
    const out = await workerRunner(engineWorkers().create).run(request);
    const direct = runRollout(request);
    expect(out.result).toEqual(direct.result);
    expect(out.replays).toEqual(direct.replays);
  });

  it('passes the engine’s refusal on as an error', async () => {
    const runner = workerRunner(engineWorkers().create);
    await expect(runner.run({ ...request, config: { ...request.config, watchDays: 99 } })).rejects.toThrow(RangeError);
  });

  it('terminates the worker on cancel and starts a fresh one for the next run', async () => {
    const { made, create } = engineWorkers();
    const runner = workerRunner(create);
    const pending = runner.run(request);
    runner.cancel();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(made[0].terminated).toBe(true);
    await runner.run(request);
    expect(made).toHaveLength(2);
  });

  it('falls back to the main thread when no worker can be created', async () => {
    const runner = workerRunner(() => {
      throw new Error('no workers here');
    });
    expect((await runner.run(request)).result.rollback?.region).toBe(3);
  });
});
