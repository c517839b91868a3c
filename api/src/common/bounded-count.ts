import { type SQLWrapper, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { PLANNED_WITH_VALUES } from '../db/client';

/**
 * A list's total as `totalCount` and `totalCountIsExact` give it: counted exactly up to a bound
 * (LIST_EXACT_COUNT_LIMIT), estimated above it, so a page of a list of millions never waits for
 * PostgreSQL to count them all.
 */
export interface ListTotal {
  count: number;
  exact: boolean;
}

/**
 * The total from what was counted and, when the count reached past the bound, the planner's
 * estimate: never below what is known to be there (`bound + 1` rows were seen), since an estimate
 * can be low after many inserts since the last ANALYZE.
 */
export function listTotal(counted: number, bound: number, estimate: number | null): ListTotal {
  if (counted <= bound) return { count: counted, exact: true };
  const known = bound + 1;
  const guess = estimate !== null && Number.isFinite(estimate) ? Math.round(estimate) : 0;
  return { count: Math.max(known, guess), exact: false };
}

/**
 * The planner's row estimate off `EXPLAIN (FORMAT JSON)`: the top node's "Plan Rows". postgres-js
 * gives the JSON parsed, PGlite too, but either may hand back its text; anything else is no
 * estimate.
 */
export function planRowsOf(explained: unknown): number | null {
  let plan: unknown = explained;
  if (typeof plan === 'string') {
    try {
      plan = JSON.parse(plan);
    } catch {
      return null;
    }
  }
  const top = Array.isArray(plan) ? plan[0] : plan;
  const rows = (top as { Plan?: { 'Plan Rows'?: unknown } } | undefined)?.Plan?.['Plan Rows'];
  return typeof rows === 'number' && Number.isFinite(rows) ? rows : null;
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * Counts the rows of `rows` (a select of the list's rows with its filters, no order, no limit) up
 * to `bound`, and above it asks the planner for an estimate of the same filtered query. The
 * estimate is PostgreSQL's own (EXPLAIN of the very statement, planned with its values), so a
 * filter's selectivity is taken into account; unfiltered, it is the table's reltuples scaled to
 * its current size, which is what `pg_class.reltuples` would give, without a second code path. One
 * statement while the list is within the bound, two above it. `plannedWithValues`: the count too
 * is planned with its values (a text search's plan depends on its words: PLANNED_WITH_VALUES).
 */
export async function boundedCount(
  db: Executor,
  rows: SQLWrapper,
  bound: number,
  options: { plannedWithValues?: boolean } = {},
): Promise<ListTotal> {
  const start = sql.raw(options.plannedWithValues ? `${PLANNED_WITH_VALUES} ` : '');
  const counted = rowsOf<{ n: unknown }>(
    await db.execute(
      sql`${start}select count(*)::int as n from (${rows} limit ${sql.raw(String(bound + 1))}) as bounded`,
    ),
  );
  const value = Number(counted[0]?.n ?? 0);
  if (value <= bound) return listTotal(value, bound, null);
  const explained = rowsOf<Record<string, unknown>>(
    await db.execute(sql`${sql.raw(PLANNED_WITH_VALUES)} explain (format json) ${rows}`),
  );
  const first = explained[0];
  const estimate = first ? planRowsOf(Object.values(first)[0]) : null;
  return listTotal(value, bound, estimate);
}
