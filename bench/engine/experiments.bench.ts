import { it } from 'vitest';
import { manySmallWins } from '../../src/engine/experiments/manySmallWins';
import { peekingSimulation } from '../../src/engine/experiments/peeking';
import { simulateExperiment } from '../../src/engine/experiments/simulateExperiment';
import { createRng } from '../../src/engine/random/rng';
import { lanDeMetsBoundaries } from '../../src/engine/stats/groupSequential';
import { median, report, timeRuns } from './measure';

// Budgets (PRODUCT.md / brief): 1,000,000 simulated users ≤ 100 ms; 1,000 A/A × 30 looks ≤ 1 s.
it('measures the experiment engines', () => {
  let seed = 0;
  // 1,000,000 users: 20 days × 50,000 visitors, conversion plus both continuous KPIs (sales, duration).
  const millionUsers = timeRuns(() =>
    simulateExperiment({ days: 20, visitorsPerDay: 50_000, split: 0.5, baselineRate: 0.05, lift: 0.02 }, createRng(seed++)),
  );
  // Same million users over 60 days: more daily tests, smaller daily counts (exact log-normal path for sales).
  const millionUsers60Days = timeRuns(() =>
    simulateExperiment({ days: 60, visitorsPerDay: 16_667, split: 0.5, baselineRate: 0.05, lift: 0.02 }, createRng(seed++)),
  );
  const aaPeeking = timeRuns(() =>
    peekingSimulation({ experiments: 1000, looks: 30, visitorsPerLook: 1000, baseline: 0.05, alpha: 0.05, seed: seed++ }),
  );
  const boundaries30 = timeRuns(() => lanDeMetsBoundaries(Array.from({ length: 30 }, (_, k) => (k + 1) / 30), 0.05));
  const smallWinsYear = timeRuns(() =>
    manySmallWins({
      changes: 52,
      trueEffects: { nullShare: 0.3, mean: 0.002, sd: 0.01 },
      trafficPerTest: 50_000,
      alpha: 0.05,
      power: 0.8,
      seed: seed++,
    }),
  );
  report('experiments', {
    'simulateExperiment 1,000,000 users (20 d x 50,000), median ms': median(millionUsers),
    'simulateExperiment 1,000,000 users (60 d x 16,667), median ms': median(millionUsers60Days),
    'peekingSimulation 1,000 A/A x 30 looks (incl. boundaries), median ms': median(aaPeeking),
    'lanDeMetsBoundaries 30 looks, median ms': median(boundaries30),
    'manySmallWins 52 changes, median ms': median(smallWinsYear),
    runs: millionUsers.length,
  });
});
