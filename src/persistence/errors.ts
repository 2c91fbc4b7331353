import { persistenceMessages } from './messages';

/** A write was refused because the browser's storage quota is used up; nothing of that write was kept. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super(persistenceMessages.storageFull, options);
  }
}

/** Another tab upgraded the database, so this tab closed its connection and must be reloaded. */
export class DatabaseClosedError extends Error {
  override readonly name = 'DatabaseClosedError';
  constructor() {
    super(persistenceMessages.versionChange);
  }
}

/** The database could not be (re)opened; the message says why, in developer terms. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** True when `error` is the browser's quota error (any engine's spelling). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Maps a quota error to `StorageFullError`; returns any other error unchanged. */
export function toStorageError(error: unknown): unknown {
  if (error instanceof StorageFullError || !isQuotaError(error)) return error;
  return new StorageFullError({ cause: error });
}
