import { and, exists, type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { type AccountRow, accounts, penalties } from '../../db/schema';
import { activePenaltyCondition, refuseIfBanned } from '../violations/violations.service';

/**
 * Account state owned by other features, in one place: each gives the per-account answer and the
 * SQL condition list filters use, so the two cannot disagree. Until certifications land, no
 * account is certified.
 */
export const certificationStatus = {
  async isCertified(_ctx: Context, _account: AccountRow): Promise<boolean> {
    return false;
  },
  certifiedCondition(_now: Date): SQL {
    return sql`false`;
  },
};

/** Bans come from penalties and are computed from the clock. */
export const banStatus = {
  /** ACCOUNT_BANNED (naming the end) while the account is under an active ban. */
  refuseIfBanned(ctx: Context, executor: Executor, accountId: string): Promise<void> {
    return refuseIfBanned(ctx, executor, accountId);
  },
  async isBanned(ctx: Context, account: AccountRow): Promise<boolean> {
    return (await ctx.loaders.activePenaltyByAccountId.load(account.id)) !== null;
  },
  bannedCondition(now: Date): SQL {
    return exists(
      sql`(select 1 from ${penalties} where ${and(sql`${penalties.accountId} = ${accounts.id}`, activePenaltyCondition(now))})`,
    );
  },
};
