import { describe, expect, it } from 'vitest';
import { bucketSizeFor } from './bucket-size';

const day = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

describe('bucketSizeFor', () => {
  it('uses days up to two months, weeks up to a year, months beyond', () => {
    expect(bucketSizeFor(day('2026-01-01'), day('2026-01-01'))).toBe('DAY');
    expect(bucketSizeFor(day('2026-01-01'), day('2026-03-04'))).toBe('DAY'); // 62 days
    expect(bucketSizeFor(day('2026-01-01'), day('2026-03-05'))).toBe('WEEK'); // 63 days
    // The dashboard's default: the first of the month eleven months ago to the end of today.
    expect(bucketSizeFor(day('2025-01-01'), day('2026-01-01'))).toBe('WEEK');
    expect(bucketSizeFor(day('2024-01-01'), day('2025-01-02'))).toBe('WEEK'); // leap year + 1 day
    expect(bucketSizeFor(day('2024-01-01'), day('2025-01-04'))).toBe('MONTH');
    expect(bucketSizeFor(day('2023-01-01'), day('2026-01-01'))).toBe('MONTH');
  });

  it('never draws more than 62 bars', () => {
    for (let days = 0; days <= 3 * 366; days += 1) {
      const from = day('2024-01-01');
      const to = new Date(from.getTime() + days * 86_400_000);
      const size = bucketSizeFor(from, to);
      const bars = size === 'DAY' ? days : size === 'WEEK' ? days / 7 + 1 : days / 28 + 1;
      expect(bars).toBeLessThanOrEqual(62);
    }
  });
});
