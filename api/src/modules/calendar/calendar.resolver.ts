import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { UserRow, WorkingCalendarVersionRow } from '../../db/schema';
import { User } from '../auth/user.type';
import { calendarHistory, calendarYear, calendarYears, setCalendarYear } from './calendar.service';
import { SetWorkingCalendarYearInput, WorkingCalendarYear } from './calendar.type';

/** Staff read the calendar (deadlines depend on it); only an admin edits it. */
@Resolver(() => WorkingCalendarYear)
export class WorkingCalendarResolver {
  @Authorized('MODERATOR', 'REVIEWER', 'ANALYST')
  @Query(() => [WorkingCalendarYear], { description: 'Every year the working calendar knows, newest first.' })
  workingCalendarYears(@Ctx() ctx: Context): Promise<WorkingCalendarVersionRow[]> {
    return calendarYears(ctx);
  }

  @Authorized('MODERATOR', 'REVIEWER', 'ANALYST')
  @Query(() => WorkingCalendarYear, {
    nullable: true,
    description: 'A year’s current calendar; null when the calendar does not know the year.',
  })
  workingCalendarYear(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
  ): Promise<WorkingCalendarVersionRow | null> {
    return calendarYear(ctx, year);
  }

  @Authorized('MODERATOR', 'REVIEWER', 'ANALYST')
  @Query(() => [WorkingCalendarYear], { description: 'Every version of a year, newest first.' })
  workingCalendarHistory(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
  ): Promise<WorkingCalendarVersionRow[]> {
    return calendarHistory(ctx, year);
  }

  @Authorized('ADMIN')
  @Mutation(() => WorkingCalendarYear, {
    description: 'Sets a year’s holidays and make-up working days as its next version. ADMIN; audited.',
  })
  setWorkingCalendarYear(
    @Ctx() ctx: Context,
    @Arg('input') input: SetWorkingCalendarYearInput,
  ): Promise<WorkingCalendarVersionRow> {
    return setCalendarYear(ctx, {
      year: input.year,
      holidays: input.holidays.map((day) => ({ date: day.date, name: day.name ?? null })),
      makeupDays: input.makeupDays.map((day) => ({ date: day.date, name: day.name ?? null })),
      note: input.note,
    });
  }

  @FieldResolver(() => User, { nullable: true })
  editedBy(@Ctx() ctx: Context, @Root() row: WorkingCalendarVersionRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.authorId);
  }

  @FieldResolver(() => Date)
  editedAt(@Root() row: WorkingCalendarVersionRow): Date {
    return row.createdAt;
  }
}
