import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';

/**
 * The embedded store: PGlite's files under DATA_DIR/pglite, owned by one process at a time
 * (DATA_DIR/oap.lock). Opening, backing up and restoring all take the lock first.
 */
export function pgliteDirectory(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'pglite');
}

function holdsDatabase(directory: string): boolean {
  return fs.existsSync(path.join(directory, 'PG_VERSION'));
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

/**
 * The extensions every PGlite opening loads: the migrations create pg_trgm (search's trigram
 * indexes), and any write to an indexed column needs its operator class, so an opening without it
 * (a backup, a restore) would fail on the first insert or query that touches those indexes.
 */
const EXTENSIONS: PGliteOptions['extensions'] = { pg_trgm };

/** Takes the DATA_DIR lock (or throws DataDirLockedError), then opens PGlite (creating it if new). */
export async function openEmbeddedStore(dataDir: string): Promise<EmbeddedStore> {
  const lock = await acquireDataDirLock(dataDir);
  try {
    const directory = pgliteDirectory(dataDir);
    fs.mkdirSync(directory, { recursive: true });
    const client = await PGlite.create({ dataDir: directory, extensions: EXTENSIONS });
    return { client, lock, close: () => closing(client, lock) };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Writes a gzipped tarball of the store's data directory to `file`. The lock is taken first, so
 * no other process writes while it is copied (the server must be stopped); a checkpoint flushes
 * every committed change into the data files, so restoring needs no WAL replay.
 */
export async function backupEmbeddedStore(dataDir: string, file: string): Promise<{ bytes: number }> {
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new Error(`${target} already exists: choose another file name.`);
  const lock = await acquireDataDirLock(dataDir);
  try {
    const directory = pgliteDirectory(dataDir);
    if (!holdsDatabase(directory)) throw new Error(`There is no embedded database in ${directory} to back up.`);
    const client = await PGlite.create({ dataDir: directory, extensions: EXTENSIONS });
    let tarball: Blob;
    try {
      await client.query('checkpoint');
      tarball = await client.dumpDataDir('gzip');
    } finally {
      await client.close();
    }
    const bytes = Buffer.from(await tarball.arrayBuffer());
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Never a half-written backup under the final name.
    const partial = `${target}.partial`;
    fs.writeFileSync(partial, bytes, { flush: true });
    fs.renameSync(partial, target);
    return { bytes: bytes.length };
  } finally {
    lock.release();
  }
}

/**
 * Loads a backup made by `backupEmbeddedStore` into DATA_DIR, which must hold no database (move
 * the old one aside first). Opens the result once to prove it starts; on failure the half-restored
 * directory is removed again.
 */
export async function restoreEmbeddedStore(dataDir: string, file: string): Promise<void> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new Error(`${source} does not exist.`);
  const tarball = fs.readFileSync(source);
  const gzip = tarball[0] === 0x1f && tarball[1] === 0x8b;
  const tar = tarball.length > 262 && tarball.subarray(257, 262).toString('latin1') === 'ustar';
  if (!gzip && !tar) throw new Error(`${source} is not a backup made by pnpm db:backup (a .tar.gz).`);
  const lock = await acquireDataDirLock(dataDir);
  const directory = pgliteDirectory(dataDir);
  try {
    if (holdsDatabase(directory) || (fs.existsSync(directory) && fs.readdirSync(directory).length > 0))
      throw new Error(
        `DATA_DIR ${path.resolve(dataDir)} already holds a database: move that folder aside first (with the server stopped), or set DATA_DIR to an empty folder.`,
      );
    fs.mkdirSync(directory, { recursive: true });
    try {
      const client = await PGlite.create({
        dataDir: directory,
        extensions: EXTENSIONS,
        loadDataDir: new Blob([new Uint8Array(tarball)]),
      });
      try {
        await client.query('select 1');
      } finally {
        await client.close();
      }
    } catch (error) {
      fs.rmSync(directory, { recursive: true, force: true });
      throw new Error(`Could not restore ${source}: ${(error as Error).message}`);
    }
  } finally {
    lock.release();
  }
}
