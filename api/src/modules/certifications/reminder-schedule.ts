import { randomUUID } from 'node:crypto';
import { systemClock } from '../../common/clock';
import { log } from '../../common/log';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { createContext } from '../../request-context';
import { sweepSignInRecords } from '../auth/auth.service';
import { sendCertificationReminders } from './certifications.service';

const HOUR_MS = 3_600_000;

/**
 * Runs the annual-review reminder sweep now and then hourly, in every API process. The sweep is
 * idempotent (a unique key per reminder), so processes running it at once send each reminder once.
 */
export function scheduleCertificationReminders(db: Db, config: Config): () => void {
  const run = async () => {
    const ctx = createContext({
      requestId: `schedule-${randomUUID()}`,
      viewer: null,
      db,
      clock: systemClock,
      config,
      cookies: { set() {}, clear() {} },
    });
    try {
      const sent = await sendCertificationReminders(ctx);
      if (sent > 0) log.info('certification reminders sent', { sent });
      await sweepSignInRecords(db, systemClock.now(), config.login.windowMinutes);
    } catch (error) {
      log.error('certification reminder sweep failed', { message: (error as Error).message });
    }
  };
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, HOUR_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
