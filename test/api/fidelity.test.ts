import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, refusalOf, signIn } from '../support/graphql';
import { creditCode, idCard } from '../support/identity';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

/**
 * The turn-2 corrections of our readings of the seeds (domain.md, "Corrections and additions"),
 * over HTTP with the injected clock: never-lifted bans stay on through appeals, overturning is not
 * lifting, blocked sources stay blocked through reprints, quotas count official accounts, two
 * approvals are two people, and every rule has a value from the platform's launch.
 */
let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens: Record<string, string> = {};
let seq = 500;

const REPORT = 'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }';
const CONFIRM =
  'mutation ($id: ID!) { confirmViolation(id: $id, note: "证据确凿") { id status ordinal penalty { id endsAt permanent } } }';
const OVERTURN =
  'mutation ($id: ID!, $reason: String!) { overturnViolation(id: $id, reason: $reason) { id status ordinal } }';
const FILE_APPEAL = 'mutation ($id: ID!, $text: String!) { fileAppeal(penaltyId: $id, text: $text) { id status } }';
const DECIDE_APPEAL =
  'mutation ($id: ID!, $grant: Boolean!) { decideAppeal(id: $id, grant: $grant, reason: "已复核") { status penalty { active } } }';
const REGISTER = 'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id kind } }';
const CREATE_SUBJECT = 'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id kind quota } }';

beforeAll(async () => {
  database = await createTestDatabase();
  // Sessions outlive the clock moves below.
  server = await startTestServer(database, { SESSION_TTL_HOURS: '200000' });
  url = server.url;
  for (const role of ['admin', 'moderator', 'analyst', 'publisher', 'reviewer'])
    tokens[role] = await signIn(url, `${role}@example.com`);
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

type Confirmed = {
  confirmViolation: { id: string; ordinal: number; penalty: { id: string; endsAt: string | null; permanent: boolean } };
};

async function newSubject(kind: 'INDIVIDUAL' | 'ENTERPRISE'): Promise<{ id: string; quota: number }> {
  seq += 1;
  const result = await gql<{ createSubject: { id: string; quota: number } }>(
    url,
    CREATE_SUBJECT,
    {
      input: {
        kind,
        name: kind === 'INDIVIDUAL' ? `测试个人${seq}` : `测试${seq}有限公司`,
        idNumber: kind === 'INDIVIDUAL' ? idCard(seq) : creditCode(seq),
      },
    },
    { token: tokens.admin },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createSubject;
}

async function newAccount(name: string): Promise<string> {
  const subject = await newSubject('ENTERPRISE');
  const account = await gql<{ registerAccount: { id: string } }>(
    url,
    REGISTER,
    { input: { subjectId: subject.id, kind: 'SUBSCRIPTION', name } },
    { token: tokens.admin },
  );
  const id = account.data?.registerAccount.id;
  if (!id) throw new Error(JSON.stringify(account.errors));
  return id;
}

async function confirmLikeFarming(accountId: string, now?: Date): Promise<Confirmed['confirmViolation']> {
  const reported = await gql<{ reportViolation: { id: string } }>(
    url,
    REPORT,
    { input: { accountId, type: 'LIKE_FARMING', source: 'MODERATOR', evidence: '集赞截图换礼品' } },
    { token: tokens.moderator, now },
  );
  const id = reported.data?.reportViolation.id;
  if (!id) throw new Error(JSON.stringify(reported.errors));
  const confirmed = await gql<Confirmed>(url, CONFIRM, { id }, { token: tokens.moderator, now });
  if (!confirmed.data) throw new Error(JSON.stringify(confirmed.errors));
  return confirmed.data.confirmViolation;
}

async function bannedNow(accountId: string): Promise<boolean | undefined> {
  const result = await gql<{ account: { banned: boolean } }>(
    url,
    'query ($id: ID!) { account(id: $id) { banned } }',
    { id: accountId },
    { token: tokens.admin },
  );
  return result.data?.account.banned;
}

/**
 * The actions the audit log holds for a target. Entries name it by the local id inside the global
 * one; the filter takes either, and both must find the same entries.
 */
async function auditActions(globalId: string): Promise<string[]> {
  const localId = Buffer.from(globalId, 'base64url').toString().split(':')[1];
  const actionsFor = async (targetId: string | undefined) => {
    const result = await gql<{ auditLog: { edges: Array<{ node: { action: string } }> } }>(
      url,
      'query ($targetId: String) { auditLog(first: 100, filter: { targetId: $targetId }) { edges { node { action } } } }',
      { targetId },
      { token: tokens.admin },
    );
    const edges = result.data?.auditLog.edges;
    if (!edges) throw new Error(JSON.stringify(result.errors));
    return edges.map((edge) => edge.node.action);
  };
  const byLocalId = await actionsFor(localId);
  expect(await actionsFor(globalId)).toEqual(byLocalId);
  return byLocalId;
}

describe(`never-lifted bans and overturning (${driverName})`, () => {
  it('refuses to grant an appeal of a 4th like-farming offence (PENALTY_NOT_LIFTABLE), writing nothing; rejecting it works', async () => {
    const account = await newAccount('永久封禁申诉号');
    let fourth: Confirmed['confirmViolation'] | undefined;
    for (let i = 0; i < 4; i += 1) fourth = await confirmLikeFarming(account);
    expect(fourth).toMatchObject({ ordinal: 4, penalty: { permanent: true, endsAt: null } });

    const filed = await gql<{ fileAppeal: { id: string } }>(
      url,
      FILE_APPEAL,
      { id: fourth?.penalty.id, text: '我们已整改，请求解封。' },
      { token: tokens.admin },
    );
    const appealId = filed.data?.fileAppeal.id;
    expect(appealId).toBeTruthy();

    const granted = await gql(url, DECIDE_APPEAL, { id: appealId, grant: true }, { token: tokens.moderator });
    expect(refusalOf(granted)).toEqual({ code: 'PENALTY_NOT_LIFTABLE', reason: 'PERMANENT' });
    expect(granted.errors?.[0]?.message).toContain('永久封号且不解封');
    expect(await bannedNow(account)).toBe(true);

    const rejected = await gql<{ decideAppeal: { status: string; penalty: { active: boolean } } }>(
      url,
      DECIDE_APPEAL,
      { id: appealId, grant: false },
      { token: tokens.moderator },
    );
    expect(rejected.data?.decideAppeal).toEqual({ status: 'REJECTED', penalty: { active: true } });

    // Nor can the violation behind it be overturned: that would end the ban too.
    const overturn = await gql(url, OVERTURN, { id: fourth?.id, reason: '误判' }, { token: tokens.moderator });
    expect(refusalOf(overturn)).toEqual({ code: 'PENALTY_NOT_LIFTABLE', reason: 'PERMANENT' });
  });

  it('overturning removes a violation from the ladder and ends its ban; lifting only ends the ban', async () => {
    const lifted = await newAccount('解封对照号');
    const first = await confirmLikeFarming(lifted);
    const lift = await gql(
      url,
      'mutation ($id: ID!) { liftPenalty(id: $id, reason: "误判") { liftedAt } }',
      { id: first.penalty.id },
      { token: tokens.moderator },
    );
    expect(lift.errors).toBeUndefined();
    expect(await bannedNow(lifted)).toBe(false);
    // Lifted, not overturned: the strike still counts.
    expect((await confirmLikeFarming(lifted)).ordinal).toBe(2);

    const account = await newAccount('撤销违规号');
    const one = await confirmLikeFarming(account);
    expect(one.ordinal).toBe(1);
    expect(await bannedNow(account)).toBe(true);

    for (const role of ['publisher', 'analyst', 'reviewer']) {
      const refused = await gql(url, OVERTURN, { id: one.id, reason: '误判' }, { token: tokens[role] });
      expect(codeOf(refused)).toBe('FORBIDDEN');
    }
    const short = await gql(url, OVERTURN, { id: one.id, reason: ' ' }, { token: tokens.moderator });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await bannedNow(account)).toBe(true);

    const overturned = await gql<{ overturnViolation: { status: string } }>(
      url,
      OVERTURN,
      { id: one.id, reason: '证据不足，误判' },
      { token: tokens.moderator },
    );
    expect(overturned.data?.overturnViolation.status).toBe('OVERTURNED');
    expect(await bannedNow(account)).toBe(false);
    const again = await gql(url, OVERTURN, { id: one.id, reason: '再次撤销' }, { token: tokens.moderator });
    expect(refusalOf(again)).toEqual({ code: 'INVALID_TRANSITION', reason: 'NOT_CONFIRMED' });
    expect(await auditActions(one.id)).toContain('violation.overturn');

    // The next offence's ordinal drops: the overturned one no longer counts.
    expect((await confirmLikeFarming(account)).ordinal).toBe(1);
  });

  it('confirms a like-farming violation with the clock at 2013-01-01 (before the like-farming rule): the ordinary ladder', async () => {
    const account = await newAccount('早期违规号');
    const at = new Date('2013-01-01T02:00:00Z');
    const confirmed = await confirmLikeFarming(account, at);
    expect(confirmed.ordinal).toBe(1);
    expect(confirmed.penalty.permanent).toBe(false);
    expect(Date.parse(confirmed.penalty.endsAt ?? '') - at.getTime()).toBe(3 * 86_400_000);

    // Every rule has a value from launch on: the rules in force on the opening day.
    const rules = await gql<{ rules: Array<{ key: string }> }>(
      url,
      'query ($at: DateTime) { rules(at: $at) { key } }',
      { at: '2012-08-18T00:00:00+08:00' },
      { token: tokens.admin },
    );
    const keys = new Set(rules.data?.rules.map((rule) => rule.key));
    for (const key of ['penalty.ladder.LIKE_FARMING', 'appeal.windowDays', 'article.correction.operations'])
      expect(keys.has(key)).toBe(true);
  });
});

describe(`blocked sources (${driverName})`, () => {
  it('a reprint of a blocked article shows readers no body, only that the source is unavailable; unblocking restores it', async () => {
    const source = await newAccount('原创来源号');
    const reprinter = await newAccount('转载号');
    const body = '这是一篇原创文章的正文，欢迎转载。';
    const published = await gql<{ publishArticle: { id: string } }>(
      url,
      'mutation ($input: PublishArticleInput!) { publishArticle(input: $input) { id } }',
      { input: { accountId: source, title: '原创', summary: '', body, original: true, reprintPolicy: 'OPEN' } },
      { token: tokens.admin },
    );
    const sourceId = published.data?.publishArticle.id;
    const reprinted = await gql<{ reprintArticle: { id: string } }>(
      url,
      'mutation ($input: ReprintArticleInput!) { reprintArticle(input: $input) { id } }',
      { input: { sourceId, accountId: reprinter } },
      { token: tokens.admin },
    );
    const reprintId = reprinted.data?.reprintArticle.id;
    expect(reprintId).toBeTruthy();
    const READ = 'query ($id: ID!) { article(id: $id) { body sourceUnavailable reprintOf { id } } }';
    const read = (token?: string) =>
      gql<{ article: { body: string; sourceUnavailable: boolean; reprintOf: { id: string } | null } | null }>(
        url,
        READ,
        { id: reprintId },
        { token },
      );
    expect((await read()).data?.article).toEqual({ body, sourceUnavailable: false, reprintOf: { id: sourceId } });

    const blocked = await gql(
      url,
      'mutation ($id: ID!) { blockArticle(id: $id, reason: "侵权投诉成立") { blocked } }',
      { id: sourceId },
      { token: tokens.moderator },
    );
    expect(blocked.errors).toBeUndefined();
    expect((await read()).data?.article).toEqual({ body: '', sourceUnavailable: true, reprintOf: null });
    expect((await read(tokens.publisher)).data?.article).toMatchObject({ body: '', sourceUnavailable: true });
    // Staff still read it, to review the case.
    expect((await read(tokens.moderator)).data?.article).toMatchObject({ body, sourceUnavailable: false });

    await gql(
      url,
      'mutation ($id: ID!) { unblockArticle(id: $id, reason: "申诉成立") { blocked } }',
      { id: sourceId },
      { token: tokens.moderator },
    );
    expect((await read()).data?.article).toEqual({ body, sourceUnavailable: false, reprintOf: { id: sourceId } });
  });
});

describe(`quotas per the corrected domain (${driverName})`, () => {
  it('counts official accounts only: a mini-program does not use up an individual’s official-account quota', async () => {
    const individual = await newSubject('INDIVIDUAL');
    expect(individual.quota).toBe(1);
    const official = await gql(
      url,
      REGISTER,
      { input: { subjectId: individual.id, kind: 'SUBSCRIPTION', name: '个人订阅号' } },
      { token: tokens.admin },
    );
    expect(official.errors).toBeUndefined();
    const mini = await gql(
      url,
      REGISTER,
      { input: { subjectId: individual.id, kind: 'MINI_PROGRAM', name: '个人小程序' } },
      { token: tokens.admin },
    );
    expect(mini.errors).toBeUndefined();
    const second = await gql(
      url,
      REGISTER,
      { input: { subjectId: individual.id, kind: 'SERVICE', name: '第二个公众号' } },
      { token: tokens.admin },
    );
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      reason: 'ACCOUNTS',
      quota: 1,
      owned: 1,
    });

    // Mini-programs have a quota of their own (5 for an individual).
    for (let i = 2; i <= 5; i += 1) {
      const more = await gql(
        url,
        REGISTER,
        { input: { subjectId: individual.id, kind: 'MINI_PROGRAM', name: `个人小程序${i}` } },
        { token: tokens.admin },
      );
      expect(more.errors).toBeUndefined();
    }
    const sixth = await gql(
      url,
      REGISTER,
      { input: { subjectId: individual.id, kind: 'MINI_PROGRAM', name: '个人小程序6' } },
      { token: tokens.admin },
    );
    expect(sixth.errors?.[0]?.extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', quota: 5, owned: 5 });
  });

  it('refuses an enterprise account for an individual, and takes it for an enterprise', async () => {
    const individual = await newSubject('INDIVIDUAL');
    const refused = await gql(
      url,
      REGISTER,
      { input: { subjectId: individual.id, kind: 'ENTERPRISE', name: '个人企业号' } },
      { token: tokens.admin },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SUBJECT_KIND',
      field: 'input.kind',
    });
    const accounts = await gql<{ subject: { accountCount: number } }>(
      url,
      'query ($id: ID!) { subject(id: $id) { accountCount } }',
      { id: individual.id },
      { token: tokens.admin },
    );
    expect(accounts.data?.subject.accountCount).toBe(0);
    const enterprise = await newSubject('ENTERPRISE');
    const ok = await gql(
      url,
      REGISTER,
      { input: { subjectId: enterprise.id, kind: 'ENTERPRISE', name: '企业号' } },
      { token: tokens.admin },
    );
    expect(ok.errors).toBeUndefined();
  });

  it('needs two different people for the two approvals of a quota increase', async () => {
    const subject = await newSubject('INDIVIDUAL');
    const filed = await gql<{ fileQuotaRequest: { id: string } }>(
      url,
      'mutation ($input: FileQuotaRequestInput!) { fileQuotaRequest(input: $input) { id } }',
      { input: { subjectId: subject.id, requestedQuota: 3, reason: '需要为不同栏目开设账号' } },
      { token: tokens.admin },
    );
    const id = filed.data?.fileQuotaRequest.id;
    const preliminary = await gql(
      url,
      'mutation ($id: ID!) { passQuotaPreliminaryExamination(id: $id, note: "材料齐全") { status } }',
      { id },
      { token: tokens.admin },
    );
    expect(preliminary.errors).toBeUndefined();
    const AUTHORITY =
      'mutation ($id: ID!, $input: AuthorityApprovalInput!) { recordQuotaAuthorityApproval(id: $id, input: $input) { status } }';
    const input = { authorityName: '杭州市网信办', authorityReference: '杭网信〔2026〕2号' };
    const same = await gql(url, AUTHORITY, { id, input }, { token: tokens.admin });
    expect(refusalOf(same)).toEqual({ code: 'FORBIDDEN', reason: 'SAME_PERSON' });
    const status = await gql<{ quotaRequests: { edges: Array<{ node: { id: string; status: string } }> } }>(
      url,
      '{ quotaRequests(first: 50) { edges { node { id status } } } }',
      {},
      { token: tokens.admin },
    );
    expect(status.data?.quotaRequests.edges.find((edge) => edge.node.id === id)?.node.status).toBe(
      'AWAITING_AUTHORITY',
    );
  });
});
