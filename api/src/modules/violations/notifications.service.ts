import { and, count, desc, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { boundedCount } from '../../common/bounded-count';
import { badInput } from '../../common/errors';
import { decodeTimeCursor, pageSize, toConnection } from '../../common/pagination';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { accountOperators, accounts, type NotificationRow, notifications } from '../../db/schema';
import { NO_USER } from '../accounts/accounts.service';
import type { NotificationMessage } from '../notifications/notification-messages';

/** A notification as a service sends it: what happened (kind and params) and what it is about. */
export type NotificationInput = NotificationMessage & {
  targetType?: string;
  targetId?: string;
  /** Set for scheduled reminders: a second sweep with the same key adds nothing. */
  dedupeKey?: string;
};

/**
 * The stored params: the kind's, plus the account's name as it is now (names change on
 * certification; the notification keeps the name it was about).
 */
async function storedParams(tx: Executor, accountId: string | null, input: NotificationInput) {
  const [account] = accountId
    ? await tx.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, accountId))
    : [];
  return { ...input.params, ...(account ? { accountName: account.name } : {}) } as Record<string, unknown>;
}

/** Sends an in-app notification (站内信) to each operator of an account, in the caller's transaction. */
export async function notifyOperators(
  ctx: Context,
  tx: Executor,
  accountId: string,
  input: NotificationInput,
): Promise<number> {
  const operators = await tx
    .select({ userId: accountOperators.userId })
    .from(accountOperators)
    .where(eq(accountOperators.accountId, accountId));
  if (operators.length === 0) return 0;
  const params = await storedParams(tx, accountId, input);
  const inserted = await tx
    .insert(notifications)
    .values(
      operators.map(({ userId }) => ({
        userId,
        accountId,
        kind: input.kind,
        params,
        targetType: input.targetType ?? null,
        targetId: input.targetId ?? null,
        dedupeKey: input.dedupeKey ?? null,
        createdAt: ctx.clock.now(),
      })),
    )
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return inserted.length;
}

/** Sends an in-app notification to one user (about an account), in the caller's transaction. */
export async function notifyUser(
  ctx: Context,
  tx: Executor,
  userId: string,
  accountId: string | null,
  input: NotificationInput,
): Promise<void> {
  await tx.insert(notifications).values({
    userId,
    accountId,
    kind: input.kind,
    params: await storedParams(tx, accountId, input),
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    dedupeKey: input.dedupeKey ?? null,
    createdAt: ctx.clock.now(),
  });
}

/** The viewer's notifications, newest first. */
export async function listNotifications(
  ctx: Context,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
) {
  const limit = pageSize(args.first, ctx.config.limits.maxPageSize);
  const conditions: SQL[] = [eq(notifications.userId, ctx.viewer?.id ?? NO_USER)];
  if (args.unreadOnly) conditions.push(isNull(notifications.readAt));
  const pageConditions = [...conditions];
  if (args.after) {
    const position = decodeTimeCursor(args.after);
    const at = position.at;
    pageConditions.push(
      or(
        lt(notifications.createdAt, at),
        and(eq(notifications.createdAt, at), lt(notifications.id, position.id)),
      ) as SQL,
    );
  }
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(and(...pageConditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1);
  // Both counts run only when selected (the bell asks for unreadCount alone); the list's total is
  // bounded like every list's, the unread count (a badge) is exact.
  const total = () =>
    boundedCount(
      ctx.db,
      ctx.db
        .select({ one: sql`1` })
        .from(notifications)
        .where(and(...conditions)),
      ctx.config.limits.exactCountLimit,
    );
  const unread = async () =>
    (
      await ctx.db
        .select({ value: count() })
        .from(notifications)
        .where(and(conditions[0], isNull(notifications.readAt)))
    )[0]?.value ?? 0;
  return {
    ...toConnection<NotificationRow>(
      rows,
      limit,
      (row) => ({ key: row.createdAt.toISOString(), id: row.id }),
      total,
      Boolean(args.after),
    ),
    unreadCount: unread,
  };
}

/** Marks the viewer's notifications read (the given ones, or all). Returns how many changed. */
export async function markNotificationsRead(ctx: Context, ids: string[] | null): Promise<number> {
  if (ids && ids.length > 100) throw badInput('ids', 'TOO_MANY', 'Mark at most 100 notifications at once.');
  const conditions: SQL[] = [eq(notifications.userId, ctx.viewer?.id ?? NO_USER), isNull(notifications.readAt)];
  if (ids) conditions.push(inArray(notifications.id, ids));
  const updated = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(...conditions))
    .returning({ id: notifications.id });
  return updated.length;
}
