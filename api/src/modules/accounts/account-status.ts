import { and, exists, type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { type AccountRow, accounts, certifications, penalties } from '../../db/schema';
import { certifiedCondition } from '../certifications/certifications.service';
import { activePenaltyCondition, refuseIfBanned } from '../violations/violations.service';

/**
 * Account state owned by other features, in one place: each gives the per-account answer and the
 * SQL condition list filters use, so the two cannot disagree.
 */
export const certificationStatus = {
  /** Certified now: an approved certification (qualification passed) that has not expired. */
  async isCertified(ctx: Context, account: AccountRow): Promise<boolean> {
    return (await ctx.loaders.activeCertificationByAccountId.load(account.id)) !== null;
  },
  certifiedCondition(now: Date): SQL {
    return exists(
      sql`(select 1 from ${certifications} where ${and(sql`${certifications.accountId} = ${accounts.id}`, certifiedCondition(now))})`,
    );
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
