/**
 * The annual-review reminder sweep with many certifications due, over HTTP: the same few SQL
 * statements for 3 certifications due as for 60 (`extensions.sqlStatements`, OAP_TEST_HOOKS), each
 * certification reminded once per operator of its account at the smallest threshold it has
 * reached, none for one whose renewal is under way, and nothing more on a second sweep. The
 * certifications are written with SQL (on PGlite by opening its directory while the server is
 * stopped), far in the future so the demo data's own certifications are long expired by then.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, gql } from '../support/graphql';
import {
  createTestDatabase,
  driverName,
  repoRoot,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;

type Query = (text: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** Runs `work` with direct SQL on the test database (PGlite: with the server stopped, then restarted). */
async function withSql<T>(work: (query: Query) => Promise<T>): Promise<T> {
  if (database.url) {
    const client = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      return await work((text, params) => client.unsafe(text, params as never[]) as never);
    } finally {
      await client.end();
    }
  }
  expect(await server.stop()).toBe(0);
  const entry = path.join(repoRoot, 'api', 'node_modules', '@electric-sql', 'pglite', 'dist', 'index.js');
  const { PGlite } = (await import(pathToFileURL(entry).href)) as {
    PGlite: {
      create(dir: string): Promise<{
        query(text: string, params: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
        close(): Promise<void>;
      }>;
    };
  };
  const client = await PGlite.create(path.join(database.env.DATA_DIR ?? '', 'pglite'));
  try {
    return await work(async (text, params) => (await client.query(text, params)).rows);
  } finally {
    await client.close();
    server = await startTestServer(database);
    url = server.url;
  }
}

const DAY_MS = 86_400_000;
/** Two sweeps years apart: what is due at the first has long expired by the second. */
const FIRST_SWEEP = new Date('2031-03-11T01:00:00.000Z');
const SECOND_SWEEP = new Date('2034-03-14T01:00:00.000Z');
const SMALL = 3;
const LARGE = 60;

interface Due {
  id: string;
  accountId: string;
  expiresAt: Date;
  /** The reminder the default rule (90, 60, 30, 7 days) gives it at its sweep. */
  threshold: number;
  certificationNumber: string | null;
  operators: number;
}

const firstBatch: Due[] = [];
const secondBatch: Due[] = [];
/** Due at the second sweep, but renewed (a renewal awaiting its terms): never reminded. */
let renewed = '';

/** Days before expiry, spread over the thresholds, with the threshold each must get. */
const SPREAD: ReadonlyArray<{ days: number; threshold: number }> = [
  { days: 3, threshold: 7 },
  { days: 7, threshold: 7 },
  { days: 25, threshold: 30 },
  { days: 59.5, threshold: 60 },
  { days: 89, threshold: 90 },
];

/** Sweeps as the admin at `now`, signed in at that moment (a session lasts hours, the clock moves years). */
async function sweep(now: Date) {
  const login = await gql<{ login: { token: string } }>(
    url,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: 'admin@example.com', password: DEMO_PASSWORD },
    { now },
  );
  const token = login.data?.login.token;
  expect(token, JSON.stringify(login.errors)).toBeTruthy();
  return gql<{ sendCertificationReminders: number }>(
    url,
    'mutation { sendCertificationReminders }',
    {},
    { token, now },
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  await withSql(async (query) => {
    const operatedAccounts = `select account_id, count(*)::int as operators from account_operators
      group by account_id order by account_id`;
    const [first] = (await query(operatedAccounts, [])) as Array<{ account_id: string }>;
    if (!first) throw new Error('the demo data has no operated account');
    // A second operator on one account, so a certification's reminders are not always one.
    await query(
      `insert into account_operators (account_id, user_id)
       select $1, id from users where email = 'publisher2@example.com' on conflict do nothing`,
      [first.account_id],
    );
    const operated = (await query(operatedAccounts, [])) as Array<{ account_id: string; operators: number }>;
    expect(operated.length).toBeGreaterThan(1);
    expect(operated.some((account) => account.operators > 1)).toBe(true);
    const insert = async (batch: Due[], sweepAt: Date, count: number, prefix: string) => {
      for (let index = 0; index < count; index += 1) {
        const account = operated[index % operated.length];
        const spread = SPREAD[index % SPREAD.length];
        if (!account || !spread) throw new Error('no account or spread');
        const expiresAt = new Date(sweepAt.getTime() + spread.days * DAY_MS);
        const certificationNumber = index % 2 === 0 ? `${prefix}-${index}` : null;
        const [row] = (await query(
          `insert into certifications (account_id, kind, status, nickname, fee_cents, started_at, approved_at, expires_at, certification_number)
           values ($1, 'ENTERPRISE', 'APPROVED', $2, 30000, $3, $3, $4, $5) returning id`,
          [
            account.account_id,
            `提醒${prefix}${index}`,
            new Date(sweepAt.getTime() - 300 * DAY_MS),
            expiresAt,
            certificationNumber,
          ],
        )) as Array<{ id: string }>;
        if (!row) throw new Error('certification not inserted');
        batch.push({
          id: row.id,
          accountId: account.account_id,
          expiresAt,
          threshold: spread.threshold,
          certificationNumber,
          operators: account.operators,
        });
      }
    };
    await insert(firstBatch, FIRST_SWEEP, SMALL, 'A');
    await insert(secondBatch, SECOND_SWEEP, LARGE, 'B');
    // One more due at the second sweep, with a renewal of it awaiting its terms.
    const [original] = secondBatch;
    if (!original) throw new Error('no certification to renew');
    const [copy] = (await query(
      `insert into certifications (account_id, kind, status, nickname, fee_cents, started_at, approved_at, expires_at)
       values ($1, 'ENTERPRISE', 'APPROVED', '提醒续期', 30000, $2, $2, $3) returning id`,
      [
        original.accountId,
        new Date(SECOND_SWEEP.getTime() - 300 * DAY_MS),
        new Date(SECOND_SWEEP.getTime() + 20 * DAY_MS),
      ],
    )) as Array<{ id: string }>;
    renewed = copy?.id ?? '';
    expect(renewed).not.toBe('');
    await query(
      `insert into certifications (account_id, kind, status, nickname, fee_cents, started_at, renewal_of_id)
       values ($1, 'ENTERPRISE', 'AWAITING_TERMS', '提醒续期', 30000, $2, $3)`,
      [original.accountId, SECOND_SWEEP, renewed],
    );
  });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe(`the reminder sweep with many certifications due (${driverName})`, () => {
  it('runs the same few statements for 3 due as for 60, and reminds each once per operator', async () => {
    const small = await sweep(FIRST_SWEEP);
    expect(small.errors).toBeUndefined();
    const large = await sweep(SECOND_SWEEP);
    expect(large.errors).toBeUndefined();

    const expected = (batch: Due[]) => batch.reduce((sum, due) => sum + due.operators, 0);
    expect(expected(secondBatch)).toBeGreaterThanOrEqual(LARGE);
    expect(small.data?.sendCertificationReminders).toBe(expected(firstBatch));
    expect(large.data?.sendCertificationReminders).toBe(expected(secondBatch));

    const smallStatements = small.extensions?.sqlStatements;
    const largeStatements = large.extensions?.sqlStatements;
    expect(typeof smallStatements).toBe('number');
    expect(largeStatements).toBe(smallStatements);
    // The sign-in's, the rule's and the sweep's own: far fewer than one per certification.
    expect(largeStatements as number).toBeLessThanOrEqual(3);

    // Run again, nothing more goes out, in as few statements.
    const again = await sweep(SECOND_SWEEP);
    expect(again.data?.sendCertificationReminders).toBe(0);
    expect(again.extensions?.sqlStatements).toBe(smallStatements);
  });

  it('stores each reminder at its threshold with the params the bell renders, and none for a renewed one', async () => {
    const stored = await withSql(
      async (query) =>
        (await query(
          `select n.target_id, n.user_id, n.account_id, n.params, n.dedupe_key, n.created_at, n.target_type
           from notifications n where n.kind = 'CERTIFICATION_EXPIRING' order by n.target_id, n.user_id`,
          [],
        )) as Array<{
          target_id: string;
          user_id: string;
          account_id: string;
          params: Record<string, unknown> | string;
          dedupe_key: string;
          created_at: Date | string;
          target_type: string;
        }>,
    );
    const names = await withSql(
      async (query) =>
        new Map(
          ((await query('select id, name from accounts', [])) as Array<{ id: string; name: string }>).map((row) => [
            row.id,
            row.name,
          ]),
        ),
    );
    expect(stored.some((row) => row.target_id === renewed)).toBe(false);
    for (const [batch, sweptAt] of [
      [firstBatch, FIRST_SWEEP],
      [secondBatch, SECOND_SWEEP],
    ] as const) {
      for (const due of batch) {
        const rows = stored.filter((row) => row.target_id === due.id);
        expect(rows, `reminders of ${due.id}`).toHaveLength(due.operators);
        expect(new Set(rows.map((row) => row.user_id)).size).toBe(due.operators);
        for (const row of rows) {
          const params = typeof row.params === 'string' ? JSON.parse(row.params) : row.params;
          expect(params).toEqual({
            thresholdDays: due.threshold,
            certificationNumber: due.certificationNumber,
            expiresAt: due.expiresAt.toISOString(),
            accountName: names.get(due.accountId),
          });
          expect(row.dedupe_key).toBe(`certification-reminder:${due.id}:${due.threshold}`);
          expect(row.account_id).toBe(due.accountId);
          expect(row.target_type).toBe('Certification');
          expect(new Date(row.created_at).toISOString()).toBe(sweptAt.toISOString());
        }
      }
    }
  }, 120_000);
});
