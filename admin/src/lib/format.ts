/** A date-time from the API (ISO 8601, UTC) in the reader's language and time zone. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/** China's time zone (UTC+8, no daylight saving): enterprise accounts count their days in it. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

/** A date-time from the API in China time (whatever the reader's zone), in the reader's language. */
export function formatChinaDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: CHINA_TIME_ZONE,
  }).format(date);
}

/** A JSON value shown to a person: indented, or empty for null. */
export function formatJson(value: unknown): string {
  if (value === null || value === undefined) return '';
  return JSON.stringify(value, null, 2);
}

/** A count in the reader's language (1,234,567 / 1,234,567). */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** The hour and minute of a date-time (14:05): claims, which last minutes. */
export function formatClock(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
}

/** A date-time from the API as a date and minutes (no seconds): deadlines and ban ends. */
export function formatDateMinutes(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A date-time in few characters (2026/11/22 14:05), where room is short: the steps of a flow. */
export function formatDateCompact(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * How far a moment is from `now`, in the reader's language: "3 天前" / "3 days ago", "2 小时后" /
 * "in 2 hours". The largest whole unit counts (days, hours, minutes); under a minute is "now".
 */
export function formatRelative(iso: string, locale: string, now: number = Date.now()): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return iso;
  const difference = time - now;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    const value = Math.trunc(difference / size);
    if (value !== 0) return format.format(value, unit);
  }
  return format.format(0, 'second');
}

/** A time left, cut into whole days, hours, minutes and seconds (never negative). */
export function durationParts(milliseconds: number): { days: number; hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3_600),
    minutes: Math.floor((total % 3_600) / 60),
    seconds: total % 60,
  };
}

/** hh:mm:ss of a duration's parts (the days are shown separately). */
export function clockOf(parts: { hours: number; minutes: number; seconds: number }): string {
  return [parts.hours, parts.minutes, parts.seconds].map((value) => String(value).padStart(2, '0')).join(':');
}
