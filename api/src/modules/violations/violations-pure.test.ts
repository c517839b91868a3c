import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectViolations } from './detector';
import { banEnd, penaltyForOrdinal } from './penalty-ladder';

const LIKE_FARMING = [7, 15, 30, null];

describe('penaltyForOrdinal', () => {
  it('walks the like-farming ladder: 7, 15, 30 days, then permanent for the 4th and later', () => {
    expect([1, 2, 3, 4, 5, 9].map((n) => penaltyForOrdinal(LIKE_FARMING, n).days)).toEqual([
      7,
      15,
      30,
      null,
      null,
      null,
    ]);
  });

  it('repeats the last step of any ladder', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1, max: 365 }), { nil: null }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 50 }),
        (ladder, ordinal) => {
          const { step, days } = penaltyForOrdinal(ladder, ordinal);
          expect(step).toBe(Math.min(ordinal, ladder.length));
          expect(days).toBe(ladder[Math.min(ordinal, ladder.length) - 1]);
        },
      ),
    );
  });

  it('refuses ordinals below 1 and empty ladders', () => {
    expect(() => penaltyForOrdinal(LIKE_FARMING, 0)).toThrow(RangeError);
    expect(() => penaltyForOrdinal([], 1)).toThrow(RangeError);
  });

  it('ends a ban after its days, or never', () => {
    const start = new Date('2026-01-01T00:00:00Z');
    expect(banEnd(start, 7)?.toISOString()).toBe('2026-01-08T00:00:00.000Z');
    expect(banEnd(start, null)).toBeNull();
  });
});

describe('detectViolations', () => {
  const patterns = {
    LIKE_FARMING: ['集赞', '集满\\d+个?赞', '点赞截图'],
    INDUCED_SHARING: ['转发.{0,6}(到|至)?朋友圈'],
  } as const;

  it('finds like-farming and induced sharing, one detection per type', () => {
    expect(detectViolations('转发本文到朋友圈，集满38个赞截图发给我们', patterns)).toEqual([
      { type: 'LIKE_FARMING', matched: '集满38个赞' },
      { type: 'INDUCED_SHARING', matched: '转发本文到朋友圈' },
    ]);
  });

  it('finds nothing in ordinary text', () => {
    expect(detectViolations('今天我们聊聊春天的读书计划。', patterns)).toEqual([]);
  });
});
