import { type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import type { AccountRow } from '../../db/schema';

/**
 * Where account state owned by later features plugs in. Until certifications land, no account is
 * certified; until violations land, no account is banned. Each gives the per-account answer and
 * the SQL condition list filters use, so the two cannot disagree.
 */
export const certificationStatus = {
  async isCertified(_ctx: Context, _account: AccountRow): Promise<boolean> {
    return false;
  },
  certifiedCondition(_now: Date): SQL {
    return sql`false`;
  },
};

export const banStatus = {
  /**
   * Refuses with ACCOUNT_BANNED (naming the end) while the account is under an active ban.
   * Publishing, correcting and reprinting call it inside their transaction.
   */
  async refuseIfBanned(_ctx: Context, _executor: Executor, _accountId: string): Promise<void> {},
  async isBanned(_ctx: Context, _account: AccountRow): Promise<boolean> {
    return false;
  },
  bannedCondition(_now: Date): SQL {
    return sql`false`;
  },
};
