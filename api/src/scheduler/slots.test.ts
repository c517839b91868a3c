import { describe, expect, it } from 'vitest';
import type { WorkingCalendar } from '../modules/calendar/working-days';
import { firesAt, isWorkingMorningSlot, nextRun, REMINDER_PATTERN, slotAt } from './slots';

// 2026 as the State Council published it: Spring Festival Feb 15–23 off, Feb 14 (Sat) and Feb 28
// (Sat) worked; National Day Oct 1–7 off, Sep 20 (Sun) and Oct 10 (Sat) worked.
const calendar: WorkingCalendar = new Map([
  [
    2026,
    {
      holidays: new Set([
        ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((day) => `2026-02-${day}`),
        ...['01', '02', '03', '04', '05', '06', '07'].map((day) => `2026-10-${day}`),
      ]),
      makeupDays: new Set(['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10']),
    },
  ],
]);

/** 09:00 China time on a date is 01:00 UTC: China keeps +08:00 all year. */
const nineInChina = (date: string) => new Date(`${date}T09:00:00+08:00`);

describe('the 09:00 working-day slot (Asia/Shanghai)', () => {
  it('is 01:00 UTC on a plain weekday', () => {
    expect(nineInChina('2026-12-04').toISOString()).toBe('2026-12-04T01:00:00.000Z');
    expect(isWorkingMorningSlot(new Date('2026-12-04T01:00:00Z'), calendar)).toBe(true); // Friday
  });

  it('is not 09:00 UTC, nor a minute or a second off', () => {
    expect(isWorkingMorningSlot(new Date('2026-12-04T09:00:00Z'), calendar)).toBe(false);
    expect(isWorkingMorningSlot(new Date('2026-12-04T01:01:00Z'), calendar)).toBe(false);
    expect(isWorkingMorningSlot(new Date('2026-12-04T01:00:01Z'), calendar)).toBe(false);
    expect(isWorkingMorningSlot(new Date('2026-12-04T00:59:59Z'), calendar)).toBe(false);
  });

  it('is off on a Saturday and a Sunday', () => {
    expect(isWorkingMorningSlot(nineInChina('2026-12-05'), calendar)).toBe(false);
    expect(isWorkingMorningSlot(nineInChina('2026-12-06'), calendar)).toBe(false);
  });

  it('is off on a statutory holiday that falls on a weekday', () => {
    expect(isWorkingMorningSlot(nineInChina('2026-10-01'), calendar)).toBe(false); // Thursday
    expect(isWorkingMorningSlot(nineInChina('2026-02-16'), calendar)).toBe(false); // Monday
  });

  it('is on for a make-up working day (调休) that falls on a Sunday or a Saturday', () => {
    expect(new Date('2026-09-20T12:00:00Z').getUTCDay()).toBe(0);
    expect(isWorkingMorningSlot(nineInChina('2026-09-20'), calendar)).toBe(true);
    expect(isWorkingMorningSlot(nineInChina('2026-10-10'), calendar)).toBe(true);
  });

  it('counts weekends only in a year the calendar does not know', () => {
    expect(isWorkingMorningSlot(nineInChina('2030-10-01'), calendar)).toBe(true); // a Tuesday
    expect(isWorkingMorningSlot(nineInChina('2030-10-05'), calendar)).toBe(false); // a Saturday
  });

  it('has no daylight saving: +08:00 in January and in July alike', () => {
    expect(nextRun(REMINDER_PATTERN, new Date('2026-01-15T12:00:00Z'))?.toISOString()).toBe('2026-01-16T01:00:00.000Z');
    expect(nextRun(REMINDER_PATTERN, new Date('2026-07-15T12:00:00Z'))?.toISOString()).toBe('2026-07-16T01:00:00.000Z');
  });
});

describe('croner in China time', () => {
  it('gives the next 09:00 from a UTC instant: later the same UTC day before 01:00, else the next', () => {
    expect(nextRun(REMINDER_PATTERN, new Date('2026-12-04T00:30:00Z'))?.toISOString()).toBe('2026-12-04T01:00:00.000Z');
    expect(nextRun(REMINDER_PATTERN, new Date('2026-12-04T01:00:00Z'))?.toISOString()).toBe('2026-12-05T01:00:00.000Z');
    // 20:00 UTC on the 4th is already 04:00 on the 5th in China: the next 09:00 is that morning.
    expect(nextRun(REMINDER_PATTERN, new Date('2026-12-04T20:00:00Z'))?.toISOString()).toBe('2026-12-05T01:00:00.000Z');
  });

  it('names the slot a late timer was set for', () => {
    expect(slotAt(REMINDER_PATTERN, new Date('2026-12-04T01:00:00.000Z'))?.toISOString()).toBe(
      '2026-12-04T01:00:00.000Z',
    );
    expect(slotAt(REMINDER_PATTERN, new Date('2026-12-04T01:00:00.250Z'))?.toISOString()).toBe(
      '2026-12-04T01:00:00.000Z',
    );
    expect(slotAt(REMINDER_PATTERN, new Date('2026-12-04T01:03:10Z'))?.toISOString()).toBe('2026-12-04T01:00:00.000Z');
    expect(slotAt('0 * * * *', new Date('2026-12-04T07:59:59.900Z'))?.toISOString()).toBe('2026-12-04T07:00:00.000Z');
  });

  it('matches only the exact instant a pattern fires at', () => {
    expect(firesAt('0 * * * *', new Date('2026-12-04T07:00:00Z'))).toBe(true);
    expect(firesAt('0 * * * *', new Date('2026-12-04T07:00:00.001Z'))).toBe(false);
    expect(firesAt('0 * * * *', new Date('2026-12-04T07:30:00Z'))).toBe(false);
  });
});
