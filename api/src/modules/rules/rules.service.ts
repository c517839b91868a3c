import { and, asc, desc, eq, lte } from 'drizzle-orm';
import { AppError, badInput } from '../../common/errors';
import type { Context } from '../../context';
import { type PlatformRuleRow, platformRules } from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import { checkRuleValue, KNOWN_RULE_KEYS, RULE_KEY_PATTERN } from './rule-values';

export { integerAt, valueAt, valuesAt } from './rule-reads';

/** Every rule in force at `when`, one row per key. */
export async function rulesAt(ctx: Context, when: Date): Promise<PlatformRuleRow[]> {
  return ctx.db
    .selectDistinctOn([platformRules.key])
    .from(platformRules)
    .where(lte(platformRules.effectiveFrom, when))
    .orderBy(asc(platformRules.key), desc(platformRules.effectiveFrom));
}

/** Every value a rule has had or is scheduled to have, oldest first. */
export async function ruleHistory(ctx: Context, key: string): Promise<PlatformRuleRow[]> {
  return ctx.db
    .select()
    .from(platformRules)
    .where(eq(platformRules.key, key))
    .orderBy(asc(platformRules.effectiveFrom));
}

export interface SetRuleInput {
  key: string;
  value: unknown;
  effectiveFrom: Date;
  note?: string | null;
}

/** Refuses, before anything is read or written, a key the platform does not read and a value that does not fit it. */
export function checkKeyAndValue(key: string, value: unknown): void {
  if (!RULE_KEY_PATTERN.test(key)) {
    throw badInput(
      'key',
      'INVALID_FORMAT',
      `"${key}" is not a rule key (dotted words, e.g. account.quota.INDIVIDUAL).`,
    );
  }
  if (!KNOWN_RULE_KEYS.includes(key)) {
    throw badInput(
      'key',
      'UNKNOWN_RULE',
      `"${key}" is not a rule the platform reads. Known rules: ${KNOWN_RULE_KEYS.join(', ')}.`,
      { knownKeys: KNOWN_RULE_KEYS },
    );
  }
  const problem = checkRuleValue(key, value);
  if (problem) throw badInput('value', 'OUT_OF_BOUNDS', `The value of ${key} ${problem}.`);
}

/**
 * Records a new value of a rule from `effectiveFrom` on (past, present or future) and audits it.
 * Values already recorded are never overwritten: the history stays what it was.
 */
export async function setRule(ctx: Context, input: SetRuleInput): Promise<PlatformRuleRow> {
  checkKeyAndValue(input.key, input.value);

  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: platformRules.id })
      .from(platformRules)
      .where(and(eq(platformRules.key, input.key), eq(platformRules.effectiveFrom, input.effectiveFrom)));
    if (existing) {
      throw badInput(
        'effectiveFrom',
        'DUPLICATE',
        `${input.key} already has a value from ${input.effectiveFrom.toISOString()}; choose another moment.`,
      );
    }
    const [previous] = await tx
      .select()
      .from(platformRules)
      .where(and(eq(platformRules.key, input.key), lte(platformRules.effectiveFrom, input.effectiveFrom)))
      .orderBy(desc(platformRules.effectiveFrom))
      .limit(1);
    const inserted = await tx
      .insert(platformRules)
      .values({
        key: input.key,
        value: input.value,
        effectiveFrom: input.effectiveFrom,
        note: input.note ?? null,
        authorId: ctx.viewer?.id ?? null,
      })
      .onConflictDoNothing()
      .returning();
    const row = inserted[0];
    if (!row) {
      // Another request recorded the same key and moment between our check and insert.
      throw badInput('effectiveFrom', 'DUPLICATE', `${input.key} already has a value from that moment.`);
    }
    await recordAudit(ctx, tx, {
      action: 'rule.set',
      targetType: 'PlatformRule',
      targetId: input.key,
      before: previous ? { value: previous.value, effectiveFrom: previous.effectiveFrom } : null,
      after: { value: row.value, effectiveFrom: row.effectiveFrom, note: row.note },
      reason: input.note ?? null,
    });
    return row;
  });
}

export interface WithdrawRuleValueInput {
  key: string;
  effectiveFrom: Date;
  note: string;
}

/**
 * Withdraws a scheduled value of a rule (one not yet in force) and audits it (`rule.withdraw`,
 * with the value withdrawn). A value already in force is part of the history decisions were made
 * under: refused with RULE_ALREADY_IN_FORCE. The row is locked, so a withdrawal and the moment the
 * value comes into force (or a second withdrawal) cannot both win.
 */
export async function withdrawRuleValue(ctx: Context, input: WithdrawRuleValueInput): Promise<PlatformRuleRow> {
  const note = input.note.trim();
  if (!note) throw badInput('note', 'REQUIRED', 'Say why the scheduled value is withdrawn.');
  if (!KNOWN_RULE_KEYS.includes(input.key)) {
    throw badInput('key', 'UNKNOWN_RULE', `"${input.key}" is not a rule the platform reads.`);
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(platformRules)
      .where(and(eq(platformRules.key, input.key), eq(platformRules.effectiveFrom, input.effectiveFrom)))
      .for('update');
    if (!row) {
      throw new AppError(
        'NOT_FOUND',
        'UNKNOWN_ID',
        `${input.key} has no value from ${input.effectiveFrom.toISOString()} (it may have been withdrawn already).`,
        { field: 'effectiveFrom' },
      );
    }
    const now = ctx.clock.now();
    if (row.effectiveFrom.getTime() <= now.getTime()) {
      throw new AppError(
        'INVALID_TRANSITION',
        'RULE_ALREADY_IN_FORCE',
        `The value of ${input.key} from ${row.effectiveFrom.toISOString()} is already in force (or was): only a scheduled value can be withdrawn. Schedule a new value instead.`,
        { field: 'effectiveFrom', effectiveFrom: row.effectiveFrom.toISOString() },
      );
    }
    await tx.delete(platformRules).where(eq(platformRules.id, row.id));
    await recordAudit(ctx, tx, {
      action: 'rule.withdraw',
      targetType: 'PlatformRule',
      targetId: input.key,
      before: { value: row.value, effectiveFrom: row.effectiveFrom, note: row.note },
      after: null,
      reason: note,
    });
    return row;
  });
}
