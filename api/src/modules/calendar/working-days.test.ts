import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packageCalendarYears } from '../../db/seed/working-calendar';
import { checkCalendarYear } from './calendar-check';
import {
  addWorkingDays,
  type CalendarYear,
  chinaDate,
  countWorkingDays,
  isWeekend,
  type WorkingCalendar,
  workingDay,
  yearsFor,
} from './working-days';

const year = (holidays: string[], makeupDays: string[]): CalendarYear => ({
  holidays: new Set(holidays),
  makeupDays: new Set(makeupDays),
});

// domain.md, "Working days": the State Council's 2026 schedule (National Day and Spring Festival).
const DOMAIN_2026 = year(
  [
    '2026-02-15',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-21',
    '2026-02-22',
    '2026-02-23',
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ],
  ['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10'],
);

const fromPackage: WorkingCalendar = new Map(
  [...packageCalendarYears()].map(([y, days]) => [
    y,
    year(
      days.holidays.map((d) => d.date),
      days.makeupDays.map((d) => d.date),
    ),
  ]),
);

/** 10:00 China time on a date. */
const chinaMorning = (date: string) => new Date(`${date}T10:00:00+08:00`);

describe('the chinese-days package', () => {
  it('covers 2004 to 2026 and agrees with domain.md on 2026', () => {
    expect(Math.min(...fromPackage.keys())).toBe(2004);
    expect(fromPackage.has(2026)).toBe(true);
    const y2026 = fromPackage.get(2026);
    for (const date of DOMAIN_2026.holidays) expect(y2026?.holidays.has(date)).toBe(true);
    for (const date of DOMAIN_2026.makeupDays) expect(y2026?.makeupDays.has(date)).toBe(true);
    expect(y2026?.holidays.has('2026-02-14')).toBe(false);
    expect(y2026?.holidays.has('2026-10-08')).toBe(false);
  });

  it('gives every year a calendar an admin could have entered', () => {
    for (const [y, days] of packageCalendarYears())
      expect(checkCalendarYear(y, days.holidays, days.makeupDays)).toBeNull();
  });
});

describe('addWorkingDays', () => {
  const calendar: WorkingCalendar = new Map([[2026, DOMAIN_2026]]);

  it('skips National Day and counts the make-up Saturday: filed 2026-09-29, due 2026-10-14', () => {
    const due = addWorkingDays(chinaMorning('2026-09-29'), 7, calendar);
    expect(due).toEqual({ at: chinaMorning('2026-10-14'), uncertain: false });
    expect(addWorkingDays(chinaMorning('2026-09-29'), 7, fromPackage).at).toEqual(chinaMorning('2026-10-14'));
  });

  it('skips the Spring Festival and counts both make-up Saturdays: filed 2026-02-12, due 2026-02-28', () => {
    const due = addWorkingDays(chinaMorning('2026-02-12'), 7, calendar);
    expect(due).toEqual({ at: chinaMorning('2026-02-28'), uncertain: false });
  });

  it('counts a make-up Saturday as one working day', () => {
    // Friday 2026-10-09 → the next working day is Saturday 2026-10-10 (调休).
    expect(addWorkingDays(chinaMorning('2026-10-09'), 1, calendar).at).toEqual(chinaMorning('2026-10-10'));
  });

  it('keeps the time of day in China time, across midnight UTC', () => {
    // 07:30 on 2026-09-30 in Beijing is 23:30 UTC the day before.
    const from = new Date('2026-09-29T23:30:00Z');
    expect(addWorkingDays(from, 1, calendar).at.toISOString()).toBe('2026-10-07T23:30:00.000Z');
  });

  it('falls back to weekends only in a year with no calendar, and flags it', () => {
    // Tuesday 2026-12-29 + 5: Wed 30, Thu 31, then 2027 (unknown): Fri 1, Mon 4, Tue 5.
    const due = addWorkingDays(chinaMorning('2026-12-29'), 5, calendar);
    expect(due).toEqual({ at: chinaMorning('2027-01-05'), uncertain: true });
    // Not flagged when the days counted stay in known years.
    expect(addWorkingDays(chinaMorning('2026-12-28'), 3, calendar).uncertain).toBe(false);
    expect(addWorkingDays(chinaMorning('2026-12-28'), 0, calendar)).toEqual({
      at: chinaMorning('2026-12-28'),
      uncertain: false,
    });
  });

  it('lands on a working day, and counting back gives the days asked for', () => {
    const start = Date.parse('2004-01-01T00:00:00+08:00');
    const end = Date.parse('2027-12-31T00:00:00+08:00');
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: 1, max: 60 }), (ms, days) => {
        const from = new Date(ms);
        const due = addWorkingDays(from, days, fromPackage);
        expect(workingDay(chinaDate(due.at), fromPackage).working).toBe(true);
        expect(countWorkingDays(from, due.at, fromPackage)).toBe(days);
        expect((due.at.getTime() - ms) % 86_400_000).toBe(0);
        const years = yearsFor(from, days);
        expect(Number(chinaDate(due.at).slice(0, 4))).toBeLessThanOrEqual(years.last);
        expect(due.uncertain).toBe(Number(chinaDate(due.at).slice(0, 4)) > 2026);
      }),
    );
  });
});

describe('checkCalendarYear', () => {
  const day = (date: string) => ({ date, name: null });

  it('accepts holidays on weekends and make-up days on weekends', () => {
    expect(checkCalendarYear(2027, [day('2027-01-01'), day('2027-01-02')], [day('2027-01-09')])).toBeNull();
  });

  it('refuses dates outside the year, both at once, weekday make-up days, duplicates and bad dates', () => {
    expect(checkCalendarYear(2027, [day('2026-12-31')], [])).toMatchObject({
      field: 'holidays[0].date',
      reason: 'NOT_IN_YEAR',
    });
    expect(checkCalendarYear(2027, [day('2027-01-02')], [day('2027-01-02')])).toMatchObject({
      field: 'makeupDays[0].date',
      reason: 'HOLIDAY_AND_MAKEUP_DAY',
    });
    expect(checkCalendarYear(2027, [day('2027-01-01')], [day('2027-01-04')])).toMatchObject({
      field: 'makeupDays[0].date',
      reason: 'NOT_A_WEEKEND',
    });
    expect(checkCalendarYear(2027, [day('2027-01-01'), day('2027-01-01')], [])).toMatchObject({
      field: 'holidays[1].date',
      reason: 'DUPLICATE',
    });
    expect(checkCalendarYear(2027, [day('2027-02-30')], [])).toMatchObject({ reason: 'INVALID_FORMAT' });
    expect(checkCalendarYear(2027, [], [])).toMatchObject({ field: 'holidays', reason: 'TOO_FEW' });
    expect(checkCalendarYear(1999, [day('1999-01-01')], [])).toMatchObject({ field: 'year', reason: 'OUT_OF_RANGE' });
  });

  it('knows a weekend', () => {
    expect(isWeekend('2026-10-10')).toBe(true);
    expect(isWeekend('2026-10-12')).toBe(false);
  });
});
