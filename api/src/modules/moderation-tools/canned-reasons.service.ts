import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { AppError, badInput, notFound } from '../../common/errors';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { type CannedReasonRow, cannedReasons, type ViolationTypeName } from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import { CANNED_REASONS_PER_TYPE, moved } from './canned-reason-order';

const MIN_TEXT = 2;

function checkedText(text: string, field: string): string {
  const trimmed = text.trim();
  if (Array.from(trimmed).length < MIN_TEXT)
    throw badInput(field, 'TOO_SHORT', `A canned reason is at least ${MIN_TEXT} characters.`);
  return trimmed;
}

/** Serialises edits of one type's list (count, positions) across processes. */
async function lockType(tx: Executor, type: ViolationTypeName): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`canned_reasons:${type}`}))`);
}

async function listOf(tx: Executor, type: ViolationTypeName): Promise<CannedReasonRow[]> {
  return tx
    .select()
    .from(cannedReasons)
    .where(eq(cannedReasons.type, type))
    .orderBy(asc(cannedReasons.position), asc(cannedReasons.id));
}

async function refuseDuplicate(tx: Executor, type: ViolationTypeName, text: string, except?: string) {
  const [same] = await tx
    .select({ id: cannedReasons.id })
    .from(cannedReasons)
    .where(
      and(
        eq(cannedReasons.type, type),
        eq(cannedReasons.text, text),
        except ? ne(cannedReasons.id, except) : undefined,
      ),
    );
  if (same) throw badInput('input.text', 'DUPLICATE', 'This type already has a canned reason with that text.');
}

/** Rewrites positions 0…n-1 in the given order (only the rows whose place changed). */
async function renumber(tx: Executor, ordered: CannedReasonRow[], now: Date): Promise<void> {
  for (const [position, row] of ordered.entries()) {
    if (row.position === position) continue;
    await tx.update(cannedReasons).set({ position, updatedAt: now }).where(eq(cannedReasons.id, row.id));
  }
}

/** Canned reasons, by type and position (one type, or all). MODERATOR and ADMIN read them. */
export async function listCannedReasons(ctx: Context, type?: ViolationTypeName | null): Promise<CannedReasonRow[]> {
  return ctx.db
    .select()
    .from(cannedReasons)
    .where(type ? eq(cannedReasons.type, type) : undefined)
    .orderBy(asc(cannedReasons.type), asc(cannedReasons.position), asc(cannedReasons.id));
}

/**
 * ADMIN adds a canned reason at the end of its type's list: at most nine per type (keys 1–9),
 * no two with the same text; audited in the same transaction.
 */
export async function createCannedReason(
  ctx: Context,
  input: { type: ViolationTypeName; text: string },
): Promise<CannedReasonRow> {
  const text = checkedText(input.text, 'input.text');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await lockType(tx, input.type);
    const [existing] = await tx
      .select({ value: count() })
      .from(cannedReasons)
      .where(eq(cannedReasons.type, input.type));
    const size = existing?.value ?? 0;
    if (size >= CANNED_REASONS_PER_TYPE) {
      throw badInput(
        'input.type',
        'TOO_MANY',
        `A violation type has at most ${CANNED_REASONS_PER_TYPE} canned reasons (keys 1–${CANNED_REASONS_PER_TYPE}); remove one first.`,
        { limit: CANNED_REASONS_PER_TYPE },
      );
    }
    await refuseDuplicate(tx, input.type, text);
    const [row] = await tx
      .insert(cannedReasons)
      .values({
        type: input.type,
        text,
        position: size,
        createdById: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('canned reason insert returned nothing');
    await recordAudit(ctx, tx, {
      action: 'cannedReason.create',
      targetType: 'CannedReason',
      targetId: row.id,
      after: { type: row.type, text: row.text, position: row.position },
    });
    return row;
  });
}

async function lockedRow(tx: Executor, id: string): Promise<CannedReasonRow> {
  const [row] = await tx.select().from(cannedReasons).where(eq(cannedReasons.id, id));
  if (!row) throw notFound('canned reason');
  await lockType(tx, row.type);
  // Re-read under the type's lock: another edit may have moved or removed it meanwhile.
  const [current] = await tx.select().from(cannedReasons).where(eq(cannedReasons.id, id));
  if (!current) throw notFound('canned reason');
  return current;
}

/** ADMIN changes a canned reason's text and/or moves it within its type's list; audited. */
export async function updateCannedReason(
  ctx: Context,
  id: string,
  input: { text?: string | null; position?: number | null },
): Promise<CannedReasonRow> {
  const text = input.text === undefined || input.text === null ? null : checkedText(input.text, 'input.text');
  if (text === null && (input.position === undefined || input.position === null))
    throw badInput('input', 'REQUIRED', 'Give a new text or a new position.');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const before = await lockedRow(tx, id);
    if (text !== null && text !== before.text) {
      await refuseDuplicate(tx, before.type, text, id);
      await tx.update(cannedReasons).set({ text, updatedAt: now }).where(eq(cannedReasons.id, id));
    }
    if (input.position !== undefined && input.position !== null) {
      const list = await listOf(tx, before.type);
      const from = list.findIndex((row) => row.id === id);
      await renumber(tx, moved(list, from, input.position), now);
    }
    const [after] = await tx.select().from(cannedReasons).where(eq(cannedReasons.id, id));
    if (!after) throw new AppError('INVALID_TRANSITION', 'CONCURRENT_CHANGE', 'This canned reason has just changed.');
    await recordAudit(ctx, tx, {
      action: 'cannedReason.update',
      targetType: 'CannedReason',
      targetId: id,
      before: { text: before.text, position: before.position },
      after: { text: after.text, position: after.position },
    });
    return after;
  });
}

/** ADMIN removes a canned reason; the ones after it move up a key. Audited. */
export async function deleteCannedReason(ctx: Context, id: string): Promise<boolean> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const before = await lockedRow(tx, id);
    await tx.delete(cannedReasons).where(eq(cannedReasons.id, id));
    await renumber(tx, await listOf(tx, before.type), now);
    await recordAudit(ctx, tx, {
      action: 'cannedReason.delete',
      targetType: 'CannedReason',
      targetId: id,
      before: { type: before.type, text: before.text, position: before.position },
    });
    return true;
  });
}
