import net from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import {
  createTestDatabase,
  driverName,
  realDatabaseUrl,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

const TOKEN = 'metrics-test-token-0123456789abcdef-0123';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** One sample of the Prometheus text: the value of `name` whose labels are exactly `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const wanted = Object.entries(labels);
    if (Object.keys(found).length !== wanted.length) continue;
    if (wanted.every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

async function scrape(
  url: string,
  authorization?: string,
): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(url, { headers: authorization ? { authorization } : {} });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

const databases: TestDatabase[] = [];
const servers: TestServer[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const database of databases) await database.drop();
});

describe(`/metrics with a token (${driverName})`, () => {
  let url: string;
  let database: TestDatabase;
  const metrics = async () => {
    const answer = await scrape(`${url}/metrics`, `Bearer ${TOKEN}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/plain');
    return answer.text;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    databases.push(database);
    const server = await startTestServer(database, {
      METRICS_TOKEN: TOKEN,
      DATABASE_POOL_SIZE: '6',
      DATABASE_ANALYST_POOL_SIZE: '2',
    });
    servers.push(server);
    url = server.url;
  });

  it('refuses without the token, with another one, or with another scheme', async () => {
    for (const authorization of [undefined, 'Bearer not-the-token', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const answer = await scrape(`${url}/metrics`, authorization);
      expect(answer.status, authorization).toBe(401);
      expect(answer.headers.get('www-authenticate')).toContain('Bearer');
      expect(JSON.parse(answer.text).errors[0].extensions).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'METRICS_TOKEN',
      });
    }
  });

  it('counts each named GraphQL operation, by type and outcome, with its duration', async () => {
    const labels = (operation: string) => ({ operation, type: 'query', outcome: 'success' });
    const before = await metrics();
    for (let i = 0; i < 3; i += 1)
      expect((await gql(url, 'query MetricsProbeA { __typename }')).errors).toBeUndefined();
    for (let i = 0; i < 2; i += 1)
      expect((await gql(url, 'query MetricsProbeB { __typename }')).errors).toBeUndefined();
    expect((await gql(url, '{ __typename }')).errors).toBeUndefined();
    const after = await metrics();
    // Never sent before: the series did not exist.
    expect(sample(before, 'oap_graphql_operations_total', labels('MetricsProbeA'))).toBeUndefined();
    expect(sample(after, 'oap_graphql_operations_total', labels('MetricsProbeA'))).toBe(3);
    expect(sample(after, 'oap_graphql_operations_total', labels('MetricsProbeB'))).toBe(2);
    expect(sample(after, 'oap_graphql_operation_duration_seconds_count', labels('MetricsProbeA'))).toBe(3);
    expect(sample(after, 'oap_graphql_operation_duration_seconds_count', labels('MetricsProbeB'))).toBe(2);
    const sum = sample(after, 'oap_graphql_operation_duration_seconds_sum', labels('MetricsProbeA'));
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(30);
    const anonymousBefore = sample(before, 'oap_graphql_operations_total', labels('anonymous')) ?? 0;
    expect(sample(after, 'oap_graphql_operations_total', labels('anonymous'))).toBe(anonymousBefore + 1);
  });

  it('counts refusals by code and reason, from GraphQL and from the HTTP layer', async () => {
    const validation = { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'UNKNOWN_FIELD' };
    const notJson = { code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'NOT_JSON' };
    const token = { code: 'UNAUTHENTICATED', reason: 'METRICS_TOKEN' };
    const before = await metrics();
    const refused = await gql(url, 'query MetricsRefused { noSuchField }');
    expect(refused.errors?.[0]?.extensions).toMatchObject(validation);
    const plain = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(plain.status).toBe(415);
    expect((await scrape(`${url}/metrics`)).status).toBe(401);
    const after = await metrics();
    const delta = (labels: Record<string, string>) =>
      (sample(after, 'oap_refusals_total', labels) ?? 0) - (sample(before, 'oap_refusals_total', labels) ?? 0);
    expect(sample(after, 'oap_refusals_total', validation)).toBeDefined();
    expect(delta(validation)).toBe(1);
    expect(delta(notJson)).toBe(1);
    expect(delta(token)).toBe(1);
    // The refused operation is counted too: it never resolved to a type.
    expect(
      sample(after, 'oap_graphql_operations_total', {
        operation: 'MetricsRefused',
        type: 'unknown',
        outcome: 'refused',
      }),
    ).toBe(1);
  });

  it('reports event-loop lag and the database pools', async () => {
    const text = await metrics();
    const lag = sample(text, 'nodejs_eventloop_lag_seconds');
    expect(lag).toBeDefined();
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'oap_metrics_database_ok')).toBe(1);
    if (realDatabaseUrl) {
      expect(sample(text, 'oap_db_pool_max_connections', { pool: 'main' })).toBe(6);
      expect(sample(text, 'oap_db_pool_max_connections', { pool: 'analyst' })).toBe(2);
      // The connection counting is itself one of the main pool's, active while it counts.
      expect(sample(text, 'oap_db_pool_connections', { pool: 'main', state: 'active' })).toBeGreaterThanOrEqual(1);
      const main = ['active', 'idle', 'idle in transaction'].map(
        (state) => sample(text, 'oap_db_pool_connections', { pool: 'main', state }) ?? Number.NaN,
      );
      expect(main.reduce((a, b) => a + b)).toBeLessThanOrEqual(6);
      expect(sample(text, 'oap_db_pool_connections', { pool: 'analyst', state: 'idle' })).toBeGreaterThanOrEqual(0);
    } else {
      expect(sample(text, 'oap_db_pool_max_connections', { pool: 'main' })).toBe(1);
      expect(sample(text, 'oap_db_pool_connections', { pool: 'main', state: 'open' })).toBe(1);
    }
  });

  it('reports the three queues as the dashboard counts them, and follows new rows', async () => {
    const analyst = await signIn(url, 'analyst@example.com');
    const moderator = await signIn(url, 'moderator@example.com');
    const dashboard = async () => {
      const result = await gql<{
        stats: {
          pendingReports: Array<{ count: number }>;
          appealDeadlines: { overdue: number };
          certificationWork: { overdueDispatches: number };
        };
      }>(
        url,
        '{ stats { pendingReports { count } appealDeadlines { overdue } certificationWork { overdueDispatches } } }',
        {},
        { token: analyst },
      );
      expect(result.errors).toBeUndefined();
      const data = (result.data as NonNullable<typeof result.data>).stats;
      return {
        pending: data.pendingReports.reduce((total, row) => total + row.count, 0),
        appeals: data.appealDeadlines.overdue,
        dispatches: data.certificationWork.overdueDispatches,
      };
    };
    const queues = (text: string) => ({
      pending: sample(text, 'oap_queue_pending_reports'),
      appeals: sample(text, 'oap_queue_overdue_appeals'),
      dispatches: sample(text, 'oap_queue_overdue_dispatches'),
    });

    const first = queues(await metrics());
    expect(first.pending).toBeGreaterThan(0);
    expect(first).toEqual(await dashboard());

    // A new report of a type the account has no pending one of: one more pending.
    const accounts = await gql<{ accounts: { edges: Array<{ node: { id: string } }> } }>(
      url,
      '{ accounts(first: 50) { edges { node { id } } } }',
      {},
      { token: moderator },
    );
    let added = false;
    for (const edge of accounts.data?.accounts.edges ?? []) {
      const report = await gql<{ reportViolation: { reportCount: number } }>(
        url,
        'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { reportCount } }',
        { input: { accountId: edge.node.id, type: 'OTHER', source: 'MODERATOR', evidence: '指标测试' } },
        { token: moderator },
      );
      if (report.data?.reportViolation.reportCount === 1) {
        added = true;
        break;
      }
    }
    expect(added).toBe(true);
    const second = queues(await metrics());
    expect(second.pending).toBe((first.pending as number) + 1);
    expect(second).toEqual(await dashboard());

    if (!realDatabaseUrl) return;
    // On a real server, move rows past and back before their deadlines: each gauge follows by one.
    const sql = postgres(database.url as string, { max: 1, onnotice: () => {} });
    try {
      const [appeal] = await sql<{ id: string }[]>`select id from appeals where status = 'PENDING' order by id limit 1`;
      const [dispatch] = await sql<{ id: string }[]>`
        select id from certifications where status = 'DISPATCHED' order by id limit 1`;
      expect(appeal?.id).toBeTruthy();
      expect(dispatch?.id).toBeTruthy();
      await sql`update appeals set due_at = now() - interval '1 day' where id = ${appeal?.id ?? ''}`;
      await sql`update certifications set dispatched_at = now() - interval '2000 hours' where id = ${dispatch?.id ?? ''}`;
      const late = queues(await metrics());
      const [counts] = await sql<{ appeals: string; dispatches: string }[]>`
        select (select count(*) from appeals where status = 'PENDING' and due_at < now()) as appeals,
               (select count(*) from certifications where status = 'DISPATCHED'
                  and dispatched_at < now() - make_interval(hours => (
                    select (value #>> '{}')::int from platform_rules
                    where key = 'certification.reviewCallHours' and effective_from <= now()
                    order by effective_from desc limit 1))) as dispatches`;
      expect(late.appeals).toBe(Number(counts?.appeals));
      expect(late.dispatches).toBe(Number(counts?.dispatches));
      await sql`update appeals set due_at = now() + interval '10 days' where id = ${appeal?.id ?? ''}`;
      await sql`update certifications set dispatched_at = now() where id = ${dispatch?.id ?? ''}`;
      const onTime = queues(await metrics());
      expect(onTime.appeals).toBe((late.appeals as number) - 1);
      expect(onTime.dispatches).toBe((late.dispatches as number) - 1);
    } finally {
      await sql.end();
    }
  });
});

describe(`/metrics on a separate port (${driverName})`, () => {
  let url: string;
  let metricsUrl: string;

  beforeAll(async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const port = await freePort();
    const server = await startTestServer(database, { METRICS_PORT: String(port), METRICS_HOST: '127.0.0.1' });
    servers.push(server);
    url = server.url;
    metricsUrl = `http://127.0.0.1:${port}`;
  });

  it('answers there without a token', async () => {
    expect((await gql(url, 'query MetricsElsewhere { __typename }')).errors).toBeUndefined();
    const answer = await scrape(`${metricsUrl}/metrics`);
    expect(answer.status).toBe(200);
    expect(
      sample(answer.text, 'oap_graphql_operations_total', {
        operation: 'MetricsElsewhere',
        type: 'query',
        outcome: 'success',
      }),
    ).toBe(1);
    expect(sample(answer.text, 'oap_queue_pending_reports')).toBeGreaterThan(0);
  });

  it('serves nothing else there', async () => {
    const answer = await scrape(`${metricsUrl}/graphql`);
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'UNKNOWN_ROUTE' });
  });

  it('refuses /metrics on the main port, with or without a bearer token, instead of serving the admin page', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}`]) {
      const answer = await scrape(`${url}/metrics`, authorization);
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'UNKNOWN_ROUTE' });
    }
  });
});
