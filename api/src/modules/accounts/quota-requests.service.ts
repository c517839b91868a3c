import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { hasRole } from '../../access/viewer';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { byTime, keysetPage } from '../../common/keyset';
import type { Context } from '../../context';
import { type QuotaRequestRow, type QuotaRequestStatusName, quotaRequests, subjects } from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import { NO_USER, quotaOf, seesAllAccounts, subjectForAction } from './accounts.service';

/**
 * Quota increase requests (seed 004): filed for a subject, examined first by the platform
 * (ADMIN or REVIEWER), then approved by the competent authority (recorded by an ADMIN). Either
 * step may reject. Each step is a conditional update on the expected status, so two reviewers
 * acting at once cannot both move a request.
 */
export async function fileQuotaRequest(
  ctx: Context,
  input: { subjectId: string; requestedQuota: number; reason: string },
): Promise<QuotaRequestRow> {
  const subject = await subjectForAction(ctx, input.subjectId, 'input.subjectId');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [locked] = await tx.select().from(subjects).where(eq(subjects.id, subject.id)).for('update');
    if (!locked) throw notFound('subject', 'input.subjectId');
    const current = await quotaOf(tx, locked, now);
    if (input.requestedQuota <= current) {
      throw badInput(
        'input.requestedQuota',
        'NOT_ABOVE_CURRENT',
        `The subject's quota is already ${current}; ask for more than that.`,
        {
          current,
        },
      );
    }
    const [open] = await tx
      .select({ id: quotaRequests.id })
      .from(quotaRequests)
      .where(
        and(
          eq(quotaRequests.subjectId, subject.id),
          inArray(quotaRequests.status, ['AWAITING_PRELIMINARY', 'AWAITING_AUTHORITY']),
        ),
      );
    if (open)
      throw badInput('input.subjectId', 'ALREADY_OPEN', 'This subject already has a quota request under review.');
    const [row] = await tx
      .insert(quotaRequests)
      .values({
        subjectId: subject.id,
        requestedQuota: input.requestedQuota,
        reason: input.reason.trim(),
        status: 'AWAITING_PRELIMINARY',
        filedById: ctx.viewer?.id ?? null,
        filedAt: now,
      })
      .returning();
    if (!row) throw new Error('quota request insert returned nothing');
    await recordAudit(ctx, tx, {
      action: 'quotaRequest.file',
      targetType: 'QuotaRequest',
      targetId: row.id,
      after: { subjectId: subject.id, requestedQuota: row.requestedQuota, currentQuota: current },
      reason: row.reason,
    });
    return row;
  });
}

async function loadRequest(ctx: Context, id: string): Promise<QuotaRequestRow> {
  const [row] = await ctx.db.select().from(quotaRequests).where(eq(quotaRequests.id, id));
  if (!row) throw notFound('quota request');
  return row;
}

function refuseUnlessAt(row: QuotaRequestRow, expected: QuotaRequestStatusName, step: string): void {
  if (row.status !== expected) {
    const decided = row.status === 'APPROVED' || row.status === 'REJECTED';
    throw new AppError(
      'INVALID_TRANSITION',
      decided ? 'ALREADY_DECIDED' : 'STEP_OUT_OF_ORDER',
      `This request is ${row.status}; it cannot take the ${step} step now.`,
      { status: row.status },
    );
  }
}

/** Step 1: the platform's preliminary examination passes; the request goes to the authority. */
export async function passPreliminaryExamination(
  ctx: Context,
  id: string,
  note?: string | null,
): Promise<QuotaRequestRow> {
  const row = await loadRequest(ctx, id);
  refuseUnlessAt(row, 'AWAITING_PRELIMINARY', 'preliminary examination');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(quotaRequests)
      .set({
        status: 'AWAITING_AUTHORITY',
        preliminaryById: ctx.viewer?.id,
        preliminaryAt: now,
        preliminaryNote: note ?? null,
      })
      .where(and(eq(quotaRequests.id, id), eq(quotaRequests.status, 'AWAITING_PRELIMINARY')))
      .returning();
    if (!updated)
      throw new AppError('INVALID_TRANSITION', 'CONCURRENT_CHANGE', 'Someone else has just moved this request.');
    await recordAudit(ctx, tx, {
      action: 'quotaRequest.preliminaryPass',
      targetType: 'QuotaRequest',
      targetId: id,
      before: { status: row.status },
      after: { status: updated.status },
      reason: note ?? null,
    });
    return updated;
  });
}

/** Step 2: the competent authority approves; the subject's quota rises to the granted number. */
export async function recordAuthorityApproval(
  ctx: Context,
  id: string,
  input: { authorityName: string; authorityReference: string; grantedQuota?: number | null },
): Promise<QuotaRequestRow> {
  const row = await loadRequest(ctx, id);
  refuseUnlessAt(row, 'AWAITING_AUTHORITY', 'authority approval');
  if (row.preliminaryById && row.preliminaryById === ctx.viewer?.id) {
    // Two approvals are two people (seed 004): the examiner cannot also record the authority's.
    throw forbidden(
      'SAME_PERSON',
      'You passed this request’s preliminary examination; another admin must record the authority’s approval.',
    );
  }
  const granted = input.grantedQuota ?? row.requestedQuota;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [subject] = await tx.select().from(subjects).where(eq(subjects.id, row.subjectId)).for('update');
    if (!subject) throw notFound('subject');
    const current = await quotaOf(tx, subject, now);
    if (granted <= current) {
      throw badInput(
        'input.grantedQuota',
        'NOT_ABOVE_CURRENT',
        `The subject's quota is already ${current}; grant more than that or reject.`,
        { current },
      );
    }
    const [updated] = await tx
      .update(quotaRequests)
      .set({
        status: 'APPROVED',
        authorityById: ctx.viewer?.id,
        authorityAt: now,
        authorityName: input.authorityName.trim(),
        authorityReference: input.authorityReference.trim(),
        grantedQuota: granted,
      })
      .where(and(eq(quotaRequests.id, id), eq(quotaRequests.status, 'AWAITING_AUTHORITY')))
      .returning();
    if (!updated)
      throw new AppError('INVALID_TRANSITION', 'CONCURRENT_CHANGE', 'Someone else has just moved this request.');
    await tx.update(subjects).set({ grantedQuota: granted }).where(eq(subjects.id, subject.id));
    await recordAudit(ctx, tx, {
      action: 'quotaRequest.authorityApprove',
      targetType: 'QuotaRequest',
      targetId: id,
      before: { status: row.status, subjectQuota: current },
      after: {
        status: updated.status,
        subjectQuota: granted,
        authorityName: updated.authorityName,
        authorityReference: updated.authorityReference,
      },
    });
    return updated;
  });
}

/** Either step may reject, with a reason: preliminary by ADMIN or REVIEWER, authority by ADMIN. */
export async function rejectQuotaRequest(ctx: Context, id: string, reason: string): Promise<QuotaRequestRow> {
  if (reason.trim().length < 2) throw badInput('reason', 'TOO_SHORT', 'Give a reason of at least 2 characters.');
  const row = await loadRequest(ctx, id);
  if (row.status !== 'AWAITING_PRELIMINARY' && row.status !== 'AWAITING_AUTHORITY') {
    throw new AppError('INVALID_TRANSITION', 'ALREADY_DECIDED', `This request is already ${row.status}.`, {
      status: row.status,
    });
  }
  if (row.status === 'AWAITING_AUTHORITY' && !ctx.viewer?.roles.includes('ADMIN')) {
    throw forbidden('ROLE', 'At the authority step only an ADMIN records the decision.');
  }
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(quotaRequests)
      .set({ status: 'REJECTED', rejectedAt: ctx.clock.now(), rejectionReason: reason.trim() })
      .where(and(eq(quotaRequests.id, id), eq(quotaRequests.status, row.status)))
      .returning();
    if (!updated)
      throw new AppError('INVALID_TRANSITION', 'CONCURRENT_CHANGE', 'Someone else has just moved this request.');
    await recordAudit(ctx, tx, {
      action: 'quotaRequest.reject',
      targetType: 'QuotaRequest',
      targetId: id,
      before: { status: row.status },
      after: { status: 'REJECTED' },
      reason: updated.rejectionReason,
    });
    return updated;
  });
}

export async function findQuotaRequest(ctx: Context, id: string): Promise<QuotaRequestRow | null> {
  const [row] = await ctx.db.select().from(quotaRequests).where(eq(quotaRequests.id, id));
  if (!row) return null;
  if (seesAllAccounts(ctx)) return row;
  const [subject] = await ctx.db
    .select({ ownerId: subjects.ownerId })
    .from(subjects)
    .where(eq(subjects.id, row.subjectId));
  return subject?.ownerId === ctx.viewer?.id ? row : null;
}

/** The queue, oldest first (the order they are worked in), keyset-paginated. */
export async function listQuotaRequests(
  ctx: Context,
  args: {
    first?: number | null;
    after?: string | null;
    filter?: { status?: QuotaRequestStatusName | null; subjectId?: string | null } | null;
  },
) {
  const filter = args.filter ?? {};
  const conditions: SQL[] = [];
  if (!hasRole(ctx.viewer, 'MODERATOR', 'REVIEWER', 'ANALYST')) {
    const owned = ctx.db
      .select({ id: subjects.id })
      .from(subjects)
      .where(eq(subjects.ownerId, ctx.viewer?.id ?? NO_USER));
    conditions.push(inArray(quotaRequests.subjectId, owned));
  }
  if (filter.status) conditions.push(eq(quotaRequests.status, filter.status));
  if (filter.subjectId) conditions.push(eq(quotaRequests.subjectId, filter.subjectId));
  const page = await keysetPage<QuotaRequestRow>(
    ctx.db,
    {
      table: quotaRequests,
      order: byTime(quotaRequests.filedAt, quotaRequests.id, 'asc', (row) => row.filedAt),
      where: conditions,
      limits: ctx.config.limits,
    },
    args,
  );
  return page;
}
