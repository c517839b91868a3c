import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { certifiedCondition } from '../../access/conditions';
import type { Executor } from '../../db/client';
import { certifications, members } from '../../db/schema';
import { integerAt } from '../rules/rule-reads';

export const UNCERTIFIED_MAX_RULE = 'enterprise.members.uncertifiedMax';

/**
 * The members each enterprise account may have at `now` (seed 003): the rule
 * `enterprise.members.uncertifiedMax` (50) until it holds an approved, unexpired ENTERPRISE
 * certification, then that certification's member scale (the latest approved one's; one recorded
 * without a scale leaves the rule). Two statements for any number of accounts (the graph's
 * loader batches a page of accounts through it).
 */
export async function memberCapsOf(
  executor: Executor,
  accountIds: readonly string[],
  now: Date,
): Promise<Map<string, number>> {
  const caps = new Map<string, number>();
  if (accountIds.length === 0) return caps;
  const certified = await executor
    .selectDistinctOn([certifications.accountId], {
      accountId: certifications.accountId,
      memberScale: certifications.memberScale,
    })
    .from(certifications)
    .where(
      and(
        inArray(certifications.accountId, [...accountIds]),
        eq(certifications.kind, 'ENTERPRISE'),
        certifiedCondition(now),
      ),
    )
    .orderBy(asc(certifications.accountId), desc(certifications.approvedAt));
  const uncertified = await integerAt(executor, UNCERTIFIED_MAX_RULE, now);
  const scales = new Map(certified.map((row) => [row.accountId, row.memberScale]));
  for (const id of accountIds) caps.set(id, scales.get(id) ?? uncertified);
  return caps;
}

/**
 * The members an enterprise account may have at `now`: the one number the address book's caps
 * and the administrators' settings both use. Pass the transaction when the cap decides a write in it.
 */
export async function memberCapOf(executor: Executor, accountId: string, now: Date): Promise<number> {
  const cap = (await memberCapsOf(executor, [accountId], now)).get(accountId);
  if (cap === undefined) throw new Error('no member cap computed');
  return cap;
}

/** The members each account has now. */
export async function memberCountsOf(executor: Executor, accountIds: readonly string[]): Promise<Map<string, number>> {
  if (accountIds.length === 0) return new Map();
  const rows = await executor
    .select({ accountId: members.accountId, value: count() })
    .from(members)
    .where(inArray(members.accountId, [...accountIds]))
    .groupBy(members.accountId);
  return new Map(rows.map((row) => [row.accountId, row.value]));
}

/** Direct members a department may hold at `now` (seed 003: 1000). */
export function departmentCapAt(executor: Executor, now: Date): Promise<number> {
  return integerAt(executor, 'enterprise.members.perDepartmentMax', now);
}
