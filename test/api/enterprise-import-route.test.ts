import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

/**
 * POST /imports/members.csv: the address book import for files larger than a GraphQL text input
 * (20,000 characters), with the mutation's report and the REST routes' refusals.
 */
let database: TestDatabase;
let server: TestServer;
const tokens = { publisher: '', analyst: '', publisher2: '' };
let xinghe = '';

interface ImportAnswer {
  data?: { importMembers: { rows: number; added: number; updated: number; refused: Array<Record<string, unknown>> } };
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
}

const HEADER = 'memberId,name,mobile,email,wechatId,position,departments';

async function post(csv: string, token: string, options: { accountId?: string; type?: string; origin?: string } = {}) {
  const query = options.accountId === undefined ? `?accountId=${encodeURIComponent(xinghe)}` : options.accountId;
  const response = await fetch(`${server.url}/imports/members.csv${query}`, {
    method: 'POST',
    headers: {
      'content-type': options.type ?? 'text/csv; charset=utf-8',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(options.origin ? { origin: options.origin } : {}),
    },
    body: csv,
  });
  return { status: response.status, body: (await response.json()) as ImportAnswer };
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  for (const role of Object.keys(tokens) as Array<keyof typeof tokens>)
    tokens[role] = await signIn(server.url, `${role}@example.com`);
  const found = await gql<{ accounts: { edges: Array<{ node: { id: string; name: string } }> } }>(
    server.url,
    '{ accounts(first: 20, filter: { nameContains: "星河科技企业号" }) { edges { node { id name } } } }',
    {},
    { token: tokens.publisher },
  );
  xinghe = found.data?.accounts.edges.find((edge) => edge.node.name === '星河科技企业号')?.node.id ?? '';
  expect(xinghe).not.toBe('');
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe(`POST /imports/members.csv (${driverName})`, () => {
  it('imports a file larger than a GraphQL text takes, with the mutation’s report', async () => {
    const rows = Array.from(
      { length: 160 },
      (_, i) => `imp${i},导入成员${i},,imp${i}@xinghe-tech.cn,,${'高级工程师'.repeat(20)},研发中心/后端组`,
    );
    // A bad row: its member id has a space.
    rows.push('bad id,坏行,,,,,研发中心');
    const csv = `\uFEFF${HEADER}\n${rows.join('\n')}\n`;
    expect(csv.length).toBeGreaterThan(20_000);
    const { status, body } = await post(csv, tokens.publisher);
    expect(status).toBe(200);
    const report = body.data?.importMembers;
    expect(report).toMatchObject({ rows: 161, added: 160, updated: 0 });
    expect(report?.refused).toHaveLength(1);
    expect(report?.refused[0]).toMatchObject({ line: 162, field: 'memberId', code: 'BAD_USER_INPUT' });
    const members = await gql<{ members: { totalCount: number } }>(
      server.url,
      'query ($a: ID!) { members(accountId: $a, filter: { search: "imp" }) { totalCount } }',
      { a: xinghe },
      { token: tokens.publisher },
    );
    expect(members.data?.members.totalCount).toBe(160);
  });

  it('refuses the signed out, analysts, another site, another content type and a missing account, writing nothing', async () => {
    const csv = `${HEADER}\nnope1,不应写入,,,,,研发中心\n`;
    const cases: Array<[Awaited<ReturnType<typeof post>>, number, string, string]> = [
      [await post(csv, ''), 401, 'UNAUTHENTICATED', 'NOT_SIGNED_IN'],
      [await post(csv, tokens.analyst), 403, 'FORBIDDEN', 'READ_ONLY_ROLE'],
      [await post(csv, tokens.publisher, { origin: 'https://evil.example' }), 403, 'FORBIDDEN', 'CROSS_SITE'],
      [
        await post(csv, tokens.publisher, { type: 'application/octet-stream' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'NOT_CSV',
      ],
      [await post(csv, tokens.publisher, { accountId: '' }), 400, 'BAD_USER_INPUT', 'REQUIRED'],
      // The second publisher only views 市场部: importing is managing.
      [await post(csv, tokens.publisher2), 403, 'FORBIDDEN', 'DIRECTORY_VIEW_ONLY'],
    ];
    for (const [answer, status, code, reason] of cases) {
      expect(answer.status, `${code} ${reason}`).toBe(status);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code, reason });
    }
    const members = await gql<{ members: { totalCount: number } }>(
      server.url,
      'query ($a: ID!) { members(accountId: $a, filter: { search: "nope1" }) { totalCount } }',
      { a: xinghe },
      { token: tokens.publisher },
    );
    expect(members.data?.members.totalCount).toBe(0);
  });

  it('refuses a body over its limit with PAYLOAD_TOO_LARGE', async () => {
    const { status, body } = await post(`${HEADER}\n${'x'.repeat(2 * 1024 * 1024 + 1)}`, tokens.publisher);
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'BODY_TOO_LARGE' });
  });
});
