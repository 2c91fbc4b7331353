// src/state/learnerSeed.svelte.ts: the per-learner seed that orders every check's options.
import { describe, expect, it } from 'vitest';
import { LEARNER_SEED_KEY, learnerSeed } from '../../../src/state/learnerSeed.svelte';
import { appStorage } from '../../../src/state/storage.svelte';
import { parseLearnerSeed } from '../../../src/lib/shuffleOptions';

describe('learnerSeed', () => {
  it('creates a seed once, stores it with the settings, and reads the same one back', async () => {
    expect(await appStorage.repo.getSetting(LEARNER_SEED_KEY)).toBeUndefined();
    await learnerSeed.load();
    const seed = learnerSeed.seed;
    expect(parseLearnerSeed(seed)).not.toBeNull();
    expect(await appStorage.repo.getSetting(LEARNER_SEED_KEY)).toBe(seed);
    await learnerSeed.load(true);
    expect(learnerSeed.seed).toBe(seed);
  });

  it('takes the seed an import brings, when the settings change', async () => {
    await learnerSeed.load();
    await appStorage.repo.putSetting(LEARNER_SEED_KEY, 12345);
    appStorage.announceLocal('settings');
    await learnerSeed.load(); // the change listener started a forced reload; this waits for it
    expect(learnerSeed.seed).toBe(12345);
  });

  it('replaces a malformed stored seed with a fresh valid one', async () => {
    await appStorage.repo.putSetting(LEARNER_SEED_KEY, 'not a seed');
    await learnerSeed.load(true);
    expect(parseLearnerSeed(learnerSeed.seed)).not.toBeNull();
    expect(await appStorage.repo.getSetting(LEARNER_SEED_KEY)).toBe(learnerSeed.seed);
  });
});
