import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/graphql';
import { creditCode } from '../support/identity';
import { type RoundRobinProxy, startRoundRobinProxy } from '../support/round-robin-proxy';
import { repoRoot } from '../support/server';
import { printTable } from './measure';

/**
 * A scale-out proof under faults (issue 16, item 7): two API processes behind a round-robin proxy
 * on one PostgreSQL, mixed moderator, publisher and analyst traffic in three phases — steady, a
 * PostgreSQL restart, one API process killed with SIGKILL and started again — then the database is
 * read directly: every acknowledged write is there exactly once, nothing is there twice, and the
 * like-farming ordinals of every account are 1..n. Correctness is asserted; timings are printed.
 *
 * Runs on its own cluster (15/scaleout on SCALEOUT_PG_PORT, default 5434, made by
 * test/support/scaleout-cluster.sh), so restarting it disturbs nobody's server.
 * SCALEOUT_SECONDS (default 60) is the whole traffic time, a third per phase.
 */

const execFileAsync = promisify(execFile);
const PG_PORT = Number(process.env.SCALEOUT_PG_PORT || 5434);
const SECONDS = Number(process.env.SCALEOUT_SECONDS || 60);
if (!Number.isFinite(SECONDS) || SECONDS < 3) throw new Error(`SCALEOUT_SECONDS must be 3 or more, got ${SECONDS}`);
const PHASE_MS = (SECONDS * 1000) / 3;
const ADMIN_URL = `postgres://postgres@127.0.0.1:${PG_PORT}/postgres`;
const REQUEST_TIMEOUT_MS = 15_000;
const LADDER_ACCOUNTS = 6;
const ARTICLES_PER_LADDER_ACCOUNT = 3;
/** Debian's postgresql-common makes and restarts the bench's own cluster; without it, say so and skip. */
const CLUSTER_TOOLS = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v pg_createcluster && command -v pg_ctlcluster'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('scale-out bench skipped: pg_createcluster/pg_ctlcluster (Debian postgresql-common) not found');
    return false;
  }
})();
const PHASES = ['1 steady', '2 PostgreSQL restart', '3 API process killed'] as const;
type Phase = (typeof PHASES)[number];

// --- API processes ---------------------------------------------------------------------------

interface ApiProcess {
  port: number;
  child: ChildProcess;
  output: () => string;
  /** Set when the bench kills or stops it. */
  killed?: boolean;
  exits: string[];
}

/** Every process started, the replaced ones too, for their unexpected exits. */
const everyApi: ApiProcess[] = [];

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `node api/dist/main.js` on a fixed port (so a restarted process takes its old place). */
async function startApi(port: number, databaseUrl: string, secret: string): Promise<ApiProcess> {
  let output = '';
  const child = spawn(process.execPath, [path.join(repoRoot, 'api', 'dist', 'main.js')], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'true',
      VERIFICATION_CODE_SECRET: secret,
      LOG_LEVEL: 'error',
      SHUTDOWN_DRAIN_DELAY_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep the tail only: a minute of error lines during an outage should not grow without bound.
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const api: ApiProcess = { port, child, output: () => output, exits: [] };
  // A process that dies on its own (not killed by the bench) is a finding: keep why.
  child.once('exit', (code, signal) => {
    if (!api.killed) api.exits.push(`API on ${port} exited by itself (${code ?? signal}):\n${output.slice(-3000)}`);
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API on ${port} exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API on ${port} was not ready within 60 s:\n${output}`);
    }
    await sleep(100);
  }
  everyApi.push(api);
  return api;
}

/** A global id (base64url of `Type:uuid`) to the row's uuid, for reading the database. */
function rowId(globalId: string): string {
  const decoded = Buffer.from(globalId, 'base64url').toString();
  const uuid = decoded.slice(decoded.indexOf(':') + 1);
  if (!/^[0-9a-f-]{36}$/.test(uuid)) throw new Error(`not a global id: ${globalId}`);
  return uuid;
}

async function stopApi(api: ApiProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!api || api.child.exitCode !== null || api.child.signalCode !== null) return;
  api.killed = true;
  await new Promise<void>((resolve) => {
    api.child.once('exit', () => resolve());
    api.child.kill(signal);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// --- requests and their outcomes -------------------------------------------------------------

type Kind = 'report' | 'confirm' | 'publish' | 'correct' | 'read';

/**
 * What a request came to: `ok` (a success response received: for a write, acknowledged),
 * `refused` (the API answered with a refusal of the request itself, e.g. ALREADY_DECIDED — nothing
 * written), or `failed` (503, a 502 from the proxy, a connection error or a timeout: for a write,
 * unknown — it may or may not have been committed).
 */
interface Outcome {
  phase: Phase;
  kind: Kind;
  result: 'ok' | 'refused' | 'failed';
  /** The refusal's code or the failure's kind. */
  detail: string;
  ms: number;
}

interface Write {
  kind: Exclude<Kind, 'read' | 'correct'>;
  marker: string;
  acknowledged: boolean;
  /** The phase the request was sent in. */
  phase: Phase;
  /** What the client was told (a refusal's or failure's kind), for writes found committed anyway. */
  detail: string;
}

interface Answer<T> {
  data: T | undefined;
  outcome: Omit<Outcome, 'phase' | 'kind' | 'ms'>;
}

async function graphql<T>(
  url: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown>,
): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    const name = (error as Error).name === 'TimeoutError' ? 'TIMEOUT' : (cause?.code ?? 'NETWORK');
    return { data: undefined, outcome: { result: 'failed', detail: `client ${name}` } };
  }
  let body: { data?: T | null; errors?: Array<{ extensions?: { code?: string; reason?: string } }> };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    return { data: undefined, outcome: { result: 'failed', detail: `HTTP ${response.status} (no JSON)` } };
  }
  const error = body.errors?.[0]?.extensions;
  if (response.status === 502) {
    return { data: undefined, outcome: { result: 'failed', detail: `proxy ${response.headers.get('x-proxy-error')}` } };
  }
  if (error?.code === 'SERVICE_UNAVAILABLE' || error?.code === 'INTERNAL_SERVER_ERROR' || response.status >= 500) {
    return {
      data: undefined,
      outcome: { result: 'failed', detail: `${error?.code ?? response.status} ${error?.reason ?? ''}`.trim() },
    };
  }
  if (error)
    return { data: undefined, outcome: { result: 'refused', detail: `${error.code} ${error.reason ?? ''}`.trim() } };
  if (!body.data)
    return { data: undefined, outcome: { result: 'failed', detail: `HTTP ${response.status} without data` } };
  return { data: body.data, outcome: { result: 'ok', detail: 'ok' } };
}

async function signInThrough(url: string, email: string): Promise<string> {
  const answer = await graphql<{ login: { token: string } }>(
    url,
    undefined,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: DEMO_PASSWORD },
  );
  if (!answer.data) throw new Error(`sign-in as ${email} failed: ${answer.outcome.detail}`);
  return answer.data.login.token;
}

/** Setup requests must succeed: no fault runs yet. */
async function must<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const answer = await graphql<T>(url, token, query, variables);
  if (!answer.data) throw new Error(`setup request failed (${answer.outcome.detail}): ${query.slice(0, 80)}`);
  return answer.data;
}

const REPORT = 'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id status } }';
const CONFIRM = 'mutation ($id: ID!, $note: String) { confirmViolation(id: $id, note: $note) { id ordinal } }';
const PUBLISH = 'mutation ($input: PublishArticleInput!) { publishArticle(input: $input) { id } }';
const CORRECT = 'mutation ($input: CorrectArticleInput!) { correctArticle(input: $input) { id correctionsLeft } }';
const STATS =
  'query { stats { ladderSteps { step count orMore } pendingReports { type count } activeBans { total } } }';
const VIOLATIONS = 'query { violations(first: 20) { edges { node { id status ordinal account { name } } } } }';

// --- the run ---------------------------------------------------------------------------------

let databaseName: string;
let databaseUrl: string;
let proxy: RoundRobinProxy | undefined;
const apis: Array<ApiProcess | undefined> = [];
let sql: postgres.Sql | undefined;

beforeAll(async () => {
  if (!CLUSTER_TOOLS) return;
  execFileSync('sh', [path.join(repoRoot, 'test', 'support', 'scaleout-cluster.sh'), String(PG_PORT)], {
    stdio: 'inherit',
  });
  execFileSync('pnpm', ['--filter', '@oap/api', 'build'], { cwd: repoRoot, stdio: 'ignore' });
  // A fresh database per run, so the checks read only this run's writes (and the demo seed).
  databaseName = `oap_scaleout_${randomBytes(5).toString('hex')}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${databaseName}`);
  await admin.end();
  databaseUrl = `postgres://postgres@127.0.0.1:${PG_PORT}/${databaseName}`;
}, 300_000);

afterAll(async () => {
  await proxy?.close();
  for (const api of apis) await stopApi(api);
  await sql?.end();
  if (databaseName && process.env.SCALEOUT_KEEP_DATABASE !== 'true') {
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
    await admin.end();
  }
});

it.skipIf(!CLUSTER_TOOLS)(
  `two API processes, ${SECONDS} s of mixed traffic, a PostgreSQL restart and a killed process: no acknowledged write lost or duplicated`,
  async () => {
    const secret = randomBytes(24).toString('hex');
    const ports = [await freePort(), await freePort()];
    // One after the other: the first migrates and seeds, the second finds it done.
    for (const port of ports) apis.push(await startApi(port, databaseUrl, secret));
    proxy = await startRoundRobinProxy(ports.map((port) => ({ host: '127.0.0.1', port })));
    const url = proxy.url;

    const token = {
      admin: await signInThrough(url, 'admin@example.com'),
      moderator: await signInThrough(url, 'moderator@example.com'),
      moderator2: await signInThrough(url, 'moderator2@example.com'),
      publisher: await signInThrough(url, 'publisher@example.com'),
      analyst: await signInThrough(url, 'analyst@example.com'),
    };

    // The moderators' targets: fresh accounts with a few articles each (published before any ban).
    const ladder: Array<{ accountId: string; articleIds: Array<string | null> }> = [];
    for (let i = 0; i < LADDER_ACCOUNTS; i += 1) {
      const subject = await must<{ createSubject: { id: string } }>(
        url,
        token.admin,
        'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
        { input: { kind: 'ENTERPRISE', name: `扩容压测${i}有限公司`, idNumber: creditCode(9000 + i) } },
      );
      const account = await must<{ registerAccount: { id: string } }>(
        url,
        token.admin,
        'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
        { input: { subjectId: subject.createSubject.id, kind: 'SUBSCRIPTION', name: `扩容压测号${i}` } },
      );
      const articleIds: Array<string | null> = [null];
      for (let a = 0; a < ARTICLES_PER_LADDER_ACCOUNT; a += 1) {
        const article = await must<{ publishArticle: { id: string } }>(url, token.admin, PUBLISH, {
          input: {
            accountId: account.registerAccount.id,
            title: `压测文章${a}`,
            summary: '',
            body: `第${a}篇正文`,
            original: true,
            reprintPolicy: 'OPEN',
          },
        });
        articleIds.push(article.publishArticle.id);
      }
      ladder.push({ accountId: account.registerAccount.id, articleIds });
    }
    const ladderAccountIds = ladder.map((each) => rowId(each.accountId));

    // The publisher's own accounts that may publish now (not banned).
    const operated = await must<{ accounts: { edges: Array<{ node: { id: string; banned: boolean } }> } }>(
      url,
      token.publisher,
      'query { accounts(first: 50) { edges { node { id banned } } } }',
      {},
    );
    const publishable = operated.accounts.edges.map((edge) => edge.node).filter((node) => !node.banned);
    expect(publishable.length).toBeGreaterThan(0);

    // --- traffic ---
    const outcomes: Outcome[] = [];
    const writes: Write[] = [];
    /** Corrections, by the marker of the article they correct (two race for each article). */
    const corrections: Array<{ marker: string; acknowledged: boolean; detail: string }> = [];
    const started = Date.now();
    const end = started + 3 * PHASE_MS;
    const phaseNow = (): Phase => PHASES[Math.min(2, Math.floor((Date.now() - started) / PHASE_MS))] as Phase;
    let seq = 0;

    async function timed<T>(kind: Kind, run: () => Promise<Answer<T>>, marker?: string): Promise<Answer<T>> {
      const phase = phaseNow();
      const t0 = performance.now();
      const answer = await run();
      outcomes.push({ phase, kind, ms: performance.now() - t0, ...answer.outcome });
      // A write is acknowledged only by a success response; anything else leaves it refused or unknown.
      if (marker && kind === 'correct')
        corrections.push({ marker, acknowledged: answer.outcome.result === 'ok', detail: answer.outcome.detail });
      else if (marker && kind !== 'read' && kind !== 'correct')
        writes.push({
          kind,
          marker,
          acknowledged: answer.outcome.result === 'ok',
          phase,
          detail: answer.outcome.detail,
        });
      // After a failure, back off a little instead of spinning on a database that is away.
      if (answer.outcome.result === 'failed') await sleep(50);
      return answer;
    }

    /** A moderator: report like-farming on a ladder account (or one of its articles), then confirm it. */
    async function moderator(accessToken: string): Promise<void> {
      while (Date.now() < end) {
        const target = ladder[Math.floor(Math.random() * ladder.length)] as (typeof ladder)[number];
        const articleId = target.articleIds[Math.floor(Math.random() * target.articleIds.length)] ?? null;
        const reportMarker = `so-${randomUUID()}`;
        const reported = await timed(
          'report',
          () =>
            graphql<{ reportViolation: { id: string; status: string } }>(url, accessToken, REPORT, {
              input: {
                accountId: target.accountId,
                articleId,
                type: 'LIKE_FARMING',
                source: 'MODERATOR',
                evidence: `集赞截图 ${reportMarker}`,
              },
            }),
          reportMarker,
        );
        const violationId = reported.data?.reportViolation.id;
        if (!violationId || reported.data?.reportViolation.status !== 'PENDING') continue;
        const confirmMarker = `so-${randomUUID()}`;
        await timed(
          'confirm',
          () => graphql(url, accessToken, CONFIRM, { id: violationId, note: `证据确凿 ${confirmMarker}` }),
          confirmMarker,
        );
      }
    }

    /** A publisher: publish articles on the accounts it operates, each body carrying a marker. */
    async function publisher(): Promise<void> {
      while (Date.now() < end) {
        const account = publishable[seq % publishable.length] as { id: string };
        seq += 1;
        const marker = `so-${randomUUID()}`;
        const published = await timed(
          'publish',
          () =>
            graphql<{ publishArticle: { id: string } }>(url, token.publisher, PUBLISH, {
              input: {
                accountId: account.id,
                title: `扩容演练 ${seq}`,
                summary: '',
                body: `今日通知。${marker}`,
                original: true,
                reprintPolicy: 'OPEN',
              },
            }),
          marker,
        );
        // Now and then two corrections of the new article race: it may be corrected once, so at most
        // one succeeds (a one-time operation under simultaneous requests, through the faults too).
        const articleId = published.data?.publishArticle.id;
        if (!articleId || seq % 3 !== 0) continue;
        const correct = () =>
          timed(
            'correct',
            () => graphql(url, token.publisher, CORRECT, { input: { articleId, body: `今日公告。${marker}` } }),
            marker,
          );
        await Promise.all([correct(), correct()]);
      }
    }

    /** An analyst: the dashboard figures and the newest violations, read-only. */
    async function analyst(): Promise<void> {
      let turn = 0;
      while (Date.now() < end) {
        turn += 1;
        await timed('read', () => graphql(url, token.analyst, turn % 2 ? STATS : VIOLATIONS, {}));
      }
    }

    /** The faults, at the start of phases 2 and 3; the traffic runs on through them. */
    const faultLog: string[] = [];
    async function faults(): Promise<void> {
      await sleep(PHASE_MS);
      const t0 = performance.now();
      await execFileAsync('pg_ctlcluster', ['--skip-systemctl-redirect', '15', 'scaleout', 'restart']);
      faultLog.push(`PostgreSQL restarted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      await sleep(Math.max(0, started + 2 * PHASE_MS - Date.now()));
      const victim = 1;
      const t1 = performance.now();
      await stopApi(apis[victim], 'SIGKILL');
      faultLog.push(`API process on port ${ports[victim]} killed (SIGKILL)`);
      await sleep(1000);
      apis[victim] = await startApi(ports[victim] as number, databaseUrl, secret);
      faultLog.push(
        `API process on port ${ports[victim]} ready again after ${((performance.now() - t1) / 1000).toFixed(1)} s`,
      );
    }

    await Promise.all([
      moderator(token.moderator),
      moderator(token.moderator),
      moderator(token.moderator2),
      moderator(token.moderator2),
      publisher(),
      publisher(),
      analyst(),
      analyst(),
      faults(),
    ]);

    // --- figures per phase ---
    const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    const phaseRows = PHASES.map((phase) => {
      const mine = outcomes.filter((each) => each.phase === phase);
      const times = mine.map((each) => each.ms).sort((a, b) => a - b);
      const failures = new Map<string, number>();
      for (const each of mine.filter((one) => one.result !== 'ok'))
        failures.set(`${each.result}: ${each.detail}`, (failures.get(`${each.result}: ${each.detail}`) ?? 0) + 1);
      return {
        phase,
        requests: mine.length,
        'acked writes': writes.filter((w) => w.phase === phase && w.acknowledged).length,
        'req/s': (mine.length / (PHASE_MS / 1000)).toFixed(1),
        'p50 ms': at(times, 0.5).toFixed(1),
        'p99 ms': at(times, 0.99).toFixed(1),
        'failures by kind': [...failures].map(([kind, count]) => `${kind} ×${count}`).join('; ') || '—',
      };
    });
    printTable(`Scale-out under faults: 2 API processes, round-robin proxy, ${SECONDS} s`, phaseRows);
    const byKind = (['report', 'confirm', 'publish', 'correct', 'read'] as Kind[]).map((kind) => {
      const mine = outcomes.filter((each) => each.kind === kind);
      return {
        kind,
        requests: mine.length,
        ok: mine.filter((each) => each.result === 'ok').length,
        refused: mine.filter((each) => each.result === 'refused').length,
        failed: mine.filter((each) => each.result === 'failed').length,
      };
    });
    printTable('Requests by kind', byKind);
    console.log(`faults: ${faultLog.join('; ')}`);
    console.log(`proxy: forwarded ${proxy.forwarded.join(' / ')}, refused connections ${proxy.refused.join(' / ')}`);

    // --- verification, straight in the database ---
    sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
    const found = new Map<string, number>();
    const count = (rows: Array<{ marker: string; n: number }>) => {
      for (const row of rows) found.set(row.marker, (found.get(row.marker) ?? 0) + row.n);
    };
    const MARKER = `so-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
    // Every place a write leaves its marker, each counted on its own: a write is one row in each.
    const places = {
      report: [
        sql`select substring(evidence from ${MARKER}) as marker, count(*)::int as n from violation_reports where evidence ~ ${MARKER} group by 1`,
      ],
      confirm: [
        sql`select substring(decision_note from ${MARKER}) as marker, count(*)::int as n from violations where decision_note ~ ${MARKER} group by 1`,
        sql`select substring(reason from ${MARKER}) as marker, count(*)::int as n from penalties where reason ~ ${MARKER} group by 1`,
      ],
      publish: [
        sql`select substring(body from ${MARKER}) as marker, count(*)::int as n from articles where body ~ ${MARKER} group by 1`,
      ],
    };
    const perPlace: Array<Map<string, number>> = [];
    for (const [, queries] of Object.entries(places)) {
      for (const query of queries) {
        const rows = (await query) as unknown as Array<{ marker: string; n: number }>;
        perPlace.push(new Map(rows.map((row) => [row.marker, row.n])));
        count(rows);
      }
    }
    const placesOf = { report: [0], confirm: [1, 2], publish: [3] } as const;
    const known = new Set(writes.map((w) => w.marker));
    let lost = 0;
    let duplicated = 0;
    let committedUnacknowledged = 0;
    let refusedAbsent = 0;
    let ackedDuplicated = 0;
    /** Committed, though the client was told DATABASE_UNREACHABLE or DATABASE_TIMEOUT: "nothing was changed, try again". */
    let committedThoughToldNothingChanged = 0;
    const problems: string[] = [];
    for (const write of writes) {
      const counts = placesOf[write.kind].map((index) => perPlace[index]?.get(write.marker) ?? 0);
      if (counts.some((n) => n > 1)) {
        duplicated += 1;
        if (write.acknowledged) ackedDuplicated += 1;
        problems.push(`${write.kind} ${write.marker} appears ${counts.join('/')} times`);
      } else if (write.acknowledged && counts.some((n) => n !== 1)) {
        lost += 1;
        problems.push(`acknowledged ${write.kind} ${write.marker} found ${counts.join('/')} times`);
      } else if (!write.acknowledged && counts.every((n) => n === 1)) {
        committedUnacknowledged += 1;
        // Committed although the client heard otherwise: say what it was told, so a 503 that claimed
        // "nothing was changed" is seen.
        console.log(`committed but unacknowledged: ${write.kind} in phase ${write.phase}, told "${write.detail}"`);
        if (write.detail.includes('DATABASE_UNREACHABLE') || write.detail.includes('DATABASE_TIMEOUT')) {
          committedThoughToldNothingChanged += 1;
          problems.push(`${write.kind} ${write.marker} committed, but the client was told nothing was changed`);
        }
      } else if (!write.acknowledged && counts.every((n) => n === 0)) refusedAbsent += 1;
      else if (!write.acknowledged)
        problems.push(`unacknowledged ${write.kind} ${write.marker} half written: ${counts.join('/')}`);
    }
    // Corrections: per article at most one in the database and at most one acknowledged; an
    // acknowledged one is there; the article's counter agrees with its corrections.
    const correctionRows = (await sql`
      select substring(previous_body from ${MARKER}) as marker, count(*)::int as n
      from article_corrections where previous_body ~ ${MARKER} group by 1`) as unknown as Array<{
      marker: string;
      n: number;
    }>;
    const correctedInDatabase = new Map(correctionRows.map((row) => [row.marker, row.n]));
    const correctionMarkers = new Set(corrections.map((each) => each.marker));
    let correctionsTwice = 0;
    let correctionsLost = 0;
    let correctionsCommittedUnacknowledged = 0;
    for (const marker of correctionMarkers) {
      const acked = corrections.filter((each) => each.marker === marker && each.acknowledged).length;
      const stored = correctedInDatabase.get(marker) ?? 0;
      if (stored > 1 || acked > 1) {
        correctionsTwice += 1;
        problems.push(`article ${marker} corrected ${stored} times, ${acked} acknowledged`);
      } else if (acked === 1 && stored !== 1) {
        correctionsLost += 1;
        problems.push(`acknowledged correction of ${marker} not in the database`);
      } else if (acked === 0 && stored === 1) correctionsCommittedUnacknowledged += 1;
    }
    for (const marker of correctedInDatabase.keys())
      if (!correctionMarkers.has(marker)) problems.push(`a correction nobody sent: ${marker}`);
    const [counterMismatch] = (await sql`
      select count(*)::int as n from articles a
      where a.corrections_used <> (select count(*) from article_corrections c where c.article_id = a.id)`) as unknown as Array<{
      n: number;
    }>;
    lost += correctionsLost;
    duplicated += correctionsTwice;
    console.log(
      `corrections: ${correctionMarkers.size} articles raced (2 each), ${corrections.filter((each) => each.acknowledged).length} acknowledged, ${correctedInDatabase.size} corrected in the database, ${correctionsCommittedUnacknowledged} committed but unacknowledged, ${correctionsTwice} corrected twice`,
    );

    // A marker the bench never sent would be a write nobody asked for.
    const strangers = [...found.keys()].filter((marker) => !known.has(marker));

    // Ordinals: for every account and type, the confirmed violations' ordinals in decision order are
    // 1..n. An account whose history holds an overturned violation is skipped (the next offence then
    // reuses a lower ordinal, by design); none of the bench's accounts has one.
    const groups = (await sql`
    select account_id, type, array_agg(ordinal order by decided_at, ordinal) as ordinals,
           bool_or(status = 'OVERTURNED') as overturned
    from violations where status in ('CONFIRMED', 'OVERTURNED') group by account_id, type`) as unknown as Array<{
      account_id: string;
      type: string;
      ordinals: number[];
      overturned: boolean;
    }>;
    let ordinalGaps = 0;
    let checkedGroups = 0;
    for (const group of groups.filter((each) => !each.overturned)) {
      checkedGroups += 1;
      const sorted = [...group.ordinals].sort((a, b) => a - b);
      if (sorted.some((ordinal, i) => ordinal !== i + 1)) {
        ordinalGaps += 1;
        problems.push(`ordinals of ${group.account_id} ${group.type}: ${group.ordinals.join(',')}`);
      }
    }
    const ladderGroups = groups.filter((each) => ladderAccountIds.includes(each.account_id));
    const ladderConfirmed = ladderGroups.reduce((total, each) => total + each.ordinals.length, 0);
    // Every confirmed violation has exactly one penalty, naming its ordinal.
    const [penaltyMismatch] = (await sql`
    select count(*)::int as n from violations v
    where v.status = 'CONFIRMED' and v.account_id = any(${ladderAccountIds}::uuid[])
      and (select count(*) from penalties p where p.violation_id = v.id and p.reason like v.type || ' #' || v.ordinal || '%') <> 1`) as unknown as Array<{
      n: number;
    }>;

    const acknowledged = writes.filter((w) => w.acknowledged);
    printTable('Writes, checked in the database', [
      {
        writes: writes.length,
        acknowledged: acknowledged.length,
        'acked, in the database once': acknowledged.length - lost - ackedDuplicated,
        'refused, absent': refusedAbsent,
        'committed but unacknowledged': committedUnacknowledged,
        'unknown markers': strangers.length,
      },
    ]);
    console.log(
      `ladder: ${ladderConfirmed} confirmations on ${ladderGroups.length} accounts, highest ordinal ${Math.max(0, ...ladderGroups.flatMap((g) => g.ordinals))}; ${checkedGroups} account/type groups checked`,
    );
    console.log(
      `lost: ${lost}, duplicated: ${duplicated + strangers.length}, ordinal gaps: ${ordinalGaps}, committed though told "nothing was changed": ${committedThoughToldNothingChanged}`,
    );
    if (problems.length) console.log(problems.slice(0, 20).join('\n'));
    const unexpectedExits = everyApi.flatMap((api) => api.exits);
    console.log(`API processes that exited by themselves: ${unexpectedExits.length}`);
    for (const exit of unexpectedExits) console.log(exit);

    // Figures exist before they are compared: the run did real work in every phase.
    for (const row of phaseRows) expect(row.requests, `requests in phase ${row.phase}`).toBeGreaterThan(0);
    expect(acknowledged.filter((w) => w.kind === 'confirm').length).toBeGreaterThan(0);
    expect(acknowledged.filter((w) => w.kind === 'publish').length).toBeGreaterThan(0);
    expect(ladderConfirmed).toBeGreaterThan(0);
    expect(checkedGroups).toBeGreaterThanOrEqual(ladderGroups.length);
    expect(lost, 'acknowledged writes lost').toBe(0);
    expect(duplicated, 'writes duplicated').toBe(0);
    expect(strangers, 'writes the bench never sent').toEqual([]);
    expect(ordinalGaps, 'accounts whose ordinals are not 1..n').toBe(0);
    expect(penaltyMismatch?.n, 'confirmed violations without exactly one penalty of their ordinal').toBe(0);
    expect(correctionMarkers.size, 'articles whose correction raced').toBeGreaterThan(0);
    expect(counterMismatch?.n, 'articles whose correction counter disagrees with their corrections').toBe(0);
    expect(problems).toEqual([]);
    // Only the bench kills processes: one dying on its own under a fault is a finding too.
    expect(unexpectedExits).toEqual([]);
  },
  600_000,
);
