import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, gql, refusalOf, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

// Claims that hold (issue 15): another moderator's live claim refuses claiming and acting
// (INVALID_TRANSITION / CLAIMED_BY_OTHER) unless takeOver; a claim lapses after the rule
// moderation.claimMinutes (30); acting claims implicitly; the queue filters by claim.

let database: TestDatabase;
let server: TestServer;
let url: string;
let tokenA: string;
let tokenB: string;
let tokenAdmin: string;
let tokenPublisher: string;
let nameA: string;
let subjectSeq = 700;

const MINUTE = 60_000;
const CLAIM =
  'mutation ($id: ID!, $takeOver: Boolean) { claimViolation(id: $id, takeOver: $takeOver) { id claimedAt claimExpiresAt claimedBy { email } } }';
const CONFIRM =
  'mutation ($id: ID!, $takeOver: Boolean) { confirmViolation(id: $id, note: "证据确凿", takeOver: $takeOver) { id status claimedBy { email } } }';
const DISMISS =
  'mutation ($id: ID!, $takeOver: Boolean) { dismissViolation(id: $id, note: "证据不足", takeOver: $takeOver) { id status claimedBy { email } } }';
const DISMISS_MANY = 'mutation ($input: DismissViolationsInput!) { dismissViolations(input: $input) { id status } }';
const STATE = 'query ($id: ID!) { violation(id: $id) { id status claimedAt claimExpiresAt claimedBy { email } } }';

interface State {
  id: string;
  status: string;
  claimedAt: string | null;
  claimExpiresAt: string | null;
  claimedBy: { email: string } | null;
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database, { SESSION_TTL_HOURS: '2400' });
  url = server.url;
  tokenA = await signIn(url, 'moderator@example.com');
  tokenAdmin = await signIn(url, 'admin@example.com');
  tokenPublisher = await signIn(url, 'publisher@example.com');
  const created = await gql<{ createUser: { id: string } }>(
    url,
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { email: 'moderator-b@example.com', name: '王五', roles: ['MODERATOR'], password: 'river-lantern-2026' } },
    { token: tokenAdmin },
  );
  expect(created.errors).toBeUndefined();
  tokenB = await signIn(url, 'moderator-b@example.com', 'river-lantern-2026');
  const me = await gql<{ viewer: { displayName: string } }>(url, '{ viewer { displayName } }', {}, { token: tokenA });
  nameA = me.data?.viewer.displayName ?? '';
  expect(nameA.length).toBeGreaterThan(0);
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function newAccount(name: string): Promise<string> {
  subjectSeq += 1;
  const subject = await gql<{ createSubject: { id: string } }>(
    url,
    'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
    { input: { kind: 'ENTERPRISE', name: `${name}有限公司`, idNumber: creditCode(subjectSeq) } },
    { token: tokenAdmin },
  );
  const account = await gql<{ registerAccount: { id: string } }>(
    url,
    'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
    { input: { subjectId: subject.data?.createSubject.id, kind: 'SUBSCRIPTION', name } },
    { token: tokenAdmin },
  );
  const id = account.data?.registerAccount.id;
  if (!id) throw new Error(JSON.stringify(account.errors ?? subject.errors));
  return id;
}

const TYPES = ['LIKE_FARMING', 'INDUCED_SHARING', 'OTHER', 'INFRINGEMENT'];

/** A pending violation (each of an account's reports a different type, so none are merged). */
async function pending(accountId: string, type: string): Promise<string> {
  const result = await gql<{ reportViolation: { id: string } }>(
    url,
    'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }',
    { input: { accountId, type, source: 'MODERATOR', evidence: '集赞截图换礼品' } },
    { token: tokenA },
  );
  const id = result.data?.reportViolation.id;
  if (!id) throw new Error(JSON.stringify(result.errors));
  return id;
}

async function state(id: string): Promise<State> {
  const result = await gql<{ violation: State }>(url, STATE, { id }, { token: tokenAdmin });
  if (!result.data?.violation) throw new Error(JSON.stringify(result.errors));
  return result.data.violation;
}

function expectClaimedByOther(result: GraphQLResponse<unknown>) {
  expect(refusalOf(result)).toEqual({ code: 'INVALID_TRANSITION', reason: 'CLAIMED_BY_OTHER' });
  return result.errors?.[0]?.extensions ?? {};
}

describe(`claims that hold (${driverName})`, () => {
  it('refuses claiming another moderator’s live claim, naming the holder and when it lapses', async () => {
    const account = await newAccount('认领甲');
    const id = await pending(account, 'LIKE_FARMING');
    const mine = await gql<{ claimViolation: State }>(url, CLAIM, { id }, { token: tokenA });
    expect(mine.errors).toBeUndefined();
    const claimedAt = mine.data?.claimViolation.claimedAt;
    expect(claimedAt).toBeTruthy();
    expect(mine.data?.claimViolation.claimExpiresAt).toBe(
      new Date(new Date(claimedAt ?? 0).getTime() + 30 * MINUTE).toISOString(),
    );

    const refused = await gql(url, CLAIM, { id }, { token: tokenB });
    const extensions = expectClaimedByOther(refused);
    expect(extensions).toMatchObject({
      claimedBy: nameA,
      claimedAt,
      expiresAt: new Date(new Date(claimedAt ?? 0).getTime() + 30 * MINUTE).toISOString(),
    });
    expect((await state(id)).claimedBy?.email).toBe('moderator@example.com');

    // Acting on it is refused the same way, and nothing changes.
    expectClaimedByOther(await gql(url, CONFIRM, { id }, { token: tokenB }));
    expectClaimedByOther(await gql(url, DISMISS, { id }, { token: tokenB }));
    const after = await state(id);
    expect(after).toMatchObject({ status: 'PENDING', claimedAt, claimedBy: { email: 'moderator@example.com' } });

    // Claiming one's own claim again renews it.
    const later = new Date(Date.now() + 10 * MINUTE);
    const renewed = await gql<{ claimViolation: State }>(url, CLAIM, { id }, { token: tokenA, now: later });
    expect(renewed.errors).toBeUndefined();
    expect(renewed.data?.claimViolation.claimedAt).toBe(later.toISOString());
  });

  it('takes over with takeOver: true, audited, and tells the previous holder', async () => {
    const account = await newAccount('认领乙');
    const id = await pending(account, 'LIKE_FARMING');
    expect((await gql(url, CLAIM, { id }, { token: tokenA })).errors).toBeUndefined();
    const taken = await gql<{ claimViolation: State }>(url, CLAIM, { id, takeOver: true }, { token: tokenB });
    expect(taken.errors).toBeUndefined();
    expect(taken.data?.claimViolation.claimedBy?.email).toBe('moderator-b@example.com');

    const audit = await gql<{ auditLog: { edges: Array<{ node: { action: string; actor: { email: string } } }> } }>(
      url,
      'query ($filter: AuditFilter) { auditLog(first: 10, filter: $filter) { edges { node { action actor { email } } } } }',
      { filter: { targetType: 'Violation', targetId: id } },
      { token: tokenAdmin },
    );
    const actions = audit.data?.auditLog.edges.map((edge) => edge.node) ?? [];
    expect(actions).toContainEqual({ action: 'violation.takeOver', actor: { email: 'moderator-b@example.com' } });
    expect(actions).toContainEqual({ action: 'violation.claim', actor: { email: 'moderator@example.com' } });

    const inbox = await gql<{
      notifications: { edges: Array<{ node: { kind: string; title: string; body: string } }> };
    }>(url, '{ notifications(first: 20) { edges { node { kind title body } } } }', {}, { token: tokenA });
    const notice = inbox.data?.notifications.edges.find((edge) => edge.node.kind === 'CLAIM_TAKEN_OVER')?.node;
    expect(notice?.body).toContain('王五');

    // Now A is the other one: A's confirm is refused, and A may take it back.
    expectClaimedByOther(await gql(url, CONFIRM, { id }, { token: tokenA }));
    const back = await gql<{ confirmViolation: State }>(url, CONFIRM, { id, takeOver: true }, { token: tokenA });
    expect(back.errors).toBeUndefined();
    expect(back.data?.confirmViolation).toMatchObject({
      status: 'CONFIRMED',
      claimedBy: { email: 'moderator@example.com' },
    });
  });

  it('a claim lapses after the rule’s 30 minutes: the item is anyone’s again', async () => {
    const account = await newAccount('认领丙');
    const id = await pending(account, 'LIKE_FARMING');
    const t = new Date(Date.now() + MINUTE);
    expect((await gql(url, CLAIM, { id }, { token: tokenA, now: t })).errors).toBeUndefined();
    expectClaimedByOther(await gql(url, CLAIM, { id }, { token: tokenB, now: new Date(t.getTime() + 29 * MINUTE) }));
    const lapsed = await gql<{ claimViolation: State }>(
      url,
      CLAIM,
      { id },
      { token: tokenB, now: new Date(t.getTime() + 30 * MINUTE + 1000) },
    );
    expect(lapsed.errors).toBeUndefined();
    expect(lapsed.data?.claimViolation.claimedBy?.email).toBe('moderator-b@example.com');
  });

  it('confirming or dismissing an unclaimed item claims it implicitly', async () => {
    const account = await newAccount('认领丁');
    const confirmed = await pending(account, 'LIKE_FARMING');
    const dismissed = await pending(account, 'OTHER');
    expect((await state(confirmed)).claimedBy).toBeNull();
    const c = await gql<{ confirmViolation: State }>(url, CONFIRM, { id: confirmed }, { token: tokenB });
    expect(c.errors).toBeUndefined();
    expect(c.data?.confirmViolation).toMatchObject({
      status: 'CONFIRMED',
      claimedBy: { email: 'moderator-b@example.com' },
    });
    const d = await gql<{ dismissViolation: State }>(url, DISMISS, { id: dismissed }, { token: tokenB });
    expect(d.errors).toBeUndefined();
    expect(d.data?.dismissViolation).toMatchObject({
      status: 'DISMISSED',
      claimedBy: { email: 'moderator-b@example.com' },
    });
    // A decided item is no longer claimable.
    expect(refusalOf(await gql(url, CLAIM, { id: dismissed }, { token: tokenA }))).toEqual({
      code: 'INVALID_TRANSITION',
      reason: 'ALREADY_DECIDED',
    });
  });

  it('a bulk dismissal with an item another moderator holds is refused whole, naming it, writing nothing', async () => {
    const account = await newAccount('认领戊');
    const free = await pending(account, 'LIKE_FARMING');
    const held = await pending(account, 'OTHER');
    expect((await gql(url, CLAIM, { id: held }, { token: tokenA })).errors).toBeUndefined();
    const refused = await gql(url, DISMISS_MANY, { input: { ids: [free, held], note: '批量驳回' } }, { token: tokenB });
    const extensions = expectClaimedByOther(refused);
    expect(extensions.ids).toEqual([held]);
    expect(extensions.claimedBy).toBe(nameA);
    expect(await state(free)).toMatchObject({ status: 'PENDING', claimedBy: null });
    expect(await state(held)).toMatchObject({ status: 'PENDING', claimedBy: { email: 'moderator@example.com' } });

    const taken = await gql<{ dismissViolations: State[] }>(
      url,
      DISMISS_MANY,
      { input: { ids: [free, held], note: '批量驳回', takeOver: true } },
      { token: tokenB },
    );
    expect(taken.errors).toBeUndefined();
    expect(taken.data?.dismissViolations.map((row) => row.status)).toEqual(['DISMISSED', 'DISMISSED']);
    expect((await state(held)).claimedBy?.email).toBe('moderator-b@example.com');
  });

  it('filters the queue by claim: ANY, UNCLAIMED (lapsed included), MINE, OTHERS, UNCLAIMED_OR_MINE', async () => {
    const account = await newAccount('认领己');
    const [unclaimed, lapsed, mine, others] = [
      await pending(account, TYPES[0] as string),
      await pending(account, TYPES[1] as string),
      await pending(account, TYPES[2] as string),
      await pending(account, TYPES[3] as string),
    ];
    const t = new Date(Date.now() + 2 * MINUTE);
    expect((await gql(url, CLAIM, { id: lapsed }, { token: tokenB, now: t })).errors).toBeUndefined();
    const later = new Date(t.getTime() + 31 * MINUTE);
    expect((await gql(url, CLAIM, { id: mine }, { token: tokenA, now: later })).errors).toBeUndefined();
    expect((await gql(url, CLAIM, { id: others }, { token: tokenB, now: later })).errors).toBeUndefined();
    const at = new Date(later.getTime() + MINUTE);
    const ids = async (claim: string, token = tokenA) => {
      const result = await gql<{ violations: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
        url,
        'query ($filter: ViolationFilter) { violations(first: 20, filter: $filter) { totalCount edges { node { id } } } }',
        { filter: { accountId: account, claim } },
        { token, now: at },
      );
      expect(result.errors).toBeUndefined();
      return (result.data?.violations.edges.map((edge) => edge.node.id) ?? []).sort();
    };
    expect(await ids('ANY')).toEqual([unclaimed, lapsed, mine, others].sort());
    expect(await ids('UNCLAIMED')).toEqual([unclaimed, lapsed].sort());
    expect(await ids('MINE')).toEqual([mine]);
    expect(await ids('OTHERS')).toEqual([others]);
    expect(await ids('UNCLAIMED_OR_MINE')).toEqual([unclaimed, lapsed, mine].sort());
    // B sees the same items from the other side.
    expect(await ids('MINE', tokenB)).toEqual([others]);
    expect(await ids('OTHERS', tokenB)).toEqual([mine]);

    // Publishers do not filter by (or see) claims.
    const publisher = await gql(
      url,
      '{ violations(first: 5, filter: { claim: MINE }) { totalCount } }',
      {},
      { token: tokenPublisher },
    );
    expect(refusalOf(publisher).code).toBe('FORBIDDEN');
  });

  it('of two moderators claiming at once, exactly one wins', async () => {
    const account = await newAccount('认领庚');
    for (const type of TYPES) {
      const id = await pending(account, type);
      const results = await Promise.all([
        gql<{ claimViolation: State }>(url, CLAIM, { id }, { token: tokenA }),
        gql<{ claimViolation: State }>(url, CLAIM, { id }, { token: tokenB }),
      ]);
      const won = results.filter((result) => !result.errors);
      const lost = results.filter((result) => result.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expectClaimedByOther(lost[0] as GraphQLResponse<unknown>);
      expect((await state(id)).claimedBy?.email).toBe(won[0]?.data?.claimViolation.claimedBy?.email);
    }
  });
});
