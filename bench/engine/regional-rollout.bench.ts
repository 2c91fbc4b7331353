import { it } from 'vitest';
import { harmlessReplays, simulateRollout, type RolloutConfig } from '../../src/engine/rollout';
import { runRollout } from '../../src/sims/regional-rollout/simulate';
import { median, report, timeRuns } from './measure';

// Budget (issue 7): the lab's full simulation under 1 s. One click runs one rollout plus 200 harmless replays.
it('measures the Regional rollout engine', () => {
  let seed = 0;
  const config = (watchDays: number): RolloutConfig => ({
    seed: seed++,
    watchDays,
    share: 0.25,
    limits: { wait: 10, supply: 5, trips: 3, fairness: 1.25 },
    alpha: 0.05,
    trouble: true,
  });
  const full = timeRuns(() => runRollout({ config: config(7), replays: 200 }));
  const fullSlow = timeRuns(() => runRollout({ config: config(14), replays: 200 }));
  const one = timeRuns(() => simulateRollout(config(7)));
  const replays = timeRuns(() => harmlessReplays(config(7), 200));
  report('regional-rollout', {
    'full simulation: rollout + 200 harmless replays, 7 days a region, median ms': median(full),
    'full simulation: rollout + 200 harmless replays, 14 days a region, median ms': median(fullSlow),
    'one rollout with series, median ms': median(one),
    '200 harmless replays, median ms': median(replays),
    runs: full.length,
  });
});
