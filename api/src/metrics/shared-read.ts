/**
 * A read that callers share and wait for only so long (pure timing, no I/O of its own). Scrapes
 * that arrive while the database is slow join the read in flight instead of starting their own, so
 * a slow database is asked once, not once per scrape; each caller gets null if it is not done within
 * `timeoutMs` (or failed). A read finished late is dropped: the next call starts a fresh one.
 */
export function sharedRead<T>(read: () => Promise<T>, timeoutMs: number): () => Promise<T | null> {
  let inFlight: Promise<T | null> | null = null;
  return async () => {
    inFlight ??= read()
      .catch(() => null)
      .finally(() => {
        inFlight = null;
      });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    try {
      return await Promise.race([inFlight, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
