const DAY_MS = 86_400_000;

/** A reminder threshold and the last expiry instant for which it is the reminder due. */
export interface ReminderWindow {
  days: number;
  /** A certification expiring at or before this instant (and after the previous window's) gets `days`. */
  expiresBy: Date;
}

/**
 * The reminder windows at `now`, nearest first: a certification `d` days from expiry gets the
 * smallest threshold it has reached (d ≤ days), so with 90, 60, 30 and 7 one 25 days out gets the
 * 30-day reminder. As instants, so the sweep can pick each certification's threshold in SQL with
 * the same arithmetic (expiresAt − now ≤ days × 24 h, in milliseconds, no calendar days).
 */
export function reminderWindows(now: Date, thresholds: readonly number[]): ReminderWindow[] {
  return [...new Set(thresholds)]
    .sort((a, b) => a - b)
    .map((days) => ({ days, expiresBy: new Date(now.getTime() + days * DAY_MS) }));
}
