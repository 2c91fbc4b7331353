import { connect } from './connection';
import { createIdbRepository } from './idbRepository';
import { createMemoryRepository } from './memoryRepository';
import type { OpenFailureReason, OpenOptions } from './open';
import type { Repository } from './repository';
import { announceChange } from './sync';

/** Why progress is not being kept: guest mode, or one of the `openDatabase` failures. */
export type NotPersistentReason = 'guest' | OpenFailureReason;

/** The repository the app should use, and whether what it stores survives a reload. */
export type Storage =
  | { repo: Repository; persistent: true }
  | { repo: Repository; persistent: false; reason: NotPersistentReason; error?: unknown };

/** Options of `createStorage`: guest mode plus the `openDatabase` callbacks. */
export interface StorageOptions extends Pick<OpenOptions, 'name' | 'onBlocked' | 'onVersionChange' | 'onTerminated'> {
  /** Store nothing on this device (shared computers, presenter demos). */
  guest?: boolean;
  /** Clock for `updatedAt` fields (epoch ms). Default `Date.now`. */
  now?: () => number;
}

/**
 * Picks the backend: guest mode → memory; IndexedDB missing or failing to
 * open → memory with `persistent: false` and the reason (the UI shows
 * "Progress will not be kept on this device"); otherwise IndexedDB, announcing
 * every committed write to other tabs.
 */
export async function createStorage(options: StorageOptions = {}): Promise<Storage> {
  const { guest, now, ...openOptions } = options;
  if (guest) return { repo: createMemoryRepository({ now }), persistent: false, reason: 'guest' };
  const opened = await connect(openOptions);
  if (!opened.ok) return { repo: createMemoryRepository({ now }), persistent: false, reason: opened.reason, error: opened.error };
  return { repo: createIdbRepository(opened.connection, { now, onChange: announceChange }), persistent: true };
}
