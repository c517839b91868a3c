import { inArray, type SQL, sql } from 'drizzle-orm';
import { operatedAccountIds, operatedByViewer } from '../../access/conditions';
import { isStaff } from '../../access/viewer';
import { boundedCount, type ListTotal } from '../../common/bounded-count';
import { badInput } from '../../common/errors';
import { type Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import type { Context } from '../../context';
import { PLANNED_WITH_VALUES } from '../../db/client';
import { type AccountRow, type ArticleRow, accounts, articles } from '../../db/schema';
import {
  characterCount,
  doubled,
  escapeLike,
  normalizeSearchText,
  parsePositionKey,
  positionKey,
  SEARCH_MIN_CHARACTERS,
  type SearchPosition,
  TRIGRAM_CHARACTERS,
} from './search-text';

/**
 * Search for moderators: accounts by name or gh_ id, articles by title and body, as substrings
 * (Chinese has no spaces to split words on). Results come best first — the whole name or title,
 * then its beginning, then anywhere in it, then (articles) only in the body — and within each, the
 * shorter field first (the more similar one), then the newest.
 *
 * Each tier is its own subquery with its own order and limit, so PostgreSQL can serve each from
 * an index: a rare word through the trigram GIN indexes, a word in half the rows by walking the
 * (length, time, id) index and stopping at the page. One statement, planned with its values
 * (PLANNED_WITH_VALUES), since which of those is right depends on the word. The indexes are in
 * drizzle/0021_search_trigram_indexes.sql; the expressions here must stay identical to theirs.
 */

interface SearchArgs {
  query: string;
  first?: number | null;
  after?: string | null;
}

/** One tier of a search: which rows, their length and time (the order), and the row's id column. */
interface Tier {
  where: SQL;
  /** Null when every row of the tier counts as the same length (body-only matches). */
  length: SQL | null;
  at: SQL;
  id: SQL;
}

interface Hit {
  id: string;
  tier: number;
  length: number;
}

/** The column's text with every character doubled: the expression of the `*_pairs_trgm_idx` indexes. */
const pairsOf = (column: string) => sql.raw(`regexp_replace(${column}, '(.)', '\\1\\1', 'g')`);

/** The query as searched, or BAD_USER_INPUT naming `query` (its length limit is enforced at the edge). */
function searchText(raw: string): string {
  const text = normalizeSearchText(raw);
  if (text.length === 0) throw badInput('query', 'REQUIRED', 'Type what to search for.');
  if (characterCount(text) < SEARCH_MIN_CHARACTERS) {
    throw badInput('query', 'TOO_SHORT', `Search for at least ${SEARCH_MIN_CHARACTERS} characters.`, {
      min: SEARCH_MIN_CHARACTERS,
    });
  }
  return text;
}

function matchers(text: string) {
  const lowered = sql`lower(${text})`;
  const prefixPattern = `${escapeLike(text)}%`;
  const short = characterCount(text) < TRIGRAM_CHARACTERS;
  const containsPattern = `%${escapeLike(short ? doubled(text) : text)}%`;
  return {
    short,
    exact: (column: string) => sql`lower(${sql.raw(column)}) = ${lowered}`,
    // A range on the text_pattern_ops index (which a bound value can use), then the exact test.
    prefix: (column: string) => {
      const lower = sql`lower(${sql.raw(column)})`;
      return sql`(${lower} ~>=~ ${lowered} and ${lower} ~<=~ (${lowered} || chr(1114111)) and ${lower} like lower(${prefixPattern}))`;
    },
    contains: (column: string) =>
      short ? sql`${pairsOf(column)} ilike ${containsPattern}` : sql`${sql.raw(column)} ilike ${containsPattern}`,
  };
}

function decodePosition(after: string): { position: SearchPosition; id: string } {
  const { key, id } = decodeCursor(after);
  const position = parsePositionKey(key);
  if (!position) throw badInput('after', 'BAD_CURSOR', '"after" is not a cursor from this list.');
  return { position, id };
}

const and = (parts: Array<SQL | undefined>) =>
  sql.join(
    parts.filter((part): part is SQL => part !== undefined).map((part) => sql`(${part})`),
    sql` and `,
  );

/**
 * The page of hits, best first: each tier ordered and limited alone, one after the other. A
 * UNION ALL is an Append, which returns its branches in order, and the LIMIT above it stops it
 * once the page is full, so a later tier runs only when the earlier ones leave room (a word at the
 * start of every title never reaches the "anywhere in it" tier, whose plan would read them all).
 * The outer ORDER BY only restates that order.
 */
async function searchHits(
  ctx: Context,
  table: SQL,
  tiers: Tier[],
  visible: SQL | undefined,
  limit: number,
  after: { position: SearchPosition; id: string } | null,
): Promise<Hit[]> {
  const parts: SQL[] = [];
  tiers.forEach((tier, index) => {
    if (after && index < after.position.tier) return;
    const conditions: Array<SQL | undefined> = [tier.where, visible];
    if (after && index === after.position.tier) {
      const time = sql`${after.position.at.toISOString()}::timestamptz`;
      const later = sql`${tier.at} < ${time} or (${tier.at} = ${time} and ${tier.id} < ${after.id}::uuid)`;
      const length = after.position.length;
      conditions.push(
        tier.length ? sql`${tier.length} > ${length} or (${tier.length} = ${length} and (${later}))` : later,
      );
    }
    const order = [...(tier.length ? [tier.length] : []), sql`${tier.at} desc`, sql`${tier.id} desc`];
    parts.push(
      sql`(select ${tier.id} as id, ${sql.raw(String(index))} as tier, ${tier.length ?? sql.raw('0')} as length, ${tier.at} as placed_at from ${table} where ${and(conditions)} order by ${sql.join(order, sql`, `)} limit ${limit + 1})`,
    );
  });
  if (parts.length === 0) return [];
  const result: unknown = await ctx.db.execute(
    sql`${sql.raw(PLANNED_WITH_VALUES)} select id, tier, length from (select * from (${sql.join(parts, sql` union all `)}) tiers limit ${limit + 1}) hits order by tier, length, placed_at desc, id desc`,
  );
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
    id: string;
    tier: unknown;
    length: unknown;
  }>;
  return rows.map((row) => ({ id: row.id, tier: Number(row.tier), length: Number(row.length) }));
}

/** Every match, counted up to the bound (a common word in a million bodies is not counted to the end). */
function count(ctx: Context, table: SQL, tiers: Tier[], visible: SQL | undefined): Promise<ListTotal> {
  const any = sql.join(
    tiers.map((tier) => sql`(${tier.where})`),
    sql` or `,
  );
  return boundedCount(
    ctx.db,
    sql`select 1 from ${table} where ${and([any, visible])}`,
    ctx.config.limits.exactCountLimit,
    {
      plannedWithValues: true,
    },
  );
}

/** Loads the hits' rows (one batched statement) and makes the page, cursors carrying each hit's position. */
async function toSearchConnection<Row extends { id: string }>(
  hits: Hit[],
  limit: number,
  load: (ids: string[]) => Promise<Array<Row | null | Error>>,
  timeOf: (row: Row) => Date,
  total: () => Promise<ListTotal>,
  hasPreviousPage: boolean,
): Promise<Connection<Row>> {
  const loaded = await load(hits.map((hit) => hit.id));
  const placed = new Map<Row, Hit>();
  const rows: Row[] = [];
  loaded.forEach((row, index) => {
    const hit = hits[index];
    if (!row || row instanceof Error || !hit) return;
    placed.set(row, hit);
    rows.push(row);
  });
  return toConnection(
    rows,
    limit,
    (row) => {
      const hit = placed.get(row) as Hit;
      return { key: positionKey({ tier: hit.tier, length: hit.length, at: timeOf(row) }), id: row.id };
    },
    total,
    hasPreviousPage,
  );
}

/**
 * Accounts whose name or gh_ id (original id) holds the query, best first: staff see every
 * account, a publisher the accounts it operates.
 */
export async function searchAccounts(ctx: Context, args: SearchArgs): Promise<Connection<AccountRow>> {
  const text = searchText(args.query);
  const limit = pageSize(args.first, ctx.config.limits.maxPageSize);
  const after = args.after ? decodePosition(args.after) : null;
  const match = matchers(text);
  const name = 'accounts.name';
  const gh = 'accounts.original_id';
  const exact = sql`${match.exact(name)} or ${match.exact(gh)}`;
  const prefix = sql`${match.prefix(name)} or ${match.prefix(gh)}`;
  // A gh_ id is Latin letters and digits: two of them say nothing, so only names match short queries.
  const contains = match.short ? match.contains(name) : sql`${match.contains(name)} or ${match.contains(gh)}`;
  const ordered = { length: sql`char_length(accounts.name)`, at: sql`accounts.created_at`, id: sql`accounts.id` };
  const tiers: Tier[] = [
    { where: exact, ...ordered },
    { where: sql`(${prefix}) and not (${exact})`, ...ordered },
    { where: sql`(${contains}) and not (${prefix})`, ...ordered },
  ];
  const visible = isStaff(ctx.viewer) ? undefined : operatedByViewer(ctx.db, ctx.viewer);
  const table = sql`${accounts}`;
  const hits = await searchHits(ctx, table, tiers, visible, limit, after);
  return toSearchConnection<AccountRow>(
    hits,
    limit,
    (ids) => ctx.loaders.accountById.loadMany(ids),
    (row) => row.createdAt,
    () => count(ctx, table, tiers, visible),
    Boolean(args.after),
  );
}

/**
 * Articles whose title or body holds the query, best first (title matches before body-only ones):
 * staff see every article, blocked ones included; a publisher the articles of the accounts it
 * operates.
 */
export async function searchArticles(ctx: Context, args: SearchArgs): Promise<Connection<ArticleRow>> {
  const text = searchText(args.query);
  const limit = pageSize(args.first, ctx.config.limits.maxPageSize);
  const after = args.after ? decodePosition(args.after) : null;
  const match = matchers(text);
  const title = 'articles.title';
  const ordered = { length: sql`char_length(articles.title)`, at: sql`articles.published_at`, id: sql`articles.id` };
  const tiers: Tier[] = [
    { where: match.exact(title), ...ordered },
    { where: sql`${match.prefix(title)} and not (${match.exact(title)})`, ...ordered },
    { where: sql`${match.contains(title)} and not ${match.prefix(title)}`, ...ordered },
    // Only in the body: the newest first (a body's length says nothing about how well it matches).
    {
      where: sql`${match.contains('articles.body')} and not (${match.contains(title)})`,
      length: null,
      at: ordered.at,
      id: ordered.id,
    },
  ];
  const visible = isStaff(ctx.viewer) ? undefined : inArray(articles.accountId, operatedAccountIds(ctx.db, ctx.viewer));
  const table = sql`${articles}`;
  const hits = await searchHits(ctx, table, tiers, visible, limit, after);
  return toSearchConnection<ArticleRow>(
    hits,
    limit,
    (ids) => ctx.loaders.articleById.loadMany(ids),
    (row) => row.publishedAt,
    () => count(ctx, table, tiers, visible),
    Boolean(args.after),
  );
}
