import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { seedDemoData } from '../db/seed/demo';
import { seedWorkingCalendar } from '../db/seed/working-calendar';

/** Applies the committed migrations (and, with --demo, seeds an empty database) without serving. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    await database.migrate();
    // The working-day calendar is platform data from an installed package, written with the schema.
    await seedWorkingCalendar(database.db);
    process.stdout.write('migrations applied\n');
    if (process.argv.includes('--demo')) {
      const seeded = await seedDemoData(database.db);
      process.stdout.write(seeded ? 'demo data seeded\n' : 'database not empty: demo data left alone\n');
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
