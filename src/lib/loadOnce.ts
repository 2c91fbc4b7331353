/**
 * A loader for code split off a page (a dynamic `import()`): the first call starts `load`,
 * every later call gets the same promise, so the chunk is fetched once, when first needed
 * (or when something starts it early in the background). A failed load is forgotten, so
 * the next call tries again (a dropped connection, a new deploy).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
