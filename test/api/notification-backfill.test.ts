/**
 * The notification migrations on a database that has notifications of the old shape (Chinese
 * title and body with raw enum values and ISO instants): each row gets the params its kind renders
 * from, read back from the rows it is about and its old text; one that cannot be matched becomes
 * LEGACY with its old text; title and body are gone. Runs the SQL files themselves, in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, driverName, repoRoot, type TestDatabase } from '../support/server';

type Sql = { exec(text: string): Promise<void>; rows(text: string): Promise<Array<Record<string, unknown>>> };

const MIGRATIONS = path.join(repoRoot, 'drizzle');
/** The first of this feature's migrations (found by name: the numbers change when branches merge). */
const FIRST = /_notification_params\.sql$/;
const OURS = /_notification_(params|params_backfill|text_dropped)\.sql$/;

const ids = {
  user: '00000000-0000-4000-8000-000000000001',
  subject: '00000000-0000-4000-8000-000000000002',
  account: '00000000-0000-4000-8000-000000000003',
  violation: '00000000-0000-4000-8000-000000000004',
  penalty: '00000000-0000-4000-8000-000000000005',
  missingAppeal: '00000000-0000-4000-8000-000000000099',
};

const OLD_ROWS = `
INSERT INTO users (id, email, display_name, password_hash) VALUES ('${ids.user}', 'p@example.com', 'P', 'x');
INSERT INTO subjects (id, kind, name, id_number, created_at) VALUES ('${ids.subject}', 'INDIVIDUAL', '张三', '1', now());
INSERT INTO accounts (id, subject_id, kind, name, original_id, app_id, created_at)
  VALUES ('${ids.account}', '${ids.subject}', 'SUBSCRIPTION', '运动健身', 'gh_000000000001', 'wx0000000000000001', now());
INSERT INTO violations (id, account_id, type, source, status, evidence, reported_at, dedupe_key, ordinal)
  VALUES ('${ids.violation}', '${ids.account}', 'LIKE_FARMING', 'MODERATOR', 'CONFIRMED', 'e', now(), 'k', 2);
INSERT INTO penalties (id, account_id, violation_id, starts_at, ends_at, permanent, reason, lifted_at)
  VALUES ('${ids.penalty}', '${ids.account}', '${ids.violation}', '2026-12-01T00:00:00Z', '2026-12-16T00:00:00Z', false, 'r', '2026-12-02T03:00:00Z');
INSERT INTO notifications (user_id, account_id, kind, title, body, target_type, target_id, created_at) VALUES
  ('${ids.user}', '${ids.account}', 'PENALTY', '账号已被封禁 15 天', '因违规（LIKE_FARMING，第 2 次），账号封禁至 2026-12-16T00:00:00.000Z。如有异议，可在 30 天内申诉。', 'Penalty', '${ids.penalty}', now()),
  ('${ids.user}', '${ids.account}', 'PENALTY_LIFTED', '账号封禁已解除', '封禁已于 2026-12-02T03:00:00.000Z 解除。原因：Appeal granted: 证据不足', 'Penalty', '${ids.penalty}', now()),
  ('${ids.user}', '${ids.account}', 'PENALTY_LIFTED', '违规记录已撤销', '平台已撤销一次违规记录，它不再计入处罚次数。原因：误判', 'Violation', '${ids.violation}', now()),
  ('${ids.user}', '${ids.account}', 'CLAIM_TAKEN_OVER', '你认领的违规已被接手', '王五 接手了你认领的违规（LIKE_FARMING），你的认领已失效。', 'Violation', '${ids.violation}', now()),
  ('${ids.user}', '${ids.account}', 'CERTIFICATION_INVITED', '个人认证邀请', '你的账号已收到个人认证邀请，可在认证页面申请（免费，每年至多 2 次）。', 'Account', '${ids.account}', now()),
  ('${ids.user}', '${ids.account}', 'OPERATOR_ADDED', '你已成为账号运营者', '你已被添加为“运动健身”的运营者。', 'Account', '${ids.account}', now()),
  ('${ids.user}', NULL, 'WELCOME', '欢迎使用公众平台', '请遵守平台运营规范。', NULL, NULL, now()),
  ('${ids.user}', '${ids.account}', 'APPEAL_DECIDED', '申诉成功', '你的申诉已通过，封禁已解除。理由：x', 'Appeal', '${ids.missingAppeal}', now());
`;

let database: TestDatabase;
let sql: Sql;
let close: () => Promise<void>;

async function connect(): Promise<void> {
  if (database.url) {
    const client = postgres(database.url, { max: 1, onnotice: () => {} });
    sql = {
      exec: async (text) => void (await client.unsafe(text)),
      rows: async (text) => (await client.unsafe(text)) as unknown as Array<Record<string, unknown>>,
    };
    close = () => client.end();
    return;
  }
  const dist = path.join(repoRoot, 'api', 'node_modules', '@electric-sql', 'pglite', 'dist');
  const { PGlite } = (await import(pathToFileURL(path.join(dist, 'index.js')).href)) as {
    PGlite: {
      create(options: { extensions: Record<string, unknown> }): Promise<{
        exec(text: string): Promise<unknown>;
        query(text: string): Promise<{ rows: Array<Record<string, unknown>> }>;
        close(): Promise<void>;
      }>;
    };
  };
  // A later migration creates pg_trgm (search), as the embedded store's openings load it.
  const { pg_trgm } = (await import(pathToFileURL(path.join(dist, 'contrib', 'pg_trgm.js')).href)) as {
    pg_trgm: unknown;
  };
  const client = await PGlite.create({ extensions: { pg_trgm } });
  sql = { exec: async (text) => void (await client.exec(text)), rows: async (text) => (await client.query(text)).rows };
  close = () => client.close();
}

beforeAll(async () => {
  database = await createTestDatabase();
  await connect();
  const files = fs
    .readdirSync(MIGRATIONS)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const first = files.findIndex((name) => FIRST.test(name));
  if (first < 0) throw new Error('the notification_params migration is missing');
  const run = async (name: string) => sql.exec(fs.readFileSync(path.join(MIGRATIONS, name), 'utf8'));
  for (const name of files.slice(0, first)) await run(name);
  await sql.exec(OLD_ROWS);
  // This feature's migrations, then any that came after them.
  for (const name of files.slice(first)) await run(name);
});

afterAll(async () => {
  await close?.();
  await database?.drop();
});

describe(`the notification backfill (${driverName})`, () => {
  it('finds its three migrations', () => {
    expect(fs.readdirSync(MIGRATIONS).filter((name) => OURS.test(name))).toHaveLength(3);
  });

  it('gives old rows their structured params, from the rows they are about and their old text', async () => {
    const rows = await sql.rows(`SELECT kind, params FROM notifications ORDER BY kind, target_type`);
    const byKind = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => row.params);
    expect(byKind('PENALTY')).toEqual([
      {
        accountName: '运动健身',
        violationType: 'LIKE_FARMING',
        ordinal: 2,
        permanent: false,
        days: 15,
        endsAt: '2026-12-16T00:00:00.000Z',
        appealDays: 30,
      },
    ]);
    expect(byKind('PENALTY_LIFTED')).toEqual([
      { accountName: '运动健身', liftedAt: '2026-12-02T03:00:00.000Z', reason: '证据不足', cause: 'APPEAL' },
    ]);
    expect(byKind('VIOLATION_OVERTURNED')).toEqual([
      { accountName: '运动健身', violationType: 'LIKE_FARMING', reason: '误判' },
    ]);
    expect(byKind('CLAIM_TAKEN_OVER')).toEqual([
      { accountName: '运动健身', by: '王五', violationType: 'LIKE_FARMING' },
    ]);
    expect(byKind('CERTIFICATION_INVITED')).toEqual([{ accountName: '运动健身', perYear: 2 }]);
    expect(byKind('OPERATOR_ADDED')).toEqual([{ accountName: '运动健身' }]);
    expect(byKind('WELCOME')).toEqual([{}]);
  });

  it('keeps a row it cannot match as LEGACY with its old text, and drops the text columns', async () => {
    const legacy = await sql.rows(`SELECT params FROM notifications WHERE kind = 'LEGACY'`);
    expect(legacy.map((row) => row.params)).toEqual([
      {
        accountName: '运动健身',
        originalKind: 'APPEAL_DECIDED',
        title: '申诉成功',
        body: '你的申诉已通过，封禁已解除。理由：x',
      },
    ]);
    const columns = await sql.rows(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'notifications' ORDER BY column_name`,
    );
    const names = columns.map((row) => row.column_name);
    expect(names).toContain('params');
    expect(names).not.toContain('title');
    expect(names).not.toContain('body');
    // No row is left with the migration's marker.
    expect(await sql.rows(`SELECT id FROM notifications WHERE params ? '_backfilled'`)).toEqual([]);
  });
});
