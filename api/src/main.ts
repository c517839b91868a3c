import './production-mode';
import 'reflect-metadata';
import { log, setLogLevel } from './common/log';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { DataDirLockedError } from './db/data-dir-lock';
import { seedDemoData } from './db/seed/demo';
import { seedWorkingCalendar } from './db/seed/working-calendar';
import { scheduledJobs } from './scheduler/jobs';
import { startScheduler } from './scheduler/scheduler';
import { startServer } from './server';

/** Process entry: config → database → migrations → demo seed → server; graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.database.poolSize,
    analystPoolSize: config.database.analystPoolSize,
    timeouts: config.database,
    readReplica: config.database.readUrl
      ? { url: config.database.readUrl, maxLagMs: config.database.readMaxLagMs }
      : undefined,
  });
  await database.migrate();
  // The working-day calendar is platform data from an installed package, written with the schema.
  await seedWorkingCalendar(database.db);
  if (config.seedDemo) await seedDemoData(database.db);
  const server = await startServer(config, database);
  // Reminders at 09:00 China time on working days, sign-in cleanup hourly: one process per slot.
  const scheduler = startScheduler(database.db, scheduledJobs(config));
  if (config.databaseUrl && !config.enterprise.codeSecret) {
    // Several processes on one database would each hash follow codes with a key of their own.
    log.info(
      'VERIFICATION_CODE_SECRET is not set: follow verification codes work only on this process until it restarts',
    );
  }
  log.info(`OAP is serving on ${server.url}`, {
    database: database.driver === 'pglite' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)',
    admin: `${server.url}/`,
    playground: `${server.url}/playground`,
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down: draining requests', { signal });
    const limit = config.shutdown.drainDelayMs + config.shutdown.graceMs + 5000;
    const timer = setTimeout(() => {
      log.error(`shutdown took longer than ${limit} ms; exiting`);
      process.exit(1);
    }, limit);
    timer.unref();
    try {
      // Timers first, then runs in progress, before the database closes under them.
      await scheduler.stop();
      await server.stop();
      await database.close();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error('error while shutting down', { message: (error as Error).message });
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // Another process owns the embedded store: its message says which and what to do, no stack.
  if (error instanceof DataDirLockedError) log.error(error.message);
  else log.error('failed to start', { message: (error as Error).message, stack: (error as Error).stack });
  process.exit(1);
});
