import 'reflect-metadata';
import { setLogLevel } from '../common/log';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { scheduledJobs } from '../scheduler/jobs';
import { startScheduler } from '../scheduler/scheduler';

const USAGE =
  'usage: node api/dist/cli/run-job.js <job> [--at <ISO instant>] [--wait-until <ISO instant>]\n' +
  "Runs the job's slot at (or latest before) --at, default now, under the same lock and claim as the\n" +
  'API processes: a slot that ran already is not run again. --wait-until starts at that moment, to\n' +
  'line several runs up (the scheduler test fires two processes at once this way).\n';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function instant(name: string): Date | undefined {
  const raw = option(name);
  if (raw === undefined) return undefined;
  const at = new Date(raw);
  if (Number.isNaN(at.getTime())) throw new Error(`${name} must be an ISO instant, got "${raw}"\n${USAGE}`);
  return at;
}

/** Runs one scheduled job's slot by hand (a missed 09:00, or a test), then prints the outcome as JSON. */
async function main(): Promise<void> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  const jobs = scheduledJobs(config);
  const name = process.argv[2];
  if (!name || !jobs.some((job) => job.name === name)) {
    throw new Error(`${USAGE}jobs: ${jobs.map((job) => job.name).join(', ')}`);
  }
  const at = instant('--at') ?? new Date();
  const waitUntil = instant('--wait-until');
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    const scheduler = startScheduler(database.db, jobs, { timers: false });
    if (waitUntil) await new Promise((resolve) => setTimeout(resolve, Math.max(0, waitUntil.getTime() - Date.now())));
    const result = await scheduler.fire(name, at);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
