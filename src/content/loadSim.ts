import type { InteractiveId } from './interactiveIds';
import { simLoaders, type SimModule } from './interactives';

const loaded = new Map<string, SimModule>();

/**
 * Loads an interactive's chunk and remembers the module, so a section can wait for
 * its interactives before it renders and then mount them in the same frame as its
 * text: nothing moves when a lab arrives. Resolves to undefined for an id without
 * a loader (an interactive that has not landed).
 */
export async function loadSim(id: InteractiveId | string): Promise<SimModule | undefined> {
  const loader = simLoaders[id as InteractiveId];
  if (!loader) return undefined;
  const module = loaded.get(id) ?? (await loader());
  loaded.set(id, module);
  return module;
}

/** The module of an interactive already loaded by `loadSim`, synchronously. */
export function loadedSim(id: InteractiveId | string): SimModule | undefined {
  return loaded.get(id);
}
