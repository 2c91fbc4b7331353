import { newLearnerSeed, parseLearnerSeed } from '../lib/shuffleOptions';
import { appStorage } from './storage.svelte';

/** Settings key of the learner seed (carried by export/import like every setting). */
export const LEARNER_SEED_KEY = 'learner.seed';

/**
 * The learner's own seed, created once and kept with the settings: it decides the
 * order of every knowledge check's options (see `optionOrder`), so the order is the
 * same after a reload, differs between learners, and moves with an export. In guest
 * mode the seed lives in the memory store for the session. A missing or malformed
 * stored value (after a reset, or from a hostile import) is replaced by a new seed.
 */
class LearnerSeedState {
  seed = $state<number | null>(null);
  #loading: Promise<void> | null = null;

  constructor() {
    appStorage.onChange((kind) => {
      if (kind === 'all' || kind === 'settings') void this.load(true);
    });
  }

  /** Reads (or creates and stores) the seed, once unless `force`. */
  load(force = false): Promise<void> {
    if (!this.#loading || force) {
      this.#loading = (async () => {
        const repo = appStorage.repo;
        let seed: number | null = null;
        try {
          seed = parseLearnerSeed(await repo.getSetting(LEARNER_SEED_KEY));
        } catch {
          // storage trouble is reported by the app's banners; a session seed still works
        }
        if (seed === null) {
          seed = newLearnerSeed();
          const fresh = seed;
          await appStorage.write((r) => r.putSetting(LEARNER_SEED_KEY, fresh)).catch(() => undefined);
        }
        this.seed = seed;
      })();
    }
    return this.#loading;
  }
}

export const learnerSeed = new LearnerSeedState();
