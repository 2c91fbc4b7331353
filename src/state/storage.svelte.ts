import { createStorage } from '../persistence/createStorage';
import { createMemoryRepository } from '../persistence/memoryRepository';
import { createDemoRepository } from '../persistence/demoRepository';
import { DatabaseClosedError, StorageFullError, StorageUnavailableError } from '../persistence/errors';
import type { Repository } from '../persistence/repository';
import { onExternalChange, type ChangeKind } from '../persistence/sync';
import { messages } from '../messages/app';

const GUEST_FLAG = 'ml-that-works-guest';

type Listener = (kind: ChangeKind) => void;

/**
 * Which repository the app writes to, and what the learner must be told about it:
 * guest mode, storage unavailable, another tab upgrading the database, a full disk.
 * App state classes read and write through `appStorage.repo` and reload on `changed`.
 */
class AppStorage {
  repo = $state.raw<Repository>(createMemoryRepository());
  ready = $state(false);
  guest = $state(false);
  persistent = $state(false);
  unavailableReason = $state<string | null>(null);
  versionChanged = $state(false);
  /** This tab must upgrade the database but another tab still holds the old version open. */
  upgradeBlocked = $state(false);
  storageFull = $state(false);
  /** Presenter mode: the device's data is read but never changed; runs are stored marked as demo runs. */
  demo = $state(false);
  #base: Repository = this.repo;
  /** A write failed for a reason other than a full disk (storage vanished mid-session). */
  writeFailed = $state(false);
  #listeners = new Set<Listener>();
  #unsubscribe: (() => void) | null = null;

  async start(): Promise<void> {
    this.guest = readGuestFlag();
    await this.#open();
    this.#unsubscribe ??= onExternalChange((kind) => {
      if (!this.guest) this.#emit(kind);
    });
  }

  /** Subscribes to data changes (this tab's imports/resets and other tabs' writes). */
  onChange(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Runs a write. Storage problems become banners rather than errors thrown at the
   * learner: a full disk, another tab's upgrade (reload needed), storage gone. In each
   * case the write's transaction aborted, so earlier data is intact.
   */
  async write<T>(operation: (repo: Repository) => Promise<T>): Promise<T | undefined> {
    try {
      return await operation(this.repo);
    } catch (error) {
      if (error instanceof StorageFullError) this.storageFull = true;
      else if (error instanceof DatabaseClosedError) this.versionChanged = true;
      else if (error instanceof StorageUnavailableError) this.writeFailed = true;
      else throw error;
      return undefined;
    }
  }

  /** Switches guest mode; guest mode never touches what is stored on the device. */
  async setGuest(on: boolean): Promise<void> {
    try {
      if (on) sessionStorage.setItem(GUEST_FLAG, '1');
      else sessionStorage.removeItem(GUEST_FLAG);
    } catch {
      // sessionStorage can be disabled; the mode then lasts until reload.
    }
    this.guest = on;
    await this.#open();
  }

  /**
   * Turns presenter (demo) mode on or off. While it is on, `repo` wraps the device's
   * repository in a demo repository (see `createDemoRepository`); its in-memory overlay
   * is dropped when the mode ends.
   */
  setDemo(on: boolean): void {
    if (on === this.demo) return;
    this.demo = on;
    this.repo = on ? createDemoRepository(this.#base) : this.#base;
  }

  /** Drops what the current demonstration wrote (its overlay), as "Reset demo" does. */
  resetDemo(): void {
    if (this.demo) this.repo = createDemoRepository(this.#base);
  }

  /** Tells every subscriber that everything changed (after import or reset). */
  announceLocal(kind: ChangeKind): void {
    this.#emit(kind);
  }

  async #open(): Promise<void> {
    const result = await createStorage({
      guest: this.guest,
      // Another tab opened a newer schema: our connection is closed once its in-flight
      // writes commit (IndexedDB's close() lets running transactions finish), so what
      // this tab saved is kept; the banner offers a reload into the new version.
      onVersionChange: () => {
        this.versionChanged = true;
      },
      // We are the newer tab and an older one has not let go: say so, and keep waiting;
      // the open completes by itself the moment that tab closes or reloads.
      onBlocked: () => {
        this.upgradeBlocked = true;
      },
    });
    this.upgradeBlocked = false;
    this.#base = result.repo;
    this.repo = this.demo ? createDemoRepository(result.repo) : result.repo;
    this.persistent = result.persistent;
    this.unavailableReason = result.persistent || this.guest ? null : (messages.banners.reasons[result.reason] ?? result.reason);
    this.ready = true;
    this.#emit('all');
  }

  #emit(kind: ChangeKind): void {
    for (const listener of this.#listeners) listener(kind);
  }
}

function readGuestFlag(): boolean {
  if (new URLSearchParams(location.search).has('guest')) return true;
  try {
    return sessionStorage.getItem(GUEST_FLAG) === '1';
  } catch {
    return false;
  }
}

export const appStorage = new AppStorage();
