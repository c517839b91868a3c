import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockOf, durationParts, formatChinaDateTime, formatRelative } from './format';

describe('format', () => {
  it('shows an instant in China time whatever the reader’s zone: 16:00 UTC on 31 January is 1 February', () => {
    expect(formatChinaDateTime('2026-01-31T16:00:00Z', 'zh-CN')).toMatch(/^2026年2月1日 00:00:00$/);
    expect(formatChinaDateTime('2026-01-31T16:00:00Z', 'en')).toMatch(/^Feb 1, 2026, 12:00:00\sAM$/);
    expect(formatChinaDateTime('not a date', 'en')).toBe('not a date');
  });

  it('says how far a moment is by its largest whole unit', () => {
    const now = Date.parse('2026-12-03T12:00:00Z');
    expect(formatRelative('2026-11-30T12:00:00Z', 'en', now)).toBe('3 days ago');
    expect(formatRelative('2026-12-03T14:30:00Z', 'en', now)).toBe('in 2 hours');
    expect(formatRelative('2026-12-03T11:59:30Z', 'zh-CN', now)).toBe('现在');
  });

  it('cuts a duration into parts that add up to it, never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000_000 }), (milliseconds) => {
        const parts = durationParts(milliseconds);
        const seconds = parts.days * 86_400 + parts.hours * 3_600 + parts.minutes * 60 + parts.seconds;
        expect(seconds).toBe(Math.max(0, Math.floor(milliseconds / 1000)));
        expect(parts.hours).toBeLessThan(24);
        expect(parts.minutes).toBeLessThan(60);
        expect(parts.seconds).toBeLessThan(60);
      }),
    );
    expect(clockOf(durationParts(3_723_000))).toBe('01:02:03');
  });
});
