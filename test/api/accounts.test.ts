import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, refusalOf, signIn } from '../support/graphql';
import { creditCode, idCard } from '../support/identity';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  for (const role of ['admin', 'moderator', 'reviewer', 'analyst', 'publisher']) {
    tokens[role] = await signIn(url, `${role}@example.com`);
  }
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

const CREATE_SUBJECT =
  'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id name idNumber quota accountCount } }';
const REGISTER =
  'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id name originalId appId kind } }';

async function createSubject(input: Record<string, unknown>, token = tokens.admin) {
  const result = await gql<{ createSubject: { id: string; quota: number } }>(url, CREATE_SUBJECT, { input }, { token });
  if (!result.data?.createSubject) throw new Error(JSON.stringify(result.errors));
  return result.data.createSubject;
}

async function counts() {
  const result = await gql<{
    accounts: { totalCount: number };
    subjects: { totalCount: number };
    auditLog: { totalCount: number };
  }>(url, '{ accounts { totalCount } subjects { totalCount } auditLog { totalCount } }', {}, { token: tokens.admin });
  return result.data;
}

describe(`registration quota (${driverName})`, () => {
  it('lets an individual register up to its quota, refuses the next with nothing written, and honours an approved increase', async () => {
    const subject = await createSubject({ kind: 'INDIVIDUAL', name: '测试个人', idNumber: idCard(1) });
    expect(subject.quota).toBe(1);
    const first = await gql<{ registerAccount: { originalId: string; appId: string } }>(
      url,
      REGISTER,
      { input: { subjectId: subject.id, kind: 'SUBSCRIPTION', name: '测试订阅号' } },
      { token: tokens.admin },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.registerAccount.originalId).toMatch(/^gh_[0-9a-f]{12}$/);
    expect(first.data?.registerAccount.appId).toMatch(/^wx[0-9a-f]{16}$/);

    const before = await counts();
    const refused = await gql(
      url,
      REGISTER,
      { input: { subjectId: subject.id, kind: 'SERVICE', name: '第二个号' } },
      { token: tokens.admin },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      reason: 'ACCOUNTS',
      quota: 1,
      owned: 1,
    });
    expect(refused.errors?.[0]?.message).toMatch(/quota is 1/);
    expect(await counts()).toEqual(before);

    // Increase: filed, preliminary examination (reviewer), authority (admin).
    const filed = await gql<{ fileQuotaRequest: { id: string; status: string } }>(
      url,
      'mutation ($input: FileQuotaRequestInput!) { fileQuotaRequest(input: $input) { id status } }',
      { input: { subjectId: subject.id, requestedQuota: 3, reason: '需要为不同栏目开设账号' } },
      { token: tokens.admin },
    );
    const requestId = filed.data?.fileQuotaRequest.id;
    expect(filed.data?.fileQuotaRequest.status).toBe('AWAITING_PRELIMINARY');

    const authority =
      'mutation ($id: ID!, $input: AuthorityApprovalInput!) { recordQuotaAuthorityApproval(id: $id, input: $input) { status grantedQuota } }';
    const authorityInput = { authorityName: '杭州市网信办', authorityReference: '杭网信〔2026〕1号' };
    const tooEarly = await gql(url, authority, { id: requestId, input: authorityInput }, { token: tokens.admin });
    expect(refusalOf(tooEarly)).toEqual({ code: 'INVALID_TRANSITION', reason: 'STEP_OUT_OF_ORDER' });

    const preliminary = await gql<{ passQuotaPreliminaryExamination: { status: string } }>(
      url,
      'mutation ($id: ID!) { passQuotaPreliminaryExamination(id: $id, note: "材料齐全") { status } }',
      { id: requestId },
      { token: tokens.reviewer },
    );
    expect(preliminary.data?.passQuotaPreliminaryExamination.status).toBe('AWAITING_AUTHORITY');
    expect(
      codeOf(await gql(url, authority, { id: requestId, input: authorityInput }, { token: tokens.reviewer })),
    ).toBe('FORBIDDEN');
    const approved = await gql<{ recordQuotaAuthorityApproval: { status: string; grantedQuota: number } }>(
      url,
      authority,
      { id: requestId, input: authorityInput },
      { token: tokens.admin },
    );
    expect(approved.data?.recordQuotaAuthorityApproval).toEqual({ status: 'APPROVED', grantedQuota: 3 });
    const again = await gql(url, authority, { id: requestId, input: authorityInput }, { token: tokens.admin });
    expect(refusalOf(again)).toEqual({ code: 'INVALID_TRANSITION', reason: 'ALREADY_DECIDED' });

    for (const name of ['第二个号', '第三个号']) {
      const ok = await gql(
        url,
        REGISTER,
        { input: { subjectId: subject.id, kind: 'SERVICE', name } },
        { token: tokens.admin },
      );
      expect(ok.errors).toBeUndefined();
    }
    const fourth = await gql(
      url,
      REGISTER,
      { input: { subjectId: subject.id, kind: 'SERVICE', name: '第四个号' } },
      { token: tokens.admin },
    );
    expect(codeOf(fourth)).toBe('QUOTA_EXCEEDED');

    const audit = await gql<{ auditLog: { edges: Array<{ node: { action: string } }> } }>(
      url,
      '{ auditLog(first: 10) { edges { node { action } } } }',
      {},
      { token: tokens.admin },
    );
    const actions = audit.data?.auditLog.edges.map((e) => e.node.action) ?? [];
    expect(actions).toEqual(
      expect.arrayContaining([
        'quotaRequest.file',
        'quotaRequest.preliminaryPass',
        'quotaRequest.authorityApprove',
        'account.register',
      ]),
    );
  });

  it('never exceeds the quota under 20 simultaneous registrations for one subject', async () => {
    const subject = await createSubject({ kind: 'ENTERPRISE', name: '并发测试有限公司', idNumber: creditCode(1) });
    expect(subject.quota).toBe(2);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gql(
          url,
          REGISTER,
          { input: { subjectId: subject.id, kind: 'SERVICE', name: `并发账号${i}` } },
          { token: tokens.admin },
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    expect(results.filter((r) => codeOf(r) === 'QUOTA_EXCEEDED')).toHaveLength(18);
    const after = await gql<{ subject: { accountCount: number; accounts: unknown[] } }>(
      url,
      'query ($id: ID!) { subject(id: $id) { accountCount accounts { id } } }',
      { id: subject.id },
      { token: tokens.admin },
    );
    expect(after.data?.subject.accountCount).toBe(2);
    expect(after.data?.subject.accounts).toHaveLength(2);
  });

  it('a rejected request leaves the quota as it was; a reviewer may reject at the first step', async () => {
    const subject = await createSubject({ kind: 'ENTERPRISE', name: '驳回测试有限公司', idNumber: creditCode(2) });
    const filed = await gql<{ fileQuotaRequest: { id: string } }>(
      url,
      'mutation ($input: FileQuotaRequestInput!) { fileQuotaRequest(input: $input) { id } }',
      { input: { subjectId: subject.id, requestedQuota: 9, reason: '业务扩展需要' } },
      { token: tokens.admin },
    );
    const duplicate = await gql(
      url,
      'mutation ($input: FileQuotaRequestInput!) { fileQuotaRequest(input: $input) { id } }',
      { input: { subjectId: subject.id, requestedQuota: 9, reason: '再申请一次' } },
      { token: tokens.admin },
    );
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjectId' });
    const noReason = await gql(
      url,
      'mutation ($id: ID!) { rejectQuotaRequest(id: $id, reason: " ") { status } }',
      { id: filed.data?.fileQuotaRequest.id },
      { token: tokens.reviewer },
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await gql<{ rejectQuotaRequest: { status: string; rejectionReason: string } }>(
      url,
      'mutation ($id: ID!) { rejectQuotaRequest(id: $id, reason: "理由不充分") { status rejectionReason } }',
      { id: filed.data?.fileQuotaRequest.id },
      { token: tokens.reviewer },
    );
    expect(rejected.data?.rejectQuotaRequest).toEqual({ status: 'REJECTED', rejectionReason: '理由不充分' });
    const subjectAfter = await gql<{ subject: { quota: number } }>(
      url,
      'query ($id: ID!) { subject(id: $id) { quota } }',
      { id: subject.id },
      { token: tokens.admin },
    );
    expect(subjectAfter.data?.subject.quota).toBe(2);
  });
});

describe(`bad input writes nothing (${driverName})`, () => {
  it('names the field for a malformed identity number, a 200-character name, an unknown subject and a negative quota', async () => {
    const before = await counts();
    const badId = await gql(
      url,
      CREATE_SUBJECT,
      { input: { kind: 'INDIVIDUAL', name: '张三', idNumber: '110105194912310021' } },
      { token: tokens.admin },
    );
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idNumber' });
    expect(badId.errors?.[0]?.message).toMatch(/check digit/);
    const badCode = await gql(
      url,
      CREATE_SUBJECT,
      { input: { kind: 'ENTERPRISE', name: '某公司', idNumber: '91350100M000100Y44' } },
      { token: tokens.admin },
    );
    expect(badCode.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idNumber' });
    const noCategory = await gql(
      url,
      CREATE_SUBJECT,
      { input: { kind: 'ORGANIZATION', name: '某机关', idNumber: creditCode(3) } },
      { token: tokens.admin },
    );
    expect(noCategory.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.organizationCategory',
    });

    const subject = await createSubject({ kind: 'ENTERPRISE', name: '输入校验有限公司', idNumber: creditCode(4) });
    const afterSubject = await counts();
    const longName = await gql(
      url,
      REGISTER,
      { input: { subjectId: subject.id, kind: 'SERVICE', name: '名'.repeat(200) } },
      { token: tokens.admin },
    );
    expect(longName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(longName.errors?.[0]?.message).toMatch(/2 to 30 characters/);
    const unknownSubject = await gql(
      url,
      REGISTER,
      {
        input: {
          subjectId: Buffer.from('Subject:6f1c2a4e-8b7d-4c6a-9e5f-0a1b2c3d4e5f').toString('base64url'),
          kind: 'SERVICE',
          name: '无主账号',
        },
      },
      { token: tokens.admin },
    );
    expect(unknownSubject.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.subjectId' });
    const garbageSubject = await gql(
      url,
      REGISTER,
      { input: { subjectId: 'garbage', kind: 'SERVICE', name: '无主账号' } },
      { token: tokens.admin },
    );
    expect(garbageSubject.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjectId' });
    const negative = await gql(
      url,
      'mutation ($input: FileQuotaRequestInput!) { fileQuotaRequest(input: $input) { id } }',
      { input: { subjectId: subject.id, requestedQuota: -5, reason: '负数测试理由' } },
      { token: tokens.admin },
    );
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.requestedQuota' });
    const notMore = await gql(
      url,
      'mutation ($input: FileQuotaRequestInput!) { fileQuotaRequest(input: $input) { id } }',
      { input: { subjectId: subject.id, requestedQuota: 2, reason: '不增加的申请' } },
      { token: tokens.admin },
    );
    expect(notMore.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.requestedQuota' });
    expect(await counts()).toEqual(afterSubject);
    expect(afterSubject?.subjects.totalCount).toBe((before?.subjects.totalCount ?? 0) + 1);
  });

  it('refuses roles that may not register', async () => {
    const subjects = await gql<{ subjects: { edges: Array<{ node: { id: string } }> } }>(
      url,
      '{ subjects(first: 1) { edges { node { id } } } }',
      {},
      { token: tokens.admin },
    );
    const subjectId = subjects.data?.subjects.edges[0]?.node.id;
    const input = { subjectId, kind: 'SERVICE', name: '越权账号' };
    expect(codeOf(await gql(url, REGISTER, { input }, { token: tokens.analyst }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(url, REGISTER, { input }, { token: tokens.moderator }))).toBe('FORBIDDEN');
    // A publisher acting for a subject it does not own cannot even see it.
    expect(codeOf(await gql(url, REGISTER, { input }, { token: tokens.publisher }))).toBe('NOT_FOUND');
  });
});

describe(`visibility and masking (${driverName})`, () => {
  const SUBJECT_QUERY = '{ subjects(first: 100) { edges { node { name idNumber contactPhone } } } }';

  it('shows identity numbers in clear to ADMIN only', async () => {
    type Page = {
      subjects: { edges: Array<{ node: { name: string; idNumber: string; contactPhone: string | null } }> };
    };
    const admin = await gql<Page>(url, SUBJECT_QUERY, {}, { token: tokens.admin });
    const analyst = await gql<Page>(url, SUBJECT_QUERY, {}, { token: tokens.analyst });
    const clear = admin.data?.subjects.edges.find((e) => e.node.name === '林小雨')?.node;
    const masked = analyst.data?.subjects.edges.find((e) => e.node.name === '林小雨')?.node;
    expect(clear?.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(masked?.idNumber).toBe(`${clear?.idNumber.slice(0, 4)}**********${clear?.idNumber.slice(-4)}`);
    expect(masked?.contactPhone).toBe('138****8000');
    // The audit log never holds the number in clear either.
    const audit = await gql<{ auditLog: { edges: Array<{ node: { after: unknown } }> } }>(
      url,
      '{ auditLog(first: 100, filter: { action: "subject.create" }) { edges { node { after } } } }',
      {},
      { token: tokens.admin },
    );
    const text = JSON.stringify(audit.data);
    expect(text).toContain('**********');
    expect(text).not.toContain(idCard(1));
  });

  it('shows a publisher only the accounts it operates', async () => {
    type Page = {
      accounts: { totalCount: number; edges: Array<{ node: { name: string; operators: Array<{ email: string }> } }> };
    };
    const mine = await gql<Page>(
      url,
      '{ accounts(first: 100) { totalCount edges { node { name operators { email } } } } }',
      {},
      { token: tokens.publisher },
    );
    // Three official accounts and mini-programs, and the two demo enterprise accounts (seed 003).
    expect(mine.data?.accounts.totalCount).toBe(5);
    for (const edge of mine.data?.accounts.edges ?? []) {
      expect(edge.node.operators.map((o) => o.email)).toContain('publisher@example.com');
    }
    const all = await gql<Page>(url, '{ accounts { totalCount } }', {}, { token: tokens.analyst });
    expect(all.data?.accounts.totalCount).toBeGreaterThan(80);
  });
});

describe(`lists and filters (${driverName})`, () => {
  const LIST =
    'query ($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrder) { accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name kind capabilities certified banned subject { name kind idNumber quota accountCount } operators { email } record { region filed contactPhone } } } } }';
  type Page = {
    accounts: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: Array<{
        node: {
          id: string;
          name: string;
          kind: string;
          capabilities: string[];
          subject: { kind: string };
          record: { region: string; filed: boolean } | null;
        };
      }>;
    };
  };

  it('runs the same number of SQL statements for 5 accounts as for 50, with subject, operators, record and capabilities', async () => {
    const five = await gql<Page>(url, LIST, { first: 5 }, { token: tokens.analyst });
    const fifty = await gql<Page>(url, LIST, { first: 50 }, { token: tokens.analyst });
    expect(five.data?.accounts.edges).toHaveLength(5);
    expect(fifty.data?.accounts.edges).toHaveLength(50);
    // The counter must be there: two missing counts would compare equal.
    expect(typeof five.extensions?.sqlStatements).toBe('number');
    expect(five.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });

  it('pages by name without overlap and filters by kind, subject kind, name, region and filing', async () => {
    const first = await gql<Page>(url, LIST, { first: 10, orderBy: 'NAME' }, { token: tokens.analyst });
    const second = await gql<Page>(
      url,
      LIST,
      { first: 10, orderBy: 'NAME', after: first.data?.accounts.pageInfo.endCursor },
      { token: tokens.analyst },
    );
    const names = [...(first.data?.accounts.edges ?? []), ...(second.data?.accounts.edges ?? [])].map(
      (e) => e.node.name,
    );
    const ids = [...(first.data?.accounts.edges ?? []), ...(second.data?.accounts.edges ?? [])].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(20);
    expect(names).toHaveLength(20);

    const twins = await gql<Page>(
      url,
      LIST,
      { first: 50, filter: { nameContains: '读书会' } },
      { token: tokens.analyst },
    );
    expect(twins.data?.accounts.edges.every((e) => e.node.name.includes('读书会'))).toBe(true);
    expect(twins.data?.accounts.totalCount).toBeGreaterThanOrEqual(2);

    const minis = await gql<Page>(
      url,
      LIST,
      { first: 50, filter: { kind: 'MINI_PROGRAM', subjectKind: 'ENTERPRISE' } },
      { token: tokens.analyst },
    );
    expect(
      minis.data?.accounts.edges.every((e) => e.node.kind === 'MINI_PROGRAM' && e.node.subject.kind === 'ENTERPRISE'),
    ).toBe(true);

    const filedInHangzhou = await gql<Page>(
      url,
      LIST,
      { first: 100, filter: { region: '浙江省杭州市', filed: true } },
      { token: tokens.analyst },
    );
    expect(
      filedInHangzhou.data?.accounts.edges.every(
        (e) => e.node.record?.region === '浙江省杭州市' && e.node.record.filed,
      ),
    ).toBe(true);
    const unfiled = await gql<Page>(url, LIST, { first: 100, filter: { filed: false } }, { token: tokens.analyst });
    expect(unfiled.data?.accounts.edges.every((e) => !e.node.record?.filed)).toBe(true);

    const byRegion = await gql<{
      recordRegistrationByRegion: Array<{ region: string; accounts: number; filed: number; unfiled: number }>;
    }>(url, '{ recordRegistrationByRegion { region accounts filed unfiled } }', {}, { token: tokens.analyst });
    const hangzhou = byRegion.data?.recordRegistrationByRegion.find((r) => r.region === '浙江省杭州市');
    expect(hangzhou?.filed).toBe(filedInHangzhou.data?.accounts.totalCount);
    expect(hangzhou && hangzhou.filed + hangzhou.unfiled).toBe(hangzhou?.accounts);
    const certified = await gql<{ accounts: { totalCount: number; edges: Array<{ node: { certified: boolean } }> } }>(
      url,
      LIST,
      { first: 50, filter: { certified: true } },
      { token: tokens.analyst },
    );
    expect(certified.data?.accounts.totalCount).toBeGreaterThan(0);
    expect(certified.data?.accounts.edges.every((e) => e.node.certified)).toBe(true);
    const uncertified = await gql<{ accounts: { edges: Array<{ node: { certified: boolean } }> } }>(
      url,
      LIST,
      { first: 50, filter: { certified: false } },
      { token: tokens.analyst },
    );
    expect(uncertified.data?.accounts.edges.every((e) => !e.node.certified)).toBe(true);
  });

  it('takes search and share from uncertified mini-programs after the deadline (rule), keeping new versions', async () => {
    const query = '{ accounts(first: 1, filter: { kind: MINI_PROGRAM }) { edges { node { capabilities } } } }';
    type Caps = { accounts: { edges: Array<{ node: { capabilities: string[] } }> } };
    const now = await gql<Caps>(url, query, {}, { token: tokens.analyst });
    expect(now.data?.accounts.edges[0]?.node.capabilities).toEqual(['RELEASE_VERSIONS']);
    const before = await gql<Caps>(url, query, {}, { token: tokens.analyst, now: new Date('2024-01-01T00:00:00Z') });
    expect(before.data?.accounts.edges[0]?.node.capabilities).toEqual(['RELEASE_VERSIONS', 'SEARCHABLE', 'SHAREABLE']);
  });

  it('records a filing (ADMIN) and refuses half a filing or a publisher entering the number', async () => {
    const mine = await gql<{ accounts: { edges: Array<{ node: { id: string } }> } }>(
      url,
      '{ accounts(first: 1) { edges { node { id } } } }',
      {},
      { token: tokens.publisher },
    );
    const accountId = mine.data?.accounts.edges[0]?.node.id;
    const RECORD =
      'mutation ($id: ID!, $input: AccountRecordInput!) { recordAccountRegistration(accountId: $id, input: $input) { record { region filed filingNumber responsiblePerson } } }';
    const base = { region: '浙江省杭州市', responsiblePerson: '林小雨', contactPhone: '13800138000' };
    const half = await gql(
      url,
      RECORD,
      { id: accountId, input: { ...base, filingNumber: '浙公众号备2026000001' } },
      { token: tokens.admin },
    );
    expect(half.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.filedOn' });
    const byPublisher = await gql(
      url,
      RECORD,
      { id: accountId, input: { ...base, filingNumber: 'X2026', filedOn: '2026-01-01' } },
      { token: tokens.publisher },
    );
    expect(codeOf(byPublisher)).toBe('FORBIDDEN');
    const filed = await gql<{ recordAccountRegistration: { record: Record<string, unknown> } }>(
      url,
      RECORD,
      { id: accountId, input: { ...base, filingNumber: '浙公众号备2026000001', filedOn: '2026-01-02' } },
      { token: tokens.admin },
    );
    expect(filed.data?.recordAccountRegistration.record).toEqual({
      region: '浙江省杭州市',
      filed: true,
      filingNumber: '浙公众号备2026000001',
      responsiblePerson: '林小雨',
    });
    const seenByPublisher = await gql<{ recordAccountRegistration: { record: Record<string, unknown> } }>(
      url,
      RECORD,
      { id: accountId, input: { ...base, region: '浙江省杭州市' } },
      { token: tokens.publisher },
    );
    // The operator's update keeps the authority's filing, and sees the person's name masked.
    expect(seenByPublisher.data?.recordAccountRegistration.record).toMatchObject({
      filed: true,
      responsiblePerson: '林**',
    });
  });
});

describe(`an account's ban in a list (${driverName})`, () => {
  it('reads the same on every page shape: a list with no ban in force says banned false', async () => {
    // Each page shape is its own statement (the prepared first page, by name, filtered); the ban
    // comes from a left join, so a join that lost its "may be missing" map would read every
    // account as banned.
    const pages = [
      ['admin', '{ accounts(first: 50) { edges { node { id banned } } } }'],
      ['admin', '{ accounts(first: 50, orderBy: NAME) { edges { node { id banned } } } }'],
      ['publisher', '{ accounts(first: 50, orderBy: NAME) { edges { node { id banned } } } }'],
    ] as const;
    const single = async (id: string) => {
      const result = await gql<{ node: { banned: boolean } }>(
        url,
        'query ($id: ID!) { node(id: $id) { ... on Account { banned } } }',
        { id },
        { token: tokens.admin },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.node.banned;
    };
    for (const [role, query] of pages) {
      const result = await gql<{ accounts: { edges: Array<{ node: { id: string; banned: boolean } }> } }>(
        url,
        query,
        {},
        { token: tokens[role] },
      );
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.accounts.edges.map((edge) => edge.node) ?? [];
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.some((node) => node.banned === false)).toBe(true);
      for (const node of nodes.slice(0, 5)) expect(node.banned).toBe(await single(node.id));
    }
  });
});
