import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, signIn } from '../support/graphql';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens: Record<string, string> = {};
let myAccounts: string[] = [];
let otherAccount: string;

const PUBLISH =
  'mutation ($input: PublishArticleInput!) { publishArticle(input: $input) { id title summary body correctionsLeft reprintPolicy } }';
const CORRECT =
  'mutation ($input: CorrectArticleInput!) { correctArticle(input: $input) { id body correctionsLeft correction { changedCharacters limit previousBody operations { kind position before after } } } }';
const REPRINT =
  'mutation ($input: ReprintArticleInput!) { reprintArticle(input: $input) { id body original reprintOf { id } } }';

const BODY = `今天天气很好😀，我们去公园散步。${'春天的风吹过湖面，柳树发芽了。'.repeat(20)}`;

/** Replaces the code points at `positions` with `by` (each position is one changed character). */
function substitute(text: string, positions: number[], by = '改'): string {
  const points = Array.from(text);
  for (const position of positions) points[position] = by;
  return points.join('');
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  for (const role of ['admin', 'moderator', 'analyst', 'publisher'])
    tokens[role] = await signIn(url, `${role}@example.com`);
  const mine = await gql<{ accounts: { edges: Array<{ node: { id: string; kind: string } }> } }>(
    url,
    '{ accounts(first: 10) { edges { node { id kind } } } }',
    {},
    { token: tokens.publisher },
  );
  myAccounts = (mine.data?.accounts.edges ?? []).map((e) => e.node.id);
  const all = await gql<{ accounts: { edges: Array<{ node: { id: string } }> } }>(
    url,
    '{ accounts(first: 50) { edges { node { id } } } }',
    {},
    { token: tokens.admin },
  );
  otherAccount = all.data?.accounts.edges.map((e) => e.node.id).find((id) => !myAccounts.includes(id)) ?? '';
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function publish(overrides: Record<string, unknown> = {}, token = tokens.publisher) {
  const result = await gql<{ publishArticle: { id: string; correctionsLeft: number } }>(
    url,
    PUBLISH,
    {
      input: {
        accountId: myAccounts[0],
        title: '春日散步',
        summary: '公园里的春天',
        body: BODY,
        original: true,
        reprintPolicy: 'OPEN',
        ...overrides,
      },
    },
    { token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.publishArticle;
}

async function articleState(id: string) {
  const result = await gql<{ article: { body: string; correctionsLeft: number; correction: unknown } }>(
    url,
    'query ($id: ID!) { article(id: $id) { body correctionsLeft correction { changedCharacters } } }',
    { id },
    { token: tokens.admin },
  );
  return result.data?.article;
}

describe(`the one correction (${driverName})`, () => {
  it('accepts 10 changed code points (an emoji replaced by another among them), then refuses a second', async () => {
    const article = await publish();
    expect(article.correctionsLeft).toBe(1);
    // The emoji (code point 6) replaced by another, and nine more characters replaced: 10.
    const corrected = substitute(BODY.replace('😀', '😃'), [0, 1, 2, 3, 4, 5, 8, 9, 10]);
    const result = await gql<{
      correctArticle: {
        body: string;
        correctionsLeft: number;
        correction: { changedCharacters: number; limit: number; previousBody: string; operations: unknown[] };
      };
    }>(
      url,
      CORRECT,
      { input: { articleId: article.id, body: corrected, title: '春日散步', summary: '公园里的春天' } },
      { token: tokens.publisher },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.correctArticle.correction).toMatchObject({
      changedCharacters: 10,
      limit: 10,
      previousBody: BODY,
    });
    // Neighbouring replacements are one operation; positions are in code points (the emoji is one).
    expect(result.data?.correctArticle.correction.operations).toEqual([
      { kind: 'REPLACE', position: 0, before: '今天天气很好😀', after: '改改改改改改😃' },
      { kind: 'REPLACE', position: 8, before: '我们去', after: '改改改' },
    ]);
    expect(result.data?.correctArticle.correctionsLeft).toBe(0);

    const second = await gql(
      url,
      CORRECT,
      { input: { articleId: article.id, body: `${corrected}!` } },
      { token: tokens.publisher },
    );
    expect(codeOf(second)).toBe('CORRECTION_ALREADY_USED');
    expect((await articleState(article.id))?.body).toBe(corrected);
  });

  it('refuses 11 changed characters with changed/limit, and a title change with IMMUTABLE_FIELD, spending nothing', async () => {
    const article = await publish();
    const eleven = substitute(BODY, [0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11]);
    const tooLarge = await gql(
      url,
      CORRECT,
      { input: { articleId: article.id, body: eleven } },
      { token: tokens.publisher },
    );
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({ code: 'CORRECTION_TOO_LARGE', changed: 11, limit: 10 });

    const unrelated = await gql(
      url,
      CORRECT,
      { input: { articleId: article.id, body: '完全不同的内容'.repeat(100) } },
      { token: tokens.publisher },
    );
    expect(unrelated.errors?.[0]?.extensions).toMatchObject({ code: 'CORRECTION_TOO_LARGE', limit: 10 });
    expect(unrelated.errors?.[0]?.extensions?.changed).toBeGreaterThan(10);

    const title = await gql(
      url,
      CORRECT,
      { input: { articleId: article.id, body: BODY.replace('很好', '真好'), title: '新的标题' } },
      { token: tokens.publisher },
    );
    expect(title.errors?.[0]?.extensions).toMatchObject({ code: 'IMMUTABLE_FIELD', field: 'input.title' });
    const summary = await gql(
      url,
      CORRECT,
      { input: { articleId: article.id, body: BODY.replace('很好', '真好'), summary: '改摘要' } },
      { token: tokens.publisher },
    );
    expect(summary.errors?.[0]?.extensions).toMatchObject({ code: 'IMMUTABLE_FIELD', field: 'input.summary' });
    const same = await gql(url, CORRECT, { input: { articleId: article.id, body: BODY } }, { token: tokens.publisher });
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });

    expect(await articleState(article.id)).toEqual({ body: BODY, correctionsLeft: 1, correction: null });
    const ok = await gql(
      url,
      CORRECT,
      { input: { articleId: article.id, body: BODY.replace('很好', '真好') } },
      { token: tokens.publisher },
    );
    expect(ok.errors).toBeUndefined();
  });

  it('holds a correction made before 2018-12-29 to the old limit of 5 (clock injected), and after it to 10', async () => {
    const article = await publish();
    const before = new Date('2018-06-01T00:00:00Z');
    const six = await gql(
      url,
      CORRECT,
      { input: { articleId: article.id, body: substitute(BODY, [0, 1, 2, 3, 4, 5]) } },
      { token: tokens.publisher, now: before },
    );
    expect(six.errors?.[0]?.extensions).toMatchObject({ code: 'CORRECTION_TOO_LARGE', limit: 5 });
    const onTheDay = new Date('2018-12-28T16:00:00Z'); // 2018-12-29 00:00 in Beijing
    const sixLater = await gql<{ correctArticle: { correction: { changedCharacters: number; limit: number } } }>(
      url,
      CORRECT,
      { input: { articleId: article.id, body: substitute(BODY, [0, 1, 2, 3, 4, 5]) } },
      { token: tokens.publisher, now: onTheDay },
    );
    expect(sixLater.data?.correctArticle.correction).toMatchObject({ changedCharacters: 6, limit: 10 });
  });

  it('accepts only replacements before 2018-12-29: an insertion in June 2018 is refused, the same in 2019 accepted', async () => {
    const article = await publish();
    const inserted = BODY.replace('很好', '真的很好');
    const june2018 = await gql(
      url,
      CORRECT,
      { input: { articleId: article.id, body: inserted } },
      { token: tokens.publisher, now: new Date('2018-06-15T02:00:00Z') },
    );
    expect(june2018.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'OPERATION_NOT_ALLOWED',
      field: 'input.body',
      allowed: ['REPLACE'],
    });
    expect(june2018.errors?.[0]?.message).toContain('2018-12-29');
    expect(await articleState(article.id)).toEqual({ body: BODY, correctionsLeft: 1, correction: null });

    // Replacements of the same length were allowed then (at most 5).
    const replaced = await gql<{ correctArticle: { correction: { changedCharacters: number } } }>(
      url,
      CORRECT,
      { input: { articleId: article.id, body: BODY.replace('很好', '真好') } },
      { token: tokens.publisher, now: new Date('2018-06-15T02:00:00Z') },
    );
    expect(replaced.data?.correctArticle.correction.changedCharacters).toBe(1);

    const later = await publish();
    const in2019 = await gql<{ correctArticle: { correction: { changedCharacters: number } } }>(
      url,
      CORRECT,
      { input: { articleId: later.id, body: inserted } },
      { token: tokens.publisher, now: new Date('2019-03-01T02:00:00Z') },
    );
    expect(in2019.errors).toBeUndefined();
    expect(in2019.data?.correctArticle.correction.changedCharacters).toBe(2);
  });

  it('reports the exact count of a refused correction up to countedUpTo, and a floor beyond it', async () => {
    const article = await publish();
    const fourteen = substitute(BODY, [0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14]);
    const refused = await gql(
      url,
      CORRECT,
      { input: { articleId: article.id, body: fourteen } },
      { token: tokens.publisher },
    );
    const extensions = refused.errors?.[0]?.extensions;
    expect(extensions).toMatchObject({ code: 'CORRECTION_TOO_LARGE', changed: 14, limit: 10, countedUpTo: 100 });
    expect(extensions).not.toHaveProperty('atLeast');
    const far = await gql(
      url,
      CORRECT,
      { input: { articleId: article.id, body: '完全不同的内容'.repeat(100) } },
      { token: tokens.publisher },
    );
    expect(far.errors?.[0]?.extensions).toMatchObject({ changed: 100, countedUpTo: 100, atLeast: true });
    expect(await articleState(article.id)).toEqual({ body: BODY, correctionsLeft: 1, correction: null });
  });

  it('lets exactly one of 20 simultaneous corrections through, with one audit entry', async () => {
    const article = await publish();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gql(
          url,
          CORRECT,
          { input: { articleId: article.id, body: BODY.replace('公园', `公园${i}`) } },
          { token: tokens.publisher },
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CORRECTION_ALREADY_USED')).toHaveLength(19);
    const audit = await gql<{ auditLog: { totalCount: number } }>(
      url,
      'query ($id: String!) { auditLog(filter: { action: "article.correct", targetId: $id }) { totalCount } }',
      { id: Buffer.from(article.id, 'base64url').toString().split(':')[1] },
      { token: tokens.admin },
    );
    expect(audit.data?.auditLog.totalCount).toBe(1);
  });

  it('only the account’s operators may correct', async () => {
    const article = await publish();
    expect(
      codeOf(
        await gql(url, CORRECT, { input: { articleId: article.id, body: `${BODY}。` } }, { token: tokens.analyst }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await gql(url, CORRECT, { input: { articleId: article.id, body: `${BODY}。` } }, { token: tokens.moderator }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe(`publishing (${driverName})`, () => {
  it('refuses bad input naming the field, and accounts the publisher does not operate', async () => {
    const tooLong = await gql(
      url,
      PUBLISH,
      {
        input: {
          accountId: myAccounts[0],
          title: '长'.repeat(65),
          summary: '',
          body: '正文',
          original: true,
          reprintPolicy: 'OPEN',
        },
      },
      { token: tokens.publisher },
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
      limit: 64,
      length: 65,
    });
    const emojiTitle = await gql(
      url,
      PUBLISH,
      {
        input: {
          accountId: myAccounts[0],
          title: '😀'.repeat(64),
          summary: '',
          body: '正文',
          original: true,
          reprintPolicy: 'OPEN',
        },
      },
      { token: tokens.publisher },
    );
    expect(emojiTitle.errors).toBeUndefined();
    const noWhitelist = await gql(
      url,
      PUBLISH,
      {
        input: {
          accountId: myAccounts[0],
          title: 'T',
          summary: '',
          body: '正文',
          original: true,
          reprintPolicy: 'WHITELIST',
        },
      },
      { token: tokens.publisher },
    );
    expect(noWhitelist.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.whitelist' });
    const bigBody = await gql(
      url,
      PUBLISH,
      {
        input: {
          accountId: myAccounts[0],
          title: 'T',
          summary: '',
          body: '字'.repeat(20_001),
          original: true,
          reprintPolicy: 'OPEN',
        },
      },
      { token: tokens.publisher },
    );
    expect(bigBody.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
    const notMine = await gql(
      url,
      PUBLISH,
      {
        input: {
          accountId: otherAccount,
          title: 'T',
          summary: '',
          body: '正文',
          original: true,
          reprintPolicy: 'OPEN',
        },
      },
      { token: tokens.publisher },
    );
    expect(codeOf(notMine)).toBe('NOT_FOUND');
  });
});

describe(`reprints (${driverName})`, () => {
  it('reprints OPEN directly, credits the source and shows its corrected body; refuses CLOSED, own and unlisted', async () => {
    const source = await publish({ reprintPolicy: 'OPEN' }, tokens.admin);
    const reprint = await gql<{
      reprintArticle: { id: string; body: string; original: boolean; reprintOf: { id: string } };
    }>(url, REPRINT, { input: { sourceId: source.id, accountId: myAccounts[1] } }, { token: tokens.publisher });
    expect(reprint.errors).toBeUndefined();
    expect(reprint.data?.reprintArticle).toMatchObject({ body: BODY, original: false, reprintOf: { id: source.id } });

    await gql(
      url,
      CORRECT,
      { input: { articleId: source.id, body: BODY.replace('很好', '真好') } },
      { token: tokens.admin },
    );
    const after = await gql<{ article: { body: string } }>(url, 'query ($id: ID!) { article(id: $id) { body } }', {
      id: reprint.data?.reprintArticle.id,
    });
    expect(after.data?.article.body).toBe(BODY.replace('很好', '真好'));

    // A reprint of the reprint credits the original.
    const chained = await gql<{ reprintArticle: { reprintOf: { id: string } } }>(
      url,
      REPRINT,
      { input: { sourceId: reprint.data?.reprintArticle.id, accountId: myAccounts[2] } },
      { token: tokens.publisher },
    );
    expect(chained.data?.reprintArticle.reprintOf.id).toBe(source.id);
    const twice = await gql(
      url,
      REPRINT,
      { input: { sourceId: source.id, accountId: myAccounts[1] } },
      { token: tokens.publisher },
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.accountId' });

    const closed = await publish({ reprintPolicy: 'CLOSED' }, tokens.admin);
    expect(
      codeOf(
        await gql(
          url,
          REPRINT,
          { input: { sourceId: closed.id, accountId: myAccounts[1] } },
          { token: tokens.publisher },
        ),
      ),
    ).toBe('REPRINT_NOT_ALLOWED');
    const own = await publish({ reprintPolicy: 'OPEN' });
    expect(
      codeOf(
        await gql(url, REPRINT, { input: { sourceId: own.id, accountId: myAccounts[0] } }, { token: tokens.publisher }),
      ),
    ).toBe('REPRINT_NOT_ALLOWED');
    const listed = await publish({ reprintPolicy: 'WHITELIST', whitelist: [myAccounts[1]] }, tokens.admin);
    expect(
      codeOf(
        await gql(
          url,
          REPRINT,
          { input: { sourceId: listed.id, accountId: myAccounts[2] } },
          { token: tokens.publisher },
        ),
      ),
    ).toBe('REPRINT_NOT_ALLOWED');
    expect(
      (
        await gql(
          url,
          REPRINT,
          { input: { sourceId: listed.id, accountId: myAccounts[1] } },
          { token: tokens.publisher },
        )
      ).errors,
    ).toBeUndefined();

    const counted = await gql<{ article: { reprintCount: number; reprints: { totalCount: number } } }>(
      url,
      'query ($id: ID!) { article(id: $id) { reprintCount reprints(first: 5) { totalCount edges { node { id } } } } }',
      { id: source.id },
      { token: tokens.analyst },
    );
    expect(counted.data?.article).toMatchObject({ reprintCount: 2, reprints: { totalCount: 2 } });
  });
});

describe(`moderation of articles (${driverName})`, () => {
  it('hides a blocked article from readers but not from staff, audited with the reason', async () => {
    const article = await publish();
    const block = await gql(
      url,
      'mutation ($id: ID!) { blockArticle(id: $id, reason: "诱导分享") { blocked blockedReason } }',
      { id: article.id },
      { token: tokens.moderator },
    );
    expect(block.data).toEqual({ blockArticle: { blocked: true, blockedReason: '诱导分享' } });
    const reader = await gql<{ article: unknown }>(url, 'query ($id: ID!) { article(id: $id) { id } }', {
      id: article.id,
    });
    expect(reader.data?.article).toBeNull();
    const staff = await gql<{ article: { blocked: boolean } }>(
      url,
      'query ($id: ID!) { article(id: $id) { blocked } }',
      { id: article.id },
      { token: tokens.analyst },
    );
    expect(staff.data?.article.blocked).toBe(true);
    expect(
      codeOf(
        await gql(
          url,
          'mutation ($id: ID!) { blockArticle(id: $id, reason: "again") { id } }',
          { id: article.id },
          { token: tokens.moderator },
        ),
      ),
    ).toBe('INVALID_TRANSITION');
    expect(
      codeOf(
        await gql(
          url,
          'mutation ($id: ID!) { blockArticle(id: $id, reason: "x") { id } }',
          { id: article.id },
          { token: tokens.publisher },
        ),
      ),
    ).toBe('FORBIDDEN');
    const unblock = await gql(
      url,
      'mutation ($id: ID!) { unblockArticle(id: $id, reason: "申诉成功") { blocked } }',
      { id: article.id },
      { token: tokens.moderator },
    );
    expect(unblock.data).toEqual({ unblockArticle: { blocked: false } });
  });
});

describe(`article lists (${driverName})`, () => {
  const LIST =
    'query ($first: Int, $filter: ArticleFilter) { articles(first: $first, filter: $filter) { totalCount edges { node { id title body blocked original reprintCount correctionsLeft account { name subject { name } } correction { changedCharacters operations { kind } } } } } }';

  it('uses the same number of SQL statements for 5 and 50 articles', async () => {
    const five = await gql<{ articles: { edges: unknown[] } }>(
      url,
      LIST,
      { first: 5, filter: { original: true } },
      { token: tokens.analyst },
    );
    const fifty = await gql<{ articles: { edges: unknown[] } }>(
      url,
      LIST,
      { first: 50, filter: { original: true } },
      { token: tokens.analyst },
    );
    expect(five.data?.articles.edges).toHaveLength(5);
    expect(fifty.data?.articles.edges).toHaveLength(50);
    // The counter must be there: two missing counts would compare equal.
    expect(typeof five.extensions?.sqlStatements).toBe('number');
    expect(five.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });

  it('filters corrected, blocked and by publication window', async () => {
    type Page = { articles: { totalCount: number; edges: Array<{ node: { blocked: boolean; correction: unknown } }> } };
    const corrected = await gql<Page>(
      url,
      LIST,
      { first: 100, filter: { corrected: true } },
      { token: tokens.analyst },
    );
    expect(corrected.data?.articles.totalCount).toBeGreaterThan(0);
    expect(corrected.data?.articles.edges.every((e) => e.node.correction !== null)).toBe(true);
    const blocked = await gql<Page>(url, LIST, { first: 100, filter: { blocked: true } }, { token: tokens.analyst });
    expect(blocked.data?.articles.edges.every((e) => e.node.blocked)).toBe(true);
    const none = await gql<Page>(
      url,
      LIST,
      { first: 10, filter: { publishedTo: '2000-01-01T00:00:00Z' } },
      { token: tokens.analyst },
    );
    expect(none.data?.articles.totalCount).toBe(0);
  });

  it('lists accounts with their latest articles in the same number of statements for 5 and 50 accounts', async () => {
    const query =
      'query ($first: Int) { accounts(first: $first, filter: { kind: SUBSCRIPTION }) { edges { node { name articles(first: 3) { totalCount edges { node { title blocked } } } } } } }';
    const five = await gql(url, query, { first: 5 }, { token: tokens.analyst });
    const fifty = await gql(url, query, { first: 50 }, { token: tokens.analyst });
    expect(five.errors).toBeUndefined();
    // The counter must be there: two missing counts would compare equal.
    expect(typeof five.extensions?.sqlStatements).toBe('number');
    expect(five.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });
});
