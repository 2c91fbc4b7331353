import type { Clock } from '../../lib/clock';
import type { Catchers } from '../../engine/pipelines';
import type { CostVerdict } from '../../messages/change-request-simulator';
import { bool, capture, num, oneOf, onAbort, ReproduceError, throwIfCancelled, type Reproducer } from './reproducers';
import { bounded } from './refusals';

// The reproducers of the labs that run on the main thread and finish in one go (or report their
// progress through `onProgress`): each loads its lab's scenario and controller and re-runs the record.

/** A clock whose replay never advances on its own: the reproducer ends it on the recorded day. */
const heldClock = (reducedMotion: boolean): Clock => ({ now: () => performance.now(), frame: () => 1, cancel: () => {}, reducedMotion: () => reducedMotion });

export const abTestLab: Reproducer = async (run) => {
  const [{ scenario }, { AbLabController }, { KPIS }] = await Promise.all([import('../ab-test-lab/index'), import('../ab-test-lab/controller.svelte'), import('../ab-test-lab/settings')]);
  const p = run.params;
  const values = bounded(scenario, {
    seed: run.seed,
    baseline: num(p, 'baselinePercent'),
    effect: num(p, 'effectPercent'),
    split: num(p, 'splitToBPercent'),
    visitors: num(p, 'visitorsPerDay'),
    days: num(p, 'plannedDays'),
    novelty: bool(p, 'novelty'),
    kpi: oneOf(p, 'kpi', KPIS),
  });
  const out = capture();
  const lab = new AbLabController(() => values, { clock: heldClock(false), record: out.record });
  lab.run();
  // The learner may have stopped early: end on the recorded decision day.
  const day = run.metrics.decisionDay;
  lab.shownDays = Number.isInteger(day) && day >= 1 && day <= values.days ? day : values.days;
  lab.stop();
  await lab.saved;
  return out.take();
};

export const peekingTrap: Reproducer = async (run, options = {}) => {
  const [{ scenario }, { PeekingController }] = await Promise.all([import('../peeking-trap/index'), import('../peeking-trap/controller.svelte')]);
  const p = run.params;
  const values = bounded(scenario, { seed: run.seed, experiments: num(p, 'experiments'), looks: num(p, 'looks'), visitors: num(p, 'visitorsPerArmPerLook'), alpha: num(p, 'alphaPercent') });
  const out = capture();
  throwIfCancelled(options.signal);
  const lab = new PeekingController(() => values, { record: out.record });
  const stopListening = onAbort(options.signal, () => lab.cancel());
  try {
    await lab.run();
    throwIfCancelled(options.signal);
    if (lab.status === 'error') throw new ReproduceError(lab.error);
    return out.take();
  } finally {
    stopListening();
    lab.dispose();
  }
};

export const manySmallWins: Reproducer = async (run) => {
  const [{ scenario }, { SmallWinsController }, { UNDERPOWERED_FACTOR }] = await Promise.all([
    import('../many-small-wins/index'),
    import('../many-small-wins/controller.svelte'),
    import('../many-small-wins/settings'),
  ]);
  const p = run.params;
  const underpowered = bool(p, 'underpowered');
  // The record keeps the traffic a test got; the lab's full traffic is that times the under-powered factor.
  const traffic = num(p, 'visitorsPerArm') * (underpowered ? UNDERPOWERED_FACTOR : 1);
  const values = bounded(scenario, {
    seed: run.seed,
    changes: num(p, 'changes'),
    nullShare: num(p, 'noEffectPercent'),
    mean: num(p, 'meanEffectPercent'),
    sd: num(p, 'sdEffectPercent'),
    traffic,
    alpha: num(p, 'alphaPercent'),
    power: num(p, 'plannedPowerPercent'),
    underpowered,
  });
  const out = capture();
  const lab = new SmallWinsController(() => values, { record: out.record });
  lab.run();
  await lab.saved;
  return out.take();
};

export const regionalRollout: Reproducer = async (run, options = {}) => {
  const [{ scenario }, { RolloutController }, { REPLAYS }] = await Promise.all([
    import('../regional-rollout/index'),
    import('../regional-rollout/controller.svelte'),
    import('../regional-rollout/settings'),
  ]);
  const p = run.params;
  if (num(p, 'replays') !== REPLAYS) throw new ReproduceError(`The lab now runs ${REPLAYS} replays; this run had ${p.replays}.`);
  const values = bounded(scenario, {
    seed: run.seed,
    days: num(p, 'watchDays'),
    share: num(p, 'sharePercent'),
    wait: num(p, 'waitLimitPercent'),
    supply: num(p, 'supplyLimitPercent'),
    trips: num(p, 'tripsLimitPercent'),
    fair: num(p, 'fairnessLimit'),
    bad: bool(p, 'badRegion'),
  });
  const out = capture();
  const lab = new RolloutController(() => values, { record: out.record });
  // The prediction is not part of the record and does not change the simulation.
  lab.prediction = 'same';
  throwIfCancelled(options.signal);
  const stopListening = onAbort(options.signal, () => lab.cancel());
  try {
    await lab.run();
    throwIfCancelled(options.signal);
    if (lab.status === 'error') throw new ReproduceError(lab.error);
    await lab.saved;
    return out.take();
  } finally {
    stopListening();
    lab.dispose();
  }
};

const VERDICTS: readonly CostVerdict[] = ['modular', 'coupled', 'same'];

export const changeRequests: Reproducer = async (run) => {
  const [{ scenario }, { ChangeRequestController }] = await Promise.all([import('../change-request-simulator/index'), import('../change-request-simulator/controller.svelte')]);
  const p = run.params;
  const values = bounded(scenario, {
    seed: run.seed,
    changes: num(p, 'changes'),
    contract: num(p, 'contractDays'),
    feedback: num(p, 'feedbackEverySprints'),
    goal: num(p, 'goalMovesAtSprint'),
    worth: num(p, 'oldGoalWorthPercent'),
    overhead: num(p, 'releaseOverheadPercent'),
  });
  const out = capture();
  const lab = new ChangeRequestController(() => values, { record: out.record });
  lab.predict(oneOf(p, 'prediction', VERDICTS));
  lab.run();
  await lab.saved;
  return out.take();
};

export const pipelineExplorer: Reproducer = async (run) => {
  const [{ scenario }, { PipelineExplorerController }, { CATCHERS, FAULTS }] = await Promise.all([
    import('../pipeline-explorer/index'),
    import('../pipeline-explorer/controller.svelte'),
    import('../../engine/pipelines'),
  ]);
  const p = run.params;
  const values = bounded(scenario, { fault: oneOf(p, 'fault', FAULTS) });
  const out = capture();
  const lab = new PipelineExplorerController(() => values, { clock: heldClock(true), record: out.record });
  lab.predict(oneOf<Catchers>(p, 'prediction', CATCHERS));
  lab.run();
  await lab.saved;
  return out.take();
};
