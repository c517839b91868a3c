/**
 * The server when its database goes away, and when it is told to stop (issue 11): `/readyz` and
 * GraphQL answer SERVICE_UNAVAILABLE in bounded time, everything works again after recovery without
 * a restart, and SIGTERM answers every request already received.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, gql, signIn } from '../support/graphql';
import {
  createTestDatabase,
  driverName,
  personalDataIn,
  realDatabaseUrl,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

/**
 * A TCP hop between the server and PostgreSQL that can black-hole (hold every byte, as a dead
 * network does: TCP retransmits, nothing arrives, and then it all arrives in order) or refuse
 * (connections reset, new ones refused).
 */
interface Link {
  client: net.Socket;
  upstream: net.Socket | null;
  /** Bytes held while black-holed: [to the database, to the server]. */
  held: [Buffer[], Buffer[]];
  /** Set when accepted while black-holed: reaches the database once the network returns. */
  connectLater?: () => void;
}

class FaultyLink {
  private mode: 'up' | 'blackhole' | 'refuse' = 'up';
  private readonly links = new Set<Link>();
  private readonly server: net.Server;

  constructor(private readonly target: { host: string; port: number }) {
    this.server = net.createServer((client) => this.accept(client));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as net.AddressInfo).port;
  }

  private accept(client: net.Socket) {
    if (this.mode === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    const link: Link = { client, upstream: null, held: [[], []] };
    this.links.add(link);
    const connect = () => {
      const upstream = net.connect(this.target.port, this.target.host);
      link.upstream = upstream;
      upstream.on('data', (chunk) => this.forward(link, 1, chunk));
      upstream.on('error', () => client.destroy());
      upstream.on('close', () => client.destroy());
      for (const chunk of link.held[0].splice(0)) upstream.write(chunk);
    };
    client.on('data', (chunk) => this.forward(link, 0, chunk));
    client.on('error', () => link.upstream?.destroy());
    client.on('close', () => {
      link.upstream?.destroy();
      this.links.delete(link);
    });
    if (this.mode === 'up') connect();
    else link.connectLater = connect;
  }

  private forward(link: Link, direction: 0 | 1, chunk: Buffer) {
    const to = direction === 0 ? link.upstream : link.client;
    if (this.mode !== 'up' || !to) link.held[direction].push(chunk);
    else to.write(chunk);
  }

  blackhole() {
    this.mode = 'blackhole';
  }

  refuse() {
    this.mode = 'refuse';
    for (const link of this.links) {
      link.client.resetAndDestroy();
      link.upstream?.destroy();
    }
    this.links.clear();
  }

  restore() {
    this.mode = 'up';
    for (const link of this.links) {
      const later = link.connectLater;
      if (later) {
        link.connectLater = undefined;
        later();
      }
      for (const chunk of link.held[0].splice(0)) link.upstream?.write(chunk);
      for (const chunk of link.held[1].splice(0)) link.client.write(chunk);
    }
  }

  close() {
    for (const link of this.links) {
      link.client.destroy();
      link.upstream?.destroy();
    }
    this.server.close();
  }
}

const ACCOUNTS = '{ accounts(first: 5) { totalCount edges { node { id name } } } }';
const STATEMENT_TIMEOUT_MS = 3000;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe.skipIf(!realDatabaseUrl)(`the database goes away (${driverName})`, () => {
  let database: TestDatabase;
  let server: TestServer;
  let link: FaultyLink;
  let admin: string;
  let articleId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.url as string);
    link = new FaultyLink({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaLink = new URL(direct);
    viaLink.port = String(await link.listen());
    server = await startTestServer(
      { ...database, env: { ...database.env, DATABASE_URL: viaLink.toString() } },
      {
        STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
        DATABASE_CONNECT_TIMEOUT_MS: '1500',
        READY_TIMEOUT_MS: '1500',
      },
    );
    admin = await signIn(server.url, 'admin@example.com');
    const articles = await gql<{ articles: { edges: Array<{ node: { id: string } }> } }>(
      server.url,
      '{ articles(first: 1) { edges { node { id } } } }',
      {},
      { token: admin },
    );
    articleId = articles.data?.articles.edges[0]?.node.id as string;
    expect(articleId).toBeTruthy();
  });

  afterAll(async () => {
    link?.restore();
    await server?.stop();
    link?.close();
    await database?.drop();
  });

  it('black-holed: /readyz is 503 within 2 s, a query SERVICE_UNAVAILABLE within the statement timeout', async () => {
    expect((await gql(server.url, ACCOUNTS, {}, { token: admin })).errors).toBeUndefined();
    link.blackhole();
    try {
      const ready = await timed(() => fetch(`${server.url}/readyz`));
      expect(ready.value.status).toBe(503);
      expect(ready.ms).toBeLessThan(2000);

      const health = await timed(() => fetch(`${server.url}/healthz`));
      expect(health.value.status).toBe(200);
      // Liveness never waits on the database (which would take the ping deadline, 1.5 s).
      expect(health.ms).toBeLessThan(1000);

      const query = await timed(() => gql(server.url, ACCOUNTS, {}, { token: admin }));
      expect(query.value.status).toBe(503);
      expect(query.value.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'DATABASE_TIMEOUT',
      });
      expect(query.value.headers.get('retry-after')).toBeTruthy();
      expect(query.ms).toBeLessThan(STATEMENT_TIMEOUT_MS + 1000);
    } finally {
      link.restore();
    }
  });

  it('after the network returns, everything works without a restart', async () => {
    const deadline = Date.now() + 15_000;
    while ((await fetch(`${server.url}/readyz`)).status !== 200) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const result = await gql<{ accounts: { totalCount: number } }>(server.url, ACCOUNTS, {}, { token: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data?.accounts.totalCount).toBeGreaterThan(0);
  });

  it('refusing connections: GraphQL answers 503 SERVICE_UNAVAILABLE (never INTERNAL_SERVER_ERROR), then recovers', async () => {
    link.refuse();
    try {
      const ready = await timed(() => fetch(`${server.url}/readyz`));
      expect(ready.value.status).toBe(503);
      expect(ready.ms).toBeLessThan(2000);
      // Signed in (the session lookup needs the database) and signed out (a public field does).
      for (const [query, token] of [
        [ACCOUNTS, admin],
        ['query ($id: ID!) { article(id: $id) { title } }', undefined],
      ] as const) {
        const result = await gql(server.url, query, { id: articleId }, { token });
        expect(result.status).toBe(503);
        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: 'SERVICE_UNAVAILABLE',
          reason: 'DATABASE_UNREACHABLE',
        });
      }
      const login = await gql(
        server.url,
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email: 'moderator@example.com', password: DEMO_PASSWORD },
      );
      expect(login.status).toBe(503);
      expect(login.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      link.restore();
    }
    const deadline = Date.now() + 15_000;
    for (;;) {
      const result = await gql(server.url, ACCOUNTS, {}, { token: admin });
      if (!result.errors) break;
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await signIn(server.url, 'moderator@example.com')).toBeTruthy();
  });
});

describe(`SIGTERM drains (${driverName})`, () => {
  it('answers all 35 requests in flight on a freshly started server, turning /readyz 503 first', async () => {
    const database = await createTestDatabase();
    // The production drain delay (the test harness sets 0 for speed).
    const server = await startTestServer(database, { SHUTDOWN_DRAIN_DELAY_MS: '1000' });
    try {
      const admin = await signIn(server.url, 'admin@example.com');
      const emails = ['admin', 'moderator', 'reviewer', 'analyst', 'publisher'].map((name) => `${name}@example.com`);
      // Sign-ins are slow on purpose (scrypt): they are still running when SIGTERM arrives, with
      // the pages queued behind them.
      const requests = Array.from({ length: 35 }, (_, i) =>
        i % 7 === 0
          ? gql<{ login: { token: string } }>(
              server.url,
              'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
              { email: emails[i % emails.length], password: DEMO_PASSWORD },
            ).then((result) => ({ status: result.status, ok: Boolean(result.data?.login?.token) }))
          : gql(server.url, ACCOUNTS, {}, { token: admin }).then((result) => ({
              status: result.status,
              ok: !result.errors,
            })),
      );
      await new Promise((resolve) => setTimeout(resolve, 30));
      const stopped = server.stop();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const ready = await fetch(`${server.url}/readyz`, { headers: { connection: 'close' } });
      expect(ready.status).toBe(503);

      const answers = await Promise.allSettled(requests);
      const answered = answers.filter((answer) => answer.status === 'fulfilled' && answer.value.ok);
      expect(answers.filter((answer) => answer.status === 'rejected').map((answer) => String(answer.reason))).toEqual(
        [],
      );
      expect(answered).toHaveLength(35);
      expect(await stopped).toBe(0);
    } finally {
      await server.stop();
      await database.drop();
    }
  }, 60_000);
});

describe('the log scan at every test server stop', () => {
  it('notices an identity number, a credit code, a mobile number and an article body', () => {
    const lines = [
      '{"message":"x","params":"110101199003074514"}',
      '{"message":"x","value":"91350100M000100Y43"}',
      '{"message":"x","phone":"13812345678"}',
      `{"message":"x","body":"${'这是一篇文章的正文，'.repeat(4)}"}`,
    ];
    expect(personalDataIn(lines.join('\n'))).toHaveLength(4);
    expect(
      personalDataIn('{"requestId":"2f2798a0-3308-48d3-b1e1-a00a88ea2cfd","durationMs":58.5,"status":200}'),
    ).toEqual([]);
    // A request id whose last group happens to read like a mobile number (one in about 7,000 ids).
    expect(
      personalDataIn('{"requestId":"a5aaa3f2-7abf-4a1f-92a8-b13912345678","durationMs":8.6,"status":200}'),
    ).toEqual([]);
    expect(personalDataIn('{"message":"联系电话13912345678"}')).toHaveLength(1);
  });
});
