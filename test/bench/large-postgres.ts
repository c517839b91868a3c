import { execFileSync } from 'node:child_process';
import path from 'node:path';
import postgres from 'postgres';
import { repoRoot, type TestDatabase } from '../support/server';

/** The PostgreSQL server the benchmarks use: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local one. */
export const benchServerUrl =
  process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The `pnpm seed:large` data set (with the demo users) in a kept database (`oap_bench` unless
 * named) on the benchmark server, as stats.bench.ts loads it: created when missing, loaded only the
 * first time (seed-large skips a database that already has it). Never dropped.
 */
export async function largePostgresDatabase(name = 'oap_bench'): Promise<TestDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a database name: ${name}`);
  const admin = postgres(benchServerUrl, { max: 1, onnotice: () => {} });
  try {
    const exists = await admin`select 1 from pg_database where datname = ${name}`;
    if (exists.length === 0) await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(benchServerUrl);
  url.pathname = `/${name}`;
  const database: TestDatabase = {
    env: { DATABASE_URL: url.toString(), SEED_DEMO: 'true' },
    url: url.toString(),
    drop: async () => {},
  };
  console.log(`Loading the PostgreSQL data set in database ${name} (skipped when already there)…`);
  execFileSync(process.execPath, [path.join(repoRoot, 'api', 'dist', 'cli', 'seed-large.js')], {
    env: { ...process.env, ...database.env, LOG_LEVEL: 'error' },
    stdio: 'inherit',
  });
  return database;
}
