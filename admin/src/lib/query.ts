import type { LocationQuery } from 'vue-router';

/** Reading filters from the URL query (shareable, survive a reload). Unknown values count as absent. */

/** A trimmed string, or '' when absent. */
export function queryText(query: LocationQuery, key: string): string {
  const value = query[key];
  return typeof value === 'string' ? value.trim() : '';
}

/** 'true' / 'false' as a boolean; anything else: undefined (no filter). */
export function queryBoolean(query: LocationQuery, key: string): boolean | undefined {
  const value = queryText(query, key);
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** One of `values`, or undefined. */
export function queryEnum<T extends string>(query: LocationQuery, key: string, values: readonly T[]): T | undefined {
  const value = queryText(query, key);
  return (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** A URL query of the set values only (no empty strings, no undefined), booleans as 'true' / 'false'. */
export function toQuery(values: Record<string, string | boolean | undefined | null>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'boolean') query[key] = String(value);
    else if (typeof value === 'string' && value.trim()) query[key] = value.trim();
  }
  return query;
}

/** True when two URL queries hold the same values (order aside). */
export function sameQuery(a: Record<string, string>, b: LocationQuery): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? '') !== queryText(b, key)) return false;
  return true;
}
