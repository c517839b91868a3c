/**
 * Working-day arithmetic (pure) in China Standard Time (UTC+8, no daylight saving), over a
 * calendar passed in: statutory holidays are off, make-up working days (调休) are worked, other
 * days follow the week (Saturday and Sunday off). A year the calendar does not know falls back to
 * weekends only, and a deadline that steps into such a year says so (`uncertain`).
 */
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** One year of the calendar: its holidays and its make-up working days, as China-time `YYYY-MM-DD`. */
export interface CalendarYear {
  holidays: ReadonlySet<string>;
  makeupDays: ReadonlySet<string>;
}

/** The years the calendar knows, by year. */
export type WorkingCalendar = ReadonlyMap<number, CalendarYear>;

export interface WorkingDeadline {
  /** `days` working days after the start, at the same time of day (China time). */
  at: Date;
  /** Some day counted lies in a year with no calendar: only weekends were skipped there. */
  uncertain: boolean;
}

/** The China-time calendar date of a moment, as `YYYY-MM-DD`. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The China-time year of a moment. */
export function chinaYear(at: Date): number {
  return new Date(at.getTime() + OFFSET_MS).getUTCFullYear();
}

/** 0 (Sunday) … 6 (Saturday) of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export const isWeekend = (date: string) => {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
};

/** Whether a `YYYY-MM-DD` date is worked, and whether the calendar knew its year. */
export function workingDay(date: string, calendar: WorkingCalendar): { working: boolean; known: boolean } {
  const year = calendar.get(Number(date.slice(0, 4)));
  if (!year) return { working: !isWeekend(date), known: false };
  if (year.makeupDays.has(date)) return { working: true, known: true };
  if (year.holidays.has(date)) return { working: false, known: true };
  return { working: !isWeekend(date), known: true };
}

/** The moment `days` working days after `from` (same time of day, China time). */
export function addWorkingDays(from: Date, days: number, calendar: WorkingCalendar): WorkingDeadline {
  let at = from.getTime();
  let left = days;
  let uncertain = false;
  while (left > 0) {
    at += DAY_MS;
    const day = workingDay(chinaDate(new Date(at)), calendar);
    if (!day.known) uncertain = true;
    if (day.working) left -= 1;
  }
  return { at: new Date(at), uncertain };
}

/** Working days after `from` up to and including `to`'s day (the inverse of addWorkingDays). */
export function countWorkingDays(from: Date, to: Date, calendar: WorkingCalendar): number {
  let count = 0;
  for (let at = from.getTime() + DAY_MS; at <= to.getTime(); at += DAY_MS) {
    if (workingDay(chinaDate(new Date(at)), calendar).working) count += 1;
  }
  return count;
}

/**
 * The China-time years `addWorkingDays(from, days)` may step into: a generous bound (twice the
 * days and a month more), so a service loads them all in one statement before counting.
 */
export function yearsFor(from: Date, days: number): { first: number; last: number } {
  return { first: chinaYear(from), last: chinaYear(new Date(from.getTime() + (2 * days + 31) * DAY_MS)) };
}
