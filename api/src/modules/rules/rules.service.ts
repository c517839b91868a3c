import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import { AppError, badInput } from '../../common/errors';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { type PlatformRuleRow, platformRules } from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import { checkRuleValue, RULE_KEY_PATTERN } from './rule-values';

/**
 * The value of rule `key` in force at `when`: the latest value whose effectiveFrom is not after
 * `when`. Every rule number a feature uses comes through here. Pass the transaction when the
 * decision is made inside one.
 */
export async function valueAt(executor: Executor, key: string, when: Date): Promise<unknown> {
  const [row] = await executor
    .select({ value: platformRules.value })
    .from(platformRules)
    .where(and(eq(platformRules.key, key), lte(platformRules.effectiveFrom, when)))
    .orderBy(desc(platformRules.effectiveFrom))
    .limit(1);
  if (!row) {
    // A missing rule is a deployment fault, not the user's: it surfaces as an internal error.
    throw new Error(`platform rule "${key}" has no value in force at ${when.toISOString()}`);
  }
  return row.value;
}

/** `valueAt` for several keys in one statement; a key with no value in force throws. */
export async function valuesAt(executor: Executor, keys: readonly string[], when: Date): Promise<unknown[]> {
  const rows = await executor
    .selectDistinctOn([platformRules.key], { key: platformRules.key, value: platformRules.value })
    .from(platformRules)
    .where(and(inArray(platformRules.key, [...keys]), lte(platformRules.effectiveFrom, when)))
    .orderBy(asc(platformRules.key), desc(platformRules.effectiveFrom));
  const found = new Map(rows.map((row) => [row.key, row.value]));
  return keys.map((key) => {
    if (!found.has(key)) throw new Error(`platform rule "${key}" has no value in force at ${when.toISOString()}`);
    return found.get(key);
  });
}

/** `valueAt` for rules whose value is a whole number (quotas, limits, fees). */
export async function integerAt(executor: Executor, key: string, when: Date): Promise<number> {
  const value = await valueAt(executor, key, when);
  if (!Number.isInteger(value)) throw new Error(`platform rule "${key}" is not an integer`);
  return value as number;
}

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

/**
 * Records a new value of a rule from `effectiveFrom` on (past, present or future) and audits it.
 * Values already recorded are never overwritten: the history stays what it was.
 */
export async function setRule(ctx: Context, input: SetRuleInput): Promise<PlatformRuleRow> {
  if (!RULE_KEY_PATTERN.test(input.key)) {
    throw badInput('key', `"${input.key}" is not a rule key (dotted words, e.g. account.quota.INDIVIDUAL).`);
  }
  const problem = checkRuleValue(input.key, input.value);
  if (problem) throw badInput('value', `The value of ${input.key} ${problem}.`);

  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: platformRules.id })
      .from(platformRules)
      .where(and(eq(platformRules.key, input.key), eq(platformRules.effectiveFrom, input.effectiveFrom)));
    if (existing) {
      throw badInput(
        'effectiveFrom',
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
      throw new AppError('BAD_USER_INPUT', `${input.key} already has a value from that moment.`, {
        field: 'effectiveFrom',
      });
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
