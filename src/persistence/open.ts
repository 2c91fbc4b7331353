import { openDB } from 'idb';
import { migrations as defaultMigrations, upgrade, type Migration } from './migrations';
import { DB_NAME, DB_VERSION, type MlDb, type MlDbSchema, type UpgradeTransaction } from './schema';

/** How to open the database and whom to tell about other tabs. */
export interface OpenOptions {
  /** Database name; tests pass a unique one. Default `DB_NAME`. */
  name?: string;
  /** Schema version to open; tests bump it. Default `DB_VERSION`. */
  version?: number;
  /** Migrations to run on upgrade; tests pass extra versions. Default `migrations.ts`. */
  migrations?: Readonly<Record<number, Migration>>;
  /** Another tab holds an older version open; we keep waiting until it closes. */
  onBlocked?: (currentVersion: number, requestedVersion: number | null) => void;
  /** Another tab wants to upgrade: our connection is already closed; the UI should ask for a reload. */
  onVersionChange?: () => void;
  /** The browser closed our connection abnormally (storage cleared, disk error). */
  onTerminated?: () => void;
}

/** Why the database could not be used. */
export type OpenFailureReason =
  | 'unsupported' // no IndexedDB in this browser or context
  | 'upgrade-required' // the stored database is newer than this page's code
  | 'open-failed'; // private mode, disabled storage, failed migration…

/** Result of `openDatabase`: an open connection, or a reason to fall back to memory. */
export type OpenResult = { ok: true; db: MlDb } | { ok: false; reason: OpenFailureReason; error?: unknown };

/** True when this context exposes an IndexedDB factory (reading it can throw in sandboxed frames). */
export function hasIndexedDb(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}

/**
 * Opens (and if needed upgrades) the course database. Never throws: failures
 * come back as `{ ok: false, reason }`. While another tab blocks an upgrade it
 * reports `onBlocked` and keeps waiting; when we are the blocking tab, it closes
 * our connection and reports `onVersionChange`.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<OpenResult> {
  if (!hasIndexedDb()) return { ok: false, reason: 'unsupported' };
  let migrationError: unknown;
  const fail = (tx: UpgradeTransaction, error: unknown) => {
    migrationError = error;
    try {
      tx.abort();
    } catch {
      // already finished or aborting
    }
  };
  try {
    const db = await openDB<MlDbSchema>(options.name ?? DB_NAME, options.version ?? DB_VERSION, {
      upgrade(db, oldVersion, newVersion, tx) {
        tx.done.catch(() => {}); // a failed upgrade is reported through the open request
        try {
          upgrade(db, oldVersion, newVersion, tx, options.migrations ?? defaultMigrations).catch((e) => fail(tx, e));
        } catch (error) {
          fail(tx, error);
        }
      },
      blocked(currentVersion, blockedVersion) {
        options.onBlocked?.(currentVersion, blockedVersion);
      },
      blocking(_currentVersion, _blockedVersion, event) {
        (event.target as IDBDatabase).close();
        options.onVersionChange?.();
      },
      terminated() {
        options.onTerminated?.();
      },
    });
    return { ok: true, db };
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    return { ok: false, reason: name === 'VersionError' ? 'upgrade-required' : 'open-failed', error: migrationError ?? error };
  }
}
