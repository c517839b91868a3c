import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import {
  createTestDatabase,
  driverName,
  realDatabaseUrl,
  repoRoot,
  startTestServer,
  type TestDatabase,
} from '../support/server';

const databases: TestDatabase[] = [];

afterAll(async () => {
  for (const database of databases) await database.drop();
});

describe(`restart (${driverName})`, () => {
  it('keeps users, sessions, rules and audit entries across a graceful restart', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const first = await startTestServer(database);
    const token = await signIn(first.url, 'admin@example.com');
    const set = await gql(
      first.url,
      'mutation { setRule(input: { key: "enterprise.members.uncertifiedMax", value: 60, effectiveFrom: "2030-01-01T00:00:00Z", note: "restart" }) { key } }',
      {},
      { token },
    );
    expect(set.errors).toBeUndefined();
    expect(await first.stop()).toBe(0);

    const second = await startTestServer(database);
    try {
      const result = await gql<{
        viewer: { email: string };
        rules: Array<{ key: string; value: unknown }>;
        auditLog: { edges: Array<{ node: { action: string; reason: string } }> };
      }>(
        second.url,
        '{ viewer { email } rules(at: "2030-06-01T00:00:00Z") { key value } auditLog(first: 1) { edges { node { action reason } } } }',
        {},
        { token },
      );
      expect(result.data?.viewer.email).toBe('admin@example.com');
      expect(result.data?.rules.find((rule) => rule.key === 'enterprise.members.uncertifiedMax')?.value).toBe(60);
      expect(result.data?.auditLog.edges[0]?.node).toEqual({ action: 'rule.set', reason: 'restart' });
      // The demo seed ran once: a restart does not add users again.
      expect(await signIn(second.url, 'moderator@example.com')).toBeTruthy();
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});

describe(`graceful shutdown (${driverName})`, () => {
  it('finishes a request in flight when SIGTERM arrives, then exits 0', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const server = await startTestServer(database);
    // A sign-in spends tens of milliseconds in scrypt: long enough to be in flight.
    const inFlight = gql<{ login: { token: string } }>(
      server.url,
      'mutation { login(email: "admin@example.com", password: "demo-password") { token } }',
    );
    await new Promise((resolve) => setTimeout(resolve, 15));
    const exit = server.stop();
    const result = await inFlight;
    expect(result.data?.login.token).toEqual(expect.any(String));
    expect(await exit).toBe(0);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});

describe.skipIf(!realDatabaseUrl)('two API processes on one PostgreSQL (scale-out)', () => {
  it('share sessions and the sign-in rate limit', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const [a, b] = await Promise.all([startTestServer(database), startTestServer(database)]);
    try {
      const token = await signIn(a.url, 'reviewer@example.com');
      const viewer = await gql<{ viewer: { email: string } }>(b.url, '{ viewer { email } }', {}, { token });
      expect(viewer.data?.viewer.email).toBe('reviewer@example.com');

      const attempts = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          gql(i % 2 ? a.url : b.url, 'mutation { login(email: "someone@example.com", password: "x") { token } }'),
        ),
      );
      const codes = attempts.map((r) => r.errors?.[0]?.extensions?.code);
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(10);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(2);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

describe('schema contract', () => {
  it('schema/schema.graphql is exactly what the code emits', () => {
    // Throws (and fails the test) when the committed file has drifted.
    execFileSync(process.execPath, [path.join(repoRoot, 'api', 'dist', 'cli', 'emit-schema.js'), '--check'], {
      stdio: 'pipe',
    });
  });
});
