import { asc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { byTime, keysetPage } from '../../common/keyset';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { type AuditRow, auditLog, type UserRow, users } from '../../db/schema';
import type { AuditAction, AuditTargetType } from './audit-actions';

export interface AuditEntryInput {
  /** One of the registry's actions (audit-actions.ts): the admin has a name for each. */
  action: AuditAction;
  targetType: AuditTargetType;
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
  /** Entries at or after this instant. */
  from?: Date | null;
  /** Entries before this instant. */
  to?: Date | null;
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
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lt(auditLog.at, filter.to));

  const page = await keysetPage<AuditRow>(
    ctx.db,
    {
      table: auditLog,
      order: byTime(auditLog.at, auditLog.id, 'desc', (row) => row.at),
      where: conditions,
      limits: ctx.config.limits,
    },
    args,
  );
  return page;
}

export async function findAuditEntry(ctx: Context, id: string): Promise<AuditRow | null> {
  const [row] = await ctx.db.select().from(auditLog).where(eq(auditLog.id, id));
  return row ?? null;
}

/** The staff roles: who the audit log's actor picker offers (publishers act too, but are many). */
const STAFF_ROLES = ['ADMIN', 'MODERATOR', 'REVIEWER', 'ANALYST'];
/** Enough for any region's staff; the picker filters as one types. */
const MAX_STAFF_ACTORS = 500;

/** Users holding a staff role, by name: the actor picker of the audit log (one statement). */
export async function listStaffActors(ctx: Context): Promise<UserRow[]> {
  return ctx.db
    .select()
    .from(users)
    .where(sql`${users.roles} && ${sql.raw(`array[${STAFF_ROLES.map((role) => `'${role}'`).join(', ')}]::text[]`)}`)
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(MAX_STAFF_ACTORS);
}
