/**
 * Working-day arithmetic (pure) in China Standard Time (UTC+8, no daylight saving): Saturdays and
 * Sundays are skipped. Public holidays are not modelled.
 */
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

function weekdayInChina(at: Date): number {
  return new Date(at.getTime() + OFFSET_MS).getUTCDay();
}

/** The moment `days` working days after `from` (same time of day). */
export function addWorkingDays(from: Date, days: number): Date {
  let at = from.getTime();
  let left = days;
  while (left > 0) {
    at += DAY_MS;
    const weekday = weekdayInChina(new Date(at));
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(at);
}
