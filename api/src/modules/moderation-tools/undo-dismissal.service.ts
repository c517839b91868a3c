import { and, eq, ne } from 'drizzle-orm';
import { isAdmin } from '../../access/viewer';
import { AppError, forbidden, notFound } from '../../common/errors';
import type { Context } from '../../context';
import { type ViolationRow, violations } from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import { integerAt } from '../rules/rules.service';
import { mayUndo, undoDeadline, undoWindowOpen } from './undo-window';

export const UNDO_MINUTES = 'moderation.undoMinutes';

/**
 * Undoes a dismissal: the violation is PENDING again, claimed by whoever undid it, its decision
 * cleared. Only the moderator who dismissed it, or an ADMIN (FORBIDDEN / NOT_DECIDER), and only
 * within the rule `moderation.undoMinutes` of the dismissal (INVALID_TRANSITION /
 * UNDO_WINDOW_PASSED). The row is locked and the update is conditional on it still being that
 * dismissal, so of two undos at once exactly one succeeds (the other: NOT_DISMISSED). Audited.
 */
export async function undoDismissal(ctx: Context, id: string): Promise<ViolationRow> {
  const viewerId = ctx.viewer?.id;
  if (!viewerId) throw new Error('undoing needs a signed-in viewer');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(violations).where(eq(violations.id, id)).for('update');
    if (!row) throw notFound('violation');
    if (row.status !== 'DISMISSED' || !row.decidedAt) {
      throw new AppError(
        'INVALID_TRANSITION',
        'NOT_DISMISSED',
        `Only a dismissed violation can be undone; this one is ${row.status}.`,
        { status: row.status },
      );
    }
    if (!mayUndo(row.decidedById, viewerId, isAdmin(ctx.viewer)))
      throw forbidden('NOT_DECIDER', 'Only the moderator who dismissed this violation, or an admin, may undo it.');
    const minutes = await integerAt(tx, UNDO_MINUTES, now);
    if (!undoWindowOpen(row.decidedAt, minutes, now)) {
      const until = undoDeadline(row.decidedAt, minutes);
      throw new AppError(
        'INVALID_TRANSITION',
        'UNDO_WINDOW_PASSED',
        `A dismissal can be undone within ${minutes} minutes; this one could be until ${until.toISOString()}.`,
        { undoableUntil: until.toISOString(), minutes },
      );
    }
    // One open violation per account, article and type: a new report of it may be pending already.
    const [again] = await tx
      .select({ id: violations.id })
      .from(violations)
      .where(and(eq(violations.dedupeKey, row.dedupeKey), eq(violations.status, 'PENDING'), ne(violations.id, id)));
    if (again) {
      throw new AppError(
        'INVALID_TRANSITION',
        'REPORTED_AGAIN',
        'The same thing has been reported again since the dismissal and is in the queue: work on that report.',
      );
    }
    const [updated] = await tx
      .update(violations)
      .set({
        status: 'PENDING',
        decidedById: null,
        decidedAt: null,
        decisionNote: null,
        claimedById: viewerId,
        claimedAt: now,
      })
      .where(and(eq(violations.id, id), eq(violations.status, 'DISMISSED'), eq(violations.decidedAt, row.decidedAt)))
      .returning();
    if (!updated) throw new AppError('INVALID_TRANSITION', 'CONCURRENT_CHANGE', 'This violation has just changed.');
    await recordAudit(ctx, tx, {
      action: 'violation.undoDismissal',
      targetType: 'Violation',
      targetId: id,
      before: {
        status: 'DISMISSED',
        decidedById: row.decidedById,
        decidedAt: row.decidedAt.toISOString(),
        note: row.decisionNote,
      },
      after: { status: 'PENDING', claimedById: viewerId },
    });
    ctx.loaders.violationById.clear(id).prime(id, updated);
    return updated;
  });
}

/**
 * Until when the viewer may undo this dismissal, or null (not dismissed, the window passed, or
 * not theirs to undo). The rule is read through the request's batched rule loader, for every row,
 * so a page costs the same statements whatever it holds.
 */
export async function undoableUntil(ctx: Context, row: ViolationRow): Promise<Date | null> {
  const minutes = await ctx.loaders.ruleNow.load(UNDO_MINUTES);
  const viewerId = ctx.viewer?.id;
  if (row.status !== 'DISMISSED' || !row.decidedAt || !viewerId || typeof minutes !== 'number') return null;
  if (!mayUndo(row.decidedById, viewerId, isAdmin(ctx.viewer))) return null;
  const now = ctx.clock.now();
  return undoWindowOpen(row.decidedAt, minutes, now) ? undoDeadline(row.decidedAt, minutes) : null;
}
