import { and, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { accounts, subjects, violations } from '../../db/schema';
import { kindsOfFamily } from '../accounts/quota';
import type { Ladder } from '../violations/penalty-ladder';
import {
  claimCutoff,
  claimEffects,
  ladderEffects,
  previewTargetOf,
  quotaEffects,
  type RuleEffect,
} from './rule-preview';
import { valueAt } from './rule-reads';
import { checkKeyAndValue } from './rules.service';

export interface RuleChangePreview {
  key: string;
  value: unknown;
  /** The value in force now. */
  currentValue: unknown;
  /** When the figures were taken (now). */
  asOf: Date;
  /** False when the rule's effect on today's rows cannot be counted (effects is then empty). */
  measurable: boolean;
  effects: RuleEffect[];
}

/**
 * What `value` would change today if it were in force now instead of the value in force: for a
 * ban ladder, pending reports that would get a longer or shorter ban; for a quota, subjects over
 * it; for the claim minutes, live claims that would lapse. Reads only; the value is checked as
 * setRule checks it.
 */
export async function previewRuleChange(ctx: Context, key: string, value: unknown): Promise<RuleChangePreview> {
  checkKeyAndValue(key, value);
  const now = ctx.clock.now();
  const currentValue = await valueAt(ctx.db, key, now);
  const target = previewTargetOf(key);
  const preview = { key, value, currentValue, asOf: now };
  switch (target.kind) {
    case 'LADDER': {
      const prior = ctx.db
        .select({ accountId: violations.accountId, confirmed: count().as('confirmed') })
        .from(violations)
        .where(and(eq(violations.type, target.type), eq(violations.status, 'CONFIRMED')))
        .groupBy(violations.accountId)
        .as('prior');
      const confirmed = sql<number>`coalesce(${prior.confirmed}, 0)`;
      const groups = await ctx.db
        .select({ confirmed: confirmed.mapWith(Number), pending: count() })
        .from(violations)
        .leftJoin(prior, eq(prior.accountId, violations.accountId))
        .where(and(eq(violations.type, target.type), eq(violations.status, 'PENDING')))
        .groupBy(confirmed);
      const effects = ladderEffects(currentValue as Ladder, value as Ladder, groups);
      return { ...preview, measurable: true, effects };
    }
    case 'QUOTA': {
      const owned = ctx.db
        .select({ subjectId: accounts.subjectId, owned: count().as('owned') })
        .from(accounts)
        .where(inArray(accounts.kind, [...kindsOfFamily(target.family)]))
        .groupBy(accounts.subjectId)
        .as('owned');
      const ownedCount = sql<number>`coalesce(${owned.owned}, 0)`;
      const groups = await ctx.db
        .select({ owned: ownedCount.mapWith(Number), grantedQuota: subjects.grantedQuota, subjects: count() })
        .from(subjects)
        .leftJoin(owned, eq(owned.subjectId, subjects.id))
        .where(eq(subjects.kind, target.subjectKind))
        .groupBy(ownedCount, subjects.grantedQuota);
      const effects = quotaEffects(target.family, currentValue as number, value as number, groups);
      return { ...preview, measurable: true, effects };
    }
    case 'CLAIM_MINUTES': {
      const nowCutoff = claimCutoff(now, currentValue as number).toISOString();
      const nextCutoff = claimCutoff(now, value as number).toISOString();
      const heldNow = sql`${violations.claimedAt} > ${nowCutoff}::timestamptz`;
      const heldNext = sql`${violations.claimedAt} > ${nextCutoff}::timestamptz`;
      const [counts] = await ctx.db
        .select({
          heldNowAndNext: sql<number>`count(*) filter (where ${heldNow} and ${heldNext})`.mapWith(Number),
          heldNowOnly: sql<number>`count(*) filter (where ${heldNow} and not ${heldNext})`.mapWith(Number),
          heldNextOnly: sql<number>`count(*) filter (where ${heldNext} and not ${heldNow})`.mapWith(Number),
        })
        .from(violations)
        .where(
          and(eq(violations.status, 'PENDING'), isNotNull(violations.claimedById), isNotNull(violations.claimedAt)),
        );
      const effects = claimEffects(counts ?? { heldNowAndNext: 0, heldNowOnly: 0, heldNextOnly: 0 });
      return { ...preview, measurable: true, effects };
    }
    case 'NONE':
      return { ...preview, measurable: false, effects: [] };
  }
}
