import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

export type CalendarSourceName = 'PACKAGE' | 'ADMIN';

/** A day of the working calendar: a China-time `YYYY-MM-DD` date and the holiday's name, if any. */
export interface CalendarDayValue {
  date: string;
  name: string | null;
}

/**
 * China's working-day calendar, one row per version of a year (append-only: an edit adds the next
 * version, so the history keeps who changed what, when). The current calendar of a year is its
 * highest version. PACKAGE versions come from the chinese-days package at migrate time; ADMIN
 * versions are edits, which the package never overwrites.
 */
export const workingCalendarVersions = pgTable(
  'working_calendar_versions',
  {
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    source: text('source').$type<CalendarSourceName>().notNull(),
    /** Statutory holidays (days off), sorted by date. */
    holidays: jsonb('holidays').$type<CalendarDayValue[]>().notNull(),
    /** Make-up working days (调休: a weekend day worked), sorted by date. */
    makeupDays: jsonb('makeup_days').$type<CalendarDayValue[]>().notNull(),
    note: text('note'),
    /** Null for the package's versions. */
    authorId: uuid('author_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.year, t.version] })],
);

export type WorkingCalendarVersionRow = typeof workingCalendarVersions.$inferSelect;
