import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attemptsLeft,
  chinaDay,
  countersOn,
  failureMessageShown,
  judgeCode,
  nextChinaMidnight,
  secondsToChinaMidnight,
  statusWhenVerified,
} from './follow-rules';

describe('the China-time day', () => {
  it('is the UTC+8 date: 16:00 UTC starts the next day', () => {
    expect(chinaDay(new Date('2026-03-01T15:59:59.999Z'))).toBe('2026-03-01');
    expect(chinaDay(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
    expect(chinaDay(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });

  it('ends at the next China midnight', () => {
    expect(nextChinaMidnight(new Date('2026-03-01T04:00:00Z')).toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(nextChinaMidnight(new Date('2026-03-01T16:00:00Z')).toISOString()).toBe('2026-03-02T16:00:00.000Z');
    expect(secondsToChinaMidnight(new Date('2026-03-01T15:59:00Z'))).toBe(60);
  });

  it('the next midnight is within a day, after the moment, and starts another China date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2012-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }), (at) => {
        const midnight = nextChinaMidnight(at);
        expect(midnight.getTime()).toBeGreaterThan(at.getTime());
        expect(midnight.getTime() - at.getTime()).toBeLessThanOrEqual(86_400_000);
        expect(chinaDay(midnight)).not.toBe(chinaDay(at));
        expect(chinaDay(new Date(midnight.getTime() - 1))).toBe(chinaDay(at));
      }),
    );
  });
});

describe('the day’s counters', () => {
  it('count today, and start again on another day', () => {
    const follow = { countersDay: '2026-03-01', wrongCodes: 4, codesSent: 2 };
    expect(countersOn(follow, '2026-03-01')).toEqual({ wrongCodes: 4, codesSent: 2 });
    expect(countersOn(follow, '2026-03-02')).toEqual({ wrongCodes: 0, codesSent: 0 });
    expect(countersOn({ countersDay: null, wrongCodes: 0, codesSent: 0 }, '2026-03-01')).toEqual({
      wrongCodes: 0,
      codesSent: 0,
    });
  });

  it('attempts left never go below 0', () => {
    expect(attemptsLeft(5, 0)).toBe(5);
    expect(attemptsLeft(5, 4)).toBe(1);
    expect(attemptsLeft(5, 7)).toBe(0);
  });
});

describe('judgeCode', () => {
  const now = new Date('2026-03-01T04:00:00Z');
  const base = {
    status: 'AWAITING_CODE' as const,
    hasCode: true,
    expiresAt: new Date(now.getTime() + 60_000),
    now,
    wrongCodesToday: 0,
    dailyAttempts: 5,
    matches: false,
  };

  it('counts a wrong code and says how many are left: 4, 3, 2, 1, 0, then refuses even the right one', () => {
    const left = [0, 1, 2, 3, 4].map((wrong) => judgeCode({ ...base, wrongCodesToday: wrong }));
    expect(left).toEqual([4, 3, 2, 1, 0].map((n, i) => ({ kind: 'WRONG', wrongCodes: i + 1, attemptsLeft: n })));
    expect(judgeCode({ ...base, wrongCodesToday: 5, matches: true })).toEqual({ kind: 'RATE_LIMITED' });
  });

  it('accepts the right code before the limit', () => {
    expect(judgeCode({ ...base, wrongCodesToday: 4, matches: true })).toEqual({ kind: 'RIGHT' });
  });

  it('an expired code is not compared nor counted; no code is NO_CODE; a verified follow has nothing to verify', () => {
    expect(judgeCode({ ...base, expiresAt: now, matches: true })).toEqual({ kind: 'EXPIRED' });
    expect(judgeCode({ ...base, hasCode: false })).toEqual({ kind: 'NO_CODE' });
    expect(judgeCode({ ...base, status: 'UNVERIFIED', hasCode: false })).toEqual({ kind: 'NO_CODE' });
    expect(judgeCode({ ...base, status: 'FOLLOWED' })).toEqual({ kind: 'ALREADY_VERIFIED' });
    expect(judgeCode({ ...base, status: 'AWAITING_APPROVAL', wrongCodesToday: 9 })).toEqual({
      kind: 'ALREADY_VERIFIED',
    });
  });

  it('never lets a reply through at or past the limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 40 }),
        fc.boolean(),
        (limit, wrong, matches) => {
          const outcome = judgeCode({ ...base, dailyAttempts: limit, wrongCodesToday: wrong, matches });
          if (wrong >= limit) expect(outcome.kind).toBe('RATE_LIMITED');
          else expect(outcome.kind).toBe(matches ? 'RIGHT' : 'WRONG');
        },
      ),
    );
  });
});

describe('after verification and on failure', () => {
  it('waits for approval with two-step verification', () => {
    expect(statusWhenVerified(true)).toBe('AWAITING_APPROVAL');
    expect(statusWhenVerified(false)).toBe('FOLLOWED');
  });

  it('shows the failure message after a wrong code today or an unknown contact, never once verified', () => {
    expect(failureMessageShown({ status: 'AWAITING_CODE', wrongCodesToday: 1, lastEventKind: 'WRONG_CODE' })).toBe(
      true,
    );
    expect(failureMessageShown({ status: 'UNVERIFIED', wrongCodesToday: 0, lastEventKind: 'CONTACT_UNKNOWN' })).toBe(
      true,
    );
    expect(failureMessageShown({ status: 'UNVERIFIED', wrongCodesToday: 0, lastEventKind: 'NOT_MATCHED' })).toBe(false);
    expect(failureMessageShown({ status: 'AWAITING_CODE', wrongCodesToday: 0, lastEventKind: 'CODE_SENT' })).toBe(
      false,
    );
    expect(failureMessageShown({ status: 'FOLLOWED', wrongCodesToday: 3, lastEventKind: 'VERIFIED' })).toBe(false);
  });
});
