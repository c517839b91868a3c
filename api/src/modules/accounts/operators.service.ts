import { isEmail } from 'class-validator';
import { and, eq, sql } from 'drizzle-orm';
import { isAdmin, operates } from '../../access/viewer';
import { badInput, forbidden, notFound } from '../../common/errors';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { type AccountRow, accountOperators, accounts, users } from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import { normalizeEmail } from '../auth/auth.service';
import { notifyUser } from '../violations/notifications.service';
import { accountForAction } from './accounts.service';

/** The account, when the viewer operates it or is ADMIN (the only ones who manage its operators). */
async function manageableAccount(ctx: Context, accountId: string): Promise<AccountRow> {
  const account = await accountForAction(ctx, accountId, 'accountId');
  if (!isAdmin(ctx.viewer) && !operates(ctx.viewer, account.id)) {
    throw forbidden('NOT_OPERATOR', 'Only the account’s operators or an admin may change who operates it.');
  }
  return account;
}

/** The account's operators' ids, with the account row locked: changes to one account's operators queue. */
async function lockedOperatorIds(tx: Executor, accountId: string): Promise<string[]> {
  await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId)).for('update');
  const rows = await tx
    .select({ userId: accountOperators.userId })
    .from(accountOperators)
    .where(eq(accountOperators.accountId, accountId));
  return rows.map((row) => row.userId).sort();
}

/** The account's operators are read after a change, not from the request's cache. */
function forgetOperators(ctx: Context, accountId: string): void {
  ctx.loaders.operatorsByAccountId.clear(accountId);
  ctx.loaders.operatorIdsByAccountId.clear(accountId);
}

/**
 * Adds a publisher, by email, as an operator of an account (its operators, or ADMIN). The person
 * must be an active user with the PUBLISHER role; one who is not is told apart from nobody (the
 * same refusal), so the form does not reveal who else has an account here. Notified; audited.
 */
export async function addAccountOperator(ctx: Context, accountId: string, emailInput: string): Promise<AccountRow> {
  const email = normalizeEmail(emailInput);
  if (!email) throw badInput('email', 'REQUIRED', 'Give the email of the publisher to add.');
  if (!isEmail(email)) throw badInput('email', 'INVALID_FORMAT', 'This is not an email address.');
  const account = await manageableAccount(ctx, accountId);
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.email, email), eq(users.active, true), sql`'PUBLISHER' = any(${users.roles})`));
  if (!user) {
    throw badInput(
      'email',
      'UNKNOWN_PUBLISHER',
      'No active publisher has this email. They need a publisher account first: an admin can create one.',
    );
  }
  await ctx.db.transaction(async (tx) => {
    const before = await lockedOperatorIds(tx, account.id);
    if (before.includes(user.id)) {
      throw badInput('email', 'ALREADY_OPERATOR', `${user.email} already operates this account.`);
    }
    await tx.insert(accountOperators).values({ accountId: account.id, userId: user.id, addedAt: ctx.clock.now() });
    await notifyUser(ctx, tx, user.id, account.id, {
      kind: 'OPERATOR_ADDED',
      params: {},
      targetType: 'Account',
      targetId: account.id,
    });
    await recordAudit(ctx, tx, {
      action: 'account.addOperator',
      targetType: 'Account',
      targetId: account.id,
      before: { operators: before },
      after: { operators: [...before, user.id].sort(), added: { id: user.id, email: user.email } },
    });
  });
  if (ctx.viewer?.id === user.id) ctx.viewer.operated.set(account.id, account.subjectId);
  forgetOperators(ctx, account.id);
  return account;
}

/** Removes an operator from an account (its operators, or ADMIN); never the last one. Notified; audited. */
export async function removeAccountOperator(ctx: Context, accountId: string, userId: string): Promise<AccountRow> {
  const account = await manageableAccount(ctx, accountId);
  await ctx.db.transaction(async (tx) => {
    const before = await lockedOperatorIds(tx, account.id);
    if (!before.includes(userId)) throw notFound('operator of this account', 'userId');
    if (before.length === 1) {
      throw badInput(
        'userId',
        'LAST_OPERATOR',
        'This is the account’s last operator: add another operator before removing this one.',
      );
    }
    await tx
      .delete(accountOperators)
      .where(and(eq(accountOperators.accountId, account.id), eq(accountOperators.userId, userId)));
    await notifyUser(ctx, tx, userId, account.id, {
      kind: 'OPERATOR_REMOVED',
      params: {},
      targetType: 'Account',
      targetId: account.id,
    });
    await recordAudit(ctx, tx, {
      action: 'account.removeOperator',
      targetType: 'Account',
      targetId: account.id,
      before: { operators: before },
      after: { operators: before.filter((id) => id !== userId), removed: { id: userId } },
    });
  });
  if (ctx.viewer?.id === userId) ctx.viewer.operated.delete(account.id);
  forgetOperators(ctx, account.id);
  return account;
}
