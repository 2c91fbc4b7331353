import type { Component } from 'svelte';
import type { InteractiveId } from './interactiveIds';

type Frame = Component<{ id: InteractiveId; query: URLSearchParams }>;

let frame: Frame | null = null;
const ready = new Set<string>();

/**
 * What a lesson section needs to show a lab: the frame every lab sits in (InteractiveFrame,
 * with its scenario state and share panel) and the lab's own chunk. Neither is part of the
 * lesson page's chunk: a section asks for them once the text above the lab has painted, so
 * they never hold up that text. Resolves to the frame once both are in; a lab whose own
 * chunk fails still gets its frame, which reports the failure. Rejects only when the frame
 * itself cannot load.
 */
export async function loadLab(id: string): Promise<Frame> {
  const [module] = await Promise.all([
    import('../components/InteractiveFrame.svelte'),
    import('./loadSim').then(({ loadSim }) => loadSim(id)).catch(() => undefined),
  ]);
  frame = module.default;
  ready.add(id);
  return frame;
}

/** The frame, synchronously, when `loadLab(id)` has already resolved (a section shown again). */
export function loadedLab(id: string): Frame | null {
  return ready.has(id) ? frame : null;
}
