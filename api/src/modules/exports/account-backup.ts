import { and, asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { toGlobalId } from '../../common/ids';
import type { Executor } from '../../db/client';
import { type ArticleRow, articleCorrections, articles } from '../../db/schema';

/** Rows per statement while a backup streams: big enough to be few statements, small enough to stay flat. */
export const BACKUP_PAGE = 500;

/**
 * One account's rows of a table, oldest first (the time, then the id breaking ties), a keyset page
 * at a time: a backup holds one page of a table in memory, however much the account has.
 */
export async function* ownRows<Table extends PgTable>(
  db: Executor,
  table: Table,
  accountColumn: AnyPgColumn,
  timeColumn: AnyPgColumn,
  idColumn: AnyPgColumn,
  accountId: string,
  pageSize = BACKUP_PAGE,
): AsyncGenerator<Table['$inferSelect'][]> {
  const timeKey = keyOf(table, timeColumn);
  const idKey = keyOf(table, idColumn);
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    // A row comparison: one range of the (account, time, id) index from the last row on.
    const beyond: SQL | undefined = after
      ? sql`(${timeColumn}, ${idColumn}) > (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
      : undefined;
    const rows = (await db
      .select()
      .from(table as PgTable)
      .where(and(eq(accountColumn, accountId), beyond))
      .orderBy(asc(timeColumn), asc(idColumn))
      .limit(pageSize)) as Table['$inferSelect'][];
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1] as Record<string, unknown>;
    after = { at: last[timeKey] as Date, id: String(last[idKey]) };
  }
}

/** The row property a column is read into (drizzle names properties by the table's keys). */
function keyOf(table: PgTable, column: AnyPgColumn): string {
  const found = Object.entries(getTableColumns(table)).find(([, candidate]) => candidate === column)?.[0];
  if (!found) throw new Error(`column ${column.name} is not a column of this table`);
  return found;
}

/** Each page of `pages` mapped row by row. */
export async function* mapPages<Row, Out>(pages: AsyncIterable<Row[]>, map: (row: Row) => Out): AsyncGenerator<Out[]> {
  for await (const page of pages) yield page.map(map);
}

/**
 * An account's articles for its backup, a page at a time, each with its corrections and, for a
 * reprint, the source's body (a reprint's own body is not stored apart from its source): two
 * statements per page, for that page's articles only.
 */
export async function* backupArticles(db: Executor, accountId: string): AsyncGenerator<unknown[]> {
  for await (const page of ownRows(db, articles, articles.accountId, articles.publishedAt, articles.id, accountId)) {
    const rows = page as ArticleRow[];
    const corrections = await db
      .select()
      .from(articleCorrections)
      .where(
        inArray(
          articleCorrections.articleId,
          rows.map((a) => a.id),
        ),
      );
    const correctionsOf = new Map<string, typeof corrections>();
    for (const correction of corrections)
      correctionsOf.set(correction.articleId, [...(correctionsOf.get(correction.articleId) ?? []), correction]);
    const sourceIds = rows.filter((a) => a.reprintOfId).map((a) => a.reprintOfId as string);
    const sources = sourceIds.length
      ? await db.select({ id: articles.id, body: articles.body }).from(articles).where(inArray(articles.id, sourceIds))
      : [];
    const sourceBody = new Map(sources.map((s) => [s.id, s.body]));
    yield rows.map((article) => ({
      id: toGlobalId('Article', article.id),
      publishedAt: article.publishedAt,
      title: article.title,
      summary: article.summary,
      author: article.author,
      body: article.reprintOfId ? (sourceBody.get(article.reprintOfId) ?? '') : article.body,
      original: article.original,
      reprintPolicy: article.reprintPolicy,
      reprintOf: article.reprintOfId ? toGlobalId('Article', article.reprintOfId) : null,
      blocked: article.blockedAt !== null,
      corrections: (correctionsOf.get(article.id) ?? []).map(
        ({ id: _id, articleId: _articleId, correctedById: _by, ...correction }) => correction,
      ),
    }));
  }
}
