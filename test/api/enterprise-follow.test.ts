/**
 * Follow verification of enterprise accounts (seed 003), through HTTP on the suite's driver: a
 * follower matched by WeChat id or bound mobile; otherwise a code sent (SMS or email, to the
 * delivery outbox) to the registered contact, wrong codes counted to the daily limit (China time),
 * the administrator's failure message, two-step verification, codes that expire, the apps a
 * follower sees, the member cap, and who may see any of it. The address book is written with SQL
 * (its service is not the subject here): on PostgreSQL directly, on PGlite with the server stopped.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, gql, refusalOf, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import {
  createTestDatabase,
  driverName,
  realDatabaseUrl,
  repoRoot,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

let database: TestDatabase;
let server: TestServer;
const url = () => server.url;
const tokens = { admin: '', moderator: '', analyst: '', publisher: '', publisher2: '' };

/** Global ids of the accounts: the enterprise under test, one certified, and one that is not an enterprise account. */
let ent = '';
let certifiedEnt = '';
let subscription = '';

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const localId = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1] ?? '';

/** The address book, written with SQL. */
const dept = { hq: randomUUID(), rd: randomUUID(), fe: randomUUID(), market: randomUUID() };
const MEMBERS = [
  { key: 'zhang', name: '张三', wechat: 'wx_zhangsan', mobile: '8613800000001', email: null, dept: dept.fe },
  { key: 'li', name: '李四', wechat: null, mobile: '8613800000002', email: null, dept: dept.market },
  { key: 'wang', name: '王五', wechat: null, mobile: '8613800000003', email: null, dept: dept.rd },
  { key: 'zhao', name: '赵六', wechat: null, mobile: null, email: 'zhaoliu@example.com', dept: dept.hq },
  { key: 'sun', name: '孙七', wechat: null, mobile: '8613800000005', email: null, dept: dept.rd },
  { key: 'zhou', name: '周八', wechat: null, mobile: '8613800000006', email: null, dept: dept.rd },
  { key: 'race', name: '郑十', wechat: null, mobile: '8613800000007', email: null, dept: dept.rd },
  { key: 'twin', name: '钱十一', wechat: 'wx_race', mobile: null, email: null, dept: dept.market },
  { key: 'wu', name: '吴九', wechat: null, mobile: '8613800000009', email: null, dept: dept.rd },
].map((member) => ({ ...member, id: randomUUID() }));
const member = (key: string) => {
  const found = MEMBERS.find((each) => each.key === key);
  if (!found) throw new Error(key);
  return found;
};

const T0 = new Date('2026-06-01T02:00:00Z'); // 10:00 in China
const DAY = 86_400_000;
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);
/** The first moment of the China day after `moment` (UTC+8). */
const chinaMidnightAfter = (moment: Date) =>
  new Date(Math.floor((moment.getTime() + 8 * 3_600_000) / DAY) * DAY + DAY - 8 * 3_600_000);

type Query = (text: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** Runs `work` with direct SQL on the test database (PGlite: while the server is stopped). */
async function withSql<T>(work: (query: Query) => Promise<T>): Promise<T> {
  if (database.url) {
    const client = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      return await work((text, params) => client.unsafe(text, params as never[]) as never);
    } finally {
      await client.end();
    }
  }
  expect(await server.stop()).toBe(0);
  const entry = path.join(repoRoot, 'api', 'node_modules', '@electric-sql', 'pglite', 'dist', 'index.js');
  const { PGlite } = (await import(pathToFileURL(entry).href)) as {
    PGlite: {
      create(dir: string): Promise<{
        query(text: string, params: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
        close(): Promise<void>;
      }>;
    };
  };
  const client = await PGlite.create(path.join(database.env.DATA_DIR ?? '', 'pglite'));
  try {
    return await work(async (text, params) => (await client.query(text, params)).rows);
  } finally {
    await client.close();
    server = await startTestServer(database);
  }
}

async function registerEnterprise(seq: number, name: string): Promise<string> {
  const subject = await gql<{ createSubject: { id: string } }>(
    url(),
    'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
    { input: { kind: 'ENTERPRISE', name: `${name}有限公司`, idNumber: creditCode(seq) } },
    { token: tokens.publisher },
  );
  const account = await gql<{ registerAccount: { id: string; kind: string } }>(
    url(),
    'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id kind } }',
    { input: { subjectId: subject.data?.createSubject.id, kind: 'ENTERPRISE', name } },
    { token: tokens.publisher },
  );
  const id = account.data?.registerAccount.id;
  if (!id) throw new Error(JSON.stringify([subject.errors, account.errors]));
  return id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  for (const role of Object.keys(tokens) as Array<keyof typeof tokens>)
    tokens[role] = await signIn(url(), `${role}@example.com`);
  ent = await registerEnterprise(301, '关注验证企业');
  certifiedEnt = await registerEnterprise(302, '已认证企业');
  const mine = await gql<{ accounts: { edges: Array<{ node: { id: string; kind: string } }> } }>(
    url(),
    '{ accounts(first: 20) { edges { node { id kind } } } }',
    {},
    { token: tokens.publisher },
  );
  subscription = mine.data?.accounts.edges.find((edge) => edge.node.kind !== 'ENTERPRISE')?.node.id ?? '';
  if (!subscription) throw new Error('the demo publisher has no official account');

  const account = localId(ent);
  await withSql(async (query) => {
    const departments: Array<[string, string | null, string, string, number]> = [
      [dept.hq, null, '总部', `${dept.hq}/`, 1],
      [dept.rd, dept.hq, '研发部', `${dept.hq}/${dept.rd}/`, 2],
      [dept.fe, dept.rd, '前端组', `${dept.hq}/${dept.rd}/${dept.fe}/`, 3],
      [dept.market, null, '市场部', `${dept.market}/`, 1],
    ];
    for (const [id, parent, name, departmentPath, depth] of departments) {
      await query(
        `insert into departments (id, account_id, parent_id, name, path, depth, created_at) values ($1, $2, $3, $4, $5, $6, now())`,
        [id, account, parent, name, departmentPath, depth],
      );
    }
    for (const each of MEMBERS) {
      await query(
        `insert into members (id, account_id, member_id, name, mobile, email, wechat_id, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, now(), now())`,
        [each.id, account, each.key, each.name, each.mobile, each.email, each.wechat],
      );
      await query('insert into member_departments (member_id, department_id) values ($1, $2)', [each.id, each.dept]);
    }
    // The certified enterprise: an approved ENTERPRISE certification of 200 members, for 30 days from T0.
    await query(
      `insert into certifications (account_id, kind, status, nickname, fee_cents, started_at, approved_at, expires_at, member_scale)
       values ($1, 'ENTERPRISE', 'APPROVED', '已认证企业', 30000, $2, $2, $3, 200)`,
      [
        localId(certifiedEnt),
        new Date(T0.getTime() - DAY).toISOString(),
        new Date(T0.getTime() + 30 * DAY).toISOString(),
      ],
    );
  });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

interface FollowView {
  id: string;
  status: string;
  method: string | null;
  wechatId: string;
  attemptsLeftToday: number;
  failureMessage: string | null;
  codeSentTo: string | null;
  codeExpiresAt: string | null;
  verifiedAt: string | null;
  approvedAt: string | null;
  approvedBy: { displayName: string } | null;
  visibleApps: string[];
  member: { id: string; name: string } | null;
  events: Array<{ kind: string; detail: string | null }>;
}
const FIELDS =
  'id status method wechatId attemptsLeftToday failureMessage codeSentTo codeExpiresAt verifiedAt approvedAt approvedBy { displayName } visibleApps member { id name } events { kind detail }';
const FOLLOW = `mutation ($input: FollowInput!) { followEnterpriseAccount(input: $input) { ${FIELDS} } }`;
const CONTACT = `mutation ($followId: ID!, $contact: String!) { submitFollowContact(followId: $followId, contact: $contact) { ${FIELDS} } }`;
const VERIFY = `mutation ($followId: ID!, $code: String!) { verifyFollowCode(followId: $followId, code: $code) { ${FIELDS} } }`;
const APPROVE = `mutation ($followId: ID!) { approveFollow(followId: $followId) { ${FIELDS} } }`;
const NODE = `query ($id: ID!) { node(id: $id) { __typename ... on Follow { ${FIELDS} } } }`;
const FOLLOWS =
  'query ($accountId: ID!, $status: FollowStatus) { follows(accountId: $accountId, status: $status, first: 100) { totalCount edges { node { id status wechatId followedAt } } } }';
const EVENTS =
  'query ($accountId: ID!) { followEvents(accountId: $accountId, first: 100) { totalCount edges { node { id kind detail at follow { id } } } } }';
const DELIVERIES = '{ deliveries(first: 100) { totalCount edges { node { id channel to body sentAt } } } }';
const SETTINGS = `mutation ($accountId: ID!, $input: EnterpriseSettingsInput!) { setEnterpriseSettings(accountId: $accountId, input: $input) { id enterpriseSettings { twoStepVerification failureMessage memberCap memberCount } } }`;
const SETTINGS_OF =
  'query ($id: ID!) { node(id: $id) { ... on Account { kind enterpriseSettings { twoStepVerification failureMessage memberCap memberCount } } } }';
const CREATE_APP =
  'mutation ($input: CreateEnterpriseAppInput!) { createEnterpriseApp(input: $input) { id name departments { id name } } }';
const APPS = 'query ($accountId: ID!) { enterpriseApps(accountId: $accountId) { id name departments { name } } }';
const AUDIT =
  'query ($action: String!) { auditLog(first: 50, filter: { action: $action }) { totalCount edges { node { action targetId before after } } } }';

const FAILURE = '验证失败，请联系管理员（分机 8001）';

const follow = (input: Record<string, unknown>, now: Date, token = tokens.admin) =>
  gql<{ followEnterpriseAccount: FollowView }>(url(), FOLLOW, { input: { accountId: ent, ...input } }, { token, now });
const submit = (followId: string, contact: string, now: Date, token = tokens.admin) =>
  gql<{ submitFollowContact: FollowView }>(url(), CONTACT, { followId, contact }, { token, now });
const verify = (followId: string, code: string, now: Date, token = tokens.admin) =>
  gql<{ verifyFollowCode: FollowView }>(url(), VERIFY, { followId, code }, { token, now });
const approve = (followId: string, now: Date, token = tokens.publisher) =>
  gql<{ approveFollow: FollowView }>(url(), APPROVE, { followId }, { token, now });
async function view(id: string, now: Date, token = tokens.publisher): Promise<FollowView | null> {
  const result = await gql<{ node: FollowView | null }>(url(), NODE, { id }, { token, now });
  expect(result.errors).toBeUndefined();
  return result.data?.node ?? null;
}
async function followed(input: Record<string, unknown>, now: Date): Promise<FollowView> {
  const result = await follow(input, now);
  expect(result.errors).toBeUndefined();
  const row = result.data?.followEnterpriseAccount;
  if (!row) throw new Error(JSON.stringify(result.errors));
  return row;
}
async function deliveries(): Promise<Array<{ id: string; channel: string; to: string; body: string; sentAt: string }>> {
  const result = await gql<{
    deliveries: { edges: Array<{ node: { id: string; channel: string; to: string; body: string; sentAt: string } }> };
  }>(url(), DELIVERIES, {}, { token: tokens.admin });
  expect(result.errors).toBeUndefined();
  return (result.data?.deliveries.edges ?? []).map((edge) => edge.node);
}
/** The code of the newest delivery to `to`. */
async function codeSentTo(to: string): Promise<string> {
  const newest = (await deliveries()).find((delivery) => delivery.to === to);
  const code = newest?.body.match(/\d{6}/)?.[0];
  if (!code) throw new Error(`no code was delivered to ${to}`);
  return code;
}
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
async function followCount(token = tokens.admin): Promise<number> {
  const result = await gql<{ follows: { totalCount: number } }>(url(), FOLLOWS, { accountId: ent }, { token });
  expect(result.errors).toBeUndefined();
  const count = result.data?.follows.totalCount;
  expect(typeof count).toBe('number');
  return count ?? -1;
}
const extensionsOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions ?? {};

describe(`follow verification (${driverName})`, () => {
  it('a follower matched by WeChat id, and one matched by its bound mobile, are FOLLOWED at once; following again is the same follow', async () => {
    const byWechat = await followed({ wechatId: 'wx_zhangsan' }, at(T0, 1));
    expect(byWechat).toMatchObject({ status: 'FOLLOWED', method: 'WECHAT_ID', member: { name: '张三' } });
    expect(byWechat.verifiedAt).toBe(at(T0, 1).toISOString());
    expect(byWechat.member?.id).toBe(globalId('Member', member('zhang').id));
    expect(byWechat.events.map((event) => event.kind)).toEqual(['FOLLOWED', 'MATCHED']);

    const byMobile = await followed({ wechatId: 'wx_lisi_other', boundMobile: '+86 138-0000-0002' }, at(T0, 2));
    expect(byMobile).toMatchObject({ status: 'FOLLOWED', method: 'BOUND_MOBILE', member: { name: '李四' } });

    const count = await followCount();
    const again = await followed({ wechatId: 'wx_zhangsan' }, at(T0, 3));
    expect(again.id).toBe(byWechat.id);
    expect(again.events).toHaveLength(2);
    expect(await followCount()).toBe(count);
  });

  it('a member already bound to a follow is not matched twice: the other follower stays UNVERIFIED', async () => {
    const other = await followed({ wechatId: 'wx_not_zhang', boundMobile: '13800000001' }, at(T0, 10));
    expect(other).toMatchObject({ status: 'UNVERIFIED', method: null, member: null });
    expect(other.events.map((event) => event.kind)).toEqual(['FOLLOWED', 'NOT_MATCHED']);
    expect(other.visibleApps).toEqual(['企业小助手']);
    // Nor by a code: 张三's mobile is taken.
    const refused = await submit(other.id, '13800000001', at(T0, 11));
    expect(refusalOf(refused)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_IN_ADDRESS_BOOK' });
  });

  it('refuses a follow of an account that is not an enterprise account, or without a WeChat id, and from anyone but ADMIN, writing nothing', async () => {
    const count = await followCount();
    const notEnterprise = await gql(
      url(),
      FOLLOW,
      { input: { accountId: subscription, wechatId: 'wx_x' } },
      {
        token: tokens.admin,
      },
    );
    expect(refusalOf(notEnterprise)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_ENTERPRISE_ACCOUNT' });
    expect(extensionsOf(notEnterprise).field).toBe('input.accountId');
    const blank = await follow({ wechatId: '   ' }, at(T0, 20));
    expect(refusalOf(blank)).toEqual({ code: 'BAD_USER_INPUT', reason: 'REQUIRED' });
    expect(extensionsOf(blank).field).toBe('input.wechatId');
    const badMobile = await follow({ wechatId: 'wx_bad_mobile', boundMobile: 'call me' }, at(T0, 21));
    expect(refusalOf(badMobile)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT' });
    expect(extensionsOf(badMobile).field).toBe('input.boundMobile');
    const byPublisher = await follow({ wechatId: 'wx_by_publisher' }, at(T0, 22), tokens.publisher);
    expect(refusalOf(byPublisher).code).toBe('FORBIDDEN');
    expect(await followCount()).toBe(count);
    const none = await gql<{ follows: { totalCount: number } }>(
      url(),
      FOLLOWS,
      { accountId: subscription },
      {
        token: tokens.admin,
      },
    );
    expect(none.data?.follows.totalCount).toBe(0);
  });

  it('the administrators set the failure message (trimmed; audited) and two-step verification; others may not', async () => {
    const set = await gql<{
      setEnterpriseSettings: { enterpriseSettings: { failureMessage: string | null; twoStepVerification: boolean } };
    }>(
      url(),
      SETTINGS,
      { accountId: ent, input: { failureMessage: `  ${FAILURE}  ` } },
      { token: tokens.publisher, now: at(T0, 30) },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setEnterpriseSettings.enterpriseSettings).toMatchObject({
      failureMessage: FAILURE,
      twoStepVerification: false,
    });
    const audit = await gql<{
      auditLog: { totalCount: number; edges: Array<{ node: { targetId: string; before: unknown; after: unknown } }> };
    }>(url(), AUDIT, { action: 'enterprise.setSettings' }, { token: tokens.admin });
    expect(audit.data?.auditLog.edges[0]?.node).toMatchObject({
      targetId: localId(ent),
      before: { failureMessage: null, twoStepVerification: false },
      after: { failureMessage: FAILURE, twoStepVerification: false },
    });
    const entries = audit.data?.auditLog.totalCount ?? -1;
    expect(entries).toBeGreaterThan(0);

    const byOther = await gql(
      url(),
      SETTINGS,
      { accountId: ent, input: { twoStepVerification: true } },
      {
        token: tokens.publisher2,
      },
    );
    expect(refusalOf(byOther)).toEqual({ code: 'NOT_FOUND', reason: 'UNKNOWN_ID' });
    const byModerator = await gql(
      url(),
      SETTINGS,
      { accountId: ent, input: { twoStepVerification: true } },
      {
        token: tokens.moderator,
      },
    );
    expect(refusalOf(byModerator).code).toBe('FORBIDDEN');
    const notEnterprise = await gql(
      url(),
      SETTINGS,
      { accountId: subscription, input: { twoStepVerification: true } },
      {
        token: tokens.publisher,
      },
    );
    expect(refusalOf(notEnterprise)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_ENTERPRISE_ACCOUNT' });
    const after = await gql<{ auditLog: { totalCount: number } }>(
      url(),
      AUDIT,
      { action: 'enterprise.setSettings' },
      {
        token: tokens.admin,
      },
    );
    expect(after.data?.auditLog.totalCount).toBe(entries);
    const settings = await gql<{ node: { enterpriseSettings: { twoStepVerification: boolean } } }>(
      url(),
      SETTINGS_OF,
      { id: ent },
      {
        token: tokens.publisher,
      },
    );
    expect(settings.data?.node.enterpriseSettings.twoStepVerification).toBe(false);
  });

  it('an unmatched follower gives its registered mobile and gets a code by SMS; wrong codes count down; after 5 even the right one is RATE_LIMITED until China midnight; the next China day a new code verifies', async () => {
    const t = at(T0, 100);
    const unmatched = await followed({ wechatId: 'wx_wangwu' }, t);
    expect(unmatched).toMatchObject({ status: 'UNVERIFIED', attemptsLeftToday: 5, failureMessage: null });
    expect(unmatched.visibleApps).toEqual(['企业小助手']);

    const early = await verify(unmatched.id, '123456', at(t, 1));
    expect(refusalOf(early)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NO_CODE' });

    const before = (await deliveries()).length;
    const sent = await submit(unmatched.id, '138 0000 0003', at(t, 2));
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.submitFollowContact).toMatchObject({
      status: 'AWAITING_CODE',
      codeSentTo: '861******0003',
      codeExpiresAt: at(t, 2 + 600).toISOString(),
      member: null,
    });
    const outbox = await deliveries();
    expect(outbox).toHaveLength(before + 1);
    // Found by recipient: the demo data's outbox messages are dated now, after this test's clock.
    expect(outbox.find((delivery) => delivery.to === '8613800000003')).toMatchObject({
      channel: 'SMS',
      sentAt: at(t, 2).toISOString(),
    });
    const code = await codeSentTo('8613800000003');

    for (const [i, left] of [4, 3, 2, 1, 0].entries()) {
      const refused = await verify(unmatched.id, wrong(code), at(t, 10 + i));
      expect(refusalOf(refused)).toEqual({ code: 'BAD_USER_INPUT', reason: 'WRONG_CODE' });
      expect(extensionsOf(refused)).toMatchObject({ field: 'code', attemptsLeft: left, failureMessage: FAILURE });
    }
    const counted = await view(unmatched.id, at(t, 20));
    expect(counted).toMatchObject({ status: 'AWAITING_CODE', attemptsLeftToday: 0, failureMessage: FAILURE });

    const right = await verify(unmatched.id, code, at(t, 21));
    expect(refusalOf(right)).toEqual({ code: 'RATE_LIMITED', reason: 'DAILY_ATTEMPTS' });
    const midnight = chinaMidnightAfter(at(t, 21));
    expect(midnight.toISOString()).toBe('2026-06-01T16:00:00.000Z');
    expect(extensionsOf(right)).toMatchObject({
      retryAt: midnight.toISOString(),
      retryAfterSeconds: (midnight.getTime() - at(t, 21).getTime()) / 1000,
      failureMessage: FAILURE,
    });
    // No new code either, so nobody can SMS-bomb the member.
    const resend = await submit(unmatched.id, '13800000003', at(t, 22));
    expect(refusalOf(resend)).toEqual({ code: 'RATE_LIMITED', reason: 'DAILY_ATTEMPTS' });
    expect(await deliveries()).toHaveLength(before + 1);
    // A minute before China midnight it is still refused.
    const late = await verify(unmatched.id, code, new Date(midnight.getTime() - 60_000));
    expect(refusalOf(late)).toEqual({ code: 'RATE_LIMITED', reason: 'DAILY_ATTEMPTS' });
    expect((await view(unmatched.id, new Date(midnight.getTime() - 60_000)))?.status).toBe('AWAITING_CODE');

    // The next China day: the counters start again; the old code has expired meanwhile.
    const nextDay = new Date(midnight.getTime() + 3_600_000);
    expect(await view(unmatched.id, nextDay)).toMatchObject({ attemptsLeftToday: 5, failureMessage: null });
    const stale = await verify(unmatched.id, code, nextDay);
    expect(refusalOf(stale)).toEqual({ code: 'BAD_USER_INPUT', reason: 'CODE_EXPIRED' });
    const again = await submit(unmatched.id, '+8613800000003', at(nextDay, 1));
    expect(again.errors).toBeUndefined();
    const fresh = await codeSentTo('8613800000003');
    const verified = await verify(unmatched.id, fresh, at(nextDay, 2));
    expect(verified.errors).toBeUndefined();
    expect(verified.data?.verifyFollowCode).toMatchObject({
      status: 'FOLLOWED',
      method: 'CODE',
      member: { name: '王五' },
      attemptsLeftToday: 5,
      failureMessage: null,
      codeSentTo: null,
      verifiedAt: at(nextDay, 2).toISOString(),
    });
    const kinds = verified.data?.verifyFollowCode.events.map((event) => event.kind) ?? [];
    expect(kinds.filter((kind) => kind === 'WRONG_CODE')).toHaveLength(5);
    expect(kinds.filter((kind) => kind === 'CODE_SENT')).toHaveLength(2);
    expect(kinds.at(-1)).toBe('VERIFIED');
    expect(kinds).toContain('EXPIRED_CODE');
    // A code works once, and a verified follower has nothing more to verify or send.
    const twice = await verify(unmatched.id, fresh, at(nextDay, 3));
    expect(refusalOf(twice)).toEqual({ code: 'INVALID_TRANSITION', reason: 'ALREADY_VERIFIED' });
    const contactAgain = await submit(unmatched.id, '13800000003', at(nextDay, 4));
    expect(refusalOf(contactAgain)).toEqual({ code: 'INVALID_TRANSITION', reason: 'ALREADY_VERIFIED' });
  });

  it('an email contact gets an EMAIL delivery and verifies with its code', async () => {
    const t = at(T0, 1000);
    const unmatched = await followed({ wechatId: 'wx_zhaoliu' }, t);
    const sent = await submit(unmatched.id, ' ZhaoLiu@Example.com ', at(t, 1));
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.submitFollowContact).toMatchObject({ status: 'AWAITING_CODE', codeSentTo: 'z***@example.com' });
    // The outbox is in time order (sentAt, the request's clock): this one is found by its address.
    const emails = (await deliveries()).filter((delivery) => delivery.to === 'zhaoliu@example.com');
    expect(emails).toEqual([expect.objectContaining({ channel: 'EMAIL', sentAt: at(t, 1).toISOString() })]);
    const verified = await verify(unmatched.id, await codeSentTo('zhaoliu@example.com'), at(t, 2));
    expect(verified.data?.verifyFollowCode).toMatchObject({
      status: 'FOLLOWED',
      method: 'CODE',
      member: { name: '赵六' },
    });
  });

  it('an unknown contact is NOT_IN_ADDRESS_BOOK with the failure message; the follower stays UNVERIFIED and the attempt is logged', async () => {
    const t = at(T0, 2000);
    const stranger = await followed({ wechatId: 'wx_stranger' }, t);
    const before = (await deliveries()).length;
    const refused = await submit(stranger.id, '13999999999', at(t, 1));
    expect(refusalOf(refused)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_IN_ADDRESS_BOOK' });
    expect(extensionsOf(refused)).toMatchObject({ field: 'contact', failureMessage: FAILURE });
    const after = await view(stranger.id, at(t, 2));
    expect(after).toMatchObject({ status: 'UNVERIFIED', failureMessage: FAILURE, attemptsLeftToday: 5 });
    expect(after?.events.at(-1)).toEqual({ kind: 'CONTACT_UNKNOWN', detail: 'SMS 861******9999' });
    expect(await deliveries()).toHaveLength(before);

    const notAContact = await submit(stranger.id, 'my phone', at(t, 3));
    expect(refusalOf(notAContact)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT' });
    const unknownFollow = await submit(globalId('Follow', randomUUID()), '13800000003', at(t, 4));
    expect(refusalOf(unknownFollow)).toEqual({ code: 'NOT_FOUND', reason: 'UNKNOWN_ID' });
    expect(extensionsOf(unknownFollow).field).toBe('followId');
  });

  it('a code expires after 10 minutes (not counted as a wrong code); a new one within them verifies', async () => {
    const t = at(T0, 3000);
    const unmatched = await followed({ wechatId: 'wx_zhouba' }, t);
    await submit(unmatched.id, '13800000006', t);
    const code = await codeSentTo('8613800000006');
    const expired = await verify(unmatched.id, code, at(t, 600));
    expect(refusalOf(expired)).toEqual({ code: 'BAD_USER_INPUT', reason: 'CODE_EXPIRED' });
    expect(extensionsOf(expired).attemptsLeft).toBe(5);
    expect((await view(unmatched.id, at(t, 601)))?.attemptsLeftToday).toBe(5);
    await submit(unmatched.id, '13800000006', at(t, 700));
    const fresh = await codeSentTo('8613800000006');
    expect(fresh).toMatch(/^\d{6}$/);
    const verified = await verify(unmatched.id, fresh, at(t, 700 + 599));
    expect(verified.data?.verifyFollowCode.status).toBe('FOLLOWED');
  });

  it('with two-step verification on, a verified follower is AWAITING_APPROVAL until an administrator approves (audited); a second approval is refused', async () => {
    const t = at(T0, 4000);
    const on = await gql(
      url(),
      SETTINGS,
      { accountId: ent, input: { twoStepVerification: true } },
      {
        token: tokens.publisher,
        now: t,
      },
    );
    expect(on.errors).toBeUndefined();
    const waiting = await followed({ wechatId: 'wx_sunqi', boundMobile: '13800000005' }, at(t, 1));
    expect(waiting).toMatchObject({ status: 'AWAITING_APPROVAL', method: 'BOUND_MOBILE', member: { name: '孙七' } });
    expect(waiting.visibleApps).toEqual(['企业小助手']);

    const byOther = await approve(waiting.id, at(t, 2), tokens.publisher2);
    expect(refusalOf(byOther)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_OPERATOR' });
    const byModerator = await approve(waiting.id, at(t, 2), tokens.moderator);
    expect(refusalOf(byModerator).code).toBe('FORBIDDEN');
    expect((await view(waiting.id, at(t, 2)))?.status).toBe('AWAITING_APPROVAL');

    const approved = await approve(waiting.id, at(t, 3));
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveFollow).toMatchObject({
      status: 'FOLLOWED',
      approvedAt: at(t, 3).toISOString(),
      approvedBy: { displayName: expect.any(String) },
    });
    const second = await approve(waiting.id, at(t, 4));
    expect(refusalOf(second)).toEqual({ code: 'INVALID_TRANSITION', reason: 'NOT_AWAITING_APPROVAL' });
    const audit = await gql<{ auditLog: { totalCount: number; edges: Array<{ node: { targetId: string } }> } }>(
      url(),
      AUDIT,
      { action: 'enterprise.approveFollow' },
      { token: tokens.admin },
    );
    expect(audit.data?.auditLog.totalCount).toBe(1);
    expect(audit.data?.auditLog.edges[0]?.node.targetId).toBe(localId(waiting.id));

    // A code verifies into AWAITING_APPROVAL too; of simultaneous approvals exactly one applies.
    const byCode = await followed({ wechatId: 'wx_wujiu' }, at(t, 10));
    await submit(byCode.id, '13800000009', at(t, 11));
    const verified = await verify(byCode.id, await codeSentTo('8613800000009'), at(t, 12));
    expect(verified.data?.verifyFollowCode.status).toBe('AWAITING_APPROVAL');
    const approvals = await Promise.all(Array.from({ length: 5 }, () => approve(byCode.id, at(t, 13))));
    expect(approvals.filter((result) => result.data?.approveFollow?.status === 'FOLLOWED')).toHaveLength(1);
    expect(approvals.filter((result) => refusalOf(result).reason === 'NOT_AWAITING_APPROVAL')).toHaveLength(4);
    const unverified = await followed({ wechatId: 'wx_nobody_else' }, at(t, 14));
    expect(refusalOf(await approve(unverified.id, at(t, 15)))).toEqual({
      code: 'INVALID_TRANSITION',
      reason: 'NOT_AWAITING_APPROVAL',
    });

    const off = await gql(
      url(),
      SETTINGS,
      { accountId: ent, input: { twoStepVerification: false } },
      {
        token: tokens.publisher,
        now: at(t, 20),
      },
    );
    expect(off.errors).toBeUndefined();
  });

  it('apps: the administrators add them for departments; an unverified follower sees only the assistant, a followed one the apps of its departments and their ancestors', async () => {
    const rdApp = await gql<{
      createEnterpriseApp: { id: string; name: string; departments: Array<{ name: string }> };
    }>(
      url(),
      CREATE_APP,
      { input: { accountId: ent, name: ' 研发工具 ', departmentIds: [globalId('Department', dept.rd)] } },
      { token: tokens.publisher },
    );
    expect(rdApp.errors).toBeUndefined();
    expect(rdApp.data?.createEnterpriseApp).toMatchObject({ name: '研发工具', departments: [{ name: '研发部' }] });
    const marketApp = await gql(
      url(),
      CREATE_APP,
      {
        input: { accountId: ent, name: '市场周报', departmentIds: [globalId('Department', dept.market)] },
      },
      { token: tokens.admin },
    );
    expect(marketApp.errors).toBeUndefined();

    const refusals: Array<[Record<string, unknown>, string, unknown, string, string]> = [
      [
        { name: '研发工具', departmentIds: [globalId('Department', dept.hq)] },
        tokens.publisher,
        'BAD_USER_INPUT',
        'DUPLICATE',
        'input.name',
      ],
      [
        { name: '企业小助手', departmentIds: [globalId('Department', dept.hq)] },
        tokens.publisher,
        'BAD_USER_INPUT',
        'DUPLICATE',
        'input.name',
      ],
      [
        { name: '   ', departmentIds: [globalId('Department', dept.hq)] },
        tokens.publisher,
        'BAD_USER_INPUT',
        'REQUIRED',
        'input.name',
      ],
      [{ name: '空', departmentIds: [] }, tokens.publisher, 'BAD_USER_INPUT', 'REQUIRED', 'input.departmentIds'],
      [
        { name: '外部', departmentIds: [globalId('Department', randomUUID())] },
        tokens.publisher,
        'NOT_FOUND',
        'UNKNOWN_ID',
        'input.departmentIds',
      ],
      [
        { name: '别人的', departmentIds: [globalId('Department', dept.hq)] },
        tokens.publisher2,
        'NOT_FOUND',
        'UNKNOWN_ID',
        'input.accountId',
      ],
    ];
    for (const [input, token, code, reason, field] of refusals) {
      const refused = await gql(url(), CREATE_APP, { input: { accountId: ent, ...input } }, { token });
      expect({ ...refusalOf(refused), field: extensionsOf(refused).field }, JSON.stringify(input)).toEqual({
        code,
        reason,
        field,
      });
    }
    const notEnterprise = await gql(
      url(),
      CREATE_APP,
      {
        input: { accountId: subscription, name: '工具', departmentIds: [globalId('Department', dept.hq)] },
      },
      { token: tokens.publisher },
    );
    expect(refusalOf(notEnterprise)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_ENTERPRISE_ACCOUNT' });

    const apps = await gql<{ enterpriseApps: Array<{ name: string }> }>(
      url(),
      APPS,
      { accountId: ent },
      { token: tokens.publisher },
    );
    expect(apps.data?.enterpriseApps.map((app) => app.name)).toEqual(['市场周报', '研发工具']);
    const othersApps = await gql<{ enterpriseApps: unknown[] }>(
      url(),
      APPS,
      { accountId: ent },
      { token: tokens.publisher2 },
    );
    expect(othersApps.data?.enterpriseApps).toEqual([]);
    const audit = await gql<{ auditLog: { totalCount: number } }>(
      url(),
      AUDIT,
      { action: 'enterprise.createApp' },
      { token: tokens.admin },
    );
    expect(audit.data?.auditLog.totalCount).toBe(2);

    const list = await gql<{ follows: { edges: Array<{ node: { id: string; wechatId: string } }> } }>(
      url(),
      FOLLOWS,
      { accountId: ent },
      {
        token: tokens.publisher,
      },
    );
    const idOf = (wechatId: string) =>
      list.data?.follows.edges.find((edge) => edge.node.wechatId === wechatId)?.node.id ?? '';
    // 张三 is in 前端组, under 研发部: it sees 研发部's app, not 市场部's.
    expect((await view(idOf('wx_zhangsan'), T0))?.visibleApps).toEqual(['企业小助手', '研发工具']);
    expect((await view(idOf('wx_lisi_other'), T0))?.visibleApps).toEqual(['企业小助手', '市场周报']);
    // 赵六 is in 总部, above 研发部: it sees neither.
    expect((await view(idOf('wx_zhaoliu'), T0))?.visibleApps).toEqual(['企业小助手']);
    expect((await view(idOf('wx_stranger'), T0))?.visibleApps).toEqual(['企业小助手']);
  });

  it('lists follows newest first and by status, and the verification log newest first', async () => {
    const all = await gql<{
      follows: { totalCount: number; edges: Array<{ node: { status: string; followedAt: string } }> };
    }>(url(), FOLLOWS, { accountId: ent }, { token: tokens.publisher });
    const times = all.data?.follows.edges.map((edge) => edge.node.followedAt) ?? [];
    expect(times.length).toBeGreaterThan(5);
    expect([...times].sort().reverse()).toEqual(times);
    const unverified = await gql<{
      follows: { totalCount: number; edges: Array<{ node: { status: string; wechatId: string } }> };
    }>(url(), FOLLOWS, { accountId: ent, status: 'UNVERIFIED' }, { token: tokens.publisher });
    const wechatIds = unverified.data?.follows.edges.map((edge) => edge.node.wechatId) ?? [];
    expect(wechatIds).toContain('wx_stranger');
    expect(unverified.data?.follows.edges.every((edge) => edge.node.status === 'UNVERIFIED')).toBe(true);
    expect(unverified.data?.follows.totalCount).toBeLessThan(all.data?.follows.totalCount ?? 0);

    const log = await gql<{
      followEvents: {
        totalCount: number;
        edges: Array<{ node: { kind: string; at: string; follow: { id: string } | null } }>;
      };
    }>(url(), EVENTS, { accountId: ent }, { token: tokens.publisher });
    const at = log.data?.followEvents.edges.map((edge) => edge.node.at) ?? [];
    expect(at.length).toBeGreaterThan(10);
    expect([...at].sort().reverse()).toEqual(at);
    expect(log.data?.followEvents.edges.every((edge) => edge.node.follow !== null)).toBe(true);
  });

  it('a page of follows with every field, and of the log and the outbox, costs as many statements for a small page as for a large one (no N+1)', async () => {
    // Each page's sizes are chosen so that the smaller page already holds each kind of row that
    // loads something more (a followed member's apps, an unknown contact's failure message, an
    // approver): the larger page adds rows, not statements.
    const pages: Array<[string, Record<string, unknown>, [number, number]]> = [
      [
        `query ($accountId: ID!, $first: Int) { follows(accountId: $accountId, first: $first) { edges { node { ${FIELDS} member { departments { name } } } } } }`,
        { accountId: ent },
        [5, 50],
      ],
      [
        'query ($accountId: ID!, $first: Int) { followEvents(accountId: $accountId, first: $first) { edges { node { kind follow { status attemptsLeftToday failureMessage visibleApps approvedBy { id } member { name } } } } } }',
        { accountId: ent },
        [40, 100],
      ],
      ['query ($first: Int) { deliveries(first: $first) { edges { node { channel to body } } } }', {}, [2, 50]],
    ];
    for (const [query, variables, [small, large]] of pages) {
      const counts: unknown[] = [];
      for (const first of [small, large]) {
        const result = await gql<Record<string, { edges: unknown[] }>>(
          url(),
          query,
          { ...variables, first },
          { token: tokens.admin },
        );
        expect(result.errors).toBeUndefined();
        expect(Object.values(result.data ?? {})[0]?.edges.length).toBeGreaterThanOrEqual(
          first === small ? small : small + 1,
        );
        expect(typeof result.extensions?.sqlStatements).toBe('number');
        counts.push(result.extensions?.sqlStatements);
      }
      expect(counts[1], query).toBe(counts[0]);
    }
    const settings = await gql(
      url(),
      '{ accounts(first: 50) { edges { node { enterpriseSettings { memberCap memberCount failureMessage } } } } }',
      {},
      { token: tokens.admin },
    );
    const one = await gql(
      url(),
      '{ accounts(first: 1) { edges { node { enterpriseSettings { memberCap memberCount failureMessage } } } } }',
      {},
      { token: tokens.admin },
    );
    expect(settings.errors).toBeUndefined();
    expect(settings.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });

  it('the member cap: the rule before certification, the certified scale while the certification is in force', async () => {
    const of = async (id: string, now: Date) => {
      const result = await gql<{ node: { enterpriseSettings: { memberCap: number; memberCount: number } | null } }>(
        url(),
        SETTINGS_OF,
        { id },
        { token: tokens.publisher, now },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.node.enterpriseSettings;
    };
    expect(await of(ent, T0)).toMatchObject({ memberCap: 50, memberCount: MEMBERS.length });
    expect(await of(certifiedEnt, T0)).toMatchObject({ memberCap: 200, memberCount: 0 });
    expect(await of(certifiedEnt, new Date(T0.getTime() + 31 * DAY))).toMatchObject({ memberCap: 50 });
    expect(await of(subscription, T0)).toBeNull();
  });

  it('signed out, analyst, moderator and a publisher who does not operate the account see no follow, event or delivery', async () => {
    const list = await gql<{ follows: { edges: Array<{ node: { id: string } }> } }>(
      url(),
      FOLLOWS,
      { accountId: ent },
      { token: tokens.admin },
    );
    const followId = list.data?.follows.edges[0]?.node.id ?? '';
    expect(followId).not.toBe('');
    expect(await view(followId, T0, tokens.admin)).not.toBeNull();
    expect((await deliveries()).length).toBeGreaterThan(0);

    for (const token of [undefined, tokens.analyst, tokens.moderator, tokens.publisher2]) {
      const node = await gql<{ node: unknown }>(url(), NODE, { id: followId }, { token });
      expect(node.data?.node ?? null).toBeNull();
      const follows = await gql<{ follows: { totalCount: number; edges: unknown[] } }>(
        url(),
        FOLLOWS,
        { accountId: ent },
        { token },
      );
      const events = await gql<{ followEvents: { totalCount: number; edges: unknown[] } }>(
        url(),
        EVENTS,
        { accountId: ent },
        { token },
      );
      const outbox = await gql<{ deliveries: { totalCount: number; edges: unknown[] } }>(
        url(),
        DELIVERIES,
        {},
        { token },
      );
      for (const result of [follows, events, outbox]) {
        const rows = Object.values(result.data ?? {})[0] as { totalCount: number; edges: unknown[] } | null | undefined;
        if (result.errors) expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(refusalOf(result).code);
        else expect({ total: rows?.totalCount, edges: rows?.edges.length }).toEqual({ total: 0, edges: 0 });
      }
    }
    // The outbox is ADMIN's alone, even for the account's own administrators.
    const publisherOutbox = await gql(url(), DELIVERIES, {}, { token: tokens.publisher });
    expect(refusalOf(publisherOutbox).code).toBe('FORBIDDEN');
    expect(publisherOutbox.data?.deliveries ?? null).toBeNull();
  });
});

describe(`follow verification under concurrency (${driverName})`, () => {
  it('10 simultaneous wrong codes count exactly 5 WRONG_CODE, then RATE_LIMITED; the right one after them too', async () => {
    const t = new Date(T0.getTime() + 2 * DAY);
    const unmatched = await followed({ wechatId: 'wx_race_code' }, t);
    const sent = await submit(unmatched.id, '13800000007', at(t, 1));
    expect(sent.errors).toBeUndefined();
    const code = await codeSentTo('8613800000007');
    const replies = await Promise.all(Array.from({ length: 10 }, () => verify(unmatched.id, wrong(code), at(t, 2))));
    const wrongs = replies.filter((reply) => refusalOf(reply).reason === 'WRONG_CODE');
    expect(wrongs).toHaveLength(5);
    expect(wrongs.map((reply) => extensionsOf(reply).attemptsLeft).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(replies.filter((reply) => refusalOf(reply).reason === 'DAILY_ATTEMPTS')).toHaveLength(5);
    const right = await verify(unmatched.id, code, at(t, 3));
    expect(refusalOf(right)).toEqual({ code: 'RATE_LIMITED', reason: 'DAILY_ATTEMPTS' });
    const after = await view(unmatched.id, at(t, 4));
    expect(after).toMatchObject({ status: 'AWAITING_CODE', attemptsLeftToday: 0 });
    expect(after?.events.filter((event) => event.kind === 'WRONG_CODE')).toHaveLength(5);
    expect(after?.events.filter((event) => event.kind === 'RATE_LIMITED')).toHaveLength(6);
    if (realDatabaseUrl) {
      const [row] = await withSql((query) =>
        query(
          'select wrong_codes, counters_day::text as day, code_hash is not null as has_code from follows where id = $1',
          [localId(unmatched.id)],
        ),
      );
      expect(row).toEqual({ wrong_codes: 5, day: '2026-06-03', has_code: true });
    }
  });

  it('simultaneous follows with the same WeChat id make one follow, matched once', async () => {
    const t = new Date(T0.getTime() + 2 * DAY + 3_600_000);
    const count = await followCount();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => follow({ wechatId: 'wx_race', boundMobile: null }, t)),
    );
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    const ids = new Set(results.map((result) => result.data?.followEnterpriseAccount.id));
    expect(ids.size).toBe(1);
    expect(results[0]?.data?.followEnterpriseAccount).toMatchObject({ status: 'FOLLOWED', member: { name: '钱十一' } });
    expect(await followCount()).toBe(count + 1);
    const [id] = [...ids];
    expect((await view(id ?? '', t))?.events.map((event) => event.kind)).toEqual(['FOLLOWED', 'MATCHED']);
  });
});
