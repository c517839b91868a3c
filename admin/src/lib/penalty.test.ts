import { describe, expect, it } from 'vitest';
import { heldByOther } from './claims';
import { banDays, characterCount, integerRule, neverLifted, withinAppealWindow } from './penalty';

describe('penalties', () => {
  it('measures a ban in whole days', () => {
    expect(banDays('2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z')).toBe(7);
    expect(banDays('2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z')).toBe(30);
  });

  it('allows an appeal up to the last moment of the window, counted from the penalty’s start', () => {
    const start = '2026-03-01T00:00:00Z';
    const end = Date.parse(start) + 7 * 86_400_000;
    expect(withinAppealWindow(start, 7, end)).toBe(true);
    expect(withinAppealWindow(start, 7, end + 1)).toBe(false);
  });

  it('reads rules by key, with a fallback for a missing or malformed one', () => {
    const rules = [
      { key: 'penalty.neverLifted.LIKE_FARMING', value: true },
      { key: 'appeal.windowDays', value: 7 },
      { key: 'broken', value: 2.5 },
    ];
    expect(neverLifted(rules, 'LIKE_FARMING')).toBe(true);
    expect(neverLifted(rules, 'INDUCED_SHARING')).toBe(false);
    expect(integerRule(rules, 'appeal.windowDays', 3)).toBe(7);
    expect(integerRule(rules, 'broken', 3)).toBe(3);
    expect(integerRule(rules, 'missing', 3)).toBe(3);
  });

  it('counts characters as the API does (code points: an emoji is one)', () => {
    expect(characterCount('申诉😀')).toBe(3);
  });
});

describe('claims', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');
  const claim = (id: string, expires: string) => ({
    claimedBy: { id, displayName: id },
    claimedAt: '2026-12-03T11:45:00Z',
    claimExpiresAt: expires,
  });

  it('holds an item for another moderator only while the claim lasts', () => {
    expect(heldByOther(claim('b', '2026-12-03T12:15:00Z'), 'a', now)).toBe(true);
    expect(heldByOther(claim('a', '2026-12-03T12:15:00Z'), 'a', now)).toBe(false);
    expect(heldByOther(claim('b', '2026-12-03T12:00:00Z'), 'a', now)).toBe(false);
    expect(heldByOther({ claimedBy: null }, 'a', now)).toBe(false);
    expect(heldByOther({ claimedBy: { id: 'b', displayName: 'b' }, claimExpiresAt: null }, 'a', now)).toBe(false);
  });
});
