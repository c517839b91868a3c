import 'reflect-metadata';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { seedDemoData } from '../db/seed/demo';
import { seedWorkingCalendar } from '../db/seed/working-calendar';

/**
 * The performance data set: by default 100,000 accounts, 1,000,000 articles and 200,000
 * violations (with penalties, corrections, record registrations and certifications in
 * proportion), generated inside the database with generate_series in batches, so it loads in
 * minutes on either driver. Sizes: --accounts N --articles N --violations N. Runs on top of the
 * demo data (seeded first when the database is empty); refuses a database that already has it.
 */
function size(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const BATCH = 100_000;

async function main(): Promise<void> {
  const accounts = size('accounts', 100_000);
  const articles = size('articles', 1_000_000);
  const violations = size('violations', 200_000);
  const subjects = Math.max(1, Math.floor(accounts / 2));
  const config = loadConfig(process.env, []);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  const started = Date.now();
  const progress = (what: string, done: number, total: number) =>
    process.stdout.write(
      `  ${what}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${Math.round((Date.now() - started) / 1000)} s)\n`,
    );
  try {
    await database.migrate();
    // The working-day calendar is platform data from an installed package, written with the schema.
    await seedWorkingCalendar(database.db);
    await seedDemoData(database.db);
    const db = database.db;
    const existing: unknown = await db.execute(
      sql`select count(*)::int as n from accounts where original_id like 'gh_l%'`,
    );
    const rows = (Array.isArray(existing) ? existing : (existing as { rows: unknown[] }).rows) as Array<{ n: number }>;
    if ((rows[0]?.n ?? 0) > 0) {
      process.stdout.write('The large data set is already loaded.\n');
      return;
    }
    const moderator = sql`(select id from users where 'MODERATOR' = any(roles) limit 1)`;
    // Whole seconds: keyset cursors carry milliseconds, so stored times must not be finer.
    const base = sql`date_trunc('second', now())`;
    // Deterministic ids: md5 of a label, read as a uuid, so rows can point at each other by number.
    const id = (label: string, n: SQL) => sql`md5(${label} || ${n})::uuid`;
    type SQL = ReturnType<typeof sql>;
    const batches = async (what: string, total: number, insert: (from: number, to: number) => SQL) => {
      for (let from = 1; from <= total; from += BATCH) {
        const to = Math.min(total, from + BATCH - 1);
        await db.execute(insert(from, to));
        progress(what, to, total);
      }
    };
    const i = sql.raw('i');
    await batches(
      'subjects',
      subjects,
      (from, to) =>
        sql`insert into subjects (id, kind, organization_category, name, id_number, created_at)
          select ${id('large-subject-', i)}, (array['INDIVIDUAL','ENTERPRISE','ORGANIZATION'])[1 + i % 3],
            case when i % 3 = 2 then 'OTHER' end, '主体' || i, 'LARGE' || lpad(i::text, 13, '0'),
            ${base} - (i % 3000) * interval '1 day'
          from generate_series(${from}::int, ${to}::int) as i`,
    );
    await batches(
      'accounts',
      accounts,
      (from, to) =>
        sql`insert into accounts (id, subject_id, kind, name, original_id, app_id, intro, follower_count, read_count, created_at)
          select ${id('large-account-', i)}, ${id('large-subject-', sql`(1 + i % ${subjects})`)},
            (array['SUBSCRIPTION','SERVICE','MINI_PROGRAM','ENTERPRISE'])[1 + i % 4], '账号' || i,
            'gh_l' || lpad(to_hex(i), 11, '0'), 'wxl' || lpad(to_hex(i), 15, '0'), '', (i::bigint * 7919) % 1000000, (i::bigint * 104729) % 50000000,
            ${base} - (i % 2500) * interval '1 day'
          from generate_series(${from}::int, ${to}::int) as i`,
    );
    const regions = sql`(array['北京市','上海市','广东省广州市','广东省肇庆市','浙江省杭州市','四川省成都市','湖北省武汉市','江苏省南京市'])`;
    await batches(
      'record registrations',
      Math.floor(accounts * 0.6),
      (from, to) =>
        sql`insert into account_records (account_id, region, responsible_person, contact_phone, filing_number, filed_on, updated_at)
          select ${id('large-account-', i)}, ${regions}[1 + i % 8], '负责人', '13800000000',
            case when i % 3 <> 0 then 'L备' || i end, case when i % 3 <> 0 then current_date - (i % 2000) end, ${base}
          from generate_series(${from}::int, ${to}::int) as i`,
    );
    await batches(
      'articles',
      articles,
      (from, to) =>
        sql`insert into articles (id, account_id, title, summary, body, author, original, reprint_policy, published_at, corrections_used)
          select ${id('large-article-', i)}, ${id('large-account-', sql`(1 + i % ${accounts})`)}, '文章' || i, '摘要',
            '正文内容，用于性能测试。' || i, '作者', i % 3 <> 0, (array['OPEN','WHITELIST','CLOSED'])[1 + i % 3],
            ${base} - (i % 1095) * interval '1 day' - (i % 86400) * interval '1 second', case when i % 20 = 0 then 1 else 0 end
          from generate_series(${from}::int, ${to}::int) as i`,
    );
    await batches(
      'corrections',
      Math.floor(articles / 20),
      (from, to) =>
        sql`insert into article_corrections (article_id, previous_body, changed_characters, limit_applied, operations, corrected_at)
          select ${id('large-article-', sql`(i * 20)`)}, '正文', 1 + i % 10, 10, '[]'::jsonb,
            ${base} - ((i * 20) % 1095) * interval '1 day' + interval '2 hours'
          from generate_series(${from}::int, ${to}::int) as i`,
    );
    const types = sql`(array['LIKE_FARMING','INDUCED_SHARING','FALSE_ORIGINAL','INFRINGEMENT','OTHER'])`;
    await batches(
      'violations',
      violations,
      (from, to) =>
        sql`insert into violations (id, account_id, type, source, status, evidence, report_count, reported_at, decided_at, decided_by_id, ordinal, dedupe_key)
          select ${id('large-violation-', i)}, ${id('large-account-', sql`(1 + (i * 31) % ${accounts})`)}, ${types}[1 + i % 5],
            (array['AUTOMATED','USER_REPORT','MODERATOR'])[1 + i % 3],
            case when i % 10 < 7 then 'CONFIRMED' when i % 10 < 9 then 'DISMISSED' else 'PENDING' end,
            '证据' || i, 1 + i % 4, ${base} - (i % 1095) * interval '1 day' - (i % 86400) * interval '1 second',
            case when i % 10 < 9 then ${base} - (i % 1095) * interval '1 day' + interval '3 hours' end,
            case when i % 10 < 9 then ${moderator} end,
            case when i % 10 < 7 then 1 + i % 5 end, 'large-' || i
          from generate_series(${from}::int, ${to}::int) as i`,
    );
    await batches(
      'penalties',
      Math.floor(violations * 0.7),
      (from, to) =>
        sql`insert into penalties (account_id, violation_id, starts_at, ends_at, permanent, reason)
          select v.account_id, v.id, v.decided_at,
            case when v.ordinal >= 4 then null else v.decided_at + ((array[7, 15, 30])[v.ordinal]) * interval '1 day' end,
            v.ordinal >= 4, v.type || ' #' || v.ordinal
          from generate_series(${from}::int, ${to}::int) as i
          join violations v on v.id = ${id('large-violation-', sql`(i + (i - 1) / 7 * 3)`)}
          where v.status = 'CONFIRMED'`,
    );
    await batches(
      'certifications',
      Math.floor(accounts / 5),
      (from, to) =>
        sql`insert into certifications (account_id, kind, status, nickname, fee_cents, started_at, paid_at, dispatched_at, approved_at, expires_at, qualification, naming, badge)
          select ${id('large-account-', sql`(i * 5)`)}, (array['PERSONAL_ACCOUNT','PERSONAL_MINI_PROGRAM','ENTERPRISE'])[1 + i % 3],
            (array['APPROVED','APPROVED','REJECTED','DISPATCHED','AWAITING_PAYMENT'])[1 + i % 5], '认证' || i,
            (array[0, 3000, 30000])[1 + i % 3], ${base} - (i % 1000) * interval '1 day',
            case when i % 5 < 4 then ${base} - (i % 1000) * interval '1 day' + interval '1 hour' end,
            case when i % 5 < 4 then ${base} - (i % 1000) * interval '1 day' + interval '1 hour' end,
            case when i % 5 < 2 then ${base} - (i % 1000) * interval '1 day' + interval '2 days' end,
            case when i % 5 < 2 then ${base} - (i % 1000) * interval '1 day' + interval '367 days' end,
            case when i % 5 < 2 then 'PASSED' when i % 5 = 2 then 'FAILED' end,
            case when i % 5 < 2 then 'PASSED' end, case when i % 5 < 2 then '认证' end
          from generate_series(${from}::int, ${to}::int) as i`,
    );
    // VACUUM too, as autovacuum would after a bulk load: it sets the visibility map, without which
    // PostgreSQL cannot answer from an index alone (servers with autovacuum off would never do it).
    process.stdout.write('  vacuuming and analysing tables\n');
    await db.execute(sql`vacuum analyze`);
    process.stdout.write(`Loaded in ${Math.round((Date.now() - started) / 1000)} s.\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed:large failed: ${(error as Error).message}\n`);
  process.exit(1);
});
