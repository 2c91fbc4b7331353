/**
 * Keeps a presenter view and its instructor-notes window on the same section, over any
 * message channel (BroadcastChannel in the app, plain functions in tests).
 *
 * Protocol: one message, `position` = `{ from, slug, section, rev, origin, startedAt }`
 * (`from` is the sender, `origin` the window whose step the stamp records).
 * - Every window holds its position stamped `(rev, origin)`: `rev` counts steps (a
 *   Lamport clock: a step takes the highest revision seen, at least 0, plus one) and `origin`, the
 *   window's random id, breaks ties. Stamp A is newer than B when A.rev > B.rev, or the
 *   revisions are equal and A.origin > B.origin.
 * - A window that opens announces where its URL put it. The presenter view opens at
 *   revision 0; a notes window opens at revision −1, so its announcement is a question
 *   ("where are you?") that any other window answers.
 * - A received position newer than the window's own is applied (and never sent back);
 *   one older than its own is answered with the window's position, which the sender then
 *   applies; an equal stamp needs no answer (so no two windows ever echo each other). So a late window catches up at once, and two windows stepping at the same
 *   moment both end on the newer step.
 * - `startedAt` (epoch ms) is when the session's timer started: every window keeps the
 *   earliest value it has seen, so the timer counts from the first window opened.
 */

export interface Position {
  slug: string;
  section: string;
}

/** A position with its revision stamp. */
export interface Stamped extends Position {
  rev: number;
  origin: string;
}

/** The one message of the protocol: the sender's id, its position and stamp, and the timer start. */
export interface SyncMessage extends Stamped {
  type: 'position';
  from: string;
  startedAt: number;
}

export interface SyncOptions {
  /** This window's id, [a-z0-9-], unique among the windows of a session. */
  origin: string;
  /** The notes window follows: its opening position yields to any other window's. */
  follower: boolean;
  /** Sends a message to the other windows. */
  post: (message: SyncMessage) => void;
  /** Called when another window moved this one (never for this window's own steps). */
  onRemote: (position: Position) => void;
  /** When this window opened (epoch ms). */
  startedAt: number;
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** True when stamp `a` is newer than stamp `b`: higher revision, ties broken by the higher origin. */
export function isNewer(a: { rev: number; origin: string }, b: { rev: number; origin: string }): boolean {
  return a.rev > b.rev || (a.rev === b.rev && a.origin > b.origin);
}

/**
 * Reads an incoming message, or null when it is not a well-formed sync message (slug and
 * section shaped like route segments, integer revision from −1 up, finite non-negative
 * start time). Messages come from our own origin, but a tab of an older version may still
 * be open and speak differently.
 */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, from, origin, startedAt, slug, section, rev } = data as Record<string, unknown>;
  if (type !== 'position') return null;
  if (typeof from !== 'string' || !ID.test(from) || typeof origin !== 'string' || !ID.test(origin)) return null;
  if (typeof slug !== 'string' || !ID.test(slug) || typeof section !== 'string' || !ID.test(section)) return null;
  if (typeof rev !== 'number' || !Number.isSafeInteger(rev) || rev < -1) return null;
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || startedAt < 0) return null;
  return { type, from, origin, startedAt, slug, section, rev };
}

/** One window's end of the sync protocol. */
export class PresenterSync {
  #options: SyncOptions;
  #stamp: Stamped | null = null;
  #startedAt: number;

  constructor(options: SyncOptions) {
    this.#options = options;
    this.#startedAt = options.startedAt;
  }

  /** Where this window is, with its stamp (null before the first `show`). */
  get position(): Stamped | null {
    return this.#stamp;
  }

  /** When the session's timer started (epoch ms): the earliest start any window reported. */
  get startedAt(): number {
    return this.#startedAt;
  }

  /**
   * This window now shows `position`. The first call opens the window (revision 0, or −1
   * for a follower) and announces it; later calls with a different position are steps
   * (highest revision + 1), announced too. Showing what a message just applied is neither.
   */
  show(position: Position): void {
    const current = this.#stamp;
    if (current && current.slug === position.slug && current.section === position.section) return;
    const rev = current ? Math.max(current.rev, 0) + 1 : this.#options.follower ? -1 : 0;
    this.#stamp = { slug: position.slug, section: position.section, rev, origin: this.#options.origin };
    this.#announce();
  }

  /** Handles a message from another window (anything malformed, or this window's own, is ignored). */
  receive(data: unknown): void {
    const message = parseSyncMessage(data);
    if (!message || message.from === this.#options.origin) return;
    this.#startedAt = Math.min(this.#startedAt, message.startedAt);
    const incoming: Stamped = { slug: message.slug, section: message.section, rev: message.rev, origin: message.origin };
    const current = this.#stamp;
    if (current && !isNewer(incoming, current)) {
      // The sender is behind (or just asked): tell it where we are. Equal stamps need no answer.
      if (isNewer(current, incoming)) this.#announce();
      return;
    }
    this.#stamp = incoming;
    if (!current || current.slug !== incoming.slug || current.section !== incoming.section) {
      this.#options.onRemote({ slug: incoming.slug, section: incoming.section });
    }
  }

  #announce(): void {
    if (this.#stamp) this.#options.post({ type: 'position', from: this.#options.origin, startedAt: this.#startedAt, ...this.#stamp });
  }
}
