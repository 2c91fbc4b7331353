import { PresenterSync, type Position } from '../engine/presenter/sync';

const CHANNEL = 'ml-that-works-presenter';

/** A random window id from `crypto.getRandomValues` (available outside secure contexts too). */
function windowId(role: string): string {
  const words = crypto.getRandomValues(new Uint32Array(2));
  return `${role}-${Array.from(words, (w) => w.toString(36)).join('')}`;
}

/**
 * One window's side of a presenter session: the sync engine (`engine/presenter/sync.ts`)
 * over a BroadcastChannel shared by the presenter view and the notes window of this
 * browser. `startedAt` is the session timer's start, the earliest any window knows.
 */
export class PresenterSession {
  /** When the session's timer started (epoch ms). */
  startedAt = $state(Date.now());
  /** False where the browser has no BroadcastChannel: the windows cannot follow each other. */
  readonly linked: boolean;
  #sync: PresenterSync;
  #channel: BroadcastChannel | null = null;

  constructor(role: 'presenter' | 'notes', onRemote: (position: Position) => void) {
    this.linked = typeof BroadcastChannel === 'function';
    this.#channel = this.linked ? new BroadcastChannel(CHANNEL) : null;
    this.#sync = new PresenterSync({
      origin: windowId(role),
      follower: role === 'notes',
      startedAt: this.startedAt,
      post: (message) => this.#channel?.postMessage(message),
      onRemote,
    });
    this.#channel?.addEventListener('message', (event: MessageEvent) => {
      this.#sync.receive(event.data);
      this.startedAt = this.#sync.startedAt;
    });
  }

  /** This window shows `position` now (its first position, a local step, or what a message applied). */
  show(position: Position): void {
    this.#sync.show(position);
  }

  close(): void {
    this.#channel?.close();
    this.#channel = null;
  }
}
