import type { BackendName } from '../../engine/training/backend-policy';
import { complaintLabMessages as m } from '../../messages/complaint-classifier-lab';
import type { TrainingFailure, TrainingStatus } from '../../state/training.svelte';
import type { BackendRequest } from '../../workers/protocol';

/** What the network panel knows while a network trains. */
export interface NetworkProgress {
  phase: 'idle' | 'training' | 'scoring' | 'saving' | 'loading' | 'recovering';
  status: TrainingStatus | null;
  requested: BackendRequest | null;
  backend: BackendName | null;
  /** Epochs finished, and the run's total. */
  epoch: number;
  totalEpochs: number;
}

/**
 * The sentence under the progress bar: loading TF.js (and calibrating, when the
 * backend is 'auto'), warming up (compiling shaders on WebGL), "Epoch e of n"
 * (the epoch under way, 1-based), scoring, saving or loading. Empty when idle.
 */
export function progressText(p: NetworkProgress): string {
  if (p.phase === 'saving') return m.network.saving;
  if (p.phase === 'loading') return p.status === 'loading' ? m.status.loading : m.network.loadingSaved;
  if (p.phase === 'recovering') return m.status.recovering(p.backend ?? 'cpu');
  if (p.phase === 'scoring') return m.status.scoring;
  switch (p.status) {
    case 'loading':
      return p.requested === 'auto' ? m.status.calibrating : m.status.loading;
    case 'warming-up':
      return (p.backend ?? p.requested) === 'webgl' ? m.status.warmingGpu : m.status.warming;
    case 'training':
      return m.status.epoch(Math.min(p.epoch + 1, p.totalEpochs), p.totalEpochs);
    default:
      return '';
  }
}

/** The learner-facing sentence for a failed run (never the raw error unless nothing better is known). */
export function failureText(error: TrainingFailure): string {
  return m.status.errors[error.code] ?? m.status.failed(error.message);
}
