import type { ErrorReason } from '../../common/errors';
import { isWeekend } from './working-days';

/** A day of a calendar year: a `YYYY-MM-DD` date and, optionally, the holiday's name. */
export interface CalendarDay {
  date: string;
  name: string | null;
}

export interface CalendarProblem {
  field: string;
  reason: ErrorReason<'BAD_USER_INPUT'>;
  message: string;
}

/** Years an admin may edit: well past the platform's opening, and not absurdly far ahead. */
export const FIRST_CALENDAR_YEAR = 2000;
export const LAST_CALENDAR_YEAR = 2100;
/** More than any State Council schedule has had (about 30 holidays and 10 make-up days). */
export const MAX_HOLIDAYS = 60;
export const MAX_MAKEUP_DAYS = 20;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function realDate(date: string): boolean {
  if (!DATE.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * The first thing wrong with a year's holidays and make-up days, or null. Holidays may fall on
 * a weekend (a holiday period spans one); make-up days must be a Saturday or a Sunday (调休 moves a
 * weekend day into the week); no date may be both, or appear twice.
 */
export function checkCalendarYear(
  year: number,
  holidays: readonly CalendarDay[],
  makeupDays: readonly CalendarDay[],
): CalendarProblem | null {
  if (!Number.isInteger(year) || year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) {
    return {
      field: 'year',
      reason: 'OUT_OF_RANGE',
      message: `A calendar year is from ${FIRST_CALENDAR_YEAR} to ${LAST_CALENDAR_YEAR}.`,
    };
  }
  if (holidays.length === 0) {
    return { field: 'holidays', reason: 'TOO_FEW', message: 'A year has statutory holidays (元旦 at least).' };
  }
  if (holidays.length > MAX_HOLIDAYS) {
    return { field: 'holidays', reason: 'TOO_MANY', message: `At most ${MAX_HOLIDAYS} holidays a year.` };
  }
  if (makeupDays.length > MAX_MAKEUP_DAYS) {
    return { field: 'makeupDays', reason: 'TOO_MANY', message: `At most ${MAX_MAKEUP_DAYS} make-up days a year.` };
  }
  const lists = [
    ['holidays', holidays],
    ['makeupDays', makeupDays],
  ] as const;
  const seen = new Map<string, string>();
  for (const [list, days] of lists) {
    for (const [index, day] of days.entries()) {
      const field = `${list}[${index}].date`;
      if (!realDate(day.date)) {
        return { field, reason: 'INVALID_FORMAT', message: `"${day.date}" is not a date (YYYY-MM-DD).` };
      }
      if (Number(day.date.slice(0, 4)) !== year) {
        return { field, reason: 'NOT_IN_YEAR', message: `${day.date} is not in ${year}.` };
      }
      const earlier = seen.get(day.date);
      if (earlier === list) return { field, reason: 'DUPLICATE', message: `${day.date} is listed twice.` };
      if (earlier) {
        return {
          field,
          reason: 'HOLIDAY_AND_MAKEUP_DAY',
          message: `${day.date} cannot be both a holiday and a make-up working day.`,
        };
      }
      seen.set(day.date, list);
      if (list === 'makeupDays' && !isWeekend(day.date)) {
        return {
          field,
          reason: 'NOT_A_WEEKEND',
          message: `${day.date} is a weekday: a make-up working day is a Saturday or a Sunday.`,
        };
      }
    }
  }
  return null;
}

/** Days sorted by date, names trimmed (an empty name is none). */
export function normalizeDays(days: readonly CalendarDay[]): CalendarDay[] {
  return days
    .map((day) => ({ date: day.date, name: day.name?.trim() ? day.name.trim() : null }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
