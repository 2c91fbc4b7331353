import { it } from 'vitest';
import { simulateChangeRequests } from '../../src/engine/agile/change-requests';
import { median, report, timeRuns } from './measure';

// Budget (issue 7): the lab's full simulation under 1 s; it runs on the main thread, so it should stay far
// under the 50 ms long-task limit.
it('measures the change-request simulator', () => {
  let seed = 0;
  const delivery = { sprints: 12, feedbackEvery: 2, goalChangeSprint: 7, oldGoalWorth: 0.25, releaseOverhead: 0.1 };
  const defaults = timeRuns(() => simulateChangeRequests({ seed: seed++, changes: 8, contractDays: 2, delivery }), 101, 10);
  const largest = timeRuns(
    () => simulateChangeRequests({ seed: seed++, changes: 40, contractDays: 10, delivery: { ...delivery, feedbackEvery: 1 } }),
    101,
    10,
  );
  report('change-requests', {
    'simulateChangeRequests defaults (8 requests, 12 sprints), median ms': median(defaults),
    'simulateChangeRequests at the bounds (40 requests, 12 sprints), median ms': median(largest),
    'simulateChangeRequests at the bounds, p95 ms': largest[Math.floor(0.95 * (largest.length - 1))],
    runs: largest.length,
  });
});
