import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { repoRoot, startTestServer, type TestDatabase } from '../support/server';
import { printTable } from './measure';

/**
 * Statistics on the performance data set (100,000 accounts, 1,000,000 articles, 200,000
 * violations), on both drivers: median of 20 runs of each stats query over HTTP. Targets: under
 * 300 ms embedded, under 100 ms on PostgreSQL. The data sets are kept between runs
 * (BENCH_PGLITE_DIR, default <tmp>/oap-bench-pglite; database oap_bench on BENCH_DATABASE_URL's
 * server), so only the first run pays for loading them.
 */
const QUERIES: Record<string, string> = {
  'violations per month by type': '{ stats { violationsPerPeriod(granularity: MONTH) { period type count } } }',
  'violations per day (LIKE_FARMING, region)':
    '{ stats { violationsPerPeriod(granularity: DAY, type: LIKE_FARMING, scope: { region: "浙江省杭州市" }) { period count } } }',
  'ladder steps reached': '{ stats { ladderSteps { step count } } }',
  'active bans': '{ stats { activeBans { total endingToday endingThisWeek permanent } } }',
  'pending reports by type and age': '{ stats { pendingReports { type age count } } }',
  'appeals near deadline': '{ stats { appealDeadlines { pending dueSoon overdue } } }',
  'certification work': '{ stats { certificationWork { overdueDispatches expiringSoon } } }',
  'certification funnel': '{ stats { certificationFunnel { started paid approved rejected passRate } } }',
  'corrections per day': '{ stats { correctionsPerPeriod(granularity: DAY) { period count } } }',
  'corrections per week (SERVICE accounts)':
    '{ stats { correctionsPerPeriod(granularity: WEEK, scope: { accountKind: SERVICE }) { period count } } }',
};
const RUNS = 20;
const seedLarge = path.join(repoRoot, 'api', 'dist', 'cli', 'seed-large.js');

function load(env: Record<string, string>): void {
  execFileSync(process.execPath, [seedLarge], {
    env: { ...process.env, ...env, LOG_LEVEL: 'error' },
    stdio: 'inherit',
  });
}

async function medians(database: TestDatabase): Promise<Record<string, number>> {
  const server = await startTestServer(database);
  try {
    const token = await signIn(server.url, 'analyst@example.com');
    const result: Record<string, number> = {};
    for (const [name, query] of Object.entries(QUERIES)) {
      const times: number[] = [];
      for (let run = 0; run < RUNS + 2; run += 1) {
        const started = performance.now();
        const response = await gql(server.url, query, {}, { token });
        const elapsed = performance.now() - started;
        if (response.errors) throw new Error(`${name}: ${JSON.stringify(response.errors)}`);
        if (run >= 2) times.push(elapsed); // two warm-up runs
      }
      times.sort((a, b) => a - b);
      result[name] = ((times[RUNS / 2 - 1] ?? 0) + (times[RUNS / 2] ?? 0)) / 2;
    }
    return result;
  } finally {
    await server.stop();
  }
}

it('stats queries on the large data set, embedded and PostgreSQL', async () => {
  const pgliteDir = process.env.BENCH_PGLITE_DIR || path.join(os.tmpdir(), 'oap-bench-pglite');
  fs.mkdirSync(pgliteDir, { recursive: true });
  const embedded: TestDatabase = { env: { DATA_DIR: pgliteDir }, url: undefined, drop: async () => {} };
  console.log(`Loading the embedded data set in ${pgliteDir} (skipped when already there)…`);
  load(embedded.env);
  const embeddedMs = await medians(embedded);

  const serverUrl =
    process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  let postgresMs: Record<string, number> | null = null;
  try {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    const exists = await admin`select 1 from pg_database where datname = 'oap_bench'`;
    if (exists.length === 0) await admin.unsafe('create database oap_bench');
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = '/oap_bench';
    const real: TestDatabase = {
      env: { DATABASE_URL: url.toString(), SEED_DEMO: 'true' },
      url: url.toString(),
      drop: async () => {},
    };
    console.log('Loading the PostgreSQL data set in database oap_bench (skipped when already there)…');
    load(real.env);
    postgresMs = await medians(real);
  } catch (error) {
    console.log(`PostgreSQL not measured: ${(error as Error).message}`);
  }

  const rows = Object.keys(QUERIES).map((name) => ({
    query: name,
    'embedded median ms': (embeddedMs[name] ?? 0).toFixed(1),
    'embedded ≤ 300': (embeddedMs[name] ?? Infinity) < 300 ? 'yes' : 'NO',
    'PostgreSQL median ms': postgresMs ? (postgresMs[name] ?? 0).toFixed(1) : '—',
    'PostgreSQL ≤ 100': postgresMs ? ((postgresMs[name] ?? Infinity) < 100 ? 'yes' : 'NO') : '—',
  }));
  printTable(
    `Statistics on 100,000 accounts / 1,000,000 articles / 200,000 violations — median of ${RUNS} runs over HTTP`,
    rows,
  );
  expect(rows).toHaveLength(Object.keys(QUERIES).length);
});
