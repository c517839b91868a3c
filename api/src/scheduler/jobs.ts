import { lt } from 'drizzle-orm';
import { fixedClock } from '../common/clock';
import type { Config } from '../config';
import { scheduledJobRuns } from '../db/tables/scheduler';
import { sweepSignInRecords } from '../modules/auth/auth.service';
import { workingCalendarFor } from '../modules/calendar/calendar.service';
import { chinaYear } from '../modules/calendar/working-days';
import { sendCertificationReminders } from '../modules/certifications/certifications.service';
import { createContext } from '../request-context';
import type { ScheduledJob } from './run-slot';
import { isWorkingMorningSlot, REMINDER_PATTERN } from './slots';

/** How long a ran slot's claim is kept (the table is also the log of what ran, for operators). */
const CLAIMS_KEPT_MS = 90 * 86_400_000;

/** The platform's scheduled work. Names are stable: they key locks and claimed slots. */
export function scheduledJobs(config: Config): ScheduledJob[] {
  return [
    {
      // Annual-review reminders go out when reviewers' and operators' working day starts.
      name: 'certification-reminders',
      pattern: REMINDER_PATTERN,
      async due(tx, slot) {
        const year = chinaYear(slot);
        return isWorkingMorningSlot(slot, await workingCalendarFor(tx, year, year));
      },
      async run(tx, slot) {
        const ctx = createContext({
          requestId: `job-certification-reminders-${slot.toISOString()}`,
          viewer: null,
          db: tx,
          // As of the slot: what was due at 09:00, whenever the timer actually fired.
          clock: fixedClock(slot),
          config,
          cookies: { set() {}, clear() {} },
        });
        return { sent: await sendCertificationReminders(ctx) };
      },
    },
    {
      // Expired sessions and sign-in failures older than the rate-limit window; and claims of slots
      // long past, which no timer fires again (slots are named from the moment a timer fires).
      name: 'sign-in-cleanup',
      pattern: '0 * * * *',
      async run(tx, slot) {
        await sweepSignInRecords(tx, slot, config.login.windowMinutes);
        await tx.delete(scheduledJobRuns).where(lt(scheduledJobRuns.slot, new Date(slot.getTime() - CLAIMS_KEPT_MS)));
        return {};
      },
    },
  ];
}
