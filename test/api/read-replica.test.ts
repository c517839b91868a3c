import net from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv';
import { gql, signIn } from '../support/graphql';
import {
  createTestDatabase,
  realDatabaseUrl,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

/**
 * DATABASE_READ_URL against a real streaming replica (test/support/replica-up.sh: 15/replica on
 * 5433, streaming from 5432). The test database is created on the primary and reaches the replica
 * by streaming. Replay is paused to make the replica certainly stale, then resumed.
 */
const replicaBaseUrl = process.env.TEST_REPLICA_URL || undefined;
const enabled = Boolean(replicaBaseUrl && realDatabaseUrl);
if (!enabled) {
  console.log(
    'read-replica.test.ts skipped: set TEST_DATABASE_URL and TEST_REPLICA_URL (a streaming replica of it, e.g. ' +
      'postgres://postgres@127.0.0.1:5433/test after `bash test/support/replica-up.sh`)',
  );
}

type Role = 'replica' | 'primary';

async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A TCP relay to the replica that can be cut (every connection reset, nothing listening) and
 * restored on the same port: the replica going away under a running server, without stopping it.
 */
async function cuttableRelay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const relay = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('error', () => undefined);
          socket.on('close', () => {
            sockets.delete(socket);
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      relay.once('error', reject);
      relay.listen(port, '127.0.0.1', () => {
        server = relay;
        resolve((relay.address() as net.AddressInfo).port);
      });
    });
  const port = await listen(0);
  const cut = async () => {
    const closing = new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
    for (const socket of sockets) socket.destroy();
    await closing;
  };
  return { port, cut, restore: () => listen(port), close: cut };
}

/** The same database's name on another server (the replica holds every database of the primary). */
function onServer(base: string, databaseUrl: string): string {
  const url = new URL(base);
  url.pathname = new URL(databaseUrl).pathname;
  return url.toString();
}

describe.skipIf(!enabled)('a streaming read replica (DATABASE_READ_URL)', () => {
  let database: TestDatabase;
  let server: TestServer;
  let replicaUrl: string;
  let primarySql: postgres.Sql;
  let replicaSql: postgres.Sql;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    replicaUrl = onServer(replicaBaseUrl as string, database.url as string);
    primarySql = postgres(database.url as string, { max: 1, onnotice: () => {} });
    replicaSql = postgres(replicaUrl, { max: 1, onnotice: () => {} });
    // CREATE DATABASE streams to the replica like any other change.
    await eventually(async () => (await replicaSql`select 1 as one`)[0]?.one, 'the test database on the replica');
    server = await startTestServer(database, {
      DATABASE_READ_URL: replicaUrl,
      // Longer than the test keeps replay paused: here the replica must stay in use while stale.
      DATABASE_READ_MAX_LAG_MS: '600000',
    });
    for (const [name, email] of Object.entries({
      analyst: 'analyst@example.com',
      moderator: 'moderator@example.com',
      moderator2: 'moderator2@example.com',
    })) {
      tokens[name] = await signIn(server.url, email);
    }
  }, 120_000);

  afterAll(async () => {
    // Never leave the shared replica paused, whatever failed.
    if (replicaSql) {
      await replicaSql`select pg_wal_replay_resume()`.catch(() => undefined);
      await replicaSql.end();
    }
    await primarySql?.end();
    await server?.stop();
    await database?.drop();
  });

  const pendingStats = async (token: string) => {
    const result = await gql<{ stats: { pendingReports: Array<{ count: number }> } }>(
      server.url,
      '{ stats { pendingReports { count } } }',
      {},
      { token },
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data?.stats.pendingReports;
    expect(rows).toBeDefined();
    return {
      pending: (rows ?? []).reduce((total, row) => total + row.count, 0),
      role: result.extensions?.databaseRole as Role | undefined,
    };
  };

  const pendingExport = async (token: string) => {
    const response = await fetch(`${server.url}/exports/violations.csv?status=PENDING`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const csv = await response.text();
    return {
      csv,
      // Rows after the header (the first character is the byte order mark).
      total: parseCsv(csv.slice(1)).length - 1,
      role: response.headers.get('x-oap-database-role') as Role | null,
    };
  };

  /** Waits until the viewer's stats come from the replica (their sign-in is replayed), then returns them. */
  const fromReplica = (token: string) =>
    eventually(async () => {
      const stats = await pendingStats(token);
      return stats.role === 'replica' ? stats : undefined;
    }, 'stats served by the replica');

  it('answers the stats, an analyst’s query and an export from the replica, and the rest from the primary', async () => {
    expect((await replicaSql`select pg_is_in_recovery() as recovering`)[0]?.recovering).toBe(true);
    expect((await primarySql`select pg_is_in_recovery() as recovering`)[0]?.recovering).toBe(false);

    const stats = await fromReplica(tokens.analyst as string);
    expect(stats.pending).toBeGreaterThan(0);
    // A moderator's stats too: routing is by what is read, not only by who reads.
    await fromReplica(tokens.moderator as string);

    const analystQuery = await gql<{ violations: { totalCount: number } }>(
      server.url,
      '{ violations(first: 5) { totalCount edges { node { id status } } } }',
      {},
      { token: tokens.analyst },
    );
    expect(analystQuery.errors).toBeUndefined();
    expect(analystQuery.data?.violations.totalCount).toBeGreaterThan(0);
    expect(analystQuery.extensions?.databaseRole).toBe('replica');

    // The same query by a moderator is no analyst's: it stays on the primary.
    const moderatorQuery = await gql(
      server.url,
      '{ violations(first: 5) { totalCount } }',
      {},
      { token: tokens.moderator },
    );
    expect(moderatorQuery.errors).toBeUndefined();
    expect(moderatorQuery.extensions?.databaseRole).toBe('primary');

    const exported = await pendingExport(tokens.analyst as string);
    expect(exported.role).toBe('replica');
    expect(exported.total).toBe(stats.pending);
  });

  it('never shows a writer an older version of their write while the replica is stale, and others still read there', async () => {
    // Everyone's sign-in replayed: the three read from the replica before the write.
    const before = await fromReplica(tokens.moderator as string);
    await fromReplica(tokens.moderator2 as string);
    await fromReplica(tokens.analyst as string);

    const pending = await gql<{ violations: { edges: Array<{ node: { id: string } }> } }>(
      server.url,
      '{ violations(first: 1, filter: { status: PENDING }) { edges { node { id } } } }',
      {},
      { token: tokens.moderator },
    );
    const violationId = pending.data?.violations.edges[0]?.node.id;
    expect(violationId).toBeDefined();
    const localId = Buffer.from(violationId as string, 'base64url')
      .toString()
      .split(':')[1];
    expect(localId).toMatch(/^[0-9a-f-]{36}$/);

    await replicaSql`select pg_wal_replay_pause()`;
    await eventually(
      async () =>
        (await replicaSql`select pg_get_wal_replay_pause_state() as state`)[0]?.state === 'paused' ? true : undefined,
      'replay paused',
    );

    const dismissal = await gql<{ dismissViolation: { status: string } }>(
      server.url,
      'mutation ($id: ID!) { dismissViolation(id: $id, note: "不属实（副本测试）") { status } }',
      { id: violationId },
      { token: tokens.moderator },
    );
    expect(dismissal.errors).toBeUndefined();
    expect(dismissal.data?.dismissViolation.status).toBe('DISMISSED');

    // The replica certainly has not seen it; the primary has.
    const onPrimary = await primarySql`select status from violations where id = ${localId as string}`;
    const onReplica = await replicaSql`select status from violations where id = ${localId as string}`;
    expect(onPrimary[0]?.status).toBe('DISMISSED');
    expect(onReplica[0]?.status).toBe('PENDING');

    for (let round = 0; round < 5; round += 1) {
      // The writer: their write, every time, from the primary.
      const writer = await pendingStats(tokens.moderator as string);
      expect(writer).toEqual({ pending: before.pending - 1, role: 'primary' });
      const writerExport = await pendingExport(tokens.moderator as string);
      expect(writerExport.role).toBe('primary');
      expect(writerExport.csv).not.toContain(violationId);

      // Readers who did not write: the same reads from the stale replica, with the old figure.
      for (const other of ['moderator2', 'analyst']) {
        expect(await pendingStats(tokens[other] as string)).toEqual({ pending: before.pending, role: 'replica' });
      }
      const otherExport = await pendingExport(tokens.moderator2 as string);
      expect(otherExport.role).toBe('replica');
      expect(otherExport.csv).toContain(violationId);
    }
    // Still stale after all those reads: the replica was in use, and paused, throughout.
    expect((await replicaSql`select status from violations where id = ${localId as string}`)[0]?.status).toBe(
      'PENDING',
    );

    await replicaSql`select pg_wal_replay_resume()`;
    // Caught up: the writer reads from the replica again, and it shows their write.
    const after = await fromReplica(tokens.moderator as string);
    expect(after.pending).toBe(before.pending - 1);
    expect((await pendingStats(tokens.moderator2 as string)).pending).toBe(before.pending - 1);
  }, 60_000);

  it('keeps read-your-writes across OAP processes: a write through one, the read through another', async () => {
    const second = await startTestServer(database, {
      DATABASE_READ_URL: replicaUrl,
      DATABASE_READ_MAX_LAG_MS: '600000',
    });
    try {
      const statsOn = async (base: string, token: string) => {
        const result = await gql<{ stats: { pendingReports: Array<{ count: number }> } }>(
          base,
          '{ stats { pendingReports { count } } }',
          {},
          { token },
        );
        expect(result.errors).toBeUndefined();
        return {
          pending: (result.data?.stats.pendingReports ?? []).reduce((total, row) => total + row.count, 0),
          role: result.extensions?.databaseRole as Role | undefined,
        };
      };
      // The same sessions on both processes (sessions live in the database).
      const before = await eventually(async () => {
        const stats = await statsOn(second.url, tokens.moderator as string);
        const other = await statsOn(second.url, tokens.moderator2 as string);
        return stats.role === 'replica' && other.role === 'replica' ? stats : undefined;
      }, 'both moderators served by the replica on the second process');
      const pending = await gql<{ violations: { edges: Array<{ node: { id: string } }> } }>(
        server.url,
        '{ violations(first: 1, filter: { status: PENDING }) { edges { node { id } } } }',
        {},
        { token: tokens.moderator },
      );
      const violationId = pending.data?.violations.edges[0]?.node.id;
      expect(violationId).toBeDefined();

      await replicaSql`select pg_wal_replay_pause()`;
      const dismissal = await gql<{ dismissViolation: { status: string } }>(
        server.url,
        'mutation ($id: ID!) { dismissViolation(id: $id, note: "另一进程读取") { status } }',
        { id: violationId },
        { token: tokens.moderator },
      );
      expect(dismissal.data?.dismissViolation.status).toBe('DISMISSED');
      // Written through the first process, read through the second: the write position is on the
      // user's row, which the second process reads with the session.
      expect(await statsOn(second.url, tokens.moderator as string)).toEqual({
        pending: before.pending - 1,
        role: 'primary',
      });
      expect(await statsOn(second.url, tokens.moderator2 as string)).toEqual({
        pending: before.pending,
        role: 'replica',
      });
    } finally {
      await replicaSql`select pg_wal_replay_resume()`;
      await second.stop();
    }
  }, 60_000);

  it('sends everyone to the primary while the replica lags past DATABASE_READ_MAX_LAG_MS, and back once it catches up', async () => {
    const strict = await startTestServer(database, { DATABASE_READ_URL: replicaUrl, DATABASE_READ_MAX_LAG_MS: '1000' });
    try {
      const analyst = await signIn(strict.url, 'analyst@example.com');
      const stats = async () =>
        (await gql(strict.url, '{ stats { activeBans { total } } }', {}, { token: analyst })).extensions
          ?.databaseRole as Role | undefined;
      await eventually(async () => ((await stats()) === 'replica' ? true : undefined), 'the replica serving');

      await replicaSql`select pg_wal_replay_pause()`;
      // WAL the paused replica cannot replay (a transaction id's commit; others write on the shared primary too).
      await primarySql`select txid_current()`;
      await eventually(async () => ((await stats()) === 'primary' ? true : undefined), 'the fallback to the primary');
      await eventually(
        async () => (strict.output().includes('read replica lags too far behind') ? true : undefined),
        'the lag logged',
      );

      await replicaSql`select pg_wal_replay_resume()`;
      await eventually(async () => ((await stats()) === 'replica' ? true : undefined), 'the replica serving again');
      // Each change of state logged once, not per read.
      expect(strict.output().split('read replica lags too far behind').length - 1).toBe(1);
    } finally {
      await replicaSql`select pg_wal_replay_resume()`.catch(() => undefined);
      await strict.stop();
    }
  }, 60_000);

  it('answers from the primary when the replica goes away under a running server, never failing a read, and returns to it', async () => {
    const replicaAt = new URL(replicaUrl);
    const relay = await cuttableRelay({ host: replicaAt.hostname, port: Number(replicaAt.port || 5432) });
    const viaRelay = new URL(replicaUrl);
    viaRelay.port = String(relay.port);
    const flaky = await startTestServer(database, {
      DATABASE_READ_URL: viaRelay.toString(),
      DATABASE_READ_MAX_LAG_MS: '600000',
    });
    try {
      const analyst = await signIn(flaky.url, 'analyst@example.com');
      const read = () =>
        gql<{ stats: { activeBans: { total: number } } }>(
          flaky.url,
          '{ stats { activeBans { total } } violations(first: 3) { totalCount } }',
          {},
          { token: analyst },
        );
      const before = await eventually(async () => {
        const result = await read();
        return result.extensions?.databaseRole === 'replica' ? result : undefined;
      }, 'the replica serving');
      expect(before.data?.stats.activeBans.total).toBeTypeOf('number');

      await relay.cut();
      for (let round = 0; round < 3; round += 1) {
        const result = await read();
        expect(result.errors).toBeUndefined();
        expect(result.data).toEqual(before.data);
        expect(result.extensions?.databaseRole).toBe('primary');
      }
      await eventually(
        async () => (flaky.output().includes('read replica unreachable') ? true : undefined),
        'the loss logged',
      );

      await relay.restore();
      await eventually(
        async () => ((await read()).extensions?.databaseRole === 'replica' ? true : undefined),
        'the replica back',
      );
      expect(flaky.output().split('read replica unreachable').length - 1).toBe(1);
    } finally {
      await relay.close();
      await flaky.stop();
    }
  }, 60_000);

  it('starts and answers from the primary when the replica cannot be reached, and says so once', async () => {
    const unreachable = new URL(replicaUrl);
    unreachable.port = '1'; // nothing listens on port 1
    const lost = await startTestServer(database, { DATABASE_READ_URL: unreachable.toString() });
    try {
      const analyst = await signIn(lost.url, 'analyst@example.com');
      for (let round = 0; round < 3; round += 1) {
        const result = await gql<{ stats: { activeBans: { total: number } } }>(
          lost.url,
          '{ stats { activeBans { total } } }',
          {},
          { token: analyst },
        );
        expect(result.errors).toBeUndefined();
        expect(result.data?.stats.activeBans.total).toBeTypeOf('number');
        expect(result.extensions?.databaseRole).toBe('primary');
      }
      expect(lost.output().split('read replica unreachable').length - 1).toBe(1);
    } finally {
      await lost.stop();
    }
  }, 60_000);
});
