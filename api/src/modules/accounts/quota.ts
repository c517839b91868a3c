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
