import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';

/**
 * The embedded store: PGlite's files under DATA_DIR/pglite, owned by one process at a time
 * (DATA_DIR/oap.lock). Opening it takes the lock first.
 */
export function pgliteDirectory(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'pglite');
}

export interface EmbeddedStore {
  client: PGlite;
  lock: DataDirLock;
  /** Closes PGlite, then releases the lock. */
  close(): Promise<void>;
}

async function closing(client: PGlite, lock: DataDirLock): Promise<void> {
  try {
    if (!client.closed) await client.close();
  } finally {
    lock.release();
  }
}

/** Takes the DATA_DIR lock (or throws DataDirLockedError), then opens PGlite (creating it if new). */
export async function openEmbeddedStore(dataDir: string): Promise<EmbeddedStore> {
  const lock = await acquireDataDirLock(dataDir);
  try {
    const directory = pgliteDirectory(dataDir);
    fs.mkdirSync(directory, { recursive: true });
    const client = await PGlite.create(directory);
    return { client, lock, close: () => closing(client, lock) };
  } catch (error) {
    lock.release();
    throw error;
  }
}
