import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, refusalOf, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

/**
 * Search for moderators (issue 15, item 13) over HTTP: accounts by name and gh_ id, articles by
 * title and body, in Chinese, ranked and keyset-paginated, with wildcards matching themselves,
 * the length limits refused with the field, and each viewer seeing what the policy lets it see.
 */

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens = { admin: '', moderator: '', analyst: '', publisher: '', publisher2: '' };
type Role = keyof typeof tokens;

interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}
interface ArticleHit {
  id: string;
  title: string;
  account: { id: string };
}
interface AccountHit {
  id: string;
  name: string;
  originalId: string;
}

const ARTICLES =
  'query ($q: String!, $first: Int, $after: String) { searchArticles(query: $q, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title account { id } } } } }';
const ACCOUNTS =
  'query ($q: String!, $first: Int, $after: String) { searchAccounts(query: $q, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name originalId } } } }';

async function articles(role: Role | null, q: string, first = 50, after?: string) {
  return gql<{ searchArticles: Page<ArticleHit> }>(
    url,
    ARTICLES,
    { q, first, after },
    role ? { token: tokens[role] } : {},
  );
}
async function accounts(role: Role | null, q: string, first = 50, after?: string) {
  return gql<{ searchAccounts: Page<AccountHit> }>(
    url,
    ACCOUNTS,
    { q, first, after },
    role ? { token: tokens[role] } : {},
  );
}
const titles = (page: Page<ArticleHit> | undefined) => (page?.edges ?? []).map((edge) => edge.node.title);

/** The publisher's articles, by title. */
const published = new Map<string, string>();
/** The second publisher's own account, and its article mentioning the phrase. */
let otherAccount = '';
let otherArticle = '';
/** Accounts the second publisher registered for the ranking of names. */
const registered = new Map<string, string>();

async function publish(role: Role, accountIds: string[], title: string, body: string): Promise<string> {
  const errors: unknown[] = [];
  for (const accountId of accountIds) {
    const result = await gql<{ publishArticle: { id: string } }>(
      url,
      'mutation ($input: PublishArticleInput!) { publishArticle(input: $input) { id } }',
      { input: { accountId, title, summary: '摘要', body, original: true, reprintPolicy: 'OPEN' } },
      { token: tokens[role] },
    );
    if (result.data) return result.data.publishArticle.id;
    errors.push(result.errors);
  }
  throw new Error(`could not publish ${title}: ${JSON.stringify(errors)}`);
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  for (const role of Object.keys(tokens) as Role[]) tokens[role] = await signIn(url, `${role}@example.com`);
  const operated = await gql<{ accounts: { edges: Array<{ node: { id: string; kind: string } }> } }>(
    url,
    '{ accounts(first: 20) { edges { node { id kind } } } }',
    {},
    { token: tokens.publisher },
  );
  const mine = (operated.data?.accounts.edges ?? [])
    .filter((edge) => edge.node.kind !== 'MINI_PROGRAM')
    .map((edge) => edge.node.id);
  // Ranked for the query 青龙偃月刀: the whole title, its beginning, inside it, only in the body.
  const fixtures: Array<[string, string]> = [
    ['兵器杂谈', '传说中的青龙偃月刀重八十二斤，刀身镶有蟠龙。'],
    ['关于青龙偃月刀', '一篇短文。'],
    ['青龙偃月刀的传说', '另一篇短文。'],
    ['青龙偃月刀', '刀谱。'],
    // Wildcards must match themselves: each pair differs only where a wildcard would match.
    ['折扣说明', '全场折扣50%的商品'],
    ['折扣说明二', '全场折扣50元的商品'],
    ['代号甲', '代号a_b测试'],
    ['代号乙', '代号axb测试'],
  ];
  for (const [title, body] of fixtures) published.set(title, await publish('publisher', mine, title, body));

  // The second publisher: a subject, accounts named around 青龙刀 (for the ranking of names), and
  // an article of its own that mentions the phrase (the first publisher must not find it).
  // A subject owns at most 2 official accounts: two subjects, two names each.
  const names = [
    ['我的青龙刀铺子', '老青龙刀'],
    ['青龙刀馆', '青龙刀'],
  ];
  for (const [index, pair] of names.entries()) {
    const subject = await gql<{ createSubject: { id: string } }>(
      url,
      'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
      { input: { kind: 'ENTERPRISE', name: `青龙兵器${index + 1}号有限公司`, idNumber: creditCode(915 + index) } },
      { token: tokens.publisher2 },
    );
    const subjectId = subject.data?.createSubject.id;
    if (!subjectId) throw new Error(`no subject: ${JSON.stringify(subject.errors)}`);
    for (const name of pair) {
      const account = await gql<{ registerAccount: { id: string } }>(
        url,
        'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
        { input: { subjectId, kind: 'SUBSCRIPTION', name } },
        { token: tokens.publisher2 },
      );
      if (!account.data) throw new Error(`could not register ${name}: ${JSON.stringify(account.errors)}`);
      registered.set(name, account.data.registerAccount.id);
    }
  }
  otherAccount = registered.get('青龙刀') as string;
  otherArticle = await publish('publisher2', [otherAccount], '别人的文章', '我也写到了青龙偃月刀。');
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe(`search for moderators (${driverName})`, () => {
  it('finds an article by a phrase of its body, in Chinese', async () => {
    const result = await articles('moderator', '重八十二斤');
    expect(result.errors).toBeUndefined();
    expect(titles(result.data?.searchArticles)).toEqual(['兵器杂谈']);
    expect(result.data?.searchArticles.totalCount).toBe(1);
  });

  it('ranks the whole title, then its beginning, then inside it, then the body only', async () => {
    const result = await articles('moderator', '青龙偃月刀');
    expect(result.errors).toBeUndefined();
    // The second publisher's article mentions it in the body too: newer, so first of the body matches.
    expect(titles(result.data?.searchArticles)).toEqual([
      '青龙偃月刀',
      '青龙偃月刀的传说',
      '关于青龙偃月刀',
      '别人的文章',
      '兵器杂谈',
    ]);
  });

  it('finds 2-character queries anywhere (the doubled-text indexes), shorter titles first', async () => {
    const result = await articles('moderator', '偃月');
    expect(result.errors).toBeUndefined();
    expect(titles(result.data?.searchArticles)).toEqual([
      '青龙偃月刀',
      '关于青龙偃月刀',
      '青龙偃月刀的传说',
      '别人的文章',
      '兵器杂谈',
    ]);
  });

  it('pages with cursors, without repeating or skipping a result', async () => {
    const first = await articles('moderator', '青龙偃月刀', 2);
    expect(titles(first.data?.searchArticles)).toEqual(['青龙偃月刀', '青龙偃月刀的传说']);
    expect(first.data?.searchArticles.pageInfo.hasNextPage).toBe(true);
    const second = await articles('moderator', '青龙偃月刀', 2, first.data?.searchArticles.pageInfo.endCursor ?? '');
    expect(titles(second.data?.searchArticles)).toEqual(['关于青龙偃月刀', '别人的文章']);
    const third = await articles('moderator', '青龙偃月刀', 2, second.data?.searchArticles.pageInfo.endCursor ?? '');
    expect(titles(third.data?.searchArticles)).toEqual(['兵器杂谈']);
    expect(third.data?.searchArticles.pageInfo.hasNextPage).toBe(false);
    // Every edge's cursor continues right after it.
    const middle = first.data?.searchArticles.edges[0]?.cursor ?? '';
    const fromMiddle = await articles('moderator', '青龙偃月刀', 3, middle);
    expect(titles(fromMiddle.data?.searchArticles)).toEqual(['青龙偃月刀的传说', '关于青龙偃月刀', '别人的文章']);
  });

  it('matches % and _ as themselves, not as wildcards', async () => {
    const percent = await articles('moderator', '50%的');
    expect(titles(percent.data?.searchArticles)).toEqual(['折扣说明']);
    const underscore = await articles('moderator', 'a_b测');
    expect(titles(underscore.data?.searchArticles)).toEqual(['代号甲']);
    // Without escaping, '%' alone would match every article; here it matches none of them.
    const bare = await articles('moderator', '%%');
    expect(bare.errors).toBeUndefined();
    expect(titles(bare.data?.searchArticles)).toEqual([]);
  });

  it('finds accounts by part of the name, ranked, and by part of the gh_ id', async () => {
    const named = await accounts('moderator', '青龙刀');
    expect(named.errors).toBeUndefined();
    expect(named.data?.searchAccounts.edges.map((edge) => edge.node.name)).toEqual([
      '青龙刀',
      '青龙刀馆',
      '老青龙刀',
      '我的青龙刀铺子',
    ]);
    // The same accounts the list's name filter finds (ILIKE, no index): none missed.
    const listed = await gql<{ accounts: { totalCount: number } }>(
      url,
      '{ accounts(first: 1, filter: { nameContains: "健身" }) { totalCount } }',
      {},
      { token: tokens.moderator },
    );
    const short = await accounts('moderator', '健身');
    expect(short.data?.searchAccounts.totalCount).toBe(listed.data?.accounts.totalCount);
    expect(short.data?.searchAccounts.edges.length).toBe(listed.data?.accounts.totalCount);
    for (const edge of short.data?.searchAccounts.edges ?? []) expect(edge.node.name).toContain('健身');

    const target = short.data?.searchAccounts.edges[0]?.node as AccountHit;
    const byId = await accounts('moderator', target.originalId.slice(3, 12).toUpperCase());
    expect(byId.data?.searchAccounts.edges.map((edge) => edge.node.id)).toContain(target.id);
  });

  it('refuses a query that is too short or too long, naming the field', async () => {
    const short = await articles('moderator', ' 青 ');
    expect(refusalOf(short)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_SHORT' });
    expect(short.errors?.[0]?.extensions).toMatchObject({ field: 'query', min: 2 });
    const empty = await accounts('moderator', '   ');
    expect(refusalOf(empty)).toEqual({ code: 'BAD_USER_INPUT', reason: 'REQUIRED' });
    const long = await articles('moderator', '青'.repeat(65));
    expect(refusalOf(long)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG' });
    expect(long.errors?.[0]?.extensions).toMatchObject({ field: 'query', limit: 64 });
    const longAccounts = await accounts('moderator', 'a'.repeat(65));
    expect(refusalOf(longAccounts)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG' });
    expect((await articles('moderator', '青'.repeat(64))).errors).toBeUndefined();
    const badCursor = await articles('moderator', '青龙', 2, 'not-a-cursor');
    expect(refusalOf(badCursor)).toEqual({ code: 'BAD_USER_INPUT', reason: 'BAD_CURSOR' });
  });

  it('shows staff everything, a publisher only its own, and nothing signed out', async () => {
    const phrase = '青龙偃月刀';
    for (const role of ['moderator', 'analyst', 'admin'] as const) {
      const result = await articles(role, phrase);
      expect(titles(result.data?.searchArticles)).toHaveLength(5);
    }
    // The first publisher: its four articles, not the second publisher's.
    const own = await articles('publisher', phrase);
    expect(own.errors).toBeUndefined();
    expect(own.data?.searchArticles.edges.map((edge) => edge.node.id)).not.toContain(otherArticle);
    expect(titles(own.data?.searchArticles)).toEqual(['青龙偃月刀', '青龙偃月刀的传说', '关于青龙偃月刀', '兵器杂谈']);
    expect(own.data?.searchArticles.totalCount).toBe(4);
    const theirs = await articles('publisher2', phrase);
    expect(theirs.data?.searchArticles.edges.map((edge) => edge.node.id)).toEqual([otherArticle]);

    // Accounts: the second publisher's four; the first publisher operates none of them.
    expect((await accounts('publisher2', '青龙刀')).data?.searchAccounts.edges).toHaveLength(4);
    const foreign = await accounts('publisher', '青龙刀');
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data?.searchAccounts.edges).toEqual([]);
    expect(foreign.data?.searchAccounts.totalCount).toBe(0);

    // A blocked article: still found by staff and by its own publisher.
    const blocked = published.get('关于青龙偃月刀') as string;
    const block = await gql(
      url,
      'mutation ($id: ID!) { blockArticle(id: $id, reason: "测试屏蔽") { id } }',
      { id: blocked },
      { token: tokens.moderator },
    );
    expect(block.errors).toBeUndefined();
    expect((await articles('moderator', phrase)).data?.searchArticles.edges.map((edge) => edge.node.id)).toContain(
      blocked,
    );
    expect((await articles('publisher', phrase)).data?.searchArticles.edges.map((edge) => edge.node.id)).toContain(
      blocked,
    );

    for (const result of [await articles(null, phrase), await accounts(null, '青龙刀')]) {
      expect(refusalOf(result)).toEqual({ code: 'UNAUTHENTICATED', reason: 'NOT_SIGNED_IN' });
      expect(result.data).toBeNull();
    }
  });
});
