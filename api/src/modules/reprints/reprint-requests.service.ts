import { and, eq, type SQL } from 'drizzle-orm';
import { visibleThroughAccount } from '../../access/conditions';
import { isAdmin, isStaff, operates } from '../../access/viewer';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { byTime, keysetPage } from '../../common/keyset';
import type { Context } from '../../context';
import { type ReprintRequestRow, type ReprintRequestStatusName, reprintRequests } from '../../db/schema';
import { reprintAccessFor, reprintParties } from '../articles/articles.service';
import { recordAudit } from '../audit/audit.service';
import { notifyOperators } from '../violations/notifications.service';
import type { ReprintRequestDirectionName } from './reprint-request.type';

/** A reprint request as the viewer may see it: staff, and the operators of either account. */
export async function findReprintRequest(ctx: Context, id: string): Promise<ReprintRequestRow | null> {
  if (!ctx.viewer) return null;
  const [row] = await ctx.db.select().from(reprintRequests).where(eq(reprintRequests.id, id));
  if (!row) return null;
  const related = operates(ctx.viewer, row.accountId) || operates(ctx.viewer, row.sourceAccountId);
  return related || isStaff(ctx.viewer) ? row : null;
}

/**
 * Asks the operators of an article's account to let `accountId` reprint it (seed 004): for an
 * article not open to that account (CLOSED, WHITELIST without it, or any article before open
 * reprint). One open request per article and account at a time, kept so by a unique index.
 */
export async function requestReprint(
  ctx: Context,
  input: { sourceId: string; accountId: string; note?: string | null },
): Promise<ReprintRequestRow> {
  const { source, account } = await reprintParties(ctx, input, { sourceId: 'sourceId', accountId: 'accountId' });
  const now = ctx.clock.now();
  const access = await reprintAccessFor(ctx, source, account.id, now);
  if (access.direct) {
    throw badInput(
      'sourceId',
      'NO_REQUEST_NEEDED',
      'This article is open to this account: reprint it directly, no request is needed.',
    );
  }
  const note = input.note?.trim() || null;

  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reprintRequests)
      .values({
        sourceArticleId: source.id,
        sourceAccountId: source.accountId,
        accountId: account.id,
        note,
        status: 'PENDING',
        requestedById: ctx.viewer?.id ?? null,
        requestedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const [open] = await tx
        .select({ status: reprintRequests.status })
        .from(reprintRequests)
        .where(and(eq(reprintRequests.sourceArticleId, source.id), eq(reprintRequests.accountId, account.id)));
      if (open?.status === 'GRANTED') {
        throw badInput(
          'sourceId',
          'ALREADY_GRANTED',
          'This account already has a granted request for this article: reprint it.',
        );
      }
      throw badInput(
        'sourceId',
        'ALREADY_OPEN',
        'This account already has a pending request for this article; wait for the author’s decision.',
      );
    }
    await notifyOperators(ctx, tx, source.accountId, {
      kind: 'REPRINT_REQUESTED',
      params: { requesterName: account.name, articleTitle: source.title, note: note || null },
      targetType: 'ReprintRequest',
      targetId: row.id,
    });
    await recordAudit(ctx, tx, {
      action: 'reprint.request',
      targetType: 'ReprintRequest',
      targetId: row.id,
      after: { sourceId: source.id, accountId: account.id, status: row.status, note },
    });
    return row;
  });
}

/**
 * Grants or declines a pending reprint request: the source account's operators (or ADMIN), once.
 * A decline needs a reason. The requesting account's operators are notified; the decision is
 * audited. Of simultaneous decisions exactly one applies (a conditional update on PENDING).
 */
export async function decideReprintRequest(
  ctx: Context,
  input: { id: string; grant: boolean; reason?: string | null },
): Promise<ReprintRequestRow> {
  const request = await findReprintRequest(ctx, input.id);
  if (!request) throw notFound('reprint request');
  if (!isAdmin(ctx.viewer) && !operates(ctx.viewer, request.sourceAccountId)) {
    throw forbidden('NOT_OPERATOR', 'Only the operators of the article’s account may decide its reprint requests.');
  }
  const alreadyDecided = () =>
    new AppError(
      'INVALID_TRANSITION',
      'ALREADY_DECIDED',
      'This reprint request has already been decided; a decision cannot change.',
      { status: request.status },
    );
  if (request.status !== 'PENDING') throw alreadyDecided();
  const reason = input.reason?.trim() || null;
  if (!input.grant && !reason) {
    throw badInput('reason', 'REQUIRED', 'Give the requester a reason when declining.');
  }
  const status: ReprintRequestStatusName = input.grant ? 'GRANTED' : 'DECLINED';
  const now = ctx.clock.now();
  // Read before the transaction: on the embedded database a read outside it would wait for it.
  const title = (await ctx.loaders.articleById.load(request.sourceArticleId))?.title ?? '';
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(reprintRequests)
      .set({ status, decidedAt: now, decidedById: ctx.viewer?.id ?? null, decisionReason: reason })
      .where(and(eq(reprintRequests.id, request.id), eq(reprintRequests.status, 'PENDING')))
      .returning();
    if (!updated) throw alreadyDecided();
    await notifyOperators(ctx, tx, request.accountId, {
      kind: input.grant ? 'REPRINT_GRANTED' : 'REPRINT_DECLINED',
      params: { articleTitle: title, reason },
      targetType: 'ReprintRequest',
      targetId: request.id,
    });
    await recordAudit(ctx, tx, {
      action: input.grant ? 'reprint.grant' : 'reprint.decline',
      targetType: 'ReprintRequest',
      targetId: request.id,
      before: { status: 'PENDING' },
      after: { status, sourceId: request.sourceArticleId, accountId: request.accountId },
      reason,
    });
    return updated;
  });
}

/**
 * An account's reprint requests, newest first: INCOMING (to reprint its articles) or OUTGOING
 * (its own). Publishers see their own accounts' lists; staff every account's; others nothing.
 */
export async function listReprintRequests(
  ctx: Context,
  args: {
    accountId: string;
    direction: ReprintRequestDirectionName;
    status?: ReprintRequestStatusName | null;
    first?: number | null;
    after?: string | null;
  },
) {
  const column = args.direction === 'INCOMING' ? reprintRequests.sourceAccountId : reprintRequests.accountId;
  const conditions: Array<SQL | undefined> = [
    eq(column, args.accountId),
    visibleThroughAccount(ctx.db, ctx.viewer, column),
  ];
  if (args.status) conditions.push(eq(reprintRequests.status, args.status));
  return keysetPage<ReprintRequestRow>(
    ctx.db,
    {
      table: reprintRequests,
      order: byTime(reprintRequests.requestedAt, reprintRequests.id, 'desc', (row) => row.requestedAt),
      where: conditions,
      limits: ctx.config.limits,
    },
    args,
  );
}
