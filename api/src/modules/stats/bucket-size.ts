/**
 * How wide the buckets of a period chart are when the caller leaves it to the API (pure): days up
 * to two months (at most 62 bars), ISO weeks up to a year and a day (at most 53), months beyond (at
 * most 37 for the three years the API serves). A year of daily corrections is a spiky comb of 365
 * bars; by week it reads as a trend.
 */
import type { PeriodGranularity } from './period-label';

const DAY_MS = 86_400_000;
/** Two months of days: 31 + 31. */
export const MAX_DAY_BUCKET_DAYS = 62;
/** A leap year, plus the day a window from one date to the same date a year later includes. */
export const MAX_WEEK_BUCKET_DAYS = 367;

export function bucketSizeFor(from: Date, to: Date): PeriodGranularity {
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (days <= MAX_DAY_BUCKET_DAYS) return 'DAY';
  if (days <= MAX_WEEK_BUCKET_DAYS) return 'WEEK';
  return 'MONTH';
}
