import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import {
  createTestDatabase,
  driverName,
  repoRoot,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

// A tiny exact-count bound over a small large-data set: lists past it give the planner's estimate.
const BOUND = 50;
const VIOLATIONS = 1500;

let database: TestDatabase;
let server: TestServer;
let analyst: string;
let publisher: string;

beforeAll(async () => {
  database = await createTestDatabase();
  execFileSync(
    process.execPath,
    [
      path.join(repoRoot, 'api', 'dist', 'cli', 'seed-large.js'),
      '--accounts',
      '300',
      '--articles',
      '300',
      '--violations',
      String(VIOLATIONS),
    ],
    { env: { ...process.env, ...database.env, LOG_LEVEL: 'error' }, stdio: 'pipe' },
  );
  server = await startTestServer(database, { LIST_EXACT_COUNT_LIMIT: String(BOUND) });
  analyst = await signIn(server.url, 'analyst@example.com');
  publisher = await signIn(server.url, 'publisher@example.com');
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

type Total = { totalCount: number; totalCountIsExact: boolean };

describe(`list totals past LIST_EXACT_COUNT_LIMIT (${driverName})`, () => {
  it('estimates a list longer than the bound, never below it, and says so', async () => {
    const result = await gql<{ violations: Total; accounts: Total; audit: { totalCountIsExact: boolean } }>(
      server.url,
      '{ violations { totalCount totalCountIsExact } accounts { totalCount totalCountIsExact } }',
      {},
      { token: analyst },
    );
    expect(result.errors).toBeUndefined();
    const violations = result.data?.violations;
    expect(violations?.totalCountIsExact).toBe(false);
    expect(violations?.totalCount).toBeGreaterThan(BOUND);
    // The planner's figure after the seed's ANALYZE: near the truth, not the bound.
    expect(Math.abs((violations?.totalCount ?? 0) - VIOLATIONS) / VIOLATIONS).toBeLessThan(0.5);
    expect(result.data?.accounts.totalCountIsExact).toBe(false);
    expect(result.data?.accounts.totalCount).toBeGreaterThan(BOUND);
  });

  it('counts exactly within the bound: a filtered list, a publisher’s own, a nested one', async () => {
    const first = await gql<{ violations: { edges: Array<{ node: { account: { id: string } } }> } }>(
      server.url,
      '{ violations(first: 1) { edges { node { account { id } } } } }',
      {},
      { token: analyst },
    );
    const accountId = first.data?.violations.edges[0]?.node.account.id;
    expect(accountId).toBeTruthy();
    const few = await gql<{
      violations: Total & { edges: unknown[] };
      account: { violations: Total };
    }>(
      server.url,
      `query Few($accountId: ID!) {
        violations(first: 100, filter: { accountId: $accountId }) { totalCount totalCountIsExact edges { cursor } }
        account(id: $accountId) { violations(first: 1) { totalCount totalCountIsExact } }
      }`,
      { accountId },
      { token: analyst },
    );
    expect(few.errors).toBeUndefined();
    const shown = few.data?.violations.edges.length ?? -1;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(BOUND);
    expect(few.data?.violations).toMatchObject({ totalCount: shown, totalCountIsExact: true });
    expect(few.data?.account.violations).toEqual({ totalCount: shown, totalCountIsExact: true });
    // The publisher's five accounts: exact.
    const mine = await gql<{ accounts: Total }>(
      server.url,
      '{ accounts { totalCount totalCountIsExact } }',
      {},
      { token: publisher },
    );
    expect(mine.data?.accounts).toEqual({ totalCount: 5, totalCountIsExact: true });
  });

  it('runs the count once when both fields are selected, and not at all when neither is', async () => {
    const statements = async (selection: string) => {
      const result = await gql(server.url, `{ violations(first: 5) { ${selection} } }`, {}, { token: analyst });
      expect(result.errors).toBeUndefined();
      const count = (result.extensions as { sqlStatements?: unknown } | undefined)?.sqlStatements;
      expect(typeof count).toBe('number');
      return count as number;
    };
    const none = await statements('edges { cursor }');
    const one = await statements('edges { cursor } totalCount');
    const both = await statements('edges { cursor } totalCount totalCountIsExact');
    // Past the bound: the bounded count and the estimate, shared by both fields.
    expect(one - none).toBe(2);
    expect(both).toBe(one);
  });

  it('exports every row of a list past the bound, in order, in more than one page', async () => {
    const response = await fetch(`${server.url}/exports/violations.csv`, {
      headers: { authorization: `Bearer ${analyst}` },
    });
    expect(response.status).toBe(200);
    const lines = (await response.text()).slice(1).split('\r\n').filter(Boolean).slice(1);
    expect(lines.length).toBeGreaterThanOrEqual(VIOLATIONS);
    const ids = lines.map((line) => line.split(',')[0]);
    expect(new Set(ids).size).toBe(lines.length);
  });
});
