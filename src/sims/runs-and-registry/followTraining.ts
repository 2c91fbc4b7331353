import { TrainingClient } from '../../state/training.svelte';
import type { BackendRequest, ProgressReply } from '../../workers/protocol';
import { runsMessages } from '../../messages/runs-and-registry';
import type { ReproduceOptions } from './reproducers';

const say = runsMessages.reproduceProgress;

/** A progress reply as work done of a total, with its words: epochs of a training, days of a drift year; null for the others. */
export function progressStep(p: ProgressReply): [done: number, total: number, text: string] | null {
  if (p.stage === 'epoch') return [p.epoch, p.epochs, say.epochs(p.epoch, p.epochs)];
  if (p.stage === 'day') return [p.day, p.days, say.days(p.day, p.days)];
  return null;
}

/**
 * A TF.js lab's client factory (the lab's own, or the real worker's) whose clients report their progress
 * to the runs view, and stop their work at the first reply after `signal` was aborted: that also catches
 * a cancel made before the lab had a client to cancel.
 */
export function followedClient(create: ((backend: BackendRequest) => TrainingClient) | undefined, options: ReproduceOptions): (backend: BackendRequest) => TrainingClient {
  return (backend) => {
    const client = (create ?? ((b: BackendRequest) => new TrainingClient({ backend: b })))(backend);
    client.onProgress = (p) => {
      if (options.signal?.aborted) return client.cancel();
      const step = progressStep(p);
      if (step) options.onProgress?.(...step);
    };
    return client;
  };
}
