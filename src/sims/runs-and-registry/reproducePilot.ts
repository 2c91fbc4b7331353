import type { WorkerLike } from '../../state/models-client';
import type { FeatureSet } from '../../engine/pilot-stores/forecast';
import { PROPOSALS, type ProposalId } from '../../engine/pilot-stores/proposals';
import { ROLLOUT_GROUPS } from '../../engine/pilot-stores/rule';
import { runsMessages } from '../../messages/runs-and-registry';
import { bool, capture, num, oneOf, onAbort, ReproduceError, throwIfCancelled, type Reproducer } from './reproducers';
import { exactly, takeAsRecorded } from './refusals';

const STEPS = ['pilot', 'proposal', 'rollout'] as const;
const PROPOSAL_IDS: readonly ProposalId[] = PROPOSALS.map((p) => p.id);
const inconsistent = (what: string) => new ReproduceError(runsMessages.refuse.inconsistent(what));

/**
 * The Pilot stores lab's runs, re-run from their record. A run is one step of the lab's path: the
 * basic forecast in the pilot stores, the retraining after an accepted proposal, or one rollout
 * wave. The lab's controller walks that path again from the seed: proposals are decided as the
 * record's features say (accepted when its feature is on), waves are run up to the recorded one
 * with the recorded halt threshold, and the last step's run is the reproduction. Every fit is pure
 * TypeScript in the models worker. Progress is the steps of that path; cancelling stops it (the worker is
 * terminated). `createWorker` lets tests run it in process.
 */
export function pilotReproducer(createWorker?: () => WorkerLike): Reproducer {
  return async (run, options = {}) => {
    const [{ scenario }, { PilotStoresController }] = await Promise.all([import('../pilot-stores/index'), import('../pilot-stores/controller.svelte')]);
    const p = run.params;
    const step = oneOf(p, 'step', STEPS);
    const features: FeatureSet = { season: bool(p, 'season'), localHoliday: bool(p, 'localHoliday'), promo: bool(p, 'promo') };
    const settings = exactly(scenario, { seed: run.seed, ...(step === 'rollout' ? { threshold: num(p, 'threshold') } : {}) });
    // The proposals decided before this step: all for a wave, those before the recorded one for a retraining.
    const decided = step === 'pilot' ? 0 : step === 'proposal' ? PROPOSAL_IDS.indexOf(oneOf(p, 'proposal', PROPOSAL_IDS)) + 1 : PROPOSALS.length;
    if (step === 'proposal' && !features[PROPOSAL_IDS[decided - 1]]) throw inconsistent('the accepted proposal’s feature is off.');
    if (PROPOSAL_IDS.slice(decided).some((id) => features[id])) throw inconsistent('a feature is on before its proposal was decided.');
    const wave = step === 'rollout' ? num(p, 'wave') : 0;
    if (step === 'rollout' && !(Number.isInteger(wave) && wave >= 1 && wave <= ROLLOUT_GROUPS.length)) throw inconsistent(`there is no rollout wave ${wave}.`);

    throwIfCancelled(options.signal);
    const out = capture();
    const lab = new PilotStoresController(() => settings, { createWorker, record: out.record });
    const stopListening = onAbort(options.signal, () => lab.reset(false));
    const steps = 1 + decided + wave;
    let done = 0;
    // After each step: a cancel made during it (or while it was reported) ends the path there.
    const stepDone = () => {
      throwIfCancelled(options.signal);
      done += 1;
      options.onProgress?.(done, steps, runsMessages.reproduceProgress.steps(done, steps));
      throwIfCancelled(options.signal);
    };
    // The learner's prediction is not part of the record and changes no fit.
    lab.prediction = 'some';
    const failed = () => new ReproduceError(lab.error ?? lab.message);
    try {
      await lab.startPilot();
      stepDone();
      if (!lab.baseline) throw failed();
      for (const id of PROPOSAL_IDS.slice(0, decided)) {
        const before = lab.outcomes.length;
        await lab.decide(features[id]);
        stepDone();
        if (lab.outcomes.length === before) throw failed();
      }
      for (let g = 0; g < wave; g++) {
        if (lab.nextWave !== g) throw new ReproduceError(runsMessages.refuse.haltsEarlier(wave));
        await lab.rolloutNext();
        stepDone();
        if (lab.waves.length !== g + 1) throw failed();
      }
      return takeAsRecorded(out.take, p);
    } finally {
      stopListening();
      lab.dispose();
    }
  };
}
