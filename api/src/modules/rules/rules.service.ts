import { and, asc, desc, eq, lte } from 'drizzle-orm';
import { badInput } from '../../common/errors';
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

/**
 * Records a new value of a rule from `effectiveFrom` on (past, present or future) and audits it.
 * Values already recorded are never overwritten: the history stays what it was.
 */
export async function setRule(ctx: Context, input: SetRuleInput): Promise<PlatformRuleRow> {
  if (!RULE_KEY_PATTERN.test(input.key)) {
    throw badInput(
      'key',
      'INVALID_FORMAT',
      `"${input.key}" is not a rule key (dotted words, e.g. account.quota.INDIVIDUAL).`,
    );
  }
  if (!KNOWN_RULE_KEYS.includes(input.key)) {
    throw badInput(
      'key',
      'UNKNOWN_RULE',
      `"${input.key}" is not a rule the platform reads. Known rules: ${KNOWN_RULE_KEYS.join(', ')}.`,
      { knownKeys: KNOWN_RULE_KEYS },
    );
  }
  const problem = checkRuleValue(input.key, input.value);
  if (problem) throw badInput('value', 'OUT_OF_BOUNDS', `The value of ${input.key} ${problem}.`);

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
