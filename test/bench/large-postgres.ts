import { execFileSync } from 'node:child_process';
import path from 'node:path';
import postgres from 'postgres';
import { repoRoot, type TestDatabase } from '../support/server';

/** The PostgreSQL server the benchmarks use: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local one. */
export const benchServerUrl =
  process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The `pnpm seed:large` data set (with the demo users) in the kept database `oap_bench` on the
 * benchmark server, as stats.bench.ts loads it: created when missing, loaded only the first time
 * (seed-large skips a database that already has it). Never dropped.
 */
export async function largePostgresDatabase(): Promise<TestDatabase> {
  const admin = postgres(benchServerUrl, { max: 1, onnotice: () => {} });
  try {
    const exists = await admin`select 1 from pg_database where datname = 'oap_bench'`;
    if (exists.length === 0) await admin.unsafe('create database oap_bench');
  } finally {
    await admin.end();
  }
  const url = new URL(benchServerUrl);
  url.pathname = '/oap_bench';
  const database: TestDatabase = {
    env: { DATABASE_URL: url.toString(), SEED_DEMO: 'true' },
    url: url.toString(),
    drop: async () => {},
  };
  console.log('Loading the PostgreSQL data set in database oap_bench (skipped when already there)…');
  execFileSync(process.execPath, [path.join(repoRoot, 'api', 'dist', 'cli', 'seed-large.js')], {
    env: { ...process.env, ...database.env, LOG_LEVEL: 'error' },
    stdio: 'inherit',
  });
  return database;
}
