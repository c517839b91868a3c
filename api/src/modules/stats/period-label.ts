/**
 * A statistics period as people in China name it (pure): the API's periods are China-time days,
 * ISO weeks and months, and their start instant in UTC (2026-01-31T16:00:00Z) reads as January to
 * anyone not adding eight hours. Labels: `2026-02` (month), `2026-W07` (ISO week, Monday first),
 * `2026-02-14` (day).
 */
export type PeriodGranularity = 'DAY' | 'WEEK' | 'MONTH';

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

const pad = (value: number) => String(value).padStart(2, '0');

export function periodLabel(start: Date, granularity: PeriodGranularity): string {
  // China has no daylight saving time: its wall clock is UTC+8 all year.
  const local = new Date(start.getTime() + CHINA_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  if (granularity === 'MONTH') return `${year}-${pad(month)}`;
  if (granularity === 'DAY') return `${year}-${pad(month)}-${pad(local.getUTCDate())}`;
  // ISO 8601 week: the week's Thursday decides its year; week 1 holds the year's first Thursday.
  const weekday = (local.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = Date.UTC(year, local.getUTCMonth(), local.getUTCDate()) + (3 - weekday) * DAY_MS;
  const isoYear = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(isoYear, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${isoYear}-W${pad(week)}`;
}
