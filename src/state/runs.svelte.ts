import type { RunRecord } from '../persistence/schema';
import { randomId } from '../lib/id';
import { appStorage } from './storage.svelte';

/** A run as a lab reports it; the store adds its id and time. */
export type NewRun = Omit<RunRecord, 'id' | 'createdAt'>;

/** Every recorded run, newest first, kept in step with storage and other tabs. */
class RunsState {
  list = $state.raw<RunRecord[]>([]);
  loaded = $state(false);

  constructor() {
    appStorage.onChange((kind) => {
      if (kind === 'all' || kind === 'runs') void this.load();
    });
  }

  async load(): Promise<void> {
    this.list = await appStorage.repo.listRuns();
    this.loaded = true;
  }

  /** Records a finished run and returns it (with its id), or undefined if storage is full. */
  async record(run: NewRun): Promise<RunRecord | undefined> {
    const full: RunRecord = { ...run, id: randomId(), createdAt: Date.now(), ...(appStorage.demo ? { demo: true } : {}) };
    const saved = await appStorage.write(async (repo) => {
      await repo.addRun(full);
      return full;
    });
    if (saved) this.list = [saved, ...this.list];
    return saved;
  }

  async remove(id: string): Promise<void> {
    await appStorage.write((repo) => repo.deleteRun(id));
    this.list = this.list.filter((r) => r.id !== id);
  }
}

export const runs = new RunsState();
