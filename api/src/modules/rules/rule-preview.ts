import { SUBJECT_KINDS, type SubjectKindName } from '../../db/tables/accounts';
import { VIOLATION_TYPES, type ViolationTypeName } from '../../db/tables/violations';
import { effectiveQuota, type QuotaFamily, quotaRuleKey } from '../accounts/quota';
import { type Ladder, penaltyForOrdinal } from '../violations/penalty-ladder';

/**
 * What a new value of a rule would change today (pure): the arithmetic of previewRuleChange, on
 * counts the service reads in one statement. Each figure is a number of rows today under the value
 * in force and under the new one; nothing here reads the clock or the database.
 */
export const RULE_EFFECT_KINDS = [
  /** Ladders: pending reports whose confirmation would now give a longer / shorter / the same ban. */
  'LONGER_BAN',
  'SHORTER_BAN',
  'SAME_BAN',
  /** Quotas: subjects owning more accounts than the new quota / than the quota in force. */
  'OVER_QUOTA',
  'OVER_QUOTA_NOW',
  /** Quotas: subjects that could register no further account under the new quota. */
  'AT_OR_OVER_QUOTA',
  /** Claim minutes: live claims that would lapse at once / still hold; lapsed ones that would hold again. */
  'CLAIMS_LAPSING',
  'CLAIMS_HELD',
  'CLAIMS_RESTORED',
] as const;
export type RuleEffectKindName = (typeof RULE_EFFECT_KINDS)[number];

export interface RuleEffect {
  kind: RuleEffectKindName;
  count: number;
}

/** Which measurable preview a key has, if any. */
export type PreviewTarget =
  | { kind: 'LADDER'; type: ViolationTypeName }
  | { kind: 'QUOTA'; family: QuotaFamily; subjectKind: SubjectKindName }
  | { kind: 'CLAIM_MINUTES' }
  | { kind: 'NONE' };

const FAMILIES: readonly QuotaFamily[] = ['OFFICIAL', 'MINI_PROGRAM', 'ENTERPRISE_ACCOUNT'];

export function previewTargetOf(key: string): PreviewTarget {
  if (key === 'moderation.claimMinutes') return { kind: 'CLAIM_MINUTES' };
  const type = VIOLATION_TYPES.find((name) => key === `penalty.ladder.${name}`);
  if (type) return { kind: 'LADDER', type };
  for (const family of FAMILIES) {
    for (const subjectKind of SUBJECT_KINDS) {
      if (quotaRuleKey(family, subjectKind) === key) return { kind: 'QUOTA', family, subjectKind };
    }
  }
  return { kind: 'NONE' };
}

/** Ban days as a length to compare: a permanent ban (null) is longer than any. */
const banLength = (days: number | null) => (days === null ? Number.POSITIVE_INFINITY : days);

/**
 * Pending reports grouped by how many confirmed violations of the type their account already has:
 * each would be confirmed as ordinal `confirmed + 1`.
 */
export interface PendingByPrior {
  confirmed: number;
  pending: number;
}

export function ladderEffects(current: Ladder, next: Ladder, groups: readonly PendingByPrior[]): RuleEffect[] {
  let longer = 0;
  let shorter = 0;
  let same = 0;
  for (const group of groups) {
    const ordinal = group.confirmed + 1;
    const before = banLength(penaltyForOrdinal(current, ordinal).days);
    const after = banLength(penaltyForOrdinal(next, ordinal).days);
    if (after > before) longer += group.pending;
    else if (after < before) shorter += group.pending;
    else same += group.pending;
  }
  return [
    { kind: 'LONGER_BAN', count: longer },
    { kind: 'SHORTER_BAN', count: shorter },
    { kind: 'SAME_BAN', count: same },
  ];
}

/** Subjects of one kind grouped by accounts owned (of the quota's family) and granted quota. */
export interface SubjectsByOwned {
  owned: number;
  grantedQuota: number | null;
  subjects: number;
}

/** Only the official-account quota is raised by an approved increase request (accounts.service). */
export function quotaEffects(
  family: QuotaFamily,
  current: number,
  next: number,
  groups: readonly SubjectsByOwned[],
): RuleEffect[] {
  const quotaOf = (rule: number, granted: number | null) =>
    family === 'OFFICIAL' ? effectiveQuota(rule, granted) : rule;
  let over = 0;
  let overNow = 0;
  let full = 0;
  for (const group of groups) {
    if (group.owned > quotaOf(next, group.grantedQuota)) over += group.subjects;
    if (group.owned > quotaOf(current, group.grantedQuota)) overNow += group.subjects;
    if (group.owned >= quotaOf(next, group.grantedQuota)) full += group.subjects;
  }
  return [
    { kind: 'OVER_QUOTA', count: over },
    { kind: 'OVER_QUOTA_NOW', count: overNow },
    { kind: 'AT_OR_OVER_QUOTA', count: full },
  ];
}

/** Claims on pending reports, by whether they hold under the minutes in force and under the new ones. */
export interface ClaimCounts {
  heldNowAndNext: number;
  heldNowOnly: number;
  heldNextOnly: number;
}

export function claimEffects(counts: ClaimCounts): RuleEffect[] {
  return [
    { kind: 'CLAIMS_LAPSING', count: counts.heldNowOnly },
    { kind: 'CLAIMS_HELD', count: counts.heldNowAndNext },
    { kind: 'CLAIMS_RESTORED', count: counts.heldNextOnly },
  ];
}

/** The moment before which a claim has lapsed, under a number of minutes. */
export function claimCutoff(now: Date, minutes: number): Date {
  return new Date(now.getTime() - minutes * 60_000);
}
