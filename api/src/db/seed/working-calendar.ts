import packageCalendar from 'chinese-days/dist/chinese-days.json';
import packageManifest from 'chinese-days/package.json';
import { sql } from 'drizzle-orm';
import { log } from '../../common/log';
import type { Db } from '../client';
import { type CalendarDayValue, workingCalendarVersions } from '../schema';

/**
 * China's working-day calendar as the chinese-days package ships it (MIT; the State Council's
 * yearly holiday notices, 2004 onwards, updated within days of each notice): for every year it
 * covers, the holidays (days off, weekends inside a holiday period included) and the make-up
 * working days (调休). Read from the installed package at migrate time, never fetched.
 */
export function packageCalendarYears(): Map<number, { holidays: CalendarDayValue[]; makeupDays: CalendarDayValue[] }> {
  const years = new Map<number, { holidays: CalendarDayValue[]; makeupDays: CalendarDayValue[] }>();
  const yearOf = (date: string) => {
    const year = Number(date.slice(0, 4));
    let entry = years.get(year);
    if (!entry) {
      entry = { holidays: [], makeupDays: [] };
      years.set(year, entry);
    }
    return entry;
  };
  // Each value is "English name,中文名,days"; the Chinese name is the notice's own.
  const nameOf = (value: string) => value.split(',')[1]?.trim() || null;
  const lists = packageCalendar as { holidays: Record<string, string>; workdays: Record<string, string> };
  for (const [date, value] of Object.entries(lists.holidays)) yearOf(date).holidays.push({ date, name: nameOf(value) });
  for (const [date, value] of Object.entries(lists.workdays))
    yearOf(date).makeupDays.push({ date, name: nameOf(value) });
  for (const entry of years.values()) {
    entry.holidays.sort((a, b) => a.date.localeCompare(b.date));
    entry.makeupDays.sort((a, b) => a.date.localeCompare(b.date));
  }
  return years;
}

export const PACKAGE_NOTE = `chinese-days ${packageManifest.version}`;

const sameDays = (a: CalendarDayValue[], b: CalendarDayValue[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Brings the stored calendar up to the installed package: a year it does not have yet gets the
 * package's version 1; a year whose current version is the package's and differs (a newer package)
 * gets the next version. A year an admin edited is never touched. Safe to run in several processes
 * at once: a version already written by another is skipped by the primary key.
 */
export async function seedWorkingCalendar(db: Db): Promise<number> {
  const current = await db
    .selectDistinctOn([workingCalendarVersions.year])
    .from(workingCalendarVersions)
    .orderBy(workingCalendarVersions.year, sql`${workingCalendarVersions.version} desc`);
  const byYear = new Map(current.map((row) => [row.year, row]));
  const rows: Array<typeof workingCalendarVersions.$inferInsert> = [];
  for (const [year, days] of packageCalendarYears()) {
    const stored = byYear.get(year);
    if (stored?.source === 'ADMIN') continue;
    if (stored && sameDays(stored.holidays, days.holidays) && sameDays(stored.makeupDays, days.makeupDays)) continue;
    rows.push({ year, version: (stored?.version ?? 0) + 1, source: 'PACKAGE', ...days, note: PACKAGE_NOTE });
  }
  if (rows.length === 0) return 0;
  const written = await db.insert(workingCalendarVersions).values(rows).onConflictDoNothing().returning({
    year: workingCalendarVersions.year,
  });
  if (written.length > 0) log.info(`working calendar: ${written.length} year(s) from ${PACKAGE_NOTE}`);
  return written.length;
}
