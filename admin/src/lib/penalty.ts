import type { ViolationType } from '../graphql/generated/graphql';

/** Penalties and appeals: what the API's rules and dates mean for the pages (no Vue here). */

const DAY_MS = 86_400_000;

/** A ban's length in whole days, from its start and end. */
export function banDays(startsAt: string, endsAt: string): number {
  return Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / DAY_MS);
}

/** The value of a rule in a `rules` answer, or undefined. */
export function ruleValue(rules: ReadonlyArray<{ key: string; value: unknown }>, key: string): unknown {
  return rules.find((rule) => rule.key === key)?.value;
}

/** Whether a permanent ban for this type is never lifted (`penalty.neverLifted.<TYPE>`: like-farming). */
export function neverLifted(rules: ReadonlyArray<{ key: string; value: unknown }>, type: ViolationType): boolean {
  return ruleValue(rules, `penalty.neverLifted.${type}`) === true;
}

/** A whole-number rule, or the fallback when it is missing. */
export function integerRule(
  rules: ReadonlyArray<{ key: string; value: unknown }>,
  key: string,
  fallback: number,
): number {
  const value = ruleValue(rules, key);
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}

/** Whether a penalty that started then may still be appealed (within the window, counted from its start). */
export function withinAppealWindow(startsAt: string, windowDays: number, now: number = Date.now()): boolean {
  return now <= Date.parse(startsAt) + windowDays * DAY_MS;
}

/** The number of Unicode code points: how the API counts characters of appeals and evidence. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}
