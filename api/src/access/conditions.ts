import { and, eq, exists, gt, inArray, isNull, lte, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { accountOperators, accounts } from '../db/tables/accounts';
import { articles } from '../db/tables/articles';
import { certifications } from '../db/tables/certifications';
import { penalties } from '../db/tables/violations';
import { isStaff, NO_USER, type Viewer } from './viewer';

/**
 * The row conditions of the visibility policy, as SQL: lists filter with these, and the field
 * policy (policy.ts) decides the same questions for rows already loaded.
 */

/** The ids of the accounts the viewer operates, as a subquery (always current, even mid-request). */
export function operatedAccountIds(db: Executor, viewer: Viewer | null) {
  return db
    .select({ id: accountOperators.accountId })
    .from(accountOperators)
    .where(eq(accountOperators.userId, viewer?.id ?? NO_USER));
}

/**
 * Rows of other tables the viewer may see through their account: every row for staff, the rows of
 * operated accounts for publishers. Undefined means no restriction.
 */
export function visibleThroughAccount(db: Executor, viewer: Viewer | null, accountIdColumn: AnyPgColumn) {
  return isStaff(viewer) ? undefined : inArray(accountIdColumn, operatedAccountIds(db, viewer));
}

/** Accounts the viewer operates, as a condition on `accounts.id`. */
export function operatedByViewer(db: Executor, viewer: Viewer | null): SQL {
  return exists(
    db
      .select({ one: accountOperators.userId })
      .from(accountOperators)
      .where(and(eq(accountOperators.accountId, accounts.id), eq(accountOperators.userId, viewer?.id ?? NO_USER))),
  );
}

/** Articles the viewer may read: staff all; others not the blocked ones, except their own accounts'. */
export function articleVisibility(db: Executor, viewer: Viewer | null): SQL | undefined {
  if (isStaff(viewer)) return undefined;
  return or(isNull(articles.blockedAt), inArray(articles.accountId, operatedAccountIds(db, viewer))) as SQL;
}

/** Penalties in force at `now` (a time, or a prepared statement's placeholder): started, not ended, not lifted. */
export function activePenaltyCondition(now: Date | SQLWrapper): SQL {
  return and(
    lte(penalties.startsAt, now),
    or(isNull(penalties.endsAt), gt(penalties.endsAt, now)),
    isNull(penalties.liftedAt),
  ) as SQL;
}

/** Certified now: approved with qualification passed, and not yet expired. */
export function certifiedCondition(now: Date): SQL {
  return and(eq(certifications.status, 'APPROVED'), gt(certifications.expiresAt, now)) as SQL;
}

/** Accounts certified at `now`, as a condition on `accounts.id`. */
export function accountCertifiedCondition(now: Date): SQL {
  return exists(
    sql`(select 1 from ${certifications} where ${and(sql`${certifications.accountId} = ${accounts.id}`, certifiedCondition(now))})`,
  );
}

/** Accounts banned at `now`, as a condition on `accounts.id`. */
export function accountBannedCondition(now: Date): SQL {
  return exists(
    sql`(select 1 from ${penalties} where ${and(sql`${penalties.accountId} = ${accounts.id}`, activePenaltyCondition(now))})`,
  );
}
