import type { AccountKindName, SubjectKindName } from '../../db/tables/accounts';

/**
 * Which quota an account counts against (domain.md, turn 2): the seed's quota is for official
 * accounts (SUBSCRIPTION and SERVICE); mini-programs and enterprise accounts count apart.
 */
export type QuotaFamily = 'OFFICIAL' | 'MINI_PROGRAM' | 'ENTERPRISE_ACCOUNT';

export const OFFICIAL_ACCOUNT_KINDS: readonly AccountKindName[] = ['SUBSCRIPTION', 'SERVICE'];

export function quotaFamilyOf(kind: AccountKindName): QuotaFamily {
  if (kind === 'MINI_PROGRAM') return 'MINI_PROGRAM';
  if (kind === 'ENTERPRISE') return 'ENTERPRISE_ACCOUNT';
  return 'OFFICIAL';
}

export function kindsOfFamily(family: QuotaFamily): readonly AccountKindName[] {
  if (family === 'MINI_PROGRAM') return ['MINI_PROGRAM'];
  if (family === 'ENTERPRISE_ACCOUNT') return ['ENTERPRISE'];
  return OFFICIAL_ACCOUNT_KINDS;
}

/** The rule key of a family's quota for a kind of subject. */
export function quotaRuleKey(family: QuotaFamily, subjectKind: SubjectKindName): string {
  if (family === 'MINI_PROGRAM') return `account.quota.miniProgram.${subjectKind}`;
  if (family === 'ENTERPRISE_ACCOUNT') return `account.quota.enterpriseAccount.${subjectKind}`;
  return `account.quota.${subjectKind}`;
}

/** An individual cannot own an enterprise account (seed 003). */
export function subjectMayOwn(subjectKind: SubjectKindName, kind: AccountKindName): boolean {
  return !(kind === 'ENTERPRISE' && subjectKind === 'INDIVIDUAL');
}

/**
 * The registration quota (pure): the rule in force for the subject's kind, unless an approved
 * increase request granted more.
 */
export function effectiveQuota(ruleQuota: number, grantedQuota: number | null): number {
  return Math.max(ruleQuota, grantedQuota ?? 0);
}

export function canRegisterAnother(ownedAccounts: number, quota: number): boolean {
  return ownedAccounts < quota;
}
