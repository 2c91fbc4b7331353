import { it } from 'vitest';
import { BASIC_FEATURES, type FeatureSet } from '../../src/engine/pilot-stores/forecast';
import { PROPOSALS, withProposal } from '../../src/engine/pilot-stores/proposals';
import { forecastStores, simulateRollout } from '../../src/engine/pilot-stores/rollout';
import { PILOT_COUNT, summarise } from '../../src/engine/pilot-stores/rule';
import { generateStores } from '../../src/engine/pilot-stores/stores';
import { median, report, timeRuns } from './measure';

const SEED = 7;
const THRESHOLD = 10;
const round = (x: number, d = 2) => Number(x.toFixed(d));

/**
 * The Pilot stores lab from start to finish, as the worker runs it: generate the
 * 30-store chain, fit the basic forecast in the 3 pilot stores, retrain them after
 * each of the three proposals (all accepted), then roll out 3 → 10 → 30 stores.
 */
function fullSimulation(seed: number) {
  const stores = generateStores(seed);
  let f: FeatureSet = BASIC_FEATURES;
  const pilot = [summarise(forecastStores(stores, f, 0, PILOT_COUNT)).mape];
  for (const p of PROPOSALS) {
    f = withProposal(f, p.id);
    pilot.push(summarise(forecastStores(stores, f, 0, PILOT_COUNT)).mape);
  }
  return { pilot, rollout: simulateRollout(stores, f, THRESHOLD) };
}

it('measures the Pilot stores simulation', () => {
  const result = fullSimulation(SEED);
  const tFull = timeRuns(() => fullSimulation(SEED));
  const tGenerate = timeRuns(() => generateStores(SEED));
  const stores = generateStores(SEED);
  const all: FeatureSet = { season: true, localHoliday: true, promo: true };
  const tRollout = timeRuns(() => simulateRollout(stores, all, THRESHOLD));
  report('pilot-stores', {
    'full simulation (30 stores generated, pilot + 3 retrains, rollout 3 -> 10 -> 30), median ms': round(median(tFull), 1),
    'full simulation, slowest of the runs, ms': round(tFull[tFull.length - 1], 1),
    'generateStores 30 x 208 weeks, median ms': round(median(tGenerate), 1),
    'rollout 30 stores, every proposal accepted, median ms': round(median(tRollout), 1),
    [`seed ${SEED}: pilot mean MAPE %, basic then after each proposal`]: result.pilot.map((x) => round(x)),
    [`seed ${SEED}: rollout waves (stores reached, mean MAPE %, total cost $) at threshold ${THRESHOLD}%`]: result.rollout.map((s) => [s.reach, round(s.summary.mape), Math.round(s.summary.total)]),
    runs: tFull.length,
  });
});
