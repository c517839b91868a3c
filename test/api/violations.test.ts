import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, refusalOf, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens: Record<string, string> = {};
let subjectSeq = 100;

const REPORT =
  'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id status reportCount source type evidenceTitle evidenceBody } }';
const CONFIRM =
  'mutation ($id: ID!) { confirmViolation(id: $id, note: "证据确凿") { id status ordinal penalty { id startsAt endsAt permanent active } } }';
const PUBLISH = 'mutation ($input: PublishArticleInput!) { publishArticle(input: $input) { id } }';

beforeAll(async () => {
  database = await createTestDatabase();
  // Sessions outlive the clock moves below (appeal windows of 30 days).
  server = await startTestServer(database, { SESSION_TTL_HOURS: '2400' });
  url = server.url;
  for (const role of ['admin', 'moderator', 'analyst', 'publisher'])
    tokens[role] = await signIn(url, `${role}@example.com`);
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

/** A fresh account (its own enterprise subject), created by the admin. */
async function newAccount(name: string): Promise<string> {
  subjectSeq += 1;
  const subject = await gql<{ createSubject: { id: string } }>(
    url,
    'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
    { input: { kind: 'ENTERPRISE', name: `${name}有限公司`, idNumber: creditCode(subjectSeq) } },
    { token: tokens.admin },
  );
  const account = await gql<{ registerAccount: { id: string } }>(
    url,
    'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
    { input: { subjectId: subject.data?.createSubject.id, kind: 'SUBSCRIPTION', name } },
    { token: tokens.admin },
  );
  const id = account.data?.registerAccount.id;
  if (!id) throw new Error(JSON.stringify(account.errors ?? subject.errors));
  return id;
}

async function publish(accountId: string, body: string, token = tokens.admin): Promise<string> {
  const result = await gql<{ publishArticle: { id: string } }>(
    url,
    PUBLISH,
    { input: { accountId, title: '活动通知', summary: '', body, original: true, reprintPolicy: 'OPEN' } },
    { token },
  );
  const id = result.data?.publishArticle.id;
  if (!id) throw new Error(JSON.stringify(result.errors));
  return id;
}

async function report(
  accountId: string,
  type = 'LIKE_FARMING',
  articleId: string | null = null,
  token = tokens.moderator,
) {
  const result = await gql<{ reportViolation: { id: string; reportCount: number } }>(
    url,
    REPORT,
    {
      input: {
        accountId,
        articleId,
        type,
        source: token === tokens.moderator ? 'MODERATOR' : 'USER_REPORT',
        evidence: '集赞截图换礼品',
      },
    },
    { token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.reportViolation;
}

type Confirmed = {
  confirmViolation: {
    ordinal: number;
    penalty: { id: string; startsAt: string; endsAt: string | null; permanent: boolean };
  };
};

async function banned(accountId: string, now?: Date) {
  const result = await gql<{ account: { banned: boolean; activePenalty: { endsAt: string | null } | null } }>(
    url,
    'query ($id: ID!) { account(id: $id) { banned activePenalty { endsAt } } }',
    { id: accountId },
    { token: tokens.admin, now },
  );
  return result.data?.account;
}

describe(`the like-farming ladder (${driverName})`, () => {
  it('gives 7, 15, 30 days, then permanent; dismissed and other-type violations do not count; permanent is never lifted', async () => {
    const account = await newAccount('阶梯测试号');
    // Articles first: once banned, the account cannot publish.
    const articleIds = [];
    for (let i = 0; i < 4; i += 1) articleIds.push(await publish(account, `第${i}篇`));
    // A dismissed like-farming report and a confirmed induced-sharing one come first: neither counts.
    const dismissed = await report(account);
    const dismissal = await gql(
      url,
      'mutation ($id: ID!) { dismissViolation(id: $id, note: "不属实") { status } }',
      { id: dismissed.id },
      { token: tokens.moderator },
    );
    expect(dismissal.data).toEqual({ dismissViolation: { status: 'DISMISSED' } });
    const other = await report(account, 'INDUCED_SHARING');
    const otherConfirmed = await gql<Confirmed>(url, CONFIRM, { id: other.id }, { token: tokens.moderator });
    expect(otherConfirmed.data?.confirmViolation.ordinal).toBe(1);

    const days: Array<number | null> = [];
    for (const [i, articleId] of articleIds.entries()) {
      const violation = await report(account, 'LIKE_FARMING', articleId);
      const preview = await gql<{ penaltyPreview: { ordinal: number; days: number | null; permanent: boolean } }>(
        url,
        'query ($id: ID!) { penaltyPreview(violationId: $id) { ordinal days permanent } }',
        { id: violation.id },
        { token: tokens.moderator },
      );
      expect(preview.data?.penaltyPreview).toEqual({ ordinal: i + 1, days: [7, 15, 30, null][i], permanent: i === 3 });
      const confirmed = await gql<Confirmed>(url, CONFIRM, { id: violation.id }, { token: tokens.moderator });
      expect(confirmed.errors).toBeUndefined();
      const { ordinal, penalty } = confirmed.data?.confirmViolation ?? { ordinal: 0, penalty: null };
      expect(ordinal).toBe(i + 1);
      days.push(
        penalty?.endsAt ? Math.round((Date.parse(penalty.endsAt) - Date.parse(penalty.startsAt)) / 86_400_000) : null,
      );
    }
    expect(days).toEqual([7, 15, 30, null]);

    const permanent = await gql<{ account: { activePenalty: { id: string; permanent: boolean; liftable: boolean } } }>(
      url,
      'query ($id: ID!) { account(id: $id) { activePenalty { id permanent liftable } } }',
      { id: account },
      { token: tokens.moderator },
    );
    expect(permanent.data?.account.activePenalty).toMatchObject({ permanent: true, liftable: false });
    for (const token of [tokens.moderator, tokens.admin]) {
      const lift = await gql(
        url,
        'mutation ($id: ID!) { liftPenalty(id: $id, reason: "试图解封") { id } }',
        { id: permanent.data?.account.activePenalty.id },
        { token },
      );
      expect(codeOf(lift)).toBe('PENALTY_NOT_LIFTABLE');
    }
    const farFuture = await banned(account, new Date(Date.now() + 90 * 86_400_000));
    expect(farFuture?.banned).toBe(true);
  });

  it('bans end by themselves when the clock passes their end, and a lift frees the account at once', async () => {
    const account = await newAccount('到期测试号');
    const violation = await report(account);
    const confirmed = await gql<Confirmed>(url, CONFIRM, { id: violation.id }, { token: tokens.moderator });
    const endsAt = new Date(confirmed.data?.confirmViolation.penalty.endsAt ?? 0);
    expect((await banned(account))?.banned).toBe(true);
    expect((await banned(account, new Date(endsAt.getTime() - 1000)))?.banned).toBe(true);
    expect((await banned(account, new Date(endsAt.getTime() + 1000)))?.banned).toBe(false);

    const noReason = await gql(
      url,
      'mutation ($id: ID!) { liftPenalty(id: $id, reason: "") { id } }',
      { id: confirmed.data?.confirmViolation.penalty.id },
      { token: tokens.moderator },
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(
      codeOf(
        await gql(
          url,
          'mutation ($id: ID!) { liftPenalty(id: $id, reason: "误判") { id } }',
          { id: confirmed.data?.confirmViolation.penalty.id },
          { token: tokens.analyst },
        ),
      ),
    ).toBe('FORBIDDEN');
    const lifted = await gql<{ liftPenalty: { active: boolean; liftReason: string } }>(
      url,
      'mutation ($id: ID!) { liftPenalty(id: $id, reason: "误判") { active liftReason } }',
      { id: confirmed.data?.confirmViolation.penalty.id },
      { token: tokens.moderator },
    );
    expect(lifted.data?.liftPenalty).toEqual({ active: false, liftReason: '误判' });
    expect((await banned(account))?.banned).toBe(false);
  });

  it('keeps the account banned until the later end when a new ban starts during one', async () => {
    const account = await newAccount('重叠测试号');
    const infringement = await report(account, 'INFRINGEMENT');
    const first = await gql<Confirmed>(url, CONFIRM, { id: infringement.id }, { token: tokens.moderator });
    // A decided violation is not decided again.
    expect(refusalOf(await gql(url, CONFIRM, { id: infringement.id }, { token: tokens.moderator }))).toEqual({
      code: 'INVALID_TRANSITION',
      reason: 'ALREADY_DECIDED',
    });
    const second = await gql<Confirmed>(
      url,
      CONFIRM,
      { id: (await report(account, 'OTHER')).id },
      { token: tokens.moderator },
    );
    const longer =
      [first, second]
        .map((r) => r.data?.confirmViolation.penalty.endsAt ?? '')
        .sort()
        .at(-1) ?? '';
    const shorter = [first, second].map((r) => r.data?.confirmViolation.penalty.endsAt ?? '').sort()[0] ?? '';
    expect((await banned(account))?.activePenalty?.endsAt).toBe(longer);
    expect((await banned(account, new Date(Date.parse(shorter) + 1000)))?.banned).toBe(true);
    expect((await banned(account, new Date(Date.parse(longer) + 1000)))?.banned).toBe(false);
  });

  it('gives ordinals exactly 1..20 to 20 simultaneous confirmations on one account, with 20 audit rows', async () => {
    const account = await newAccount('并发确认号');
    const ids: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const articleId = await publish(account, `并发第${i}篇`);
      ids.push((await report(account, 'OTHER', articleId)).id);
    }
    const results = await Promise.all(
      ids.map((id) => gql<Confirmed>(url, CONFIRM, { id }, { token: tokens.moderator })),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    const ordinals = results.map((r) => r.data?.confirmViolation.ordinal).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(ordinals).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const audit = await gql<{ auditLog: { edges: Array<{ node: { targetId: string } }> } }>(
      url,
      '{ auditLog(first: 100, filter: { action: "violation.confirm" }) { edges { node { targetId } } } }',
      {},
      { token: tokens.admin },
    );
    const local = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];
    const audited = new Set(audit.data?.auditLog.edges.map((e) => e.node.targetId));
    expect(ids.filter((id) => audited.has(local(id) ?? ''))).toHaveLength(20);
  });
});

describe(`bans stop publishing (${driverName})`, () => {
  it('refuses to publish, correct or reprint while banned, naming the end, and writes nothing', async () => {
    const account = await newAccount('封禁发布号');
    const articleId = await publish(account, '封禁前发布的文章，内容很长很长。');
    const violation = await report(account);
    const confirmed = await gql<Confirmed>(url, CONFIRM, { id: violation.id }, { token: tokens.moderator });
    const count = async () =>
      (
        await gql<{ articles: { totalCount: number } }>(
          url,
          'query ($id: ID!) { articles(filter: { accountId: $id }) { totalCount } }',
          { id: account },
          { token: tokens.admin },
        )
      ).data?.articles.totalCount;
    const before = await count();
    const refused = await gql(
      url,
      PUBLISH,
      { input: { accountId: account, title: 'T', summary: '', body: '正文', original: true, reprintPolicy: 'OPEN' } },
      { token: tokens.admin },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'ACCOUNT_BANNED',
      endsAt: confirmed.data?.confirmViolation.penalty.endsAt,
    });
    expect(refused.errors?.[0]?.message).toContain(confirmed.data?.confirmViolation.penalty.endsAt ?? 'x');
    const correct = await gql(
      url,
      'mutation ($input: CorrectArticleInput!) { correctArticle(input: $input) { id } }',
      { input: { articleId, body: '封禁前发布的文章，内容很长很长！' } },
      { token: tokens.admin },
    );
    expect(codeOf(correct)).toBe('ACCOUNT_BANNED');
    expect(await count()).toBe(before);
  });
});

describe(`reports and the detector (${driverName})`, () => {
  it('files an AUTOMATED report for like-farming wording, freezes the evidence, and merges duplicate reports', async () => {
    const account = await newAccount('检测测试号');
    const body = '转发本文到朋友圈，集满38个赞截图发给小编，即可领取精美礼品！';
    const articleId = await publish(account, body);
    type Page = {
      violations: {
        edges: Array<{ node: { id: string; type: string; source: string; reportCount: number; evidenceBody: string } }>;
      };
    };
    const query =
      'query ($id: ID!) { violations(filter: { accountId: $id, status: PENDING }) { edges { node { id type source reportCount evidenceBody } } } }';
    const detected = await gql<Page>(url, query, { id: account }, { token: tokens.moderator });
    const types = detected.data?.violations.edges.map((e) => `${e.node.source}:${e.node.type}`).sort();
    expect(types).toEqual(['AUTOMATED:INDUCED_SHARING', 'AUTOMATED:LIKE_FARMING']);
    expect(detected.data?.violations.edges[0]?.node.evidenceBody).toBe(body);

    const merged = await report(account, 'LIKE_FARMING', articleId, tokens.publisher);
    expect(merged.reportCount).toBe(2);
    const again = await gql<Page>(url, query, { id: account }, { token: tokens.moderator });
    expect(again.data?.violations.edges).toHaveLength(2);
  });

  it('refuses bad reports with a clear code and writes nothing', async () => {
    const account = await newAccount('坏输入测试号');
    const count = async () =>
      (
        await gql<{ violations: { totalCount: number } }>(
          url,
          '{ violations { totalCount } }',
          {},
          { token: tokens.admin },
        )
      ).data?.violations.totalCount;
    const before = await count();
    const input = { accountId: account, type: 'OTHER', source: 'USER_REPORT', evidence: '  ' };
    const empty = await gql(url, REPORT, { input }, { token: tokens.publisher });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.evidence' });
    const ghost = Buffer.from('Account:6f1c2a4e-8b7d-4c6a-9e5f-0a1b2c3d4e5f').toString('base64url');
    expect(
      codeOf(
        await gql(
          url,
          REPORT,
          { input: { ...input, accountId: ghost, evidence: '有问题' } },
          { token: tokens.publisher },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await gql(
          url,
          REPORT,
          { input: { ...input, evidence: '有问题', source: 'MODERATOR' } },
          { token: tokens.publisher },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await gql(url, REPORT, { input: { ...input, evidence: 'x'.repeat(5001) } }, { token: tokens.publisher })),
    ).toBe('BAD_USER_INPUT');
    const huge = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.publisher}` },
      body: JSON.stringify({
        query: REPORT,
        variables: { input: { ...input, evidence: '证'.repeat(10 * 1024 * 1024) } },
      }),
    });
    expect(huge.status).toBe(413);
    const noNote = await gql(
      url,
      'mutation ($id: ID!) { dismissViolation(id: $id, note: " ") { id } }',
      { id: (await report(account)).id },
      { token: tokens.moderator },
    );
    expect(noNote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await count()).toBe((before ?? 0) + 1);
    const unknown = await gql(
      url,
      CONFIRM,
      { id: Buffer.from('Violation:6f1c2a4e-8b7d-4c6a-9e5f-0a1b2c3d4e5f').toString('base64url') },
      { token: tokens.moderator },
    );
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });

  it('dismisses a selection with one note, all or nothing', async () => {
    const account = await newAccount('批量驳回号');
    const a = await report(account, 'OTHER', await publish(account, '一'));
    const b = await report(account, 'OTHER', await publish(account, '二'));
    const c = await report(account, 'OTHER', await publish(account, '三'));
    await gql(url, CONFIRM, { id: c.id }, { token: tokens.moderator });
    const mixed = await gql(
      url,
      'mutation ($input: DismissViolationsInput!) { dismissViolations(input: $input) { id } }',
      { input: { ids: [a.id, c.id], note: '批量处理' } },
      { token: tokens.moderator },
    );
    expect(refusalOf(mixed)).toEqual({ code: 'INVALID_TRANSITION', reason: 'ALREADY_DECIDED' });
    const ok = await gql<{ dismissViolations: unknown[] }>(
      url,
      'mutation ($input: DismissViolationsInput!) { dismissViolations(input: $input) { status } }',
      { input: { ids: [a.id, b.id], note: '批量处理' } },
      { token: tokens.moderator },
    );
    expect(ok.data?.dismissViolations).toEqual([{ status: 'DISMISSED' }, { status: 'DISMISSED' }]);
  });
});

describe(`appeals and notifications (${driverName})`, () => {
  it('lets the publisher appeal once within 30 days; a granted appeal lifts the ban and the violation stops counting', async () => {
    const mine = await gql<{ accounts: { edges: Array<{ node: { id: string } }> } }>(
      url,
      '{ accounts(first: 1) { edges { node { id } } } }',
      {},
      { token: tokens.publisher },
    );
    const account = mine.data?.accounts.edges[0]?.node.id ?? '';
    const confirmed = await gql<Confirmed>(
      url,
      CONFIRM,
      { id: (await report(account)).id },
      { token: tokens.moderator },
    );
    const penaltyId = confirmed.data?.confirmViolation.penalty.id;
    const FILE =
      'mutation ($id: ID!, $text: String!) { fileAppeal(penaltyId: $id, text: $text) { id status dueAt overdue } }';

    const tooLong = await gql(url, FILE, { id: penaltyId, text: '长'.repeat(2001) }, { token: tokens.publisher });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    const late = await gql(
      url,
      FILE,
      { id: penaltyId, text: '申诉' },
      { token: tokens.publisher, now: new Date(Date.now() + 31 * 86_400_000) },
    );
    expect(refusalOf(late)).toEqual({ code: 'INVALID_TRANSITION', reason: 'APPEAL_WINDOW_CLOSED' });
    expect(codeOf(await gql(url, FILE, { id: penaltyId, text: '申诉' }, { token: tokens.analyst }))).toBe('FORBIDDEN');
    const filed = await gql<{ fileAppeal: { id: string; status: string; overdue: boolean } }>(
      url,
      FILE,
      { id: penaltyId, text: '我们已整改，请复核。' },
      { token: tokens.publisher },
    );
    expect(filed.data?.fileAppeal).toMatchObject({ status: 'PENDING', overdue: false });
    expect(refusalOf(await gql(url, FILE, { id: penaltyId, text: '再次申诉' }, { token: tokens.publisher }))).toEqual({
      code: 'INVALID_TRANSITION',
      reason: 'ALREADY_APPEALED',
    });

    const overdue = await gql<{ appeals: { edges: Array<{ node: { id: string; overdue: boolean } }> } }>(
      url,
      '{ appeals(filter: { status: PENDING }) { edges { node { id overdue } } } }',
      {},
      { token: tokens.moderator, now: new Date(Date.now() + 12 * 86_400_000) },
    );
    expect(overdue.data?.appeals.edges.find((e) => e.node.id === filed.data?.fileAppeal.id)?.node.overdue).toBe(true);

    const decided = await gql(
      url,
      'mutation ($id: ID!) { decideAppeal(id: $id, grant: true, reason: "证据不足") { status penalty { active violation { status } } } }',
      { id: filed.data?.fileAppeal.id },
      { token: tokens.moderator },
    );
    expect(decided.data).toEqual({
      decideAppeal: { status: 'GRANTED', penalty: { active: false, violation: { status: 'OVERTURNED' } } },
    });
    const decidedAgain = await gql(
      url,
      'mutation ($id: ID!) { decideAppeal(id: $id, grant: false, reason: "再议") { status } }',
      { id: filed.data?.fileAppeal.id },
      { token: tokens.moderator },
    );
    expect(refusalOf(decidedAgain)).toEqual({ code: 'INVALID_TRANSITION', reason: 'ALREADY_DECIDED' });
    expect((await banned(account))?.banned).toBe(false);

    // The overturned violation no longer counts: the next like-farming confirmation is ordinal 1 again.
    const next = await gql<Confirmed>(url, CONFIRM, { id: (await report(account)).id }, { token: tokens.moderator });
    expect(next.data?.confirmViolation.ordinal).toBe(1);

    const inbox = await gql<{ notifications: { unreadCount: number; edges: Array<{ node: { kind: string } }> } }>(
      url,
      '{ notifications(first: 20) { unreadCount edges { node { kind } } } }',
      {},
      { token: tokens.publisher },
    );
    const kinds = inbox.data?.notifications.edges.map((e) => e.node.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(['PENALTY', 'PENALTY_LIFTED', 'APPEAL_DECIDED']));
    const read = await gql<{ markNotificationsRead: number }>(
      url,
      'mutation { markNotificationsRead }',
      {},
      { token: tokens.publisher },
    );
    expect(read.data?.markNotificationsRead).toBe(inbox.data?.notifications.unreadCount);
    const after = await gql<{ notifications: { unreadCount: number } }>(
      url,
      '{ notifications { unreadCount } }',
      {},
      { token: tokens.publisher },
    );
    expect(after.data?.notifications.unreadCount).toBe(0);
  });
});

describe(`violation lists (${driverName})`, () => {
  it('uses the same number of SQL statements for 5 and 50 violations with account, penalty and article', async () => {
    const query =
      'query ($first: Int) { violations(first: $first, newestFirst: true, filter: { status: CONFIRMED }) { totalCount edges { node { id type status ordinal account { name banned activePenalty { endsAt } } penalty { endsAt active liftable appeal { status } } article { title } claimedBy { email } notes { text } } } } }';
    const five = await gql<{ violations: { edges: unknown[] } }>(url, query, { first: 5 }, { token: tokens.analyst });
    const fifty = await gql<{ violations: { edges: unknown[] } }>(url, query, { first: 50 }, { token: tokens.analyst });
    expect(five.errors).toBeUndefined();
    expect(fifty.data?.violations.edges).toHaveLength(50);
    // The counter must be there: two missing counts would compare equal.
    expect(typeof five.extensions?.sqlStatements).toBe('number');
    expect(five.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });

  it('shows the queue oldest first and the seeded ladder', async () => {
    const queue = await gql<{ violations: { edges: Array<{ node: { reportedAt: string; source: string } }> } }>(
      url,
      '{ violations(first: 100, filter: { status: PENDING }) { edges { node { reportedAt source } } } }',
      {},
      { token: tokens.moderator },
    );
    const times = queue.data?.violations.edges.map((e) => e.node.reportedAt) ?? [];
    expect([...times].sort()).toEqual(times);
    expect(new Set(queue.data?.violations.edges.map((e) => e.node.source))).toEqual(
      new Set(['AUTOMATED', 'USER_REPORT', 'MODERATOR']),
    );
    const permanent = await gql<{ penalties: { totalCount: number } }>(
      url,
      '{ penalties(filter: { activeOnly: true, permanent: true }) { totalCount } }',
      {},
      { token: tokens.analyst },
    );
    expect(permanent.data?.penalties.totalCount).toBeGreaterThanOrEqual(1);
  });
});
