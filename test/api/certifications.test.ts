import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, refusalOf, signIn } from '../support/graphql';
import { creditCode, idCard } from '../support/identity';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens: Record<string, string> = {};
let seq = 500;

const DAY = 86_400_000;
const CERT_FIELDS =
  'id status feeCents feeRefundable badge nickname certificationNumber approvedAt expiresAt suggestedNickname payment { amountCents refundable } reviewer { email }';

beforeAll(async () => {
  database = await createTestDatabase();
  // Sessions outlive the clock moves below (a year of validity).
  server = await startTestServer(database, { SESSION_TTL_HOURS: '20000' });
  url = server.url;
  for (const role of ['admin', 'moderator', 'reviewer', 'analyst', 'publisher'])
    tokens[role] = await signIn(url, `${role}@example.com`);
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

/**
 * A JPEG or PNG of a given size: a real 1×1 image (uploads are judged by a decodable header), then
 * padding; a GIF is its magic bytes, then padding.
 */
function image(kind: 'jpeg' | 'png' | 'gif', bytes: number): Blob {
  const head =
    kind === 'jpeg'
      ? Buffer.from(
          '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z',
          'base64',
        )
      : kind === 'png'
        ? Buffer.from(
            'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
            'base64',
          )
        : Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]);
  const data = new Uint8Array(bytes);
  data.set(head);
  return new Blob([data]);
}

async function upload(file: Blob, name: string, token = tokens.admin) {
  const form = new FormData();
  form.append('file', file, name);
  const response = await fetch(`${url}/uploads`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      id?: string;
      contentType?: string;
      bytes?: number;
      errors?: Array<{ extensions: Record<string, unknown> }>;
    },
  };
}

async function newAccount(subjectKind: 'INDIVIDUAL' | 'ENTERPRISE', kind: string, name: string): Promise<string> {
  seq += 1;
  const subject = await gql<{ createSubject: { id: string } }>(
    url,
    'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
    {
      input: {
        kind: subjectKind,
        name: subjectKind === 'INDIVIDUAL' ? '周测试' : `${name}有限公司`,
        idNumber: subjectKind === 'INDIVIDUAL' ? idCard(seq) : creditCode(seq),
      },
    },
    { token: tokens.admin },
  );
  const account = await gql<{ registerAccount: { id: string } }>(
    url,
    'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
    { input: { subjectId: subject.data?.createSubject.id, kind, name } },
    { token: tokens.admin },
  );
  const id = account.data?.registerAccount.id;
  if (!id) throw new Error(JSON.stringify(account.errors ?? subject.errors));
  return id;
}

type Cert = { id: string; status: string; badge: string | null; [key: string]: unknown };
async function step(mutation: string, variables: Record<string, unknown>, token = tokens.admin): Promise<Cert> {
  const result = await gql<Record<string, Cert>>(url, mutation, variables, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data ?? {})[0] as Cert;
}

const START = `mutation ($input: StartCertificationInput!) { startCertification(input: $input) { ${CERT_FIELDS} } }`;
const TERMS = `mutation ($id: ID!) { acceptCertificationTerms(id: $id) { ${CERT_FIELDS} } }`;
const INFO = `mutation ($id: ID!, $input: CertificationInformationInput!) { submitCertificationInformation(id: $id, input: $input) { ${CERT_FIELDS} } }`;
const INVOICE = `mutation ($id: ID!) { submitCertificationInvoice(id: $id, input: { title: "周测试" }) { ${CERT_FIELDS} } }`;
const PAY = `mutation ($id: ID!) { payCertificationFee(id: $id) { ${CERT_FIELDS} } }`;
const CALL = `mutation ($id: ID!, $ok: Boolean!) { recordCertificationReviewCall(id: $id, input: { identityConfirmed: $ok, recordingPlayed: $ok }) { ${CERT_FIELDS} } }`;
const DECIDE = `mutation ($id: ID!, $input: CertificationDecisionInput!) { decideCertification(id: $id, input: $input) { ${CERT_FIELDS} } }`;

/** Takes a paid certification from start to review call done. */
async function throughReviewCall(
  accountId: string,
  kind: string,
  nickname: string,
  token = tokens.admin,
): Promise<Cert> {
  const started = await step(START, { input: { accountId, kind, nickname } }, token);
  await step(TERMS, { id: started.id }, token);
  const material = await upload(image('jpeg', 10_000), 'id.jpg', token);
  const info = await step(
    INFO,
    { id: started.id, input: { contactName: '周先生', contactPhone: '13900002222', materialIds: [material.body.id] } },
    token,
  );
  if (info.status === 'AWAITING_INVOICE') {
    await step(INVOICE, { id: started.id }, token);
    await step(PAY, { id: started.id }, token);
  }
  return step(CALL, { id: started.id, ok: true }, tokens.reviewer);
}

async function accountState(id: string, now?: Date) {
  const result = await gql<{
    account: {
      name: string;
      certified: boolean;
      badge: string | null;
      capabilities: string[];
      certification: { status: string };
    };
  }>(
    url,
    'query ($id: ID!) { account(id: $id) { name certified badge capabilities certification { status } } }',
    { id },
    { token: tokens.admin, now },
  );
  return result.data?.account;
}

describe(`uploads (${driverName})`, () => {
  it('answers 413 to a 300 KB PNG, 415 to a GIF named .png, 201 to a 150 KB JPEG; serves it to its owner and staff only', async () => {
    const big = await upload(image('png', 300 * 1024), 'big.png');
    expect(big.status).toBe(413);
    expect(big.body.errors?.[0]?.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'FILE_TOO_LARGE' });
    const fake = await upload(image('gif', 20_000), 'fake.png');
    expect(fake.status).toBe(415);
    expect(fake.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'NOT_AN_IMAGE' });
    const ok = await upload(image('jpeg', 150 * 1024), 'id.jpg', tokens.publisher);
    expect(ok).toEqual({ status: 201, body: { id: expect.any(String), contentType: 'image/jpeg', bytes: 150 * 1024 } });
    expect((await upload(image('jpeg', 1000), 'x.jpg', '')).status).toBe(401);

    const get = (token: string | undefined) =>
      fetch(`${url}/uploads/${ok.body.id}`, { headers: { authorization: `Bearer ${token}` } });
    const mine = await get(tokens.publisher);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/jpeg');
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await mine.arrayBuffer()).byteLength).toBe(150 * 1024);
    expect((await get(tokens.reviewer)).status).toBe(200);
    // A publisher sees only its own uploads.
    const adminsUpload = await upload(image('png', 1000), 'a.png', tokens.admin);
    const other = await fetch(`${url}/uploads/${adminsUpload.body.id}`, {
      headers: { authorization: `Bearer ${tokens.publisher}` },
    });
    expect(other.status).toBe(404);
  });
});

describe(`the invitation list follows the eligibility rules (${driverName})`, () => {
  it('offers only eligible accounts, says why the others are not, and refuses to invite them', async () => {
    const LISTS =
      '{ certificationCandidates(first: 100) { id } certificationCandidateExclusions(first: 100) { reason days account { id } } }';
    type Lists = {
      certificationCandidates: Array<{ id: string }>;
      certificationCandidateExclusions: Array<{ reason: string; days: number | null; account: { id: string } }>;
    };
    const lists = async () => {
      const result = await gql<Lists>(url, LISTS, {}, { token: tokens.reviewer });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    const clean = await newAccount('INDIVIDUAL', 'SUBSCRIPTION', '干净的个人号');
    const farming = await newAccount('INDIVIDUAL', 'SUBSCRIPTION', '违规的个人号');
    const reported = await gql<{ reportViolation: { id: string } }>(
      url,
      'mutation ($id: ID!) { reportViolation(input: { accountId: $id, type: LIKE_FARMING, source: MODERATOR, evidence: "集赞送礼" }) { id } }',
      { id: farming },
      { token: tokens.moderator },
    );
    const violationId = reported.data?.reportViolation.id;
    await gql(
      url,
      'mutation ($id: ID!) { confirmViolation(id: $id) { id } }',
      { id: violationId },
      { token: tokens.moderator },
    );

    const before = await lists();
    const offered = before.certificationCandidates.map((candidate) => candidate.id);
    expect(offered).toContain(clean);
    expect(offered).not.toContain(farming);
    expect(before.certificationCandidateExclusions.find((entry) => entry.account.id === farming)).toMatchObject({
      reason: 'RECENT_VIOLATION',
      days: 180,
    });
    const invite = await gql(
      url,
      'mutation ($id: ID!) { inviteToCertification(accountId: $id) }',
      { id: farming },
      {
        token: tokens.reviewer,
      },
    );
    expect(refusalOf(invite)).toEqual({ code: 'NOT_ELIGIBLE', reason: 'RECENT_VIOLATION' });

    // Overturned, the violation no longer bars it: it is offered again.
    await gql(
      url,
      'mutation ($id: ID!) { overturnViolation(id: $id, reason: "误判") { status } }',
      { id: violationId },
      { token: tokens.moderator },
    );
    const after = await lists();
    expect(after.certificationCandidates.map((candidate) => candidate.id)).toContain(farming);
    expect(after.certificationCandidateExclusions.map((entry) => entry.account.id)).not.toContain(farming);
  });
});

describe(`the personal mini-program flow (${driverName})`, () => {
  it('charges 30 CNY, never refunded; approval renames the account and sets 个人开发者; a year later it has expired', async () => {
    const account = await newAccount('INDIVIDUAL', 'MINI_PROGRAM', '周的小工具');
    const started = await step(START, {
      input: { accountId: account, kind: 'PERSONAL_MINI_PROGRAM', nickname: '周记账本' },
    });
    expect(started).toMatchObject({ status: 'AWAITING_TERMS', feeCents: 3000, feeRefundable: false });
    expect(codeOf(await gql(url, PAY, { id: started.id }, { token: tokens.admin }))).toBe('INVALID_TRANSITION');
    await step(TERMS, { id: started.id });
    const proofless = await gql(
      url,
      INFO,
      { id: started.id, input: { contactName: '周', contactPhone: '13900002222', profession: '会计' } },
      { token: tokens.admin },
    );
    expect(proofless.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.professionProof' });
    const proof = await upload(image('png', 5000), 'proof.png');
    const info = await step(INFO, {
      id: started.id,
      input: { contactName: '周', contactPhone: '13900002222', profession: '会计', professionProof: proof.body.id },
    });
    expect(info.status).toBe('AWAITING_INVOICE');
    await step(INVOICE, { id: started.id });
    const paid = await step(PAY, { id: started.id });
    expect(paid).toMatchObject({
      status: 'DISPATCHED',
      payment: { amountCents: 3000, refundable: false },
      reviewer: { email: 'reviewer@example.com' },
    });

    const early = await gql(
      url,
      DECIDE,
      { id: started.id, input: { qualification: 'PASSED', naming: 'PASSED' } },
      { token: tokens.reviewer },
    );
    expect(codeOf(early)).toBe('INVALID_TRANSITION');
    await step(CALL, { id: started.id, ok: true }, tokens.reviewer);
    const approved = await step(
      DECIDE.replace('reviewer { email }', 'reviewer { email } account { name }'),
      { id: started.id, input: { qualification: 'PASSED', naming: 'PASSED' } },
      tokens.reviewer,
    );
    expect(approved).toMatchObject({
      status: 'APPROVED',
      // The same response that renamed the account names it by its new name.
      account: { name: '周记账本' },
      badge: '个人开发者',
      certificationNumber: expect.stringMatching(/^WXRZ-\d{4}-\d{6}$/),
    });
    const now = await accountState(account);
    expect(now).toMatchObject({ name: '周记账本', certified: true, badge: '个人开发者' });
    expect(now?.capabilities).toEqual(expect.arrayContaining(['MESSAGING', 'USER_MANAGEMENT', 'SEARCHABLE']));

    const yearLater = new Date(Date.parse(String(approved.approvedAt)) + 365 * DAY + 60_000);
    const expired = await accountState(account, yearLater);
    expect(expired).toMatchObject({ certified: false, badge: null, certification: { status: 'EXPIRED' } });
    expect(expired?.capabilities).not.toContain('MESSAGING');
    expect(expired?.capabilities).not.toContain('SEARCHABLE');
  });

  it('naming failed but qualification passed: certified, old name kept, no badge, a suggested name', async () => {
    const account = await newAccount('INDIVIDUAL', 'MINI_PROGRAM', '老名字工具');
    const cert = await throughReviewCall(account, 'PERSONAL_MINI_PROGRAM', '微信最好的工具');
    const advice = await gql<{
      certification: { namingAdvice: { compliant: boolean; problems: Array<{ word: string }> } };
    }>(
      url,
      'query ($id: ID!) { certification(id: $id) { namingAdvice { compliant problems { word } } } }',
      { id: cert.id },
      { token: tokens.reviewer },
    );
    expect(advice.data?.certification.namingAdvice.compliant).toBe(false);
    const decided = await step(
      DECIDE,
      { id: cert.id, input: { qualification: 'PASSED', naming: 'FAILED' } },
      tokens.reviewer,
    );
    expect(decided).toMatchObject({ status: 'APPROVED', badge: null, suggestedNickname: '周测试' });
    expect(await accountState(account)).toMatchObject({ name: '老名字工具', certified: true, badge: null });
  });

  it('refuses a pass without a confirmed review call and a failure without a reason; a rejection keeps the fee', async () => {
    const account = await newAccount('INDIVIDUAL', 'MINI_PROGRAM', '未确认工具');
    const started = await step(START, {
      input: { accountId: account, kind: 'PERSONAL_MINI_PROGRAM', nickname: '未确认工具' },
    });
    await step(TERMS, { id: started.id });
    await step(INFO, { id: started.id, input: { contactName: '周', contactPhone: '13900002222' } });
    await step(INVOICE, { id: started.id });
    await step(PAY, { id: started.id });
    await step(CALL, { id: started.id, ok: false }, tokens.reviewer);
    const pass = await gql(
      url,
      DECIDE,
      { id: started.id, input: { qualification: 'PASSED', naming: 'PASSED' } },
      { token: tokens.reviewer },
    );
    expect(pass.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.qualification' });
    const noReason = await gql(
      url,
      DECIDE,
      { id: started.id, input: { qualification: 'FAILED', naming: 'PASSED' } },
      { token: tokens.reviewer },
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const rejected = await step(
      DECIDE,
      { id: started.id, input: { qualification: 'FAILED', naming: 'PASSED', reason: '身份未确认' } },
      tokens.reviewer,
    );
    // Rejected, and the fee stays paid: 认证成功与否，概不退费.
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      feeRefundable: false,
      payment: { amountCents: 3000, refundable: false },
    });
  });
});

describe(`personal account eligibility and the yearly limit (${driverName})`, () => {
  const INVITE = 'mutation ($id: ID!) { inviteToCertification(accountId: $id) }';

  it('refuses the uninvited and those with a confirmed infringement; the third start in a year is CERTIFICATION_LIMIT', async () => {
    const account = await newAccount('INDIVIDUAL', 'SUBSCRIPTION', '个人号一');
    const start = () =>
      gql<{ startCertification: Cert }>(
        url,
        START,
        { input: { accountId: account, kind: 'PERSONAL_ACCOUNT', nickname: '个人号一' } },
        { token: tokens.admin },
      );
    const uninvited = await start();
    expect(refusalOf(uninvited)).toEqual({ code: 'NOT_ELIGIBLE', reason: 'NOT_INVITED' });
    expect(uninvited.errors?.[0]?.message).toMatch(/invitation/);
    expect(codeOf(await gql(url, INVITE, { id: account }, { token: tokens.publisher }))).toBe('FORBIDDEN');
    expect((await gql(url, INVITE, { id: account }, { token: tokens.reviewer })).data).toEqual({
      inviteToCertification: true,
    });

    for (let attempt = 0; attempt < 2; attempt += 1) {
      const started = await start();
      expect(started.data?.startCertification).toMatchObject({ status: 'AWAITING_TERMS', feeCents: 0 });
      const id = started.data?.startCertification.id;
      await step(TERMS, { id });
      const dispatched = await step(INFO, { id, input: { contactName: '周', contactPhone: '13900002222' } });
      expect(dispatched.status).toBe('DISPATCHED');
      await step(CALL, { id, ok: true }, tokens.reviewer);
      await step(
        DECIDE,
        { id, input: { qualification: 'FAILED', naming: 'PASSED', reason: '原创度不足' } },
        tokens.reviewer,
      );
    }
    const third = await start();
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'CERTIFICATION_LIMIT', reason: 'PER_YEAR', limit: 2 });
    // A new calendar year allows it again; the invitation was not used up by the failures.
    const nextYear = new Date(new Date().getUTCFullYear() + 1, 2, 1);
    const again = await gql<{ startCertification: Cert }>(
      url,
      START,
      { input: { accountId: account, kind: 'PERSONAL_ACCOUNT', nickname: '个人号一' } },
      { token: tokens.admin, now: nextYear },
    );
    expect(again.errors).toBeUndefined();

    const infringing = await newAccount('INDIVIDUAL', 'SUBSCRIPTION', '个人号二');
    await gql(url, INVITE, { id: infringing }, { token: tokens.reviewer });
    const report = await gql<{ reportViolation: { id: string } }>(
      url,
      'mutation ($id: ID!) { reportViolation(input: { accountId: $id, type: INFRINGEMENT, source: MODERATOR, evidence: "盗用图片" }) { id } }',
      { id: infringing },
      { token: tokens.moderator },
    );
    await gql(
      url,
      'mutation ($id: ID!) { confirmViolation(id: $id) { id } }',
      { id: report.data?.reportViolation.id },
      { token: tokens.moderator },
    );
    const refused = await gql(
      url,
      START,
      { input: { accountId: infringing, kind: 'PERSONAL_ACCOUNT', nickname: '个人号二' } },
      { token: tokens.admin },
    );
    expect(refusalOf(refused)).toEqual({ code: 'NOT_ELIGIBLE', reason: 'INFRINGEMENT' });
    expect(refused.errors?.[0]?.message).toMatch(/infringement/);

    // Any other confirmed violation within the rule's clean period: RECENT_VIOLATION, naming the days.
    const recent = await newAccount('INDIVIDUAL', 'SUBSCRIPTION', '个人号四');
    await gql(url, INVITE, { id: recent }, { token: tokens.reviewer });
    const farming = await gql<{ reportViolation: { id: string } }>(
      url,
      'mutation ($id: ID!) { reportViolation(input: { accountId: $id, type: LIKE_FARMING, source: MODERATOR, evidence: "集赞送礼" }) { id } }',
      { id: recent },
      { token: tokens.moderator },
    );
    await gql(
      url,
      'mutation ($id: ID!) { confirmViolation(id: $id) { id } }',
      { id: farming.data?.reportViolation.id },
      { token: tokens.moderator },
    );
    const notClean = await gql(
      url,
      START,
      { input: { accountId: recent, kind: 'PERSONAL_ACCOUNT', nickname: '个人号四' } },
      { token: tokens.admin },
    );
    expect(notClean.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'RECENT_VIOLATION' });
    expect(typeof notClean.errors?.[0]?.extensions?.days).toBe('number');

    // The kind of certification must fit the account and its subject.
    const enterprise = await newAccount('ENTERPRISE', 'SUBSCRIPTION', '企业号一');
    const misfit = await gql(
      url,
      START,
      { input: { accountId: enterprise, kind: 'PERSONAL_ACCOUNT', nickname: '企业号一' } },
      { token: tokens.admin },
    );
    expect(misfit.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'KIND_MISMATCH',
      kind: 'PERSONAL_ACCOUNT',
      field: 'input.kind',
    });
  });

  it('lets only one of 10 simultaneous starts through (one in progress at a time, under the yearly limit)', async () => {
    const account = await newAccount('INDIVIDUAL', 'SUBSCRIPTION', '个人号三');
    await gql(url, INVITE, { id: account }, { token: tokens.reviewer });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        gql(
          url,
          START,
          { input: { accountId: account, kind: 'PERSONAL_ACCOUNT', nickname: '个人号三' } },
          { token: tokens.admin },
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'INVALID_TRANSITION')).toHaveLength(9);
    expect(results.filter((r) => r.errors).map(refusalOf)).toEqual(
      Array.from({ length: 9 }, () => ({ code: 'INVALID_TRANSITION', reason: 'IN_PROGRESS' })),
    );
  });
});

describe(`annual review reminders (${driverName})`, () => {
  it('sends each reminder once when the sweep runs twice', async () => {
    const mine = await gql<{
      accounts: { edges: Array<{ node: { id: string; name: string; subject: { kind: string } } }> };
    }>(url, '{ accounts(first: 10) { edges { node { id name subject { kind } } } } }', {}, { token: tokens.publisher });
    const enterprise = mine.data?.accounts.edges.find((e) => e.node.subject.kind === 'ENTERPRISE')?.node;
    const cert = await throughReviewCall(enterprise?.id ?? '', 'ENTERPRISE', enterprise?.name ?? '', tokens.publisher);
    const approved = await step(
      DECIDE,
      { id: cert.id, input: { qualification: 'PASSED', naming: 'PASSED', memberScale: 300 } },
      tokens.reviewer,
    );
    const near = new Date(Date.parse(String(approved.expiresAt)) - 25 * DAY);
    const sweep = () =>
      gql<{ sendCertificationReminders: number }>(
        url,
        'mutation { sendCertificationReminders }',
        {},
        { token: tokens.admin, now: near },
      );
    expect((await sweep()).data?.sendCertificationReminders).toBe(1);
    expect((await sweep()).data?.sendCertificationReminders).toBe(0);
    const inbox = await gql<{ notifications: { edges: Array<{ node: { kind: string } }> } }>(
      url,
      '{ notifications(first: 50) { edges { node { kind } } } }',
      {},
      { token: tokens.publisher },
    );
    expect(inbox.data?.notifications.edges.filter((e) => e.node.kind === 'CERTIFICATION_EXPIRING')).toHaveLength(1);
    expect(codeOf(await gql(url, 'mutation { sendCertificationReminders }', {}, { token: tokens.reviewer }))).toBe(
      'FORBIDDEN',
    );

    const renewal = await gql<{ renewCertification: Cert }>(
      url,
      `mutation ($id: ID!) { renewCertification(id: $id) { ${CERT_FIELDS} } }`,
      { id: cert.id },
      { token: tokens.publisher },
    );
    expect(renewal.data?.renewCertification).toMatchObject({ status: 'AWAITING_TERMS', feeCents: 30000 });
  });
});

describe(`certification lists (${driverName})`, () => {
  it('shows the reviewer’s queue with overdue dispatches, and uses the same statements for 5 and 30 items', async () => {
    const overdue = await gql<{
      certifications: { totalCount: number; edges: Array<{ node: { reviewCallOverdue: boolean } }> };
    }>(
      url,
      '{ certifications(filter: { mine: true, overdue: true }) { totalCount edges { node { reviewCallOverdue } } } }',
      {},
      { token: tokens.reviewer },
    );
    expect(overdue.data?.certifications.totalCount).toBeGreaterThanOrEqual(1);
    expect(overdue.data?.certifications.edges.every((e) => e.node.reviewCallOverdue)).toBe(true);
    const query =
      'query ($first: Int) { certifications(first: $first) { edges { node { id status badge reviewCallOverdue account { name certified badge } payment { amountCents } reviewer { email } materials { url } namingAdvice { compliant } } } } }';
    const five = await gql(url, query, { first: 5 }, { token: tokens.analyst });
    const thirty = await gql<{ certifications: { edges: unknown[] } }>(
      url,
      query,
      { first: 30 },
      { token: tokens.analyst },
    );
    expect(five.errors).toBeUndefined();
    expect(thirty.data?.certifications.edges.length).toBeGreaterThanOrEqual(25);
    // The counter must be there: two missing counts would compare equal.
    expect(typeof five.extensions?.sqlStatements).toBe('number');
    expect(five.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(thirty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });

  it('checks a nickname before applying', async () => {
    const advice = await gql<{
      checkCertificationNickname: { compliant: boolean; problems: Array<{ code: string; word: string }> };
    }>(
      url,
      '{ checkCertificationNickname(name: "中国最好新闻APP") { compliant problems { code word } } }',
      {},
      { token: tokens.publisher },
    );
    expect(advice.data?.checkCertificationNickname.compliant).toBe(false);
    expect(advice.data?.checkCertificationNickname.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['FORBIDDEN_WORD', 'GENERIC_WITHOUT_SUBJECT', 'LOOKS_LIKE_APP']),
    );
  });
});
