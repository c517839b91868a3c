import { and, count, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { decodeTimeCursor, pageSize, toConnection } from '../../common/pagination';
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
}

/**
 * Appends an audit entry. Call it with the transaction that makes the change, so the entry and
 * the change are committed (or refused) together.
 */
export async function recordAudit(ctx: Context, tx: Executor, entry: AuditEntryInput): Promise<void> {
  await tx.insert(auditLog).values({
    at: ctx.clock.now(),
    actorId: ctx.viewer?.id ?? null,
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
  const limit = pageSize(args.first, ctx.config.limits.maxPageSize);
  const filter = args.filter ?? {};
  const conditions: SQL[] = [];
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.targetType) conditions.push(eq(auditLog.targetType, filter.targetType));
  if (filter.targetId) conditions.push(eq(auditLog.targetId, filter.targetId));
  const where = and(...conditions);

  const pageConditions = [...conditions];
  if (args.after) {
    const position = decodeTimeCursor(args.after);
    const at = position.at;
    const keyset = or(lt(auditLog.at, at), and(eq(auditLog.at, at), lt(auditLog.id, position.id)));
    if (keyset) pageConditions.push(keyset);
  }
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(...pageConditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit + 1);
  // Counted only when the client selects totalCount.
  const total = async () => (await ctx.db.select({ value: count() }).from(auditLog).where(where))[0]?.value ?? 0;
  return toConnection<AuditRow>(
    rows,
    limit,
    (row) => ({ key: row.at.toISOString(), id: row.id }),
    total,
    Boolean(args.after),
  );
}

export async function findAuditEntry(ctx: Context, id: string): Promise<AuditRow | null> {
  const [row] = await ctx.db.select().from(auditLog).where(eq(auditLog.id, id));
  return row ?? null;
}
