import { type SQL, sql } from 'drizzle-orm';
import { badInput } from '../../common/errors';
import type { Context } from '../../context';
import type { AccountKindName, CertificationKindName, ViolationTypeName } from '../../db/schema';
import { bucketSizeFor } from './bucket-size';
import { periodLabel } from './period-label';

/**
 * Statistics for analysts and the dashboard. Every figure is one SQL aggregation in the database
 * (nothing is loaded into Node to be counted), bucketed in China time (UTC+8, no daylight saving).
 */
export type Granularity = 'DAY' | 'WEEK' | 'MONTH';
/** What a caller may ask for: a bucket, or AUTO (the API picks one by the window's length). */
export type GranularityChoice = Granularity | 'AUTO';

export interface StatsScope {
  from?: Date | null;
  to?: Date | null;
  accountKind?: AccountKindName | null;
  region?: string | null;
}

const DAY_MS = 86_400_000;
const MAX_RANGE_DAYS = 3 * 366;

/** The window asked for, defaulting to the last year, at most three years. */
function window(ctx: Context, scope: StatsScope): { from: Date; to: Date } {
  const to = scope.to ?? ctx.clock.now();
  const from = scope.from ?? new Date(to.getTime() - 365 * DAY_MS);
  if (from > to) throw badInput('from', 'FROM_AFTER_TO', '"from" must be before "to".');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw badInput('from', 'RANGE_TOO_LONG', `Ask for at most ${MAX_RANGE_DAYS} days at once.`);
  }
  return { from, to };
}

/** The bucket the caller asked for, or for AUTO the one that suits the window (bucket-size.ts). */
function resolveGranularity(choice: GranularityChoice, window: { from: Date; to: Date }): Granularity {
  return choice === 'AUTO' ? bucketSizeFor(window.from, window.to) : choice;
}

/** The bucket AUTO picks for a scope's window (the same window the period figures use). */
export function granularityFor(ctx: Context, scope: StatsScope): Granularity {
  return resolveGranularity('AUTO', window(ctx, scope));
}

/** The bucket start, in China time, of a timestamp column, returned as an instant. */
function bucket(column: SQL, granularity: Granularity): SQL {
  const unit = granularity === 'DAY' ? 'day' : granularity === 'WEEK' ? 'week' : 'month';
  // Through a UTC timestamp without zone, so the session's time zone never matters.
  return sql`((date_trunc(${sql.raw(`'${unit}'`)}, (${column} at time zone 'UTC') + interval '8 hours') - interval '8 hours') at time zone 'UTC')`;
}

/** Conditions on the account a row belongs to (kind, record-registration region). */
function accountScope(accountIdColumn: SQL, scope: StatsScope): SQL {
  const parts: SQL[] = [];
  if (scope.accountKind)
    parts.push(
      sql`exists (select 1 from accounts a where a.id = ${accountIdColumn} and a.kind = ${scope.accountKind})`,
    );
  if (scope.region) {
    parts.push(
      sql`exists (select 1 from account_records r where r.account_id = ${accountIdColumn} and r.region = ${scope.region})`,
    );
  }
  return parts.length ? sql.join([sql``, ...parts], sql` and `) : sql``;
}

type Row = Record<string, unknown>;

async function rows<T extends Row>(ctx: Context, query: SQL): Promise<T[]> {
  // Aggregates over many rows, fine a moment behind: the read replica's, when there is one.
  const result: unknown = await ctx.readDb.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

const asNumber = (value: unknown) => Number(value ?? 0);

/** A timestamp parameter. Raw SQL goes to each driver as is, and postgres-js wants strings. */
const at = (moment: Date): SQL => sql`${moment.toISOString()}::timestamptz`;

/** Violations reported per period and type. */
export async function violationsPerPeriod(
  ctx: Context,
  scope: StatsScope & { granularity: GranularityChoice; type?: ViolationTypeName | null },
) {
  const { from, to } = window(ctx, scope);
  const granularity = resolveGranularity(scope.granularity, { from, to });
  const period = bucket(sql`v.reported_at`, granularity);
  const result = await rows<{ period: Date | string; type: ViolationTypeName; count: unknown }>(
    ctx,
    sql`select ${period} as period, v.type as type, count(*) as count
        from violations v
        where v.reported_at >= ${at(from)} and v.reported_at < ${at(to)}
          ${scope.type ? sql`and v.type = ${scope.type}` : sql``}
          ${accountScope(sql`v.account_id`, scope)}
        group by 1, 2 order by 1, 2`,
  );
  return result.map((row) => {
    const period = new Date(row.period);
    return { period, label: periodLabel(period, granularity), granularity, type: row.type, count: asNumber(row.count) };
  });
}

/** Confirmed violations by the ladder step they reached (ordinal; `4+` folded into 4 by default). */
export async function ladderSteps(
  ctx: Context,
  scope: StatsScope & { type?: ViolationTypeName | null; foldAbove?: number | null },
) {
  const { from, to } = window(ctx, scope);
  const fold = scope.foldAbove ?? 4;
  const result = await rows<{ step: unknown; count: unknown }>(
    ctx,
    sql`select least(v.ordinal, ${fold}) as step, count(*) as count
        from violations v
        where v.status = 'CONFIRMED' and v.decided_at >= ${at(from)} and v.decided_at < ${at(to)}
          and v.type = ${scope.type ?? 'LIKE_FARMING'}
          ${accountScope(sql`v.account_id`, scope)}
        group by 1 order by 1`,
  );
  return result.map((row) => ({
    step: asNumber(row.step),
    count: asNumber(row.count),
    orMore: asNumber(row.step) === fold,
  }));
}

/** Bans in force now: ending today (China time), within seven days, permanent, in all. */
export async function activeBans(ctx: Context, scope: StatsScope) {
  const now = ctx.clock.now();
  const endOfToday = new Date(Math.floor((now.getTime() + 8 * 3_600_000) / DAY_MS) * DAY_MS + DAY_MS - 8 * 3_600_000);
  const [row] = await rows<{ total: unknown; today: unknown; week: unknown; permanent: unknown }>(
    ctx,
    sql`select count(*) as total,
          count(*) filter (where p.ends_at is not null and p.ends_at <= ${at(endOfToday)}) as today,
          count(*) filter (where p.ends_at is not null and p.ends_at <= ${at(new Date(now.getTime() + 7 * DAY_MS))}) as week,
          count(*) filter (where p.ends_at is null) as permanent
        from penalties p
        where p.starts_at <= ${at(now)} and (p.ends_at is null or p.ends_at > ${at(now)}) and p.lifted_at is null
          ${accountScope(sql`p.account_id`, scope)}`,
  );
  return {
    total: asNumber(row?.total),
    endingToday: asNumber(row?.today),
    endingThisWeek: asNumber(row?.week),
    permanent: asNumber(row?.permanent),
  };
}

/** Pending reports by type and age (under a day, 1–3 days, 3–7 days, older). */
export async function pendingReports(ctx: Context, scope: StatsScope) {
  const now = ctx.clock.now();
  const result = await rows<{ type: ViolationTypeName; age: string; count: unknown }>(
    ctx,
    sql`select v.type as type,
          case when v.reported_at > ${at(new Date(now.getTime() - DAY_MS))} then 'UNDER_1_DAY'
               when v.reported_at > ${at(new Date(now.getTime() - 3 * DAY_MS))} then 'DAYS_1_TO_3'
               when v.reported_at > ${at(new Date(now.getTime() - 7 * DAY_MS))} then 'DAYS_3_TO_7'
               else 'OVER_7_DAYS' end as age,
          count(*) as count
        from violations v
        where v.status = 'PENDING' ${accountScope(sql`v.account_id`, scope)}
        group by 1, 2 order by 1, 2`,
  );
  return result.map((row) => ({ type: row.type, age: row.age, count: asNumber(row.count) }));
}

/** Pending appeals due within `withinDays`, those already overdue, and those with an uncertain due date. */
export async function appealDeadlines(ctx: Context, withinDays: number) {
  const now = ctx.clock.now();
  const [row] = await rows<{ pending: unknown; soon: unknown; overdue: unknown; uncertain: unknown }>(
    ctx,
    sql`select count(*) as pending,
          count(*) filter (where due_at >= ${at(now)} and due_at < ${at(new Date(now.getTime() + withinDays * DAY_MS))}) as soon,
          count(*) filter (where due_at < ${at(now)}) as overdue,
          count(*) filter (where deadline_uncertain) as uncertain
        from appeals where status = 'PENDING'`,
  );
  return {
    pending: asNumber(row?.pending),
    dueSoon: asNumber(row?.soon),
    overdue: asNumber(row?.overdue),
    deadlineUncertain: asNumber(row?.uncertain),
  };
}

/** Certifications: dispatched without a review call past the rule's hours, and expiring soon. */
export async function certificationWork(ctx: Context, expiringWithinDays: number, reviewCallHours: number) {
  const now = ctx.clock.now();
  const [row] = await rows<{ overdue: unknown; expiring: unknown }>(
    ctx,
    sql`select
          count(*) filter (where status = 'DISPATCHED' and dispatched_at < ${at(new Date(now.getTime() - reviewCallHours * 3_600_000))}) as overdue,
          count(*) filter (where status = 'APPROVED' and expires_at > ${at(now)} and expires_at <= ${at(new Date(now.getTime() + expiringWithinDays * DAY_MS))}) as expiring
        from certifications`,
  );
  return { overdueDispatches: asNumber(row?.overdue), expiringSoon: asNumber(row?.expiring) };
}

/** The certification funnel (started → paid → approved) and pass rate among decided ones. */
export async function certificationFunnel(ctx: Context, scope: StatsScope & { kind?: CertificationKindName | null }) {
  const { from, to } = window(ctx, scope);
  const [row] = await rows<{
    started: unknown;
    paid: unknown;
    dispatched: unknown;
    approved: unknown;
    rejected: unknown;
  }>(
    ctx,
    sql`select count(*) as started,
          count(*) filter (where c.paid_at is not null) as paid,
          count(*) filter (where c.dispatched_at is not null) as dispatched,
          count(*) filter (where c.approved_at is not null) as approved,
          count(*) filter (where c.status = 'REJECTED') as rejected
        from certifications c
        where c.started_at >= ${at(from)} and c.started_at < ${at(to)}
          ${scope.kind ? sql`and c.kind = ${scope.kind}` : sql``}
          ${accountScope(sql`c.account_id`, scope)}`,
  );
  const approved = asNumber(row?.approved);
  const rejected = asNumber(row?.rejected);
  return {
    started: asNumber(row?.started),
    paid: asNumber(row?.paid),
    dispatched: asNumber(row?.dispatched),
    approved,
    rejected,
    passRate: approved + rejected === 0 ? null : approved / (approved + rejected),
  };
}

/** Article corrections per period. */
export async function correctionsPerPeriod(ctx: Context, scope: StatsScope & { granularity: GranularityChoice }) {
  const { from, to } = window(ctx, scope);
  const granularity = resolveGranularity(scope.granularity, { from, to });
  const period = bucket(sql`c.corrected_at`, granularity);
  const accountId = sql`(select a.account_id from articles a where a.id = c.article_id)`;
  const result = await rows<{ period: Date | string; count: unknown; characters: unknown }>(
    ctx,
    sql`select ${period} as period, count(*) as count, sum(c.changed_characters) as characters
        from article_corrections c
        where c.corrected_at >= ${at(from)} and c.corrected_at < ${at(to)}
          ${accountScope(accountId, scope)}
        group by 1 order by 1`,
  );
  return result.map((row) => {
    const period = new Date(row.period);
    return {
      period,
      label: periodLabel(period, granularity),
      granularity,
      count: asNumber(row.count),
      changedCharacters: asNumber(row.characters),
    };
  });
}
