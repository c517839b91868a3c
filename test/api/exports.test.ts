import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv';
import { gql, signIn } from '../support/graphql';
import {
  createTestDatabase,
  driverName,
  repoRoot,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

/** A REST route's refusal: the GraphQL error shape. */
type Refused = { errors: Array<{ message: string; extensions: Record<string, unknown> }> };

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  // The large-data generator at a small size: 10,000 violations to export.
  execFileSync(
    process.execPath,
    [
      path.join(repoRoot, 'api', 'dist', 'cli', 'seed-large.js'),
      '--accounts',
      '2000',
      '--articles',
      '4000',
      '--violations',
      '10000',
    ],
    {
      env: { ...process.env, ...database.env, LOG_LEVEL: 'error' },
      stdio: 'pipe',
    },
  );
  // Counted exactly far past the data set, so an export can be compared with the list's count.
  server = await startTestServer(database, { LIST_EXACT_COUNT_LIMIT: '1000000' });
  url = server.url;
  for (const role of ['analyst', 'publisher', 'moderator']) tokens[role] = await signIn(url, `${role}@example.com`);
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe(`exports (${driverName})`, () => {
  it('streams 10,000+ violations as CSV with a BOM, Chinese intact, one row per violation', async () => {
    const total = await gql<{ violations: { totalCount: number } }>(
      url,
      '{ violations { totalCount } }',
      {},
      { token: tokens.analyst },
    );
    const response = await fetch(`${url}/exports/violations.csv`, {
      headers: { authorization: `Bearer ${tokens.analyst}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="violations-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
    expect(rows[0]?.slice(0, 3)).toEqual(['id', 'reportedAt', 'type']);
    expect(rows.length - 1).toBe(total.data?.violations.totalCount);
    expect(rows.length - 1).toBeGreaterThanOrEqual(10_000);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(rows.length - 1);
    expect(rows.some((row) => row[9]?.startsWith('证据'))).toBe(true);
    // Page after page (100 rows each), in the list's order: reported time, oldest first.
    const times = rows.slice(1).map((row) => Date.parse(row[1] ?? ''));
    expect(times.every((time) => Number.isFinite(time))).toBe(true);
    expect(times.every((time, index) => index === 0 || (times[index - 1] as number) <= time)).toBe(true);
    // No total is counted up front any more.
    expect(response.headers.get('x-total-count')).toBeNull();
  });

  it('applies the list filters and the viewer’s visibility', async () => {
    const pending = await fetch(`${url}/exports/violations.csv?status=PENDING&type=LIKE_FARMING`, {
      headers: { authorization: `Bearer ${tokens.moderator}` },
    });
    const rows = parseCsv((await pending.text()).slice(1)).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row[4] === 'PENDING' && row[2] === 'LIKE_FARMING')).toBe(true);
    const mine = await fetch(`${url}/exports/accounts.csv`, {
      headers: { authorization: `Bearer ${tokens.publisher}` },
    });
    // The publisher's three official accounts and mini-programs, and its two enterprise accounts.
    expect(parseCsv((await mine.text()).slice(1)).length - 1).toBe(5);
    expect(
      (await fetch(`${url}/exports/audit.csv`, { headers: { authorization: `Bearer ${tokens.analyst}` } })).status,
    ).toBe(403);
    expect((await fetch(`${url}/exports/violations.csv`)).status).toBe(401);
    const nothing = await fetch(`${url}/exports/nothing.csv`, {
      headers: { authorization: `Bearer ${tokens.analyst}` },
    });
    expect(nothing.status).toBe(404);
    expect(((await nothing.json()) as Refused).errors[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'UNKNOWN_LIST',
    });
    const bad = await fetch(`${url}/exports/violations.csv?status=NOPE`, {
      headers: { authorization: `Bearer ${tokens.analyst}` },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Refused).errors[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_VALUE',
      field: 'status',
    });
  });

  it('gives a publisher its whole account as JSON: every article and penalty', async () => {
    const mine = await gql<{
      accounts: { edges: Array<{ node: { id: string; articles: { totalCount: number }; penalties: unknown[] } }> };
    }>(
      url,
      '{ accounts(first: 5) { edges { node { id articles { totalCount } penalties { id } } } } }',
      {},
      { token: tokens.publisher },
    );
    for (const edge of mine.data?.accounts.edges ?? []) {
      const response = await fetch(`${url}/exports/accounts/${edge.node.id}.json`, {
        headers: { authorization: `Bearer ${tokens.publisher}` },
      });
      expect(response.status).toBe(200);
      const text = await response.text();
      const backup = JSON.parse(text) as {
        account: { id: string };
        articles: unknown[];
        penalties: unknown[];
        violations: unknown[];
        appeals: unknown[];
        certifications: unknown[];
        subject: { idNumber: string };
      };
      expect(backup.account.id).toBe(edge.node.id);
      expect(backup.articles).toHaveLength(edge.node.articles.totalCount);
      expect(backup.penalties).toHaveLength(edge.node.penalties.length);
      expect(
        Array.isArray(backup.violations) && Array.isArray(backup.appeals) && Array.isArray(backup.certifications),
      ).toBe(true);
      expect(backup.subject.idNumber).toContain('**********');
      // Streamed, yet the same text JSON.stringify(backup, null, 2) gives.
      expect(text).toBe(JSON.stringify(backup, null, 2));
      const publishedAt = backup.articles.map((article) =>
        Date.parse((article as { publishedAt: string }).publishedAt),
      );
      expect(publishedAt.every((time, index) => index === 0 || (publishedAt[index - 1] as number) <= time)).toBe(true);
    }
    const someoneElses = await gql<{ accounts: { edges: Array<{ node: { id: string } }> } }>(
      url,
      '{ accounts(first: 50) { edges { node { id } } } }',
      {},
      { token: tokens.analyst },
    );
    const mineIds = new Set(mine.data?.accounts.edges.map((e) => e.node.id));
    const other = someoneElses.data?.accounts.edges.find((e) => !mineIds.has(e.node.id))?.node.id;
    expect(
      (
        await fetch(`${url}/exports/accounts/${other}.json`, {
          headers: { authorization: `Bearer ${tokens.publisher}` },
        })
      ).status,
    ).toBe(404);
  });
});
