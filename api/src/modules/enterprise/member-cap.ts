import { and, count, desc, eq } from 'drizzle-orm';
import { certifiedCondition } from '../../access/conditions';
import type { Executor } from '../../db/client';
import { certifications, members } from '../../db/schema';
import { integerAt } from '../rules/rule-reads';

export const UNCERTIFIED_MAX_RULE = 'enterprise.members.uncertifiedMax';

/**
 * The members an enterprise account may have at `now` (seed 003): the rule
 * `enterprise.members.uncertifiedMax` (50) until it holds an approved, unexpired ENTERPRISE
 * certification, then that certification's member scale (the latest approved one's; a
 * certification recorded without a scale leaves the rule). Pass the transaction when the cap
 * decides a write in it.
 */
export async function memberCapOf(executor: Executor, accountId: string, now: Date): Promise<number> {
  const [certified] = await executor
    .select({ memberScale: certifications.memberScale })
    .from(certifications)
    .where(and(eq(certifications.accountId, accountId), eq(certifications.kind, 'ENTERPRISE'), certifiedCondition(now)))
    .orderBy(desc(certifications.approvedAt))
    .limit(1);
  if (certified?.memberScale != null) return certified.memberScale;
  return integerAt(executor, UNCERTIFIED_MAX_RULE, now);
}

/** The members an account has now. */
export async function memberCountOf(executor: Executor, accountId: string): Promise<number> {
  const [row] = await executor.select({ value: count() }).from(members).where(eq(members.accountId, accountId));
  return row?.value ?? 0;
}
