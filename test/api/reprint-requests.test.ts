import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, gql, refusalOf, signIn } from '../support/graphql';
import { idCard } from '../support/identity';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens = { admin: '', moderator: '', publisher: '', publisher2: '' };
/** The demo publisher's accounts (sources), another publisher's own account (the requester), and an account nobody operates. */
let mine: string[] = [];
let theirs: string;
let unoperated: string;

const Y2017 = new Date('2017-03-01T04:00:00Z');
const Y2019 = new Date('2019-03-01T04:00:00Z');
const later = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

const REQUEST_FIELDS =
  'id status note reason requestedAt decidedAt usedAt source { id } account { id } sourceAccount { id } reprint { id reprintOf { id } } requestedBy { displayName } decidedBy { displayName }';
const REQUEST = `mutation ($sourceId: ID!, $accountId: ID!, $note: String) { requestReprint(sourceId: $sourceId, accountId: $accountId, note: $note) { ${REQUEST_FIELDS} } }`;
const DECIDE = `mutation ($id: ID!, $grant: Boolean!, $reason: String) { decideReprintRequest(id: $id, grant: $grant, reason: $reason) { ${REQUEST_FIELDS} } }`;
const REPRINT = 'mutation ($input: ReprintArticleInput!) { reprintArticle(input: $input) { id reprintOf { id } } }';
const NODE = `query ($id: ID!) { node(id: $id) { __typename ... on ReprintRequest { ${REQUEST_FIELDS} } } }`;
const LIST = `query ($accountId: ID!, $direction: ReprintRequestDirection!, $status: ReprintRequestStatus) { reprintRequests(accountId: $accountId, direction: $direction, status: $status, first: 50) { totalCount edges { node { id status } } } }`;

interface RequestView {
  id: string;
  status: string;
  note: string | null;
  reason: string | null;
  usedAt: string | null;
  source: { id: string } | null;
  account: { id: string };
  sourceAccount: { id: string };
  reprint: { id: string; reprintOf: { id: string } } | null;
  requestedBy: { displayName: string } | null;
  decidedBy: { displayName: string } | null;
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  for (const role of Object.keys(tokens) as Array<keyof typeof tokens>)
    tokens[role] = await signIn(url, `${role}@example.com`);
  const operated = await gql<{ accounts: { edges: Array<{ node: { id: string } }> } }>(
    url,
    '{ accounts(first: 10) { edges { node { id } } } }',
    {},
    { token: tokens.publisher },
  );
  mine = (operated.data?.accounts.edges ?? []).map((edge) => edge.node.id);
  const all = await gql<{ accounts: { edges: Array<{ node: { id: string; operators: unknown[] } }> } }>(
    url,
    '{ accounts(first: 50) { edges { node { id operators { id } } } } }',
    {},
    { token: tokens.admin },
  );
  unoperated = all.data?.accounts.edges.find((edge) => edge.node.operators.length === 0)?.node.id ?? '';
  // The second publisher registers a subject and an account of its own: it operates that one.
  const subject = await gql<{ createSubject: { id: string } }>(
    url,
    'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
    { input: { kind: 'INDIVIDUAL', name: '周转载', idNumber: idCard(812) } },
    { token: tokens.publisher2 },
  );
  const account = await gql<{ registerAccount: { id: string } }>(
    url,
    'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
    { input: { subjectId: subject.data?.createSubject.id, kind: 'SUBSCRIPTION', name: '转载者的号' } },
    { token: tokens.publisher2 },
  );
  theirs = account.data?.registerAccount.id ?? '';
  if (!theirs || mine.length < 2 || !unoperated) throw new Error(JSON.stringify([subject.errors, account.errors]));
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function publish(policy: string, at: Date, accountId = mine[0], token = tokens.publisher): Promise<string> {
  const result = await gql<{ publishArticle: { id: string } }>(
    url,
    'mutation ($input: PublishArticleInput!) { publishArticle(input: $input) { id } }',
    {
      input: {
        accountId,
        title: `转载规则 ${policy} ${at.getUTCFullYear()}`,
        summary: '开放转载之前与之后',
        body: '这是一篇用来测试转载申请的文章。'.repeat(5),
        original: true,
        reprintPolicy: policy,
      },
    },
    { token, now: at },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.publishArticle.id;
}

const reprint = (sourceId: string, at: Date, accountId = theirs, token = tokens.publisher2) =>
  gql<{ reprintArticle: { id: string; reprintOf: { id: string } } }>(
    url,
    REPRINT,
    { input: { sourceId, accountId } },
    { token, now: at },
  );
const request = (sourceId: string, at: Date, note: string | null = '想转载到我们的号', accountId = theirs) =>
  gql<{ requestReprint: RequestView }>(
    url,
    REQUEST,
    { sourceId, accountId, note },
    { token: tokens.publisher2, now: at },
  );
const decide = (id: string, grant: boolean, at: Date, reason: string | null = null, token = tokens.publisher) =>
  gql<{ decideReprintRequest: RequestView }>(url, DECIDE, { id, grant, reason }, { token, now: at });

async function view(id: string, token: string | undefined): Promise<GraphQLResponse<{ node: RequestView | null }>> {
  return gql<{ node: RequestView | null }>(url, NODE, { id }, { token });
}

async function notificationsOf(token: string) {
  const result = await gql<{
    notifications: { edges: Array<{ node: { kind: string; targetId: string | null; body: string } }> };
  }>(url, '{ notifications(first: 50) { edges { node { kind targetId body } } } }', {}, { token });
  return result.data?.notifications.edges.map((edge) => edge.node) ?? [];
}

describe(`reprint requests (${driverName})`, () => {
  it('before open reprint an OPEN article needs a granted request, which allows exactly one reprint', async () => {
    const source = await publish('OPEN', later(Y2017, -60 * 24 * 30));
    const refused = await reprint(source, Y2017);
    expect(refusalOf(refused)).toEqual({ code: 'REPRINT_NOT_ALLOWED', reason: 'BEFORE_OPEN_REPRINT' });
    expect(refused.errors?.[0]?.extensions?.requestable).toBe(true);
    expect(refused.errors?.[0]?.message).toMatch(/granted reprint request/);

    const asked = await request(source, later(Y2017, 1));
    expect(asked.errors).toBeUndefined();
    const pending = asked.data?.requestReprint as RequestView;
    expect(pending).toMatchObject({
      status: 'PENDING',
      note: '想转载到我们的号',
      source: { id: source },
      account: { id: theirs },
      sourceAccount: { id: mine[0] },
      requestedBy: { displayName: '运营者二 Second Publisher' },
      decidedBy: null,
    });
    // One pending request per article and account.
    const again = await request(source, later(Y2017, 2));
    expect(refusalOf(again)).toEqual({ code: 'BAD_USER_INPUT', reason: 'ALREADY_OPEN' });
    expect(again.errors?.[0]?.message).toMatch(/pending request/);

    // The source's operators are told.
    const incoming = await notificationsOf(tokens.publisher);
    expect(incoming).toContainEqual(expect.objectContaining({ kind: 'REPRINT_REQUESTED', targetId: pending.id }));

    // Only the source's operators decide: the requester may not.
    const self = await decide(pending.id, true, later(Y2017, 3), null, tokens.publisher2);
    expect(refusalOf(self)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_OPERATOR' });
    expect((await view(pending.id, tokens.publisher2)).data?.node?.status).toBe('PENDING');

    const granted = await decide(pending.id, true, later(Y2017, 4), '注明出处即可');
    expect(granted.errors).toBeUndefined();
    expect(granted.data?.decideReprintRequest).toMatchObject({
      status: 'GRANTED',
      reason: '注明出处即可',
      decidedBy: { displayName: '运营者 Publisher' },
    });
    // Once: a second decision is refused and changes nothing.
    const twice = await decide(pending.id, false, later(Y2017, 5), '改主意了');
    expect(refusalOf(twice)).toEqual({ code: 'INVALID_TRANSITION', reason: 'ALREADY_DECIDED' });
    expect((await view(pending.id, tokens.publisher)).data?.node?.status).toBe('GRANTED');
    // The requester is told.
    expect(await notificationsOf(tokens.publisher2)).toContainEqual(
      expect.objectContaining({ kind: 'REPRINT_GRANTED', targetId: pending.id }),
    );
    const waiting = await request(source, later(Y2017, 6));
    expect(refusalOf(waiting)).toEqual({ code: 'BAD_USER_INPUT', reason: 'ALREADY_GRANTED' });

    const done = await reprint(source, later(Y2017, 7));
    expect(done.errors).toBeUndefined();
    expect(done.data?.reprintArticle.reprintOf.id).toBe(source);
    const used = (await view(pending.id, tokens.publisher2)).data?.node;
    expect(used).toMatchObject({ status: 'USED', reprint: { id: done.data?.reprintArticle.id } });
    expect(used?.usedAt).toBe(later(Y2017, 7).toISOString());
    // The grant is spent.
    expect(refusalOf(await reprint(source, later(Y2017, 8)))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'DUPLICATE',
    });

    // The decision is audited.
    const audit = await gql<{ auditLog: { edges: Array<{ node: { action: string; reason: string | null } }> } }>(
      url,
      'query ($filter: AuditFilter) { auditLog(first: 10, filter: $filter) { edges { node { action reason } } } }',
      { filter: { targetType: 'ReprintRequest' } },
      { token: tokens.admin },
    );
    const actions = audit.data?.auditLog.edges.map((edge) => edge.node) ?? [];
    expect(actions).toContainEqual({ action: 'reprint.grant', reason: '注明出处即可' });
    expect(actions).toContainEqual(expect.objectContaining({ action: 'reprint.request' }));
  });

  it('from open reprint on an OPEN article needs no request (and a request is refused as needless)', async () => {
    const source = await publish('OPEN', later(Y2019, -60));
    const asked = await request(source, Y2019);
    expect(refusalOf(asked)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NO_REQUEST_NEEDED' });
    expect(asked.errors?.[0]?.message).toMatch(/reprint it directly/);
    const done = await reprint(source, later(Y2019, 1));
    expect(done.errors).toBeUndefined();
    // The rule is read at the moment of the reprint: the same article in 2017 would have needed one.
    const another = await publish('OPEN', later(Y2017, -60));
    expect(refusalOf(await reprint(another, Y2017)).reason).toBe('BEFORE_OPEN_REPRINT');
    expect((await reprint(another, Y2019)).errors).toBeUndefined();
  });

  it('CLOSED needs a grant: a decline needs a reason, tells the requester, and a new request may follow', async () => {
    const source = await publish('CLOSED', later(Y2019, -60));
    expect(refusalOf(await reprint(source, Y2019))).toEqual({ code: 'REPRINT_NOT_ALLOWED', reason: 'CLOSED' });
    const first = (await request(source, Y2019, null)).data?.requestReprint as RequestView;
    expect(first).toMatchObject({ status: 'PENDING', note: null });

    const bare = await decide(first.id, false, later(Y2019, 1));
    expect(refusalOf(bare)).toEqual({ code: 'BAD_USER_INPUT', reason: 'REQUIRED' });
    expect(bare.errors?.[0]?.extensions?.field).toBe('reason');
    const declined = await decide(first.id, false, later(Y2019, 2), '仅限合作媒体');
    expect(declined.data?.decideReprintRequest).toMatchObject({ status: 'DECLINED', reason: '仅限合作媒体' });
    expect(await notificationsOf(tokens.publisher2)).toContainEqual(
      expect.objectContaining({ kind: 'REPRINT_DECLINED', targetId: first.id }),
    );
    expect(refusalOf(await reprint(source, later(Y2019, 3))).reason).toBe('CLOSED');

    const second = (await request(source, later(Y2019, 4), '我们已经签约了')).data?.requestReprint as RequestView;
    expect(second.status).toBe('PENDING');
    expect((await decide(second.id, true, later(Y2019, 5))).data?.decideReprintRequest.status).toBe('GRANTED');
    expect((await reprint(source, later(Y2019, 6))).errors).toBeUndefined();

    // Lists: the source's operators see both incoming, the requester both outgoing.
    const outgoing = await gql<{ reprintRequests: { edges: Array<{ node: { id: string; status: string } }> } }>(
      url,
      LIST,
      { accountId: theirs, direction: 'OUTGOING' },
      { token: tokens.publisher2 },
    );
    const ids = outgoing.data?.reprintRequests.edges.map((edge) => edge.node.id) ?? [];
    expect(ids.slice(0, 2)).toEqual([second.id, first.id]);
    const incoming = await gql<{ reprintRequests: { edges: Array<{ node: { id: string; status: string } }> } }>(
      url,
      LIST,
      { accountId: mine[0], direction: 'INCOMING', status: 'DECLINED' },
      { token: tokens.publisher },
    );
    expect(incoming.data?.reprintRequests.edges.map((edge) => edge.node)).toContainEqual({
      id: first.id,
      status: 'DECLINED',
    });
  });

  it('refuses what is not the requester’s to ask, with a reason and nothing written', async () => {
    const closed = await publish('CLOSED', later(Y2019, -60));
    const notMine = await gql(
      url,
      REQUEST,
      { sourceId: closed, accountId: mine[1] },
      { token: tokens.publisher2, now: Y2019 },
    );
    // An account the viewer does not operate is one it cannot act for (as for reprintArticle).
    expect(refusalOf(notMine)).toEqual({ code: 'NOT_FOUND', reason: 'UNKNOWN_ID' });
    const own = await gql(
      url,
      REQUEST,
      { sourceId: closed, accountId: mine[0] },
      { token: tokens.publisher, now: Y2019 },
    );
    expect(refusalOf(own)).toEqual({ code: 'REPRINT_NOT_ALLOWED', reason: 'OWN_ARTICLE' });
    const moderator = await gql(url, REQUEST, { sourceId: closed, accountId: theirs }, { token: tokens.moderator });
    expect(refusalOf(moderator)).toEqual({ code: 'FORBIDDEN', reason: 'ROLE' });
    const long = await request(closed, Y2019, '长'.repeat(501));
    expect(refusalOf(long)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG' });
    const list = await gql<{ reprintRequests: { totalCount: number } }>(
      url,
      LIST,
      { accountId: mine[0], direction: 'INCOMING', status: 'PENDING' },
      { token: tokens.publisher },
    );
    expect(list.data?.reprintRequests.totalCount).toBe(0);
  });

  it('is seen by the operators of either side and staff; signed-out readers and foreign publishers see nothing', async () => {
    // The demo publisher asks for an article of an account nobody operates: only ADMIN decides.
    const source = await publish('CLOSED', later(Y2019, -60), unoperated, tokens.admin);
    const asked = await gql<{ requestReprint: RequestView }>(
      url,
      REQUEST,
      { sourceId: source, accountId: mine[1], note: '请求转载' },
      { token: tokens.publisher, now: Y2019 },
    );
    const id = asked.data?.requestReprint.id as string;
    expect(id).toBeTruthy();

    expect((await view(id, tokens.publisher)).data?.node?.status).toBe('PENDING');
    expect((await view(id, tokens.moderator)).data?.node?.note).toBe('请求转载');
    expect((await view(id, undefined)).data?.node).toBeNull();
    expect((await view(id, tokens.publisher2)).data?.node).toBeNull();

    const signedOut = await gql(url, LIST, { accountId: mine[1], direction: 'OUTGOING' });
    expect(refusalOf(signedOut).code).toBe('UNAUTHENTICATED');
    for (const [accountId, direction] of [
      [mine[1], 'OUTGOING'],
      [unoperated, 'INCOMING'],
    ]) {
      const foreign = await gql<{ reprintRequests: { totalCount: number; edges: unknown[] } }>(
        url,
        LIST,
        { accountId, direction },
        { token: tokens.publisher2 },
      );
      expect(foreign.data?.reprintRequests).toEqual({ totalCount: 0, edges: [] });
    }
    // A foreign publisher cannot decide what it cannot see; the moderator's role may not decide.
    expect(refusalOf(await decide(id, true, Y2019, null, tokens.publisher2))).toEqual({
      code: 'NOT_FOUND',
      reason: 'UNKNOWN_ID',
    });
    expect(refusalOf(await decide(id, true, Y2019, null, tokens.moderator))).toEqual({
      code: 'FORBIDDEN',
      reason: 'ROLE',
    });
    // The requester may not decide its own request, ADMIN may.
    expect(refusalOf(await decide(id, true, Y2019, null, tokens.publisher)).reason).toBe('NOT_OPERATOR');
    expect((await decide(id, true, later(Y2019, 1), null, tokens.admin)).data?.decideReprintRequest.status).toBe(
      'GRANTED',
    );
  });

  it('spends one grant once under simultaneous reprints, and keeps one open request under simultaneous asks', async () => {
    const source = await publish('CLOSED', later(Y2019, -60));
    const asks = await Promise.all([request(source, Y2019), request(source, Y2019), request(source, Y2019)]);
    const created = asks.filter((result) => result.data?.requestReprint);
    expect(created).toHaveLength(1);
    for (const refused of asks.filter((result) => !result.data?.requestReprint))
      expect(refusalOf(refused)).toEqual({ code: 'BAD_USER_INPUT', reason: 'ALREADY_OPEN' });
    const id = created[0]?.data?.requestReprint.id as string;

    const decisions = await Promise.all([
      decide(id, true, later(Y2019, 1)),
      decide(id, false, later(Y2019, 1), '不行'),
    ]);
    expect(decisions.filter((result) => result.data?.decideReprintRequest)).toHaveLength(1);
    const status = (await view(id, tokens.publisher)).data?.node?.status;
    if (status !== 'GRANTED') {
      // The decline won the race: grant a fresh request so the reprint race below has one grant.
      const fresh = (await request(source, later(Y2019, 2))).data?.requestReprint.id as string;
      await decide(fresh, true, later(Y2019, 3));
    }

    const reprints = await Promise.all(Array.from({ length: 4 }, () => reprint(source, later(Y2019, 4))));
    const succeeded = reprints.filter((result) => result.data?.reprintArticle);
    expect(succeeded).toHaveLength(1);
    for (const refused of reprints.filter((result) => !result.data?.reprintArticle)) {
      expect(['REPRINT_NOT_ALLOWED', 'BAD_USER_INPUT']).toContain(refusalOf(refused).code);
    }
    const outgoing = await gql<{ reprintRequests: { edges: Array<{ node: { status: string } }> } }>(
      url,
      LIST,
      { accountId: theirs, direction: 'OUTGOING', status: 'USED' },
      { token: tokens.publisher2 },
    );
    const reprintCount = await gql<{ article: { reprintCount: number } }>(
      url,
      'query ($id: ID!) { article(id: $id) { reprintCount } }',
      { id: source },
      { token: tokens.admin },
    );
    expect(reprintCount.data?.article.reprintCount).toBe(1);
    expect(outgoing.data?.reprintRequests.edges.length).toBeGreaterThanOrEqual(1);
  });
});
