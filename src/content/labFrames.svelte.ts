import type { Block } from './types';
import { loadLab, loadedLab } from './loadLab';
import { afterPaintShown } from '../lib/firstPaint';
import { SLOW_LOAD_MS } from '../lib/watchLoad';

type Frame = NonNullable<ReturnType<typeof loadedLab>>;

/**
 * The labs of one section as it is drawn: which have their frame and chunks in (`frames`,
 * null for a frame that could not load), and how many blocks can be drawn before the first
 * lab that has not (`reachable`): blocks after a lab wait for it, so it mounts at its full
 * size and nothing below it moves. `request` asks for a lab once the next paint is on
 * screen, so what is already drawn (the text above it) reaches the screen first; `slow` is
 * set while a requested lab has taken longer than 300 ms.
 */
export class LabFrames {
  frames = $state.raw<ReadonlyMap<string, Frame | null>>(new Map());
  slow = $state(false);
  readonly #blocks: readonly Block[];
  readonly #requested = new Set<string>();
  #pending = 0;
  #closed = false;

  constructor(blocks: readonly Block[]) {
    this.#blocks = blocks;
    // A section shown again draws the labs it already has at once.
    const ready = blocks.flatMap((b) => (b.kind === 'interactive' ? [[b.id, loadedLab(b.id)] as const] : [])).filter(([, frame]) => frame);
    this.frames = new Map(ready);
  }

  /** The index of the first lab whose frame is not in yet, or the number of blocks. */
  get reachable(): number {
    const stop = this.#blocks.findIndex((b) => b.kind === 'interactive' && !this.frames.has(b.id));
    return stop < 0 ? this.#blocks.length : stop;
  }

  request(id: string): void {
    if (this.#requested.has(id) || this.frames.has(id)) return;
    this.#requested.add(id);
    this.#pending++;
    const timer = setTimeout(() => (this.slow = !this.#closed), SLOW_LOAD_MS);
    const settle = (frame: Frame | null) => {
      clearTimeout(timer);
      if (--this.#pending === 0) this.slow = false;
      if (!this.#closed && !this.frames.has(id)) this.frames = new Map([...this.frames, [id, frame]]);
    };
    void afterPaintShown()
      .then(() => (this.#closed ? null : loadLab(id)))
      .then(settle, () => settle(null));
  }

  /** Stops taking results in (the section is gone). */
  close(): void {
    this.#closed = true;
  }
}
