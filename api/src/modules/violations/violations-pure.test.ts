import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectViolations } from './detector';
import { banEnd, countedFor, ladderCount, ladderRuleKey, penaltyForOrdinal } from './penalty-ladder';

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

describe('ladderCount', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  const v = (id: string, status: string, day: number | null) => ({
    id,
    status,
    decidedAt: day === null ? null : at(day),
  });

  it('counts the confirmed ones only, oldest decision first: overturned, dismissed and pending do not count', () => {
    const { counted, ordinal } = ladderCount([
      v('c', 'CONFIRMED', 9),
      v('o', 'OVERTURNED', 2),
      v('a', 'CONFIRMED', 1),
      v('d', 'DISMISSED', 3),
      v('p', 'PENDING', null),
    ]);
    expect(counted.map((row) => row.id)).toEqual(['a', 'c']);
    expect(ordinal).toBe(3);
  });

  it('never counts the violation being decided, and starts at 1', () => {
    expect(ladderCount([v('self', 'CONFIRMED', 1)], 'self')).toEqual({ counted: [], ordinal: 1 });
    expect(ladderCount([]).ordinal).toBe(1);
  });

  it('gives the ordinal as one more than the confirmed ones, whatever else is there', () => {
    const statuses = ['CONFIRMED', 'OVERTURNED', 'DISMISSED', 'PENDING'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...statuses), { maxLength: 20 }), (list) => {
        const rows = list.map((status, i) => v(`v${i}`, status, i + 1));
        const { counted, ordinal } = ladderCount(rows);
        expect(ordinal).toBe(list.filter((status) => status === 'CONFIRMED').length + 1);
        expect(counted.every((row) => row.status === 'CONFIRMED')).toBe(true);
      }),
    );
  });
});

describe('countedFor', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  const v = (id: string, status: string, day: number | null) => ({
    id,
    status,
    decidedAt: day === null ? null : at(day),
  });
  const candidates = [v('a', 'CONFIRMED', 1), v('b', 'OVERTURNED', 2), v('c', 'CONFIRMED', 5)];

  it('keeps what was recorded at confirmation, in its order, even when one was overturned since', () => {
    const subject = { ...v('s', 'CONFIRMED', 4), countedViolationIds: ['a', 'b'] };
    expect(countedFor(subject, candidates).map((row) => row.id)).toEqual(['a', 'b']);
  });

  it('counts a pending one as confirming it now would: the confirmed ones, not the overturned', () => {
    const subject = { ...v('s', 'PENDING', null), countedViolationIds: null };
    expect(countedFor(subject, candidates).map((row) => row.id)).toEqual(['a', 'c']);
  });

  it('for a decided one with nothing recorded, counts the confirmed ones decided before it', () => {
    const subject = { ...v('s', 'CONFIRMED', 4), countedViolationIds: null };
    expect(countedFor(subject, [...candidates, { ...subject }]).map((row) => row.id)).toEqual(['a']);
  });

  it('names the ladder rule of a type', () => {
    expect(ladderRuleKey('LIKE_FARMING')).toBe('penalty.ladder.LIKE_FARMING');
  });
});
