import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, gql, refusalOf, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

// Moderation tools (issue 15, item 6): canned reasons per violation type (ADMIN edits, moderators
// read), staff-only moderator notes on accounts, and undoing a dismissal within the rule
// moderation.undoMinutes (10), exactly once under concurrency.

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens: Record<string, string> = {};
let subjectSeq = 900;

const MINUTE = 60_000;
const TYPES = ['LIKE_FARMING', 'INDUCED_SHARING', 'FALSE_ORIGINAL', 'INFRINGEMENT', 'OTHER'];

const CANNED = 'query ($type: ViolationType) { cannedReasons(type: $type) { id type text position updatedAt } }';
const CREATE =
  'mutation ($input: CreateCannedReasonInput!) { createCannedReason(input: $input) { id type text position } }';
const UPDATE =
  'mutation ($id: ID!, $input: UpdateCannedReasonInput!) { updateCannedReason(id: $id, input: $input) { id text position } }';
const DELETE = 'mutation ($id: ID!) { deleteCannedReason(id: $id) }';
const ADD_NOTE =
  'mutation ($accountId: ID!, $text: String!) { addAccountNote(accountId: $accountId, text: $text) { id moderatorNotes { id text at author { displayName } } } }';
const NOTES = 'query ($id: ID!) { account(id: $id) { id moderatorNotes { id text at author { displayName } } } }';
const DISMISS =
  'mutation ($id: ID!) { dismissViolation(id: $id, note: "证据不足") { id status decidedAt undoableUntil } }';
const UNDO =
  'mutation ($id: ID!) { undoDismissal(id: $id) { id status decidedAt decisionNote undoableUntil claimedBy { email } } }';
const STATE = 'query ($id: ID!) { violation(id: $id) { id status decidedAt decisionNote undoableUntil } }';
const AUDIT =
  'query ($filter: AuditFilter) { auditLog(first: 50, filter: $filter) { totalCount edges { node { action targetId before after } } } }';

interface Reason {
  id: string;
  type: string;
  text: string;
  position: number;
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database, { SESSION_TTL_HOURS: '2400' });
  url = server.url;
  for (const role of ['admin', 'moderator', 'reviewer', 'analyst', 'publisher'])
    tokens[role] = await signIn(url, `${role}@example.com`);
  const created = await gql(
    url,
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { email: 'moderator-c@example.com', name: '赵六', roles: ['MODERATOR'], password: 'harbor-willow-2026' } },
    { token: tokens.admin },
  );
  expect(created.errors).toBeUndefined();
  tokens.moderatorB = await signIn(url, 'moderator-c@example.com', 'harbor-willow-2026');
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

const as = (who: string, now?: Date) => ({ token: tokens[who], now });

async function newAccount(name: string): Promise<string> {
  subjectSeq += 1;
  const subject = await gql<{ createSubject: { id: string } }>(
    url,
    'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
    { input: { kind: 'ENTERPRISE', name: `${name}有限公司`, idNumber: creditCode(subjectSeq) } },
    as('admin'),
  );
  const account = await gql<{ registerAccount: { id: string } }>(
    url,
    'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
    { input: { subjectId: subject.data?.createSubject.id, kind: 'SUBSCRIPTION', name } },
    as('admin'),
  );
  const id = account.data?.registerAccount.id;
  if (!id) throw new Error(JSON.stringify(account.errors ?? subject.errors));
  return id;
}

async function pending(accountId: string, type = 'LIKE_FARMING'): Promise<string> {
  const result = await gql<{ reportViolation: { id: string } }>(
    url,
    'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }',
    { input: { accountId, type, source: 'MODERATOR', evidence: '集赞截图换礼品' } },
    as('moderator'),
  );
  const id = result.data?.reportViolation.id;
  if (!id) throw new Error(JSON.stringify(result.errors));
  return id;
}

async function reasons(type: string): Promise<Reason[]> {
  const result = await gql<{ cannedReasons: Reason[] }>(url, CANNED, { type }, as('admin'));
  expect(result.errors).toBeUndefined();
  return result.data?.cannedReasons ?? [];
}

async function auditCount(action: string): Promise<number> {
  const result = await gql<{ auditLog: { totalCount: number } }>(url, AUDIT, { filter: { action } }, as('admin'));
  expect(result.errors).toBeUndefined();
  return result.data?.auditLog.totalCount ?? -1;
}

function expectRefusal(result: GraphQLResponse<unknown>, code: string, reason?: string) {
  expect(result.data ?? null, JSON.stringify(result.errors)).toBeNull();
  const refusal = refusalOf(result);
  expect(refusal.code).toBe(code);
  if (reason) expect(refusal.reason).toBe(reason);
}

describe(`canned reasons (${driverName})`, () => {
  it('are seeded for every violation type, in key order, and read by moderators and admins', async () => {
    for (const type of TYPES) {
      const list = await reasons(type);
      expect(list.length, type).toBeGreaterThanOrEqual(3);
      expect(list.every((reason) => reason.type === type)).toBe(true);
      expect(list.map((reason) => reason.position)).toEqual(list.map((_, index) => index));
    }
    const mine = await gql<{ cannedReasons: Reason[] }>(url, CANNED, {}, as('moderator'));
    expect(mine.errors).toBeUndefined();
    expect(new Set(mine.data?.cannedReasons.map((reason) => reason.type))).toEqual(new Set(TYPES));
  });

  it('are refused to publishers, analysts, reviewers and the signed out', async () => {
    for (const who of ['publisher', 'analyst', 'reviewer'])
      expectRefusal(await gql(url, CANNED, {}, as(who)), 'FORBIDDEN', 'ROLE');
    expectRefusal(await gql(url, CANNED, {}), 'UNAUTHENTICATED');
  });

  it('are created, edited, moved and removed by ADMIN only, each change audited', async () => {
    const before = await reasons('OTHER');
    const audits = await auditCount('cannedReason.create');
    for (const who of ['moderator', 'analyst', 'publisher']) {
      const refused = await gql(url, CREATE, { input: { type: 'OTHER', text: '非管理员不能添加' } }, as(who));
      expectRefusal(refused, 'FORBIDDEN');
    }
    expect(await reasons('OTHER')).toEqual(before);
    expect(await auditCount('cannedReason.create')).toBe(audits);

    const created = await gql<{ createCannedReason: Reason }>(
      url,
      CREATE,
      { input: { type: 'OTHER', text: '  账号简介含违规联系方式。  ' } },
      as('admin'),
    );
    expect(created.errors).toBeUndefined();
    const reason = created.data?.createCannedReason as Reason;
    expect(reason).toMatchObject({ type: 'OTHER', text: '账号简介含违规联系方式。', position: before.length });
    expect(await auditCount('cannedReason.create')).toBe(audits + 1);

    // Refusals write nothing: a duplicate text, a too-short one, an edit or removal by a moderator.
    expectRefusal(
      await gql(url, CREATE, { input: { type: 'OTHER', text: '账号简介含违规联系方式。' } }, as('admin')),
      'BAD_USER_INPUT',
      'DUPLICATE',
    );
    expectRefusal(
      await gql(url, CREATE, { input: { type: 'OTHER', text: ' 短 ' } }, as('admin')),
      'BAD_USER_INPUT',
      'TOO_SHORT',
    );
    expectRefusal(
      await gql(url, UPDATE, { id: reason.id, input: { text: '改写' } }, as('moderator')),
      'FORBIDDEN',
      'ROLE',
    );
    expectRefusal(await gql(url, DELETE, { id: reason.id }, as('moderator')), 'FORBIDDEN', 'ROLE');
    expectRefusal(
      await gql(url, CREATE, { input: { type: 'OTHER', text: 'x'.repeat(501) } }, as('admin')),
      'BAD_USER_INPUT',
      'TOO_LONG',
    );
    expect((await reasons('OTHER')).length).toBe(before.length + 1);

    // Moved to the front: the others shift one key down.
    const moved = await gql<{ updateCannedReason: Reason }>(
      url,
      UPDATE,
      { id: reason.id, input: { text: '账号简介含违规联系方式（微信号）。', position: 0 } },
      as('admin'),
    );
    expect(moved.errors).toBeUndefined();
    const afterMove = await reasons('OTHER');
    expect(afterMove.map((each) => each.text)).toEqual([
      '账号简介含违规联系方式（微信号）。',
      ...before.map((each) => each.text),
    ]);
    expect(afterMove.map((each) => each.position)).toEqual(afterMove.map((_, index) => index));
    expect(await auditCount('cannedReason.update')).toBe(1);

    const removed = await gql<{ deleteCannedReason: boolean }>(url, DELETE, { id: reason.id }, as('admin'));
    expect(removed.data?.deleteCannedReason).toBe(true);
    const afterDelete = await reasons('OTHER');
    expect(afterDelete.map((each) => each.text)).toEqual(before.map((each) => each.text));
    expect(afterDelete.map((each) => each.position)).toEqual(afterDelete.map((_, index) => index));
    expect(await auditCount('cannedReason.delete')).toBe(1);
    expectRefusal(await gql(url, DELETE, { id: reason.id }, as('admin')), 'NOT_FOUND', 'UNKNOWN_ID');
  });

  it('holds at most nine per type (keys 1–9): the tenth is refused and nothing is written', async () => {
    const start = (await reasons('INFRINGEMENT')).length;
    for (let index = start; index < 9; index += 1) {
      const result = await gql(
        url,
        CREATE,
        { input: { type: 'INFRINGEMENT', text: `侵权理由 ${index + 1}` } },
        as('admin'),
      );
      expect(result.errors).toBeUndefined();
    }
    const tenth = await gql(url, CREATE, { input: { type: 'INFRINGEMENT', text: '第十条理由' } }, as('admin'));
    expectRefusal(tenth, 'BAD_USER_INPUT', 'TOO_MANY');
    expect(tenth.errors?.[0]?.extensions?.limit).toBe(9);
    expect((await reasons('INFRINGEMENT')).length).toBe(9);
  });
});

describe(`moderator notes on accounts (${driverName})`, () => {
  let own: string;

  beforeAll(async () => {
    // An account the demo publisher operates: its own operator must not see the staff's notes.
    const viewer = await gql<{ viewer: { operatedAccounts: Array<{ id: string }> } }>(
      url,
      '{ viewer { operatedAccounts { id } } }',
      {},
      as('publisher'),
    );
    own = viewer.data?.viewer.operatedAccounts[0]?.id ?? '';
    expect(own).not.toBe('');
  });

  it('are written by moderators and admins with author and time, and audited', async () => {
    const audits = await auditCount('account.note');
    const added = await gql<{
      addAccountNote: { moderatorNotes: Array<{ text: string; at: string; author: { displayName: string } }> };
    }>(
      url,
      ADD_NOTE,
      { accountId: own, text: '  运营者多次以集赞换礼，重点关注。 ' },
      as('moderator', new Date('2026-05-01T02:00:00Z')),
    );
    expect(added.errors).toBeUndefined();
    const notes = added.data?.addAccountNote.moderatorNotes ?? [];
    expect(notes.at(-1)).toMatchObject({
      text: '运营者多次以集赞换礼，重点关注。',
      at: '2026-05-01T02:00:00.000Z',
      author: { displayName: '审核员 Moderator' },
    });
    const byAdmin = await gql(url, ADD_NOTE, { accountId: own, text: '已电话提醒运营者。' }, as('admin'));
    expect(byAdmin.errors).toBeUndefined();
    expect(await auditCount('account.note')).toBe(audits + 2);
  });

  it('refuses writers who are not moderators, too-short and too-long notes, and writes nothing', async () => {
    const count = async () =>
      (await gql<{ account: { moderatorNotes: unknown[] } }>(url, NOTES, { id: own }, as('admin'))).data?.account
        .moderatorNotes.length;
    const before = await count();
    expectRefusal(
      await gql(url, ADD_NOTE, { accountId: own, text: '我是运营者' }, as('publisher')),
      'FORBIDDEN',
      'ROLE',
    );
    expectRefusal(
      await gql(url, ADD_NOTE, { accountId: own, text: '分析备注' }, as('analyst')),
      'FORBIDDEN',
      'READ_ONLY_ROLE',
    );
    expectRefusal(
      await gql(url, ADD_NOTE, { accountId: own, text: '认证审核备注' }, as('reviewer')),
      'FORBIDDEN',
      'ROLE',
    );
    expectRefusal(await gql(url, ADD_NOTE, { accountId: own, text: '匿名' }), 'UNAUTHENTICATED');
    expectRefusal(
      await gql(url, ADD_NOTE, { accountId: own, text: ' 短 ' }, as('moderator')),
      'BAD_USER_INPUT',
      'TOO_SHORT',
    );
    expectRefusal(
      await gql(url, ADD_NOTE, { accountId: own, text: '长'.repeat(2001) }, as('moderator')),
      'BAD_USER_INPUT',
      'TOO_LONG',
    );
    expect(await count()).toBe(before);
  });

  it('are read by moderators, reviewers and admins, and by nobody else on any path', async () => {
    for (const who of ['moderator', 'reviewer', 'admin']) {
      const result = await gql<{ account: { moderatorNotes: Array<{ text: string }> } }>(
        url,
        NOTES,
        { id: own },
        as(who),
      );
      expect(result.errors, who).toBeUndefined();
      expect(
        result.data?.account.moderatorNotes.map((note) => note.text),
        who,
      ).toContain('已电话提醒运营者。');
    }
    const paths = [
      NOTES,
      'query ($id: ID!) { node(id: $id) { ... on Account { moderatorNotes { text } } } }',
      '{ accounts(first: 50) { edges { node { moderatorNotes { text } } } } }',
      '{ articles(first: 50) { edges { node { account { moderatorNotes { text } } } } } }',
      '{ violations(first: 50) { edges { node { account { moderatorNotes { text } } } } } }',
      '{ penalties(first: 50) { edges { node { account { moderatorNotes { text } } } } } }',
      '{ viewer { operatedAccounts { moderatorNotes { text } } } }',
    ];
    for (const who of ['publisher', 'analyst', 'signed out']) {
      for (const query of paths) {
        const result = await gql(url, query, { id: own }, who === 'signed out' ? {} : as(who));
        const body = JSON.stringify(result.data ?? null);
        expect(body, `${who}: ${query}`).not.toContain('已电话提醒运营者');
        expect(body, `${who}: ${query}`).not.toContain('重点关注');
      }
    }
    // What the publisher gets instead is an empty list, not an error.
    const publisher = await gql<{ account: { moderatorNotes: unknown[] } }>(url, NOTES, { id: own }, as('publisher'));
    expect(publisher.data?.account.moderatorNotes).toEqual([]);
  });
});

describe(`undoing a dismissal (${driverName})`, () => {
  interface State {
    id: string;
    status: string;
    decidedAt: string | null;
    decisionNote?: string | null;
    undoableUntil: string | null;
    claimedBy?: { email: string } | null;
  }

  async function dismissed(name: string, now?: Date, who = 'moderator'): Promise<State> {
    const id = await pending(await newAccount(name));
    const result = await gql<{ dismissViolation: State }>(url, DISMISS, { id }, as(who, now));
    expect(result.errors).toBeUndefined();
    return result.data?.dismissViolation as State;
  }

  async function state(id: string, who = 'admin'): Promise<State> {
    const result = await gql<{ violation: State }>(url, STATE, { id }, as(who));
    if (!result.data?.violation) throw new Error(JSON.stringify(result.errors));
    return result.data.violation;
  }

  it('puts the violation back to pending within the rule’s minutes, claimed by whoever undid it, audited', async () => {
    const audits = await auditCount('violation.undoDismissal');
    const row = await dismissed('撤销甲');
    expect(row.status).toBe('DISMISSED');
    const decidedAt = new Date(row.decidedAt ?? 0).getTime();
    expect(row.undoableUntil).toBe(new Date(decidedAt + 10 * MINUTE).toISOString());
    const undone = await gql<{ undoDismissal: State }>(url, UNDO, { id: row.id }, as('moderator'));
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.undoDismissal).toMatchObject({
      status: 'PENDING',
      decidedAt: null,
      decisionNote: null,
      undoableUntil: null,
      claimedBy: { email: 'moderator@example.com' },
    });
    expect((await state(row.id)).status).toBe('PENDING');
    expect(await auditCount('violation.undoDismissal')).toBe(audits + 1);
    // It is back in the queue: it can be decided again.
    const again = await gql<{ dismissViolation: State }>(url, DISMISS, { id: row.id }, as('moderator'));
    expect(again.data?.dismissViolation.status).toBe('DISMISSED');
  });

  it('is refused to another moderator (admins may), to analysts and publishers, with nothing written', async () => {
    const row = await dismissed('撤销乙');
    const other = await state(row.id, 'moderatorB');
    expect(other.undoableUntil).toBeNull();
    expectRefusal(await gql(url, UNDO, { id: row.id }, as('moderatorB')), 'FORBIDDEN', 'NOT_DECIDER');
    expectRefusal(await gql(url, UNDO, { id: row.id }, as('analyst')), 'FORBIDDEN', 'READ_ONLY_ROLE');
    expectRefusal(await gql(url, UNDO, { id: row.id }, as('publisher')), 'FORBIDDEN', 'ROLE');
    expectRefusal(await gql(url, UNDO, { id: row.id }), 'UNAUTHENTICATED');
    expect(await state(row.id)).toMatchObject({
      status: 'DISMISSED',
      decidedAt: row.decidedAt,
      decisionNote: '证据不足',
    });
    const admin = await state(row.id, 'admin');
    expect(admin.undoableUntil).toBe(row.undoableUntil);
    const byAdmin = await gql<{ undoDismissal: State }>(url, UNDO, { id: row.id }, as('admin'));
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data?.undoDismissal.status).toBe('PENDING');
  });

  it('is refused once the rule’s minutes have passed (the clock moved), with the deadline', async () => {
    const at = new Date(Date.now() - 60 * MINUTE);
    const row = await dismissed('撤销丙', at);
    const deadline = new Date(at.getTime() + 10 * MINUTE);
    // A minute before the deadline the window is open; at the deadline it is closed.
    const early = await gql<{ violation: State }>(
      url,
      STATE,
      { id: row.id },
      as('moderator', new Date(deadline.getTime() - MINUTE)),
    );
    expect(early.data?.violation.undoableUntil).toBe(deadline.toISOString());
    const late = await gql(url, UNDO, { id: row.id }, as('moderator', deadline));
    expectRefusal(late, 'INVALID_TRANSITION', 'UNDO_WINDOW_PASSED');
    expect(late.errors?.[0]?.extensions?.undoableUntil).toBe(deadline.toISOString());
    expect(late.errors?.[0]?.extensions?.minutes).toBe(10);
    expectRefusal(await gql(url, UNDO, { id: row.id }, as('admin')), 'INVALID_TRANSITION', 'UNDO_WINDOW_PASSED');
    expect((await state(row.id, 'moderator')).undoableUntil).toBeNull();
    expect((await state(row.id)).status).toBe('DISMISSED');
  });

  it('refuses what is not a dismissal, and a dismissal reported again since', async () => {
    const account = await newAccount('撤销丁');
    const open = await pending(account, 'OTHER');
    expectRefusal(await gql(url, UNDO, { id: open }, as('moderator')), 'INVALID_TRANSITION', 'NOT_DISMISSED');
    const confirmed = await gql<{ confirmViolation: { status: string } }>(
      url,
      'mutation ($id: ID!) { confirmViolation(id: $id) { status } }',
      { id: open },
      as('moderator'),
    );
    expect(confirmed.data?.confirmViolation.status).toBe('CONFIRMED');
    expectRefusal(await gql(url, UNDO, { id: open }, as('moderator')), 'INVALID_TRANSITION', 'NOT_DISMISSED');

    const first = await pending(account, 'LIKE_FARMING');
    expect((await gql(url, DISMISS, { id: first }, as('moderator'))).errors).toBeUndefined();
    const second = await pending(account, 'LIKE_FARMING');
    expect(second).not.toBe(first);
    expectRefusal(await gql(url, UNDO, { id: first }, as('moderator')), 'INVALID_TRANSITION', 'REPORTED_AGAIN');
    expect((await state(first)).status).toBe('DISMISSED');
  });

  it('happens exactly once when two undos arrive at once', async () => {
    for (let round = 0; round < 3; round += 1) {
      const row = await dismissed(`撤销并发${round}`);
      const audits = await auditCount('violation.undoDismissal');
      const results = await Promise.all([
        gql<{ undoDismissal: State }>(url, UNDO, { id: row.id }, as('moderator')),
        gql<{ undoDismissal: State }>(url, UNDO, { id: row.id }, as('admin')),
      ]);
      const succeeded = results.filter((result) => result.data?.undoDismissal?.status === 'PENDING');
      expect(succeeded).toHaveLength(1);
      const failed = results.find((result) => result.errors);
      expect(refusalOf(failed as GraphQLResponse<unknown>)).toEqual({
        code: 'INVALID_TRANSITION',
        reason: 'NOT_DISMISSED',
      });
      expect(await auditCount('violation.undoDismissal')).toBe(audits + 1);
    }
  });
});
