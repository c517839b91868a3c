import { and, desc, eq } from 'drizzle-orm';
import { certifiedCondition } from '../../access/conditions';
import type { Executor } from '../../db/client';
import { certifications } from '../../db/schema';
import { integerAt } from '../rules/rule-reads';

/**
 * The caps of an enterprise address book (seed 003), read at decision time: pass the transaction
 * that decides. Before an ENTERPRISE certification is approved and in force the account takes
 * `enterprise.members.uncertifiedMax` members; after, the certified member scale (the rule again
 * when the certification recorded none). The follows service's settings show the same figure.
 */
export async function memberCapAt(executor: Executor, accountId: string, now: Date): Promise<number> {
  const [certified] = await executor
    .select({ memberScale: certifications.memberScale })
    .from(certifications)
    .where(and(eq(certifications.accountId, accountId), eq(certifications.kind, 'ENTERPRISE'), certifiedCondition(now)))
    .orderBy(desc(certifications.approvedAt))
    .limit(1);
  if (certified?.memberScale !== null && certified?.memberScale !== undefined) return certified.memberScale;
  return integerAt(executor, 'enterprise.members.uncertifiedMax', now);
}

/** Direct members a department may hold. */
export function departmentCapAt(executor: Executor, now: Date): Promise<number> {
  return integerAt(executor, 'enterprise.members.perDepartmentMax', now);
}
