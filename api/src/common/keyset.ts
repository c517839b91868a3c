import type DataLoader from 'dataloader';
import { and, asc, count, desc, getTableColumns, getTableName, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { BatchGate } from '../db/batch-gate';
import type { Executor } from '../db/client';
import { boundedCount } from './bounded-count';
import { type Connection, decodeTimeCursor, pageSize, toConnection } from './pagination';
import { preparedOnce } from './prepared';

/**
 * Keyset lists, top-level and nested, through one helper: the order is a sort column plus the id
 * that breaks ties; a cursor carries both; `totalCount` is a thunk, counted only when selected.
 * Nested lists (an account's violations under a page of accounts) load every parent's page in one
 * statement (a LATERAL subquery per parent, through the index), and their counts in one grouped
 * statement, through per-request DataLoaders.
 */
export interface KeysetOrder<Row> {
  sort: AnyPgColumn;
  id: AnyPgColumn;
  direction: 'asc' | 'desc';
  /** The row's position, as it goes into a cursor. */
  keyOf(row: Row): string;
}

/** A time-ordered list (every list here sorts on a timestamp): cursors carry the ISO time. */
export function byTime<Row extends { id: string }>(
  sort: AnyPgColumn,
  id: AnyPgColumn,
  direction: 'asc' | 'desc',
  timeOf: (row: Row) => Date,
): KeysetOrder<Row> {
  return { sort, id, direction, keyOf: (row) => timeOf(row).toISOString() };
}

/**
 * Rows after the cursor's position, in the list's order, as a row comparison: PostgreSQL reads it
 * as one range of the (sort, id) index and starts there. The equivalent `sort > t or (sort = t and
 * id > i)` is no index range: each page scanned the list from its start, so a 200,000-row export
 * read 200 million index entries (page k re-read the k pages before it).
 */
export function afterCondition<Row>(order: KeysetOrder<Row>, after: string, field = 'after'): SQL {
  const { at, id } = decodeTimeCursor(after, field);
  const beyond = order.direction === 'desc' ? sql`<` : sql`>`;
  // Raw parameters (no column to encode them): postgres-js wants the time as text.
  return sql`(${order.sort}, ${order.id}) ${beyond} (${at.toISOString()}::timestamptz, ${id}::uuid)`;
}

export function orderBy<Row>(order: KeysetOrder<Row>): SQL[] {
  const direction = order.direction === 'desc' ? desc : asc;
  return [direction(order.sort), direction(order.id)];
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** What a top-level list's pages are bounded by: `ctx.config.limits` gives both. */
export interface ListLimits {
  maxPageSize: number;
  /** The total is exact up to this many rows, an estimate above (boundedCount). */
  exactCountLimit: number;
}

/**
 * A top-level list: one statement for the page, and only when the total is selected one bounded
 * count (and an estimate above the bound).
 */
export async function keysetPage<Row extends { id: string }>(
  db: Executor,
  spec: { table: PgTable; order: KeysetOrder<Row>; where: Array<SQL | undefined>; limits: ListLimits },
  args: PageArgs,
): Promise<Connection<Row>> {
  const limit = pageSize(args.first, spec.limits.maxPageSize);
  const where = and(...spec.where);
  const page = args.after ? and(where, afterCondition(spec.order, args.after)) : where;
  const rows = (await db
    .select()
    .from(spec.table)
    .where(page)
    .orderBy(...orderBy(spec.order))
    .limit(limit + 1)) as unknown as Row[];
  const total = () =>
    boundedCount(db, db.select({ one: sql`1` }).from(spec.table).where(where), spec.limits.exactCountLimit);
  return toConnection(rows, limit, (row) => ({ key: spec.order.keyOf(row), id: row.id }), total, Boolean(args.after));
}

/** A list nested under each row of a parent list. */
export interface NestedListSpec<Row> {
  /** Names the list in the per-request loader cache. */
  name: string;
  table: PgTable;
  /** The column naming the parent row, and how to read it off a row. */
  parent: AnyPgColumn;
  parentOf(row: Row): string;
  order: KeysetOrder<Row>;
  /** The rows the viewer may see (the visibility policy's SQL condition), the same for every parent. */
  where?: SQL;
}

/** The parents of a nested page, as rows of one uuid column: `unnest($1::uuid[])`. */
const parentIds = (ids: unknown) => sql`unnest(${ids}::uuid[])`;

/**
 * A table's columns, read off a subquery that carries the table's name and columns: each one a
 * SQL expression decoded as the column (drizzle only lets a table's own columns select from it).
 * Computed once per table.
 */
const subqueryColumns = new WeakMap<PgTable, Record<string, SQL>>();
function columnsOfSubquery(table: PgTable): Record<string, SQL> {
  let columns = subqueryColumns.get(table);
  if (!columns) {
    const name = sql.identifier(getTableName(table));
    columns = Object.fromEntries(
      Object.entries(getTableColumns(table)).map(([key, column]) => [
        key,
        sql`${name}.${sql.identifier(column.name)}`.mapWith(column),
      ]),
    );
    subqueryColumns.set(table, columns);
  }
  return columns;
}

/**
 * The statement of a nested page: for each parent (in the order given), its first rows by the
 * list's order, read straight off the index by a LATERAL subquery, which PostgreSQL runs as one
 * backward index scan per parent. The subquery takes the table's own name, so the table's columns
 * select and order its rows as they would the table's.
 */
function nestedPageQuery<Row>(
  db: Executor,
  spec: NestedListSpec<Row>,
  parents: SQL,
  after: SQL | undefined,
  rankLimit: unknown,
) {
  const direction = spec.order.direction === 'desc' ? sql`desc` : sql`asc`;
  const parent = sql.identifier('parent');
  const rows = sql`${parents} with ordinality as ${parent}(${sql.identifier('parent_id')}, ${sql.identifier('position')})
    cross join lateral (select * from ${spec.table}
      where ${and(sql`${spec.parent} = ${parent}.${sql.identifier('parent_id')}`, spec.where, after)}
      order by ${spec.order.sort} ${direction}, ${spec.order.id} ${direction} limit ${rankLimit}) as ${sql.identifier(getTableName(spec.table))}`;
  return db
    .select(columnsOfSubquery(spec.table))
    .from(rows)
    .orderBy(sql`${parent}.${sql.identifier('position')}`, ...orderBy(spec.order));
}

async function pagesOf<Row>(
  db: Executor,
  spec: NestedListSpec<Row>,
  parents: readonly string[],
  limit: number,
  after: string | null,
): Promise<Row[][]> {
  let rows: Row[];
  if (!after && !spec.where) {
    // The common case (a first page, staff seeing every row) has one shape: prepared once.
    const query = preparedOnce(db, `nested:${spec.name}`, (base) =>
      nestedPageQuery(
        base,
        spec,
        parentIds(sql.placeholder('parents')),
        undefined,
        sql.placeholder('rankLimit'),
      ).prepare(`nested_${spec.name}`),
    );
    rows = (await query.execute({ parents: [...parents], rankLimit: limit + 1 })) as unknown as Row[];
  } else {
    const query = nestedPageQuery(
      db,
      spec,
      parentIds(sql.param([...parents])),
      after ? afterCondition(spec.order, after) : undefined,
      limit + 1,
    );
    rows = (await query) as unknown as Row[];
  }
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const key = spec.parentOf(row);
    const list = grouped.get(key) ?? [];
    list.push(row);
    grouped.set(key, list);
  }
  return parents.map((parent) => grouped.get(parent) ?? []);
}

async function countsOf<Row>(db: Executor, spec: NestedListSpec<Row>, parents: readonly string[]): Promise<number[]> {
  const rows = await db
    .select({ parent: spec.parent, value: count() })
    .from(spec.table)
    .where(and(inArray(spec.parent, [...parents]), spec.where))
    .groupBy(spec.parent);
  const found = new Map(rows.map((row) => [String(row.parent), row.value]));
  return parents.map((parent) => found.get(parent) ?? 0);
}

/**
 * The nested lists of one request. Parents asking for the same page size and cursor share one
 * statement; counts share another, run only when some parent's `totalCount` is selected.
 */
export class NestedLists {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly db: Executor,
    private readonly maxPageSize: number,
    private readonly gate: BatchGate,
  ) {}

  private loader<Value>(
    key: string,
    batch: (parents: readonly string[]) => Promise<Value[]>,
  ): DataLoader<string, Value> {
    let loader = this.loaders.get(key) as DataLoader<string, Value> | undefined;
    if (!loader) {
      loader = this.gate.loader<string, Value>(batch);
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  async connection<Row extends { id: string }>(
    spec: NestedListSpec<Row>,
    parentId: string,
    args: PageArgs,
  ): Promise<Connection<Row>> {
    const limit = pageSize(args.first, this.maxPageSize);
    const after = args.after ?? null;
    if (after) afterCondition(spec.order, after); // refuse a bad cursor before batching
    const pages = this.loader(`${spec.name}|${limit}|${after ?? ''}`, (parents) =>
      pagesOf(this.db, spec, parents, limit, after),
    );
    const counts = this.loader(`${spec.name}|count`, (parents) => countsOf(this.db, spec, parents));
    const rows = await pages.load(parentId);
    return toConnection(
      rows,
      limit,
      (row) => ({ key: spec.order.keyOf(row), id: row.id }),
      () => counts.load(parentId),
      Boolean(after),
    );
  }
}
