import { between, desc, eq, sql } from 'drizzle-orm';
import { badInput } from '../../common/errors';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { type CalendarDayValue, type WorkingCalendarVersionRow, workingCalendarVersions } from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import { checkCalendarYear, normalizeDays } from './calendar-check';
import type { WorkingCalendar } from './working-days';

// Serializes edits of one year across processes (any fixed number; the year is the second key).
const CALENDAR_EDIT_LOCK = 7_240_002;

const t = workingCalendarVersions;

/** The current version of each year from `first` to `last`, as the pure calendar value (one statement). */
export async function workingCalendarFor(executor: Executor, first: number, last: number): Promise<WorkingCalendar> {
  const rows = await executor
    .selectDistinctOn([t.year], { year: t.year, holidays: t.holidays, makeupDays: t.makeupDays })
    .from(t)
    .where(between(t.year, first, last))
    .orderBy(t.year, desc(t.version));
  return new Map(
    rows.map((row) => [
      row.year,
      {
        holidays: new Set(row.holidays.map((day) => day.date)),
        makeupDays: new Set(row.makeupDays.map((day) => day.date)),
      },
    ]),
  );
}

/** Every year the calendar knows, its current version, newest year first. */
export async function calendarYears(ctx: Context): Promise<WorkingCalendarVersionRow[]> {
  const rows = await ctx.db.selectDistinctOn([t.year]).from(t).orderBy(desc(t.year), desc(t.version));
  return rows;
}

/** A year's current version, or null when the calendar does not know it. */
export async function calendarYear(ctx: Context, year: number): Promise<WorkingCalendarVersionRow | null> {
  const [row] = await ctx.db.select().from(t).where(eq(t.year, year)).orderBy(desc(t.version)).limit(1);
  return row ?? null;
}

/** Every version of a year, newest first: who changed it, when, and what it was. */
export async function calendarHistory(ctx: Context, year: number): Promise<WorkingCalendarVersionRow[]> {
  return ctx.db.select().from(t).where(eq(t.year, year)).orderBy(desc(t.version));
}

export interface SetCalendarYearInput {
  year: number;
  holidays: CalendarDayValue[];
  makeupDays: CalendarDayValue[];
  note?: string | null;
}

/**
 * An admin sets a year's holidays and make-up working days: checked whole first (nothing is
 * written when any day is wrong), then recorded as the year's next version with an audit entry
 * (before and after) in one transaction. The package's seeding never overwrites it afterwards.
 * Appeals already filed keep the due date they were given.
 */
export async function setCalendarYear(ctx: Context, input: SetCalendarYearInput): Promise<WorkingCalendarVersionRow> {
  const holidays = normalizeDays(input.holidays);
  const makeupDays = normalizeDays(input.makeupDays);
  const problem = checkCalendarYear(input.year, input.holidays, input.makeupDays);
  if (problem) throw badInput(problem.field, problem.reason, problem.message);
  const note = input.note?.trim() || null;
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CALENDAR_EDIT_LOCK}, ${input.year})`);
    const [previous] = await tx.select().from(t).where(eq(t.year, input.year)).orderBy(desc(t.version)).limit(1);
    if (
      previous &&
      JSON.stringify(previous.holidays) === JSON.stringify(holidays) &&
      JSON.stringify(previous.makeupDays) === JSON.stringify(makeupDays)
    ) {
      throw badInput('holidays', 'UNCHANGED', `The calendar of ${input.year} already has exactly these days.`);
    }
    const [row] = await tx
      .insert(t)
      .values({
        year: input.year,
        version: (previous?.version ?? 0) + 1,
        source: 'ADMIN',
        holidays,
        makeupDays,
        note,
        authorId: ctx.viewer?.id ?? null,
        createdAt: ctx.clock.now(),
      })
      .returning();
    if (!row) throw new Error('the calendar version was not written');
    await recordAudit(ctx, tx, {
      action: 'calendar.setYear',
      targetType: 'WorkingCalendarYear',
      targetId: String(input.year),
      before: previous
        ? {
            version: previous.version,
            source: previous.source,
            holidays: previous.holidays,
            makeupDays: previous.makeupDays,
          }
        : null,
      after: { version: row.version, source: row.source, holidays, makeupDays },
      reason: note,
    });
    return row;
  });
}
