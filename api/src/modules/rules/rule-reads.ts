import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { platformRules } from '../../db/tables/rules';

// Reading rule values needs only the table: loaders and every service use these without pulling in
// the rule-editing service (and its audit trail) — no import cycles.

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
  const found = await valuesInForceAt(executor, keys, when);
  return keys.map((key) => {
    if (!found.has(key)) throw new Error(`platform rule "${key}" has no value in force at ${when.toISOString()}`);
    return found.get(key);
  });
}

/** The values of those of `keys` that have one in force at `when`, in one statement; the others are absent. */
export async function valuesInForceAt(
  executor: Executor,
  keys: readonly string[],
  when: Date,
): Promise<Map<string, unknown>> {
  const rows = await executor
    .selectDistinctOn([platformRules.key], { key: platformRules.key, value: platformRules.value })
    .from(platformRules)
    .where(and(inArray(platformRules.key, [...keys]), lte(platformRules.effectiveFrom, when)))
    .orderBy(asc(platformRules.key), desc(platformRules.effectiveFrom));
  return new Map(rows.map((row) => [row.key, row.value]));
}

/** `valueAt` for rules whose value is a whole number (quotas, limits, fees). */
export async function integerAt(executor: Executor, key: string, when: Date): Promise<number> {
  const value = await valueAt(executor, key, when);
  if (!Number.isInteger(value)) throw new Error(`platform rule "${key}" is not an integer`);
  return value as number;
}

/** A rule's version: its value and the moment that value took effect. */
export interface RuleVersion {
  key: string;
  value: unknown;
  effectiveFrom: Date;
}

/** The version of rule `key` in force at `when` (`valueAt` with its effective date): why a decision was what it was. */
export async function ruleVersionAt(executor: Executor, key: string, when: Date): Promise<RuleVersion> {
  const [row] = await executor
    .select({ value: platformRules.value, effectiveFrom: platformRules.effectiveFrom })
    .from(platformRules)
    .where(and(eq(platformRules.key, key), lte(platformRules.effectiveFrom, when)))
    .orderBy(desc(platformRules.effectiveFrom))
    .limit(1);
  if (!row) throw new Error(`platform rule "${key}" has no value in force at ${when.toISOString()}`);
  return { key, value: row.value, effectiveFrom: row.effectiveFrom };
}

/** `ruleVersionAt` for several keys in one statement, in key order. */
export async function ruleVersionsAt(executor: Executor, keys: readonly string[], when: Date): Promise<RuleVersion[]> {
  const rows = await executor
    .selectDistinctOn([platformRules.key], {
      key: platformRules.key,
      value: platformRules.value,
      effectiveFrom: platformRules.effectiveFrom,
    })
    .from(platformRules)
    .where(and(inArray(platformRules.key, [...keys]), lte(platformRules.effectiveFrom, when)))
    .orderBy(asc(platformRules.key), desc(platformRules.effectiveFrom));
  const found = new Map(rows.map((row) => [row.key, row]));
  return keys.map((key) => {
    const row = found.get(key);
    if (!row) throw new Error(`platform rule "${key}" has no value in force at ${when.toISOString()}`);
    return row;
  });
}
