import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per scheduled job slot that ran (scheduler/run-slot.ts): the primary key is the claim, so
 * a process firing the same slot after another has finished (and released its advisory lock) finds
 * the row and does not run the job again. Written in the job's own transaction: a job that fails
 * leaves no row.
 */
export const scheduledJobRuns = pgTable(
  'scheduled_job_runs',
  {
    job: text('job').notNull(),
    /** The instant the slot was scheduled for (e.g. 09:00 China time), not when it fired. */
    slot: timestamp('slot', { withTimezone: true }).notNull(),
    /** Which process ran it (`host:pid`), for the operator reading the table. */
    ranBy: text('ran_by').notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.job, t.slot] })],
);

export type ScheduledJobRunRow = typeof scheduledJobRuns.$inferSelect;
