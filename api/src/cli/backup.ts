import path from 'node:path';
import { loadConfig } from '../config';
import { DataDirLockedError } from '../db/data-dir-lock';
import { backupEmbeddedStore } from '../db/embedded-store';

/**
 * Backs up the embedded store to a .tar.gz:
 *   pnpm db:backup [file]        (default backups/oap-<timestamp>.tar.gz)
 * Takes the DATA_DIR lock, so the copy is consistent: with the server running it refuses, naming
 * the server's process. On a real PostgreSQL (DATABASE_URL) that is pg_dump's job: it prints the
 * command and exits 1, rather than running a pg_dump whose version may not match the server's.
 */
function timestamp(): string {
  return new Date()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}

async function main(): Promise<void> {
  const config = loadConfig(process.env, []);
  const argument = process.argv[2];
  if (config.databaseUrl) {
    const file = argument ?? path.join('backups', `oap-${timestamp()}.dump`);
    process.stderr.write(
      [
        'DATABASE_URL is set: back up the PostgreSQL database with pg_dump (any time, the server may run):',
        `  pg_dump --format=custom --file=${file} "$DATABASE_URL"`,
        'Restore it into an empty database with:',
        `  pg_restore --no-owner --dbname="$DATABASE_URL" ${file}`,
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
  const file = path.resolve(argument ?? path.join('backups', `oap-${timestamp()}.tar.gz`));
  const { bytes } = await backupEmbeddedStore(config.dataDir, file);
  process.stdout.write(`Backed up ${config.dataDir} to ${file} (${bytes.toLocaleString('en')} bytes).\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not back up: ${(error as Error).message}\n`);
  if (error instanceof DataDirLockedError)
    process.stderr.write(
      'A consistent backup needs the store to itself: stop the server, run pnpm db:backup, then start the server again.\n',
    );
  process.exit(1);
});
