import { appStorage } from '../../../state/storage.svelte';
import { loadOnce } from '../../../lib/loadOnce';
import type { RegistryDeps } from './registry.svelte';

/**
 * The evaluation (the lab's workers, TF.js backend choice, corpus settings) is not part of the
 * registry's first load: it arrives on the first "Evaluate", while its busy notice shows.
 */
const loadEvaluation = loadOnce(() => import('./evaluateWithWorkers'));

/** Offers `text` as a JSON file download (a same-origin blob URL). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The registry wired to the app's storage and workers. */
export const appRegistryDeps: RegistryDeps = {
  repo: () => appStorage.repo,
  write: (op) => appStorage.write(op),
  onChange: (listener) => appStorage.onChange(listener),
  evaluate: async (model, production) => (await loadEvaluation()).evaluateWithWorkers(appStorage.repo, model, production),
  download,
};
