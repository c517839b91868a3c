import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { repoRoot, startTestServer, type TestDatabase } from '../support/server';
import { summarizeCpuProfile } from './cpu-profile';
import { benchServerUrl, largePostgresDatabase } from './large-postgres';
import { printTable } from './measure';

/**
 * The moderators' accounts page under load, on the `pnpm seed:large` data set in PostgreSQL
 * (database oap_bench, kept between runs: only the first run pays for loading it).
 *
 * OAP: the built server (api/dist/main.js), signed in as moderator@example.com, POST /graphql
 * with PAGE below. Baseline, in the same run: dashboard-baseline.mjs, a plain node:http server on
 * the same database with a pool of 10 (as OAP's), serving the same JSON built by one SQL statement
 * that also checks the bearer token. Both are driven by autocannon with the same settings
 * (BENCH_CONNECTIONS, default 10; BENCH_DURATION seconds per round, default 10; after BENCH_WARMUP
 * seconds, default 2, of the same load that is not counted). Any error, timeout, non-2xx status or
 * body with "errors" fails the run, so it never measures refusals; and the baseline's first answer
 * must equal OAP's data, so both serve the same page.
 *
 * The machine's speed drifts by a fifth or more within a minute (a shared virtual machine), so the
 * two are measured in BENCH_ROUNDS rounds (default 3), taking turns and swapping who goes first
 * each round; the ratio printed is the median of the rounds' ratios.
 *
 * Both servers, PostgreSQL and autocannon (in this process) share the machine's cores: the figures
 * compare the two servers with each other, they are not capacities.
 *
 * The SQL statement count comes from a separate server started with OAP_TEST_HOOKS=true (it reports
 * `extensions.sqlStatements`), for one request; the load runs on a server started with
 * OAP_TEST_HOOKS=false, as in production, so the test hooks (the x-oap-now clock header, the
 * extension) cost nothing in the figures. The statement counter itself runs in both modes.
 *
 * BENCH_CPU_PROFILE=1 starts the load server with `--cpu-prof` (profile in BENCH_CPU_PROFILE_DIR,
 * default test/artifacts/cpu-profiles/dashboard-<time>/, written when it stops) and prints its top
 * 25 functions by self time. The profiler slows the server a little: compare figures of runs
 * without it.
 */
const PAGE =
  '{ accounts(first: 50) { edges { node { id name kind subject { name kind } violations(first: 10) { edges { node { id type status ordinal } } } activePenalty { id startsAt endsAt permanent } } } } }';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
const DURATION = Number(process.env.BENCH_DURATION || 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS || 3));
const PROFILE = process.env.BENCH_CPU_PROFILE === '1' || process.env.BENCH_CPU_PROFILE === 'true';
const here = path.dirname(fileURLToPath(import.meta.url));

interface Target {
  url: string;
  stop(): Promise<unknown>;
}

/** Starts dashboard-baseline.mjs on the database and waits for the port it listens on. */
async function startBaseline(databaseUrl: string): Promise<Target> {
  const child: ChildProcess = spawn(process.execPath, [path.join(here, 'dashboard-baseline.mjs')], {
    cwd: path.join(repoRoot, 'test'),
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, BASELINE_POOL: '10' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`baseline did not start within 10 s:\n${output}`)), 10_000);
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /\{"port":(\d+)\}/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`baseline exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** One plain request: the page's data, or an error naming what came back instead. */
async function page(url: string, token: string): Promise<{ data: unknown; sqlStatements: unknown }> {
  const response = await gql(url, PAGE, {}, { token });
  const edges = (response.data as { accounts?: { edges?: unknown[] } } | null | undefined)?.accounts?.edges;
  if (response.status !== 200 || response.errors || !edges || edges.length === 0) {
    throw new Error(`${url}: HTTP ${response.status}, ${JSON.stringify(response.errors ?? response.data)}`);
  }
  return { data: response.data, sqlStatements: response.extensions?.sqlStatements };
}

type PageData = { accounts: { edges: Array<{ node: { activePenalty: Penalty | null } & Record<string, unknown> }> } };
type Penalty = { id: string; startsAt: string; endsAt: string | null; permanent: boolean };

/**
 * Whether the baseline serves OAP's page. The API orders an account's penalties in force by end
 * only (`ends_at desc nulls first`, no tie-breaker), so between two permanent bans (or two ending at
 * the same moment) it may pick either: such a tie counts as equal, and is counted.
 */
function comparePages(oap: unknown, baseline: unknown): { difference: string | null; ties: number } {
  const a = (oap as PageData).accounts.edges;
  const b = (baseline as PageData).accounts.edges;
  if (a.length !== b.length)
    return { difference: `${a.length} accounts from OAP, ${b.length} from the baseline`, ties: 0 };
  let ties = 0;
  for (const [i, edge] of a.entries()) {
    const other = b[i];
    if (isDeepStrictEqual(edge, other)) continue;
    const mine = edge.node.activePenalty;
    const theirs = other?.node.activePenalty;
    const tie =
      mine &&
      theirs &&
      mine.endsAt === theirs.endsAt &&
      mine.permanent === theirs.permanent &&
      isDeepStrictEqual({ ...edge.node, activePenalty: null }, { ...other.node, activePenalty: null });
    if (!tie)
      return { difference: `account #${i}: OAP ${JSON.stringify(edge)}\nbaseline ${JSON.stringify(other)}`, ties };
    ties += 1;
  }
  return { difference: null, ties };
}

/** One measured run (after a warm-up when asked); refuses a run with any error, non-2xx answer or GraphQL error. */
async function drive(name: string, url: string, token: string, warmup: number): Promise<autocannon.Result> {
  const options: autocannon.Options = {
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: PAGE, variables: {} }),
    connections: CONNECTIONS,
    // A 200 can still carry GraphQL errors: count those as mismatches.
    verifyBody: (body) => typeof body === 'string' && body.includes('"edges"') && !body.includes('"errors"'),
  };
  if (warmup > 0) await autocannon({ ...options, duration: warmup });
  const result = await autocannon({ ...options, duration: DURATION });
  const failures = {
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  };
  if (Object.values(failures).some((n) => n > 0) || result['2xx'] === 0) {
    throw new Error(`${name}: the load run had failures ${JSON.stringify({ ...failures, '2xx': result['2xx'] })}`);
  }
  return result;
}

it("moderators' accounts page under load: OAP vs one SQL statement", async ({ skip }) => {
  try {
    const probe = postgres(benchServerUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
    await probe`select 1`;
    await probe.end();
  } catch (error) {
    console.log(`PostgreSQL not measured: ${(error as Error).message}`);
    skip();
    return;
  }
  const database: TestDatabase = await largePostgresDatabase();

  // The statement count and the page OAP serves, from a server with the test hooks on.
  const counting = await startTestServer(database, { OAP_TEST_HOOKS: 'true' });
  let token: string;
  let oapPage: { data: unknown; sqlStatements: unknown };
  try {
    token = await signIn(counting.url, 'moderator@example.com');
    oapPage = await page(counting.url, token);
  } finally {
    await counting.stop();
  }

  const baseline = await startBaseline(database.url ?? '');
  let profileDir: string | undefined;
  const rounds: Array<{ oap: autocannon.Result; baseline: autocannon.Result }> = [];
  try {
    const baselinePage = await page(baseline.url, token);
    const { difference, ties } = comparePages(oapPage.data, baselinePage.data);
    if (difference) throw new Error(`the baseline does not serve OAP's page: ${difference}`);
    if (ties > 0)
      console.log(`${ties} accounts have two penalties in force that tie in the API's order (either is right)`);

    const nodeArgs: string[] = [];
    if (PROFILE) {
      profileDir =
        process.env.BENCH_CPU_PROFILE_DIR ||
        path.join(
          repoRoot,
          'test',
          'artifacts',
          'cpu-profiles',
          `dashboard-${new Date().toISOString().replace(/[:.]/g, '-')}`,
        );
      fs.mkdirSync(profileDir, { recursive: true });
      nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
    }
    const oap = await startTestServer(database, { OAP_TEST_HOOKS: 'false' }, nodeArgs);
    try {
      const plain = await page(oap.url, token);
      if (plain.sqlStatements !== undefined) throw new Error('the load server runs with the test hooks on');
      const targets = { OAP: oap.url, baseline: baseline.url } as const;
      for (let round = 0; round < ROUNDS; round += 1) {
        const order = round % 2 === 0 ? (['OAP', 'baseline'] as const) : (['baseline', 'OAP'] as const);
        const results: Partial<Record<'OAP' | 'baseline', autocannon.Result>> = {};
        for (const name of order) {
          console.log(`Round ${round + 1}/${ROUNDS}, ${name}: ${CONNECTIONS} connections, ${DURATION} s…`);
          results[name] = await drive(name, targets[name], token, round === 0 ? WARMUP : 0);
        }
        rounds.push({ oap: results.OAP as autocannon.Result, baseline: results.baseline as autocannon.Result });
      }
    } finally {
      await oap.stop();
    }
  } finally {
    await baseline.stop();
  }

  const row = (name: string, round: number, result: autocannon.Result, statements: unknown) => ({
    round: round + 1,
    server: name,
    'req/s (avg)': result.requests.average.toFixed(1),
    'p50 ms': result.latency.p50.toFixed(1),
    'p99 ms': result.latency.p99.toFixed(1),
    requests: result['2xx'],
    'SQL statements / request': String(statements ?? '—'),
  });
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  };
  const ratios = rounds.map(({ oap, baseline }) => oap.requests.average / Math.max(baseline.requests.average, 1e-9));
  const p50Ratios = rounds.map(({ oap, baseline }) => oap.latency.p50 / Math.max(baseline.latency.p50, 1e-9));
  printTable(
    `Moderators' accounts page (50 accounts × 10 violations + subject + active penalty), ${CONNECTIONS} connections × ${DURATION} s, ${ROUNDS} rounds` +
      (PROFILE ? ' — OAP under the CPU profiler' : ''),
    rounds.flatMap(({ oap, baseline }, round) => [
      row('OAP (GraphQL)', round, oap, oapPage.sqlStatements),
      row('baseline (node:http + one SQL statement)', round, baseline, 1),
    ]),
  );
  console.log(
    `OAP / baseline: req/s × ${median(ratios).toFixed(3)} (median of rounds: ${ratios.map((r) => r.toFixed(3)).join(', ')}), p50 × ${median(p50Ratios).toFixed(1)}`,
  );

  if (profileDir) {
    const file = fs
      .readdirSync(profileDir)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => path.join(profileDir as string, name))
      .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
    if (!file) throw new Error(`no .cpuprofile written in ${profileDir}`);
    const summary = summarizeCpuProfile(file, 25);
    printTable(
      `OAP CPU profile (${file}): busy ${(summary.busyMs / 1000).toFixed(1)} s, idle ${(summary.idleMs / 1000).toFixed(1)} s (start-up included) — top 25 by self time`,
      summary.functions.map((entry) => ({
        'self ms': entry.selfMs.toFixed(0),
        '%': entry.percent.toFixed(1),
        function: entry.function,
        at: entry.at,
      })),
    );
    printTable(
      'Self time by package',
      summary.packages.slice(0, 12).map((entry) => ({
        package: entry.package,
        'self ms': entry.selfMs.toFixed(0),
        '%': entry.percent.toFixed(1),
      })),
    );
  }
  expect(rounds).toHaveLength(ROUNDS);
  for (const { oap } of rounds) expect(oap['2xx']).toBeGreaterThan(0);
});
