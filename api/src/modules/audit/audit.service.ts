import { eq, type SQL } from 'drizzle-orm';
import { byTime, keysetPage } from '../../common/keyset';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { type AuditRow, auditLog } from '../../db/schema';

export interface AuditEntryInput {
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /** Who acted, when it is not the viewer (a user setting their password through a link, signed out). */
  actorId?: string;
}

/**
 * Appends an audit entry. Call it with the transaction that makes the change, so the entry and
 * the change are committed (or refused) together.
 */
export async function recordAudit(ctx: Context, tx: Executor, entry: AuditEntryInput): Promise<void> {
  await tx.insert(auditLog).values({
    at: ctx.clock.now(),
    actorId: entry.actorId ?? ctx.viewer?.id ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
    requestId: ctx.requestId,
  });
}

export interface AuditFilter {
  actorId?: string | null;
  action?: string | null;
  targetType?: string | null;
  targetId?: string | null;
}

/** The audit log, newest first, keyset-paginated on (at, id). */
export async function listAuditEntries(
  ctx: Context,
  args: { first?: number | null; after?: string | null; filter?: AuditFilter | null },
) {
  const filter = args.filter ?? {};
  const conditions: SQL[] = [];
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.targetType) conditions.push(eq(auditLog.targetType, filter.targetType));
  if (filter.targetId) conditions.push(eq(auditLog.targetId, filter.targetId));

  const page = await keysetPage<AuditRow>(
    ctx.db,
    {
      table: auditLog,
      order: byTime(auditLog.at, auditLog.id, 'desc', (row) => row.at),
      where: conditions,
      maxPageSize: ctx.config.limits.maxPageSize,
    },
    args,
  );
  return page;
}

export async function findAuditEntry(ctx: Context, id: string): Promise<AuditRow | null> {
  const [row] = await ctx.db.select().from(auditLog).where(eq(auditLog.id, id));
  return row ?? null;
}
