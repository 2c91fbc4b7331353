import type { Page } from '@playwright/test';

/**
 * One record of the course database as it is stored now, read in the page through its own
 * IndexedDB connection. The app writes after the screen updates (a click navigates at once and
 * the write lands a moment later), so a test that closes or reloads right after an action first
 * polls this until the write has landed; otherwise it tests its own haste, not the app.
 */
export function readStored<T = unknown>(page: Page, store: string, key: string): Promise<T | undefined> {
  return page.evaluate(
    ([storeName, recordKey]) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open('ml-that-works');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction(storeName).objectStore(storeName).get(recordKey);
          get.onsuccess = () => {
            db.close();
            resolve(get.result as T | undefined);
          };
          get.onerror = () => {
            db.close();
            reject(get.error);
          };
        };
      }),
    [store, key] as const,
  );
}

/** Every record of every store of the course database, read in the page (an empty object when the database does not exist). */
export function readAllStored(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('ml-that-works');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const out: Record<string, unknown[]> = {};
          if (names.length === 0) {
            db.close();
            resolve(out);
            return;
          }
          const tx = db.transaction(names);
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (out[name] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
