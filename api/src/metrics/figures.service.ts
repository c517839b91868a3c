import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { type PoolName, poolApplicationName } from '../db/pool-names';
import { integerAt } from '../modules/rules/rule-reads';

/** A pool of this process: its configured size and its connections now, by state. */
export interface PoolFigures {
  pool: PoolName;
  max: number;
  connections: Record<string, number>;
}

/** The work waiting, as the admin's lists and the dashboard count it. */
export interface QueueFigures {
  /** Reported violations no moderator has confirmed or dismissed yet (status PENDING). */
  pendingReports: number;
  /** Pending appeals past their due date (the working-day deadline set when filed). */
  overdueAppeals: number;
  /**
   * Certifications dispatched to a reviewer longer than the rule `certification.reviewCallHours`
   * ago without a review call (still DISPATCHED): the reviewers' overdue queue.
   */
  overdueDispatches: number;
}

type Row = Record<string, unknown>;

async function rows<T extends Row>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** A timestamp parameter: raw SQL goes to each driver as is, and postgres-js wants strings. */
const at = (moment: Date): SQL => sql`${moment.toISOString()}::timestamptz`;

/** The three queue sizes in one statement of counts (each on an index led by status). */
export async function queueFigures(db: Db, now: Date): Promise<QueueFigures> {
  const reviewCallHours = await integerAt(db, 'certification.reviewCallHours', now);
  const [row] = await rows<{ pending: unknown; appeals: unknown; dispatches: unknown }>(
    db,
    sql`select
          (select count(*) from violations where status = 'PENDING') as pending,
          (select count(*) from appeals where status = 'PENDING' and due_at < ${at(now)}) as appeals,
          (select count(*) from certifications
            where status = 'DISPATCHED' and dispatched_at < ${at(new Date(now.getTime() - reviewCallHours * 3_600_000))}) as dispatches`,
  );
  return {
    pendingReports: Number(row?.pending ?? 0),
    overdueAppeals: Number(row?.appeals ?? 0),
    overdueDispatches: Number(row?.dispatches ?? 0),
  };
}

/**
 * The latest slot each scheduled job ran, by any process (scheduled_job_runs): "did reminders go
 * out this morning" is a figure to alert on, whichever process ran them. Job names are the
 * scheduler's own few, so the label stays bounded.
 */
export async function lastJobSlots(db: Db): Promise<Array<{ job: string; slot: Date }>> {
  const found = await rows<{ job: string; slot: Date | string }>(
    db,
    sql`select job, max(slot) as slot from scheduled_job_runs group by job`,
  );
  return found.map((row) => ({ job: row.job, slot: new Date(row.slot) }));
}

/**
 * This process's connections to a real server, by pool and state, from `pg_stat_activity`
 * (postgres.js keeps no statistics of its own; each pool's connections carry an application_name
 * naming this process and the pool, pool-names.ts). The connection running this count is among the
 * main pool's active ones. postgres.js opens connections as they are needed and closes idle ones,
 * so `max` is the ceiling and the states are what is open now.
 */
export async function poolFigures(db: Db, pools: Array<{ pool: PoolName; max: number }>): Promise<PoolFigures[]> {
  const byName = new Map(pools.map((each) => [poolApplicationName(each.pool), each]));
  const found = await rows<{ name: string; state: string; count: unknown }>(
    db,
    sql`select application_name as name, coalesce(state, 'unknown') as state, count(*) as count
        from pg_stat_activity
        where application_name in (${sql.join(
          [...byName.keys()].map((name) => sql`${name}`),
          sql`, `,
        )})
        group by 1, 2`,
  );
  const figures = new Map(
    pools.map((each) => [each.pool, { ...each, connections: { active: 0, idle: 0, 'idle in transaction': 0 } }]),
  );
  for (const row of found) {
    const pool = byName.get(row.name);
    if (pool) (figures.get(pool.pool) as PoolFigures).connections[row.state] = Number(row.count);
  }
  return [...figures.values()];
}
