import { Cron } from 'croner';
import { log } from '../common/log';
import type { Db } from '../db/client';
import { runSlot, type ScheduledJob, type SlotResult } from './run-slot';
import { SCHEDULE_TIME_ZONE, slotAt } from './slots';

export interface Scheduler {
  /** Runs a job's slot now, as the timer would (the CLI and tests drive it with an explicit instant). */
  fire(jobName: string, at: Date): Promise<SlotResult | null>;
  /** Stops the timers and waits for runs in progress, so the database can close after. */
  stop(): Promise<void>;
}

/**
 * Fires every job at its China-time slots in this process. Every API process runs one: runSlot
 * makes sure one of them runs each slot, so no process is special and any may stop.
 */
export function startScheduler(db: Db, jobs: ScheduledJob[], options: { timers?: boolean } = {}): Scheduler {
  const running = new Set<Promise<unknown>>();
  const byName = new Map(jobs.map((job) => [job.name, job]));

  const fire = async (jobName: string, at: Date): Promise<SlotResult | null> => {
    const job = byName.get(jobName);
    if (!job) throw new Error(`no scheduled job named "${jobName}"`);
    const slot = slotAt(job.pattern, at);
    if (!slot) return null;
    const run = runSlot(db, job, slot);
    running.add(run);
    try {
      const result = await run;
      if (result.outcome === 'ran')
        log.info('scheduled job ran', { job: job.name, slot: slot.toISOString(), ...result.figures });
      return result;
    } finally {
      running.delete(run);
    }
  };

  const timers =
    options.timers === false
      ? []
      : jobs.map(
          (job) =>
            new Cron(
              job.pattern,
              // unref: a timer never keeps a stopping process alive; protect: a slow run is not overlapped.
              { timezone: SCHEDULE_TIME_ZONE, unref: true, protect: true },
              async () => {
                try {
                  await fire(job.name, new Date());
                } catch (error) {
                  log.error('scheduled job failed', { job: job.name, message: (error as Error).message });
                }
              },
            ),
        );

  return {
    fire,
    async stop() {
      for (const timer of timers) timer.stop();
      await Promise.allSettled([...running]);
    },
  };
}
