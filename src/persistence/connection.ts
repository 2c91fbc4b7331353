import { DatabaseClosedError, StorageUnavailableError } from './errors';
import { openDatabase, type OpenOptions, type OpenResult } from './open';
import type { MlDb } from './schema';

/** A long-lived handle on the database that survives the browser closing the connection. */
export interface Connection {
  /**
   * Runs `op` with an open database. If the connection was terminated before
   * or during `op`, reopens once and retries `op` once. Rejects with
   * `DatabaseClosedError` after another tab upgraded the database.
   */
  run<T>(op: (db: MlDb) => Promise<T>): Promise<T>;
  /** Closes the connection for good; later `run` calls reject. */
  close(): void;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const errorName = (error: unknown) => (error as { name?: unknown } | null)?.name;

/** Opens the database and wraps it in a `Connection`; a failed first open is returned as is. */
export async function connect(options: OpenOptions = {}): Promise<{ ok: true; connection: Connection } | Extract<OpenResult, { ok: false }>> {
  let db: MlDb | null = null;
  let upgradedElsewhere = false;
  let closed = false;
  let reopening: Promise<MlDb> | null = null;

  const open = async (): Promise<OpenResult> => {
    let opened: MlDb | null = null;
    const result = await openDatabase({
      ...options,
      onVersionChange() {
        upgradedElsewhere = true;
        if (db === opened) db = null;
        options.onVersionChange?.();
      },
      onTerminated() {
        if (db === opened) db = null;
        options.onTerminated?.();
      },
    });
    if (result.ok) opened = result.db;
    return result;
  };

  const reopen = (): Promise<MlDb> => {
    reopening ??= open()
      .then((result) => {
        if (!result.ok) throw new StorageUnavailableError(`Could not reopen the database (${result.reason}).`, { cause: result.error });
        db = result.db;
        return result.db;
      })
      .finally(() => {
        reopening = null;
      });
    return reopening;
  };

  /** After a failure on `used`: was that connection lost (so a retry on a new one makes sense)? */
  const lost = async (used: MlDb, error: unknown): Promise<boolean> => {
    if (db !== used) return true;
    if (errorName(error) === 'InvalidStateError') {
      used.close();
      db = null;
      return true;
    }
    // A forced close aborts in-flight transactions before the close event arrives.
    if (errorName(error) === 'AbortError' || errorName(error) === 'UnknownError') await nextTask();
    return db !== used;
  };

  const first = await open();
  if (!first.ok) return first;
  db = first.db;

  const check = () => {
    if (upgradedElsewhere) throw new DatabaseClosedError();
    if (closed) throw new StorageUnavailableError('The database connection was closed.');
  };

  const connection: Connection = {
    async run(op) {
      check();
      const used = db ?? (await reopen());
      try {
        return await op(used);
      } catch (error) {
        check();
        if (!(await lost(used, error))) throw error;
        check();
        return op(db ?? (await reopen()));
      }
    },
    close() {
      closed = true;
      db?.close();
      db = null;
    },
  };
  return { ok: true, connection };
}
