import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { accountBannedCondition, accountCertifiedCondition, activePenaltyCondition } from '../../access/conditions';
import { AppError } from '../../common/errors';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { type AccountRow, type PenaltyRow, penalties } from '../../db/schema';

/** The penalty keeping an account banned longest (permanent first), or null. */
export async function activePenalty(executor: Executor, accountId: string, now: Date): Promise<PenaltyRow | null> {
  const [row] = await executor
    .select()
    .from(penalties)
    .where(and(eq(penalties.accountId, accountId), activePenaltyCondition(now)))
    .orderBy(sql`${penalties.endsAt} desc nulls first`, desc(penalties.startsAt), desc(penalties.id))
    .limit(1);
  return row ?? null;
}

/** ACCOUNT_BANNED, naming when the ban ends, while the account is under one. */
export async function refuseIfBanned(ctx: Context, executor: Executor, accountId: string): Promise<void> {
  const penalty = await activePenalty(executor, accountId, ctx.clock.now());
  if (!penalty) return;
  const until = penalty.endsAt ? `until ${penalty.endsAt.toISOString()}` : 'permanently';
  throw new AppError(
    'ACCOUNT_BANNED',
    penalty.endsAt ? 'TEMPORARY_BAN' : 'PERMANENT_BAN',
    `This account is banned ${until}.`,
    {
      endsAt: penalty.endsAt?.toISOString() ?? null,
      permanent: penalty.permanent,
    },
  );
}

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
    return accountCertifiedCondition(now);
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
    return accountBannedCondition(now);
  },
};
