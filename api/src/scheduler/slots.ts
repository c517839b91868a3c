import { Cron } from 'croner';
import { chinaDate, type WorkingCalendar, workingDay } from '../modules/calendar/working-days';

/**
 * When scheduled work runs (pure: no timers, no database). Every pattern is read in China time:
 * the platform's day is China's whatever the host's zone, and Asia/Shanghai has had no daylight
 * saving since 1991, so 09:00 there is always 01:00 UTC.
 */
export const SCHEDULE_TIME_ZONE = 'Asia/Shanghai';

/** A croner pattern read in China time (paused: used only to compute instants, never to fire). */
export function chinaCron(pattern: string): Cron {
  return new Cron(pattern, { timezone: SCHEDULE_TIME_ZONE, paused: true });
}

/** The next instant `pattern` fires strictly after `from` (China time), or null if never. */
export function nextRun(pattern: string, from: Date): Date | null {
  return chinaCron(pattern).nextRun(from);
}

/**
 * The slot an instant belongs to: the latest time `pattern` fires at or before `at`. A timer that
 * fires late (a busy event loop, a slow host) still names the slot it was set for, so every
 * process firing for 09:00 claims the same slot whatever its own delay.
 */
export function slotAt(pattern: string, at: Date): Date | null {
  // previousRuns looks strictly before its reference: a second later includes `at` itself.
  const [slot] = chinaCron(pattern).previousRuns(1, new Date(Math.floor(at.getTime() / 1000) * 1000 + 1000));
  return slot ?? null;
}

/** Whether `at` is exactly an instant `pattern` fires at (to the second, China time). */
export function firesAt(pattern: string, at: Date): boolean {
  return at.getUTCMilliseconds() === 0 && chinaCron(pattern).match(at);
}

/** Certification reminders: 09:00 China time; whether that day is worked is asked of the calendar. */
export const REMINDER_PATTERN = '0 9 * * *';

/**
 * Whether `at` is the 09:00 slot of a working day in China: weekends and statutory holidays are
 * off, make-up working days (调休) are worked (the calendar; a year it does not know counts
 * weekends only, as appeal deadlines do).
 */
export function isWorkingMorningSlot(at: Date, calendar: WorkingCalendar): boolean {
  return firesAt(REMINDER_PATTERN, at) && workingDay(chinaDate(at), calendar).working;
}
