import { describe, expect, it } from 'vitest';
import { claimCutoff, claimEffects, ladderEffects, previewTargetOf, quotaEffects } from './rule-preview';

const figures = (effects: Array<{ kind: string; count: number }>) =>
  Object.fromEntries(effects.map((effect) => [effect.kind, effect.count]));

describe('previewTargetOf', () => {
  it('knows the rules whose effect can be counted', () => {
    expect(previewTargetOf('penalty.ladder.LIKE_FARMING')).toEqual({ kind: 'LADDER', type: 'LIKE_FARMING' });
    expect(previewTargetOf('account.quota.INDIVIDUAL')).toEqual({
      kind: 'QUOTA',
      family: 'OFFICIAL',
      subjectKind: 'INDIVIDUAL',
    });
    expect(previewTargetOf('account.quota.miniProgram.ENTERPRISE')).toMatchObject({ family: 'MINI_PROGRAM' });
    expect(previewTargetOf('account.quota.enterpriseAccount.ORGANIZATION')).toMatchObject({
      family: 'ENTERPRISE_ACCOUNT',
      subjectKind: 'ORGANIZATION',
    });
    expect(previewTargetOf('moderation.claimMinutes')).toEqual({ kind: 'CLAIM_MINUTES' });
    expect(previewTargetOf('appeal.windowDays')).toEqual({ kind: 'NONE' });
    expect(previewTargetOf('penalty.neverLifted.LIKE_FARMING')).toEqual({ kind: 'NONE' });
  });
});

describe('ladderEffects', () => {
  const seeded = [7, 15, 30, null];
  // 4 first offences, 3 second, 2 third, 1 fifth (the last step repeats).
  const groups = [
    { confirmed: 0, pending: 4 },
    { confirmed: 1, pending: 3 },
    { confirmed: 2, pending: 2 },
    { confirmed: 4, pending: 1 },
  ];

  it('counts pending reports by whether their ban would be longer, shorter or the same', () => {
    expect(figures(ladderEffects(seeded, [7, 30, 60, null], groups))).toEqual({
      LONGER_BAN: 5,
      SHORTER_BAN: 0,
      SAME_BAN: 5,
    });
    expect(figures(ladderEffects(seeded, [3, 15, 30, 90], groups))).toEqual({
      LONGER_BAN: 0,
      SHORTER_BAN: 5,
      SAME_BAN: 5,
    });
  });

  it('counts a permanent ban as longer than any number of days, and a shorter ladder by its last step', () => {
    // [7, null]: second offences and later become permanent.
    expect(figures(ladderEffects(seeded, [7, null], groups))).toEqual({ LONGER_BAN: 5, SHORTER_BAN: 0, SAME_BAN: 5 });
    // [3650]: longer for all but the permanent fifth offence.
    expect(figures(ladderEffects(seeded, [3650], groups))).toEqual({ LONGER_BAN: 9, SHORTER_BAN: 1, SAME_BAN: 0 });
  });

  it('is all zeros with nothing pending, and all the same for the same ladder', () => {
    expect(figures(ladderEffects(seeded, [1], []))).toEqual({ LONGER_BAN: 0, SHORTER_BAN: 0, SAME_BAN: 0 });
    expect(figures(ladderEffects(seeded, seeded, groups))).toEqual({ LONGER_BAN: 0, SHORTER_BAN: 0, SAME_BAN: 10 });
  });
});

describe('quotaEffects', () => {
  const groups = [
    { owned: 0, grantedQuota: null, subjects: 5 },
    { owned: 1, grantedQuota: null, subjects: 4 },
    { owned: 2, grantedQuota: null, subjects: 3 },
    { owned: 3, grantedQuota: 5, subjects: 2 },
  ];

  it('counts subjects over the new quota and over the one in force; an increase request still counts', () => {
    expect(figures(quotaEffects('OFFICIAL', 2, 1, groups))).toEqual({
      OVER_QUOTA: 3,
      OVER_QUOTA_NOW: 0,
      AT_OR_OVER_QUOTA: 7,
    });
    expect(figures(quotaEffects('OFFICIAL', 1, 0, groups))).toEqual({
      OVER_QUOTA: 7,
      OVER_QUOTA_NOW: 3,
      AT_OR_OVER_QUOTA: 12,
    });
  });

  it('ignores granted increases outside the official-account quota', () => {
    expect(figures(quotaEffects('MINI_PROGRAM', 5, 2, groups))).toEqual({
      OVER_QUOTA: 2,
      OVER_QUOTA_NOW: 0,
      AT_OR_OVER_QUOTA: 5,
    });
  });
});

describe('claimEffects', () => {
  it('names the claims that lapse, hold and come back', () => {
    expect(figures(claimEffects({ heldNowAndNext: 2, heldNowOnly: 3, heldNextOnly: 1 }))).toEqual({
      CLAIMS_LAPSING: 3,
      CLAIMS_HELD: 2,
      CLAIMS_RESTORED: 1,
    });
  });

  it('puts the cutoff that many minutes before now', () => {
    expect(claimCutoff(new Date('2026-03-01T10:30:00Z'), 30).toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });
});
