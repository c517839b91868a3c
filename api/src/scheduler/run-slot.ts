import os from 'node:os';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { scheduledJobRuns } from '../db/tables/scheduler';

/** A piece of scheduled work: when it fires (China time), whether a slot is worked, what it does. */
export interface ScheduledJob {
  /** Stable: it keys the advisory lock and the claimed slots (`scheduled_job_runs.job`). */
  name: string;
  /** A croner pattern, read in Asia/Shanghai (slots.ts). */
  pattern: string;
  /** Whether this slot is one to work (reminders: working days only). Absent: every slot. */
  due?(tx: Db, slot: Date): Promise<boolean>;
  /**
   * The work, in the claim's transaction (a transaction is a Db to services: theirs become
   * savepoints), as of the slot; returns figures for the log.
   */
  run(tx: Db, slot: Date): Promise<Record<string, number>>;
}

/**
 * `ran`: this process ran the slot. `busy`: another process holds the slot's lock (it is running
 * it). `already-ran`: a process ran it before (the claim row exists). `not-due`: the slot is not
 * worked (a weekend or holiday for reminders).
 */
export type SlotOutcome = 'ran' | 'busy' | 'already-ran' | 'not-due';

export interface SlotResult {
  job: string;
  slot: Date;
  outcome: SlotOutcome;
  figures?: Record<string, number>;
}

// Any fixed number, the same in every OAP process; the job's name is the second key.
const SCHEDULER_LOCK = 7_240_003;

/** What ran a slot, for whoever reads scheduled_job_runs. */
const RAN_BY = `${os.hostname()}:${process.pid}`.slice(0, 200);

function firstRow(result: unknown): Record<string, unknown> | undefined {
  const rows = Array.isArray(result) ? result : (result as { rows?: unknown[] }).rows;
  return rows?.[0] as Record<string, unknown> | undefined;
}

/**
 * Runs `job`'s `slot` at most once across every process on the database. Two guards, because
 * either alone leaves a gap: the transaction-scoped advisory lock keeps a second process out while
 * the first runs (it does not wait: it answers `busy`), and the claim row (primary key job + slot,
 * insert … on conflict do nothing) stops a process that fires a few milliseconds after the first
 * has committed and released the lock. The job runs in the same transaction as its claim, so a
 * job that fails leaves neither its effects nor a claim (the slot is then missed, not half-done;
 * reminders and cleanup catch up at their next slot).
 */
export async function runSlot(db: Db, job: ScheduledJob, slot: Date): Promise<SlotResult> {
  return db.transaction(async (tx) => {
    const lock = firstRow(
      await tx.execute(sql`select pg_try_advisory_xact_lock(${SCHEDULER_LOCK}, hashtext(${job.name})) as locked`),
    );
    if (lock?.locked !== true) return { job: job.name, slot, outcome: 'busy' as const };
    if (job.due && !(await job.due(tx, slot))) return { job: job.name, slot, outcome: 'not-due' as const };
    const claimed = await tx
      .insert(scheduledJobRuns)
      .values({ job: job.name, slot, ranBy: RAN_BY })
      .onConflictDoNothing()
      .returning({ job: scheduledJobRuns.job });
    if (claimed.length === 0) return { job: job.name, slot, outcome: 'already-ran' as const };
    const figures = await job.run(tx, slot);
    return { job: job.name, slot, outcome: 'ran' as const, figures };
  });
}
