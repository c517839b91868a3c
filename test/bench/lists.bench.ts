/**
 * The first page of each admin list on the `pnpm seed:large` data set (100,000 accounts, 1,000,000
 * articles, 200,000 violations) on real PostgreSQL: the admin's own documents
 * (admin/src/graphql/documents.ts, what the pages send), signed in as the role that uses each page,
 * with the variables the page sends by default (totalCount included where the page selects it).
 * Median and p95 of 30 runs after 3 warm-ups, over HTTP, each against a target of 30 ms — printed,
 * never asserted (timings depend on the machine). Also printed: SQL statements per request, and
 * the total with whether it is exact (LIST_EXACT_COUNT_LIMIT).
 * Build first (`pnpm --filter @oap/api build`); the data set is loaded once into the kept database
 * oap_bench (large-postgres.ts). Run: `cd test && npx vitest run --config bench/vitest.config.ts bench/lists.bench.ts`.
 */
import { type DocumentNode, print } from 'graphql';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as documents from '../../admin/src/graphql/documents';
import { gql, signIn } from '../support/graphql';
import { startTestServer, type TestDatabase, type TestServer } from '../support/server';
import { largePostgresDatabase } from './large-postgres';
import { printTable } from './measure';

const TARGET_MS = 30;
const RUNS = Number(process.env.LISTS_RUNS || 30);
const WARM_UP = 3;
/** LISTS_ONLY=queue measures only the pages whose name holds it (case-insensitive). */
const ONLY = process.env.LISTS_ONLY?.toLowerCase();

type Role = 'admin' | 'moderator' | 'reviewer' | 'analyst' | 'publisher';

interface ListCase {
  page: string;
  role: Role;
  document: DocumentNode;
  variables: Record<string, unknown>;
  /** Where the connection is in the answer, to print its total. */
  connection?: (data: Record<string, unknown>) => { totalCount?: number; totalCountIsExact?: boolean } | undefined;
}

let database: TestDatabase;
let server: TestServer;
const tokens: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  database = await largePostgresDatabase();
  server = await startTestServer(database);
  for (const role of ['admin', 'moderator', 'reviewer', 'analyst', 'publisher'] as const)
    tokens[role] = await signIn(server.url, `${role}@example.com`);
});

afterAll(async () => {
  await server?.stop();
});

const field =
  (name: string) =>
  (data: Record<string, unknown>): { totalCount?: number; totalCountIsExact?: boolean } | undefined =>
    data[name] as { totalCount?: number; totalCountIsExact?: boolean } | undefined;

/** Ids the pages open with: the busiest account (the account page's worst case), the publisher's enterprise account. */
async function pageIds(): Promise<{ busiestAccount: string; enterpriseAccount: string; publisherAccount: string }> {
  const sql = postgres(database.url as string, { max: 1, onnotice: () => {} });
  try {
    const [busiest] = await sql<Array<{ id: string }>>`
      select account_id as id from violations group by account_id order by count(*) desc limit 1`;
    const global = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
    const options = await gql<{ accounts: { edges: Array<{ node: { id: string; kind: string } }> } }>(
      server.url,
      print(documents.accountOptionsQuery),
      { first: 100 },
      { token: tokens.publisher },
    );
    const enterpriseAccount = options.data?.accounts.edges.find((edge) => edge.node.kind === 'ENTERPRISE')?.node.id;
    const publisherAccount = options.data?.accounts.edges[0]?.node.id;
    if (!busiest || !enterpriseAccount || !publisherAccount)
      throw new Error(`the data set lacks the pages’ accounts: ${JSON.stringify({ busiest, options })}`);
    return { busiestAccount: global('Account', busiest.id), enterpriseAccount, publisherAccount };
  } finally {
    await sql.end();
  }
}

function cases(ids: Awaited<ReturnType<typeof pageIds>>): ListCase[] {
  return [
    {
      page: 'Moderation queue',
      role: 'moderator',
      document: documents.violationsQuery,
      variables: { first: 20, after: null, filter: { status: 'PENDING', claim: 'UNCLAIMED_OR_MINE' } },
      connection: field('violations'),
    },
    {
      page: 'Moderation, all statuses (analyst)',
      role: 'analyst',
      document: documents.violationsQuery,
      variables: { first: 20, after: null, filter: {} },
      connection: field('violations'),
    },
    {
      page: 'Accounts',
      role: 'moderator',
      document: documents.accountsQuery,
      variables: { first: 20, after: null, orderBy: 'CREATED_AT' },
      connection: field('accounts'),
    },
    {
      page: 'Account page (busiest account)',
      role: 'moderator',
      document: documents.accountQuery,
      variables: { id: ids.busiestAccount, articles: 10, violations: 50 },
    },
    {
      page: 'Articles',
      role: 'analyst',
      document: documents.articlesQuery,
      variables: { first: 20, after: null },
      connection: field('articles'),
    },
    {
      page: 'Appeals',
      role: 'moderator',
      document: documents.appealsQuery,
      variables: { first: 20, after: null, filter: { status: 'PENDING' } },
      connection: field('appeals'),
    },
    {
      page: 'Certifications (dispatched to me)',
      role: 'reviewer',
      document: documents.certificationsQuery,
      variables: { first: 20, after: null, filter: { status: 'DISPATCHED', mine: true } },
      connection: field('certifications'),
    },
    {
      page: 'Certifications, all (reviewer)',
      role: 'reviewer',
      document: documents.certificationsQuery,
      variables: { first: 20, after: null, filter: {} },
      connection: field('certifications'),
    },
    {
      page: 'Quota requests',
      role: 'reviewer',
      document: documents.quotaRequestsQuery,
      variables: { first: 20, after: null, filter: { status: 'AWAITING_PRELIMINARY' } },
      connection: field('quotaRequests'),
    },
    {
      page: 'Audit log',
      role: 'admin',
      document: documents.auditLogQuery,
      variables: { first: 20, after: null },
      connection: field('auditLog'),
    },
    {
      page: 'Users',
      role: 'admin',
      document: documents.usersQuery,
      variables: { first: 20, after: null },
      connection: field('users'),
    },
    {
      page: 'Notifications (bell)',
      role: 'moderator',
      document: documents.notificationsQuery,
      variables: { first: 10 },
      connection: field('notifications'),
    },
    {
      page: 'Reprint requests',
      role: 'publisher',
      document: documents.reprintRequestsQuery,
      variables: { first: 20, after: null, accountId: ids.publisherAccount, direction: 'INCOMING', status: null },
      connection: field('reprintRequests'),
    },
    {
      page: 'Address book',
      role: 'publisher',
      document: documents.membersQuery,
      variables: { first: 20, after: null, accountId: ids.enterpriseAccount },
      connection: field('members'),
    },
    {
      page: 'Follows',
      role: 'publisher',
      document: documents.followsQuery,
      variables: { first: 20, after: null, accountId: ids.enterpriseAccount, status: null },
      connection: field('follows'),
    },
    {
      page: 'Verification log',
      role: 'publisher',
      document: documents.followEventsQuery,
      variables: { first: 30, after: null, accountId: ids.enterpriseAccount },
      connection: field('followEvents'),
    },
    {
      page: 'Deliveries (outbox)',
      role: 'admin',
      document: documents.deliveriesQuery,
      variables: { first: 30, after: null },
      connection: field('deliveries'),
    },
  ];
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;

it('first page of each admin list on seed:large (PostgreSQL)', async () => {
  const ids = await pageIds();
  const rows: Array<Record<string, string | number>> = [];
  for (const item of cases(ids).filter((c) => !ONLY || c.page.toLowerCase().includes(ONLY))) {
    const query = print(item.document);
    const caller = { token: tokens[item.role] };
    const times: number[] = [];
    let statements: unknown = null;
    let total = '';
    for (let run = 0; run < WARM_UP + RUNS; run += 1) {
      const started = performance.now();
      const result = await gql<Record<string, unknown>>(server.url, query, item.variables, caller);
      const elapsed = performance.now() - started;
      if (result.errors) throw new Error(`${item.page}: ${JSON.stringify(result.errors)}`);
      if (run < WARM_UP) continue;
      times.push(elapsed);
      statements = result.extensions?.sqlStatements;
      const connection = result.data ? item.connection?.(result.data) : undefined;
      if (connection?.totalCount !== undefined)
        total = `${connection.totalCount}${connection.totalCountIsExact === false ? ' (estimate)' : ''}`;
    }
    expect(times).toHaveLength(RUNS);
    times.sort((a, b) => a - b);
    const median = quantile(times, 0.5);
    const p95 = quantile(times, 0.95);
    rows.push({
      page: item.page,
      role: item.role,
      'median ms': Number(median.toFixed(1)),
      'p95 ms': Number(p95.toFixed(1)),
      [`≤ ${TARGET_MS} ms`]: median <= TARGET_MS ? '✓' : '✗',
      statements: typeof statements === 'number' ? statements : '?',
      total,
    });
  }
  printTable(`First page of each admin list, seed:large on PostgreSQL (${RUNS} runs after ${WARM_UP} warm-ups)`, rows);
  expect(rows.length).toBeGreaterThan(0);
});
