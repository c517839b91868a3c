import { expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { startTestServer } from '../support/server';
import { largePostgresDatabase } from './large-postgres';
import { printTable } from './measure';

/**
 * Search for moderators on the performance data set (`seed:large`: 100,000 accounts named
 * 账号<n> with gh_l<hex> ids, 1,000,000 articles titled 文章<n> whose bodies all say
 * 正文内容，用于性能测试。<n>) on PostgreSQL: the median of 20 runs of each search over HTTP, as a
 * moderator, first page of 20. Target: under 50 ms each. Figures only, no timed assertions.
 *
 * The database is BENCH_SEARCH_DATABASE (default oap_bench_search) on BENCH_DATABASE_URL's server,
 * kept between runs; the search migration builds its indexes there the first time the server
 * starts (about a minute). Its own database while other branches add their own 0018 migrations to
 * oap_bench; after the merge the default oap_bench serves as well.
 */
const ACCOUNTS =
  'query ($q: String!, $after: String) { searchAccounts(query: $q, first: 20, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id name originalId } } } }';
const ARTICLES =
  'query ($q: String!, $after: String) { searchArticles(query: $q, first: 20, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id title publishedAt account { name } } } } }';

interface Case {
  what: string;
  list: 'accounts' | 'articles';
  query: string;
  /** Search from the end of the first page instead (the second page). */
  secondPage?: boolean;
  /** Refused before any SQL: the floor of a request (HTTP, session, GraphQL). */
  refused?: boolean;
}

const CASES: Case[] = [
  { what: '1 character: refused (TOO_SHORT), the request floor', list: 'articles', query: '文', refused: true },
  { what: 'body, common phrase in every article (4 chars)', list: 'articles', query: '性能测试' },
  { what: 'body, common phrase, second page', list: 'articles', query: '性能测试', secondPage: true },
  { what: 'body, rare phrase (1 article)', list: 'articles', query: '测试。987654' },
  { what: 'body + title, rare number (6 chars)', list: 'articles', query: '123456' },
  { what: 'body + title, number in ~3,700 rows (5 chars)', list: 'articles', query: '99999' },
  { what: 'title, prefix of every title (2 chars)', list: 'articles', query: '文章' },
  { what: 'title, exact title (8 chars)', list: 'articles', query: '文章765432' },
  { what: '2 chars in every body, not a title', list: 'articles', query: '测试' },
  { what: '2 chars, no article has them', list: 'articles', query: '青龙' },
  { what: '4 chars, no article has them', list: 'articles', query: '青龙偃月' },
  { what: 'names, exact (账号54321)', list: 'accounts', query: '账号54321' },
  { what: 'names, prefix of 1,111 (4 chars)', list: 'accounts', query: '账号12' },
  { what: 'names, prefix of every name (2 chars)', list: 'accounts', query: '账号' },
  { what: 'names, inside 100 names, not a prefix (4 chars)', list: 'accounts', query: '号9999' },
  { what: 'names, demo name, rare (2 chars)', list: 'accounts', query: '健身' },
  { what: 'names, demo name, rare (4 chars)', list: 'accounts', query: '运动健身' },
  { what: 'gh_ id, part of one (8 chars)', list: 'accounts', query: '0000abc1' },
  { what: 'gh_ id, prefix of every id', list: 'accounts', query: 'gh_l0000' },
];
const RUNS = 20;

it('searches on the large data set on PostgreSQL', async () => {
  const database = await largePostgresDatabase(process.env.BENCH_SEARCH_DATABASE || 'oap_bench_search');
  const server = await startTestServer(database);
  try {
    const token = await signIn(server.url, 'moderator@example.com');
    const rows: Array<Record<string, string | number>> = [];
    for (const item of CASES) {
      const document = item.list === 'accounts' ? ACCOUNTS : ARTICLES;
      const field = item.list === 'accounts' ? 'searchAccounts' : 'searchArticles';
      type Result = Record<string, { pageInfo: { endCursor: string | null }; edges: unknown[] }>;
      let after: string | null = null;
      if (item.secondPage) {
        const first = await gql<Result>(server.url, document, { q: item.query }, { token });
        after = first.data?.[field]?.pageInfo.endCursor ?? null;
        expect(after).not.toBeNull();
      }
      const times: number[] = [];
      let found = 0;
      for (let run = 0; run < RUNS + 2; run += 1) {
        const started = performance.now();
        const response = await gql<Result>(server.url, document, { q: item.query, after }, { token });
        const elapsed = performance.now() - started;
        if (item.refused) {
          expect(response.errors?.[0]?.extensions?.reason).toBe('TOO_SHORT');
        } else if (response.errors) {
          throw new Error(`${item.what}: ${JSON.stringify(response.errors)}`);
        }
        found = response.data?.[field]?.edges.length ?? 0;
        if (run >= 2) times.push(elapsed); // two warm-up runs
      }
      times.sort((a, b) => a - b);
      const median = ((times[RUNS / 2 - 1] ?? 0) + (times[RUNS / 2] ?? 0)) / 2;
      rows.push({
        search: item.what,
        query: item.query,
        characters: Array.from(item.query).length,
        'on the page': item.refused ? 'refused' : found,
        'median ms': Number(median.toFixed(1)),
        'max ms': Number((times[times.length - 1] ?? 0).toFixed(1)),
      });
    }
    printTable(`Search, median of ${RUNS} over HTTP, first page of 20 (target: under 50 ms each)`, rows);
  } finally {
    await server.stop();
  }
});
