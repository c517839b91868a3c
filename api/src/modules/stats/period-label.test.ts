import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodLabel } from './period-label';

describe('periodLabel', () => {
  it('names a China-time period by its local start, not the UTC instant', () => {
    // February in China starts at 2026-01-31T16:00Z.
    expect(periodLabel(new Date('2026-01-31T16:00:00Z'), 'MONTH')).toBe('2026-02');
    expect(periodLabel(new Date('2026-02-13T16:00:00Z'), 'DAY')).toBe('2026-02-14');
    expect(periodLabel(new Date('2025-12-31T16:00:00Z'), 'MONTH')).toBe('2026-01');
  });

  it('names ISO weeks: the Thursday decides the year', () => {
    // Monday 2026-02-09 (China) is in week 7; Monday 2024-12-30 is in 2025-W01; 2021-01-04 is W01.
    expect(periodLabel(new Date('2026-02-08T16:00:00Z'), 'WEEK')).toBe('2026-W07');
    expect(periodLabel(new Date('2024-12-29T16:00:00Z'), 'WEEK')).toBe('2025-W01');
    expect(periodLabel(new Date('2021-01-03T16:00:00Z'), 'WEEK')).toBe('2021-W01');
    // Monday 2020-12-28 is in 2020-W53.
    expect(periodLabel(new Date('2020-12-27T16:00:00Z'), 'WEEK')).toBe('2020-W53');
  });

  it('gives every day of one China-time week the same week label', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (days) => {
        // A Monday 00:00 in China, as the API's week bucket starts.
        const monday = Date.UTC(2000, 0, 3) - 8 * 3_600_000 + days * 7 * 86_400_000;
        const label = periodLabel(new Date(monday), 'WEEK');
        expect(label).toMatch(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/);
        for (let day = 1; day < 7; day += 1)
          expect(periodLabel(new Date(monday + day * 86_400_000), 'WEEK')).toBe(label);
      }),
    );
  });
});
