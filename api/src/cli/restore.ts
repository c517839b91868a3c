import { loadConfig } from '../config';
import { restoreEmbeddedStore } from '../db/embedded-store';

/**
 * Restores a backup made by `pnpm db:backup` into an empty DATA_DIR:
 *   pnpm db:restore backups/oap-….tar.gz
 * Refuses a DATA_DIR that holds a database (move it aside first) or that a running process owns.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  const config = loadConfig(process.env, []);
  if (config.databaseUrl) {
    process.stderr.write(
      [
        'DATABASE_URL is set: restore a pg_dump backup into an empty database with pg_restore:',
        `  pg_restore --no-owner --dbname="$DATABASE_URL" ${file ?? '<file>.dump'}`,
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
  if (!file) {
    process.stderr.write('Usage: pnpm db:restore <backup.tar.gz>   (into an empty DATA_DIR; the server stopped)\n');
    process.exit(2);
  }
  await restoreEmbeddedStore(config.dataDir, file);
  process.stdout.write(`Restored ${file} into ${config.dataDir}. Start the server: pnpm start\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not restore: ${(error as Error).message}\n`);
  process.exit(1);
});
