import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, gql, refusalOf, signIn } from '../support/graphql';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

/**
 * People (issue 13): users managed by ADMIN, account operators, self-service passwords and
 * sessions, the password policy — through HTTP, on the driver the suite runs on (PGlite, or the
 * real PostgreSQL with TEST_DATABASE_URL, where the simultaneous cases race for real).
 */
let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens = { admin: '', moderator: '', analyst: '', publisher: '', publisher2: '' };

const GOOD_PASSWORD = 'river-lantern-2026';
const USER_FIELDS = 'id email displayName roles active passwordSet deactivatedAt deactivationReason';
const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { token purpose expiresAt user { ${USER_FIELDS} } } }`;
const SET_ROLES = `mutation ($id: ID!, $roles: [Role!]!) { setUserRoles(id: $id, roles: $roles) { ${USER_FIELDS} } }`;
const DEACTIVATE = `mutation ($id: ID!, $reason: String!) { deactivateUser(id: $id, reason: $reason) { ${USER_FIELDS} } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateUser(id: $id) { ${USER_FIELDS} } }`;
const RESET = 'mutation ($id: ID!) { resetUserPassword(id: $id) { token purpose expiresAt user { passwordSet } } }';
const USERS = `query ($filter: UserFilter, $first: Int, $after: String) { users(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${USER_FIELDS} } } } }`;
const VIEWER = '{ viewer { id email roles } }';
const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }';
const CHANGE = 'mutation ($current: String!, $next: String!) { changePassword(current: $current, next: $next) }';
const SESSIONS = '{ sessions { id createdAt expiresAt client userAgent current } }';
const PREVIEW = 'query ($token: String!) { passwordLink(token: $token) { email displayName purpose expiresAt } }';
const USE_LINK =
  'mutation ($token: String!, $password: String!) { setPasswordWithLink(token: $token, password: $password) { token user { email passwordSet } } }';
const ADD_OPERATOR =
  'mutation ($accountId: ID!, $email: String!) { addAccountOperator(accountId: $accountId, email: $email) { id operators { id email } } }';
const REMOVE_OPERATOR =
  'mutation ($accountId: ID!, $userId: ID!) { removeAccountOperator(accountId: $accountId, userId: $userId) { id operators { id } } }';
const AUDIT = `query ($action: String!, $targetId: String) { auditLog(first: 20, filter: { action: $action, targetId: $targetId }) { totalCount edges { node { action targetType targetId before after reason actor { email } } } } }`;

interface UserView {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  active: boolean;
  passwordSet: boolean;
  deactivatedAt: string | null;
  deactivationReason: string | null;
}
interface AuditView {
  action: string;
  targetType: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  actor: { email: string } | null;
}

const asAdmin = <T>(query: string, variables: Record<string, unknown> = {}) =>
  gql<T>(url, query, variables, { token: tokens.admin });

/** The field a refusal names. */
const fieldOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.field;

let serial = 0;
const freshEmail = (name: string) => {
  serial += 1;
  return `${name}-${Date.now().toString(36)}-${serial}@example.com`;
};

async function createUser(roles: string[], email = freshEmail('user'), password = GOOD_PASSWORD): Promise<UserView> {
  const result = await asAdmin<{ createUser: UserView }>(CREATE, {
    input: { email, name: `Test ${email.split('@')[0]}`, roles, password },
  });
  const user = result.data?.createUser;
  if (!user) throw new Error(`createUser failed: ${JSON.stringify(result.errors)}`);
  return user;
}

/** The local uuid of a global id (the audit log's targetId). */
const localId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';

async function auditEntries(action: string, targetId?: string): Promise<AuditView[]> {
  const result = await asAdmin<{ auditLog: { edges: Array<{ node: AuditView }> } }>(AUDIT, { action, targetId });
  expect(result.errors).toBeUndefined();
  return (result.data?.auditLog.edges ?? []).map((edge) => edge.node);
}

async function totalUsers(): Promise<number> {
  const result = await asAdmin<{ users: { totalCount: number } }>(USERS, {});
  const total = result.data?.users.totalCount;
  expect(typeof total).toBe('number');
  return total as number;
}

/** Whether the token still signs its holder in. */
async function signedIn(token: string): Promise<boolean> {
  const result = await gql<{ viewer: { id: string } | null }>(url, VIEWER, {}, { token });
  expect(result.errors).toBeUndefined();
  return result.data?.viewer != null;
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  for (const role of Object.keys(tokens) as Array<keyof typeof tokens>)
    tokens[role] = await signIn(url, `${role}@example.com`);
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe(`people: users managed by ADMIN (${driverName})`, () => {
  it('an admin creates a moderator, who signs in and works the queue; a moderator cannot create users', async () => {
    const email = freshEmail('Moderator.New');
    const created = await createUser(['MODERATOR'], email);
    expect(created).toMatchObject({
      email: email.toLowerCase(),
      roles: ['MODERATOR'],
      active: true,
      passwordSet: true,
    });

    const token = await signIn(url, email.toUpperCase(), GOOD_PASSWORD);
    const queue = await gql<{ violations: { edges: Array<{ node: { id: string; status: string } }> } }>(
      url,
      '{ violations(first: 5, filter: { status: PENDING }) { edges { node { id status } } } }',
      {},
      { token },
    );
    const first = queue.data?.violations.edges[0]?.node;
    expect(queue.errors).toBeUndefined();
    expect(first?.status).toBe('PENDING');
    const claimed = await gql<{ claimViolation: { id: string; claimedBy: { email: string } | null } }>(
      url,
      'mutation ($id: ID!) { claimViolation(id: $id) { id claimedBy { email } } }',
      { id: first?.id },
      { token },
    );
    expect(claimed.errors).toBeUndefined();
    expect(claimed.data?.claimViolation.claimedBy?.email).toBe(email.toLowerCase());

    const refused = await gql(
      url,
      CREATE,
      { input: { email: freshEmail('nope'), name: 'Nope', roles: ['ADMIN'], password: GOOD_PASSWORD } },
      { token },
    );
    expect(refusalOf(refused)).toEqual({ code: 'FORBIDDEN', reason: 'ROLE' });
    for (const query of [USERS, '{ sessions { id } }']) {
      const signedOut = await gql(url, query, {});
      expect(refusalOf(signedOut).code).toBe('UNAUTHENTICATED');
    }
    expect(refusalOf(await gql(url, USERS, {}, { token })).code).toBe('FORBIDDEN');

    const [entry] = await auditEntries('user.create', localId(created.id));
    expect(entry?.actor?.email).toBe('admin@example.com');
    expect(entry?.before).toBeNull();
    expect(entry?.after).toMatchObject({ email: email.toLowerCase(), roles: ['MODERATOR'], active: true });
    expect(JSON.stringify(entry)).not.toContain('scrypt');
    expect(JSON.stringify(entry)).not.toContain(GOOD_PASSWORD);
  });

  it('refuses bad input with its code, reason and field, and writes nothing', async () => {
    const before = await totalUsers();
    const input = (change: Record<string, unknown>) => ({
      input: { email: freshEmail('bad'), name: 'Bad Input', roles: ['REVIEWER'], password: GOOD_PASSWORD, ...change },
    });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ email: 'ADMIN@example.com' }, 'DUPLICATE', 'input.email'],
      [{ email: ' moderator@EXAMPLE.com ' }, 'DUPLICATE', 'input.email'],
      [{ email: 'not-an-email' }, 'INVALID_FORMAT', 'input.email'],
      [{ email: 'two@@example.com' }, 'INVALID_FORMAT', 'input.email'],
      [{ email: '   ' }, 'REQUIRED', 'input.email'],
      [{ name: '  ' }, 'REQUIRED', 'input.name'],
      [{ roles: [] }, 'TOO_FEW', 'input.roles'],
      [{ password: 'short-pass' }, 'TOO_SHORT', 'input.password'],
      [{ password: 'qwerty123456' }, 'COMMON_PASSWORD', 'input.password'],
      [{ password: 'Password1234' }, 'COMMON_PASSWORD', 'input.password'],
    ];
    for (const [change, reason, field] of cases) {
      const result = await asAdmin(CREATE, input(change));
      expect(refusalOf(result), JSON.stringify(change)).toEqual({ code: 'BAD_USER_INPUT', reason });
      expect(fieldOf(result), JSON.stringify(change)).toBe(field);
      expect(result.errors?.[0]?.message.length).toBeGreaterThan(10);
    }
    // An unknown role does not get past the schema.
    const unknownRole = await asAdmin(CREATE, input({ roles: ['SUPERUSER'] }));
    expect(refusalOf(unknownRole).code).toBe('BAD_USER_INPUT');
    // The same email twice is one user, even at once.
    const email = freshEmail('twice');
    const racing = await Promise.all([
      asAdmin<{ createUser: UserView }>(CREATE, input({ email })),
      asAdmin<{ createUser: UserView }>(CREATE, input({ email })),
    ]);
    expect(racing.filter((result) => result.data?.createUser).length).toBe(1);
    expect(racing.map((result) => refusalOf(result).reason).filter(Boolean)).toEqual(['DUPLICATE']);
    expect(await totalUsers()).toBe(before + 1);
  });

  it('lists users with filters by role, active and search, newest first, page by page', async () => {
    const tag = `list${Date.now().toString(36)}`;
    const reviewer = await createUser(['REVIEWER'], `${tag}-reviewer@example.com`);
    await createUser(['ANALYST'], `${tag}-analyst@example.com`);
    const gone = await createUser(['ANALYST'], `${tag}-gone@example.com`);
    await asAdmin(DEACTIVATE, { id: gone.id, reason: 'Left the team' });

    const list = async (filter: Record<string, unknown>) => {
      const result = await asAdmin<{ users: { totalCount: number; edges: Array<{ node: UserView }> } }>(USERS, {
        filter,
      });
      expect(result.errors).toBeUndefined();
      return (result.data?.users.edges ?? []).map((edge) => edge.node.email);
    };
    expect(await list({ search: tag })).toEqual([gone.email, `${tag}-analyst@example.com`, reviewer.email]);
    expect(await list({ search: tag.toUpperCase(), role: 'ANALYST' })).toEqual([
      gone.email,
      `${tag}-analyst@example.com`,
    ]);
    expect(await list({ search: tag, active: false })).toEqual([gone.email]);
    expect(await list({ search: tag, active: true, role: 'REVIEWER' })).toEqual([reviewer.email]);
    // LIKE's wildcards match themselves.
    expect(await list({ search: '%' })).toEqual([]);

    const firstPage = await asAdmin<{ users: { pageInfo: { endCursor: string }; edges: Array<{ node: UserView }> } }>(
      USERS,
      { filter: { search: tag }, first: 2 },
    );
    const secondPage = await asAdmin<{ users: { edges: Array<{ node: UserView }> } }>(USERS, {
      filter: { search: tag },
      first: 2,
      after: firstPage.data?.users.pageInfo.endCursor,
    });
    expect(secondPage.data?.users.edges.map((edge) => edge.node.email)).toEqual([reviewer.email]);
  });

  it('a role change ends the user’s sessions at once', async () => {
    const user = await createUser(['REVIEWER']);
    const phone = await signIn(url, user.email, GOOD_PASSWORD);
    const laptop = await signIn(url, user.email, GOOD_PASSWORD);
    expect(await signedIn(phone)).toBe(true);

    const changed = await asAdmin<{ setUserRoles: UserView }>(SET_ROLES, {
      id: user.id,
      roles: ['MODERATOR', 'REVIEWER', 'MODERATOR'],
    });
    expect(changed.data?.setUserRoles.roles).toEqual(['MODERATOR', 'REVIEWER']);
    expect(await signedIn(phone)).toBe(false);
    expect(await signedIn(laptop)).toBe(false);
    const next = await gql(url, '{ violations(first: 1) { totalCount } }', {}, { token: laptop });
    expect(refusalOf(next)).toEqual({ code: 'UNAUTHENTICATED', reason: 'NOT_SIGNED_IN' });
    // Signing in again gives the new roles.
    const again = await signIn(url, user.email, GOOD_PASSWORD);
    const viewer = await gql<{ viewer: { roles: string[] } }>(url, VIEWER, {}, { token: again });
    expect(viewer.data?.viewer.roles).toEqual(['MODERATOR', 'REVIEWER']);

    const unchanged = await asAdmin(SET_ROLES, { id: user.id, roles: ['REVIEWER', 'MODERATOR'] });
    expect(refusalOf(unchanged)).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNCHANGED' });
    const none = await asAdmin(SET_ROLES, { id: user.id, roles: [] });
    expect(refusalOf(none)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_FEW' });
    expect(fieldOf(none)).toBe('roles');
    const badId = await asAdmin(SET_ROLES, { id: 'nope', roles: ['ANALYST'] });
    expect(refusalOf(badId)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });

    const [entry] = await auditEntries('user.setRoles', localId(user.id));
    expect(entry?.before).toEqual({ roles: ['REVIEWER'] });
    expect(entry?.after).toMatchObject({ roles: ['MODERATOR', 'REVIEWER'], sessionsEnded: 2 });
    expect(entry?.actor?.email).toBe('admin@example.com');
  });

  it('deactivation ends sessions and refuses sign-in; reactivation lets the same password in again', async () => {
    const user = await createUser(['PUBLISHER']);
    const token = await signIn(url, user.email, GOOD_PASSWORD);

    const blank = await asAdmin(DEACTIVATE, { id: user.id, reason: '   ' });
    expect(refusalOf(blank)).toEqual({ code: 'BAD_USER_INPUT', reason: 'REQUIRED' });
    expect(await signedIn(token)).toBe(true);

    const done = await asAdmin<{ deactivateUser: UserView }>(DEACTIVATE, { id: user.id, reason: 'Left the company' });
    expect(done.data?.deactivateUser).toMatchObject({ active: false, deactivationReason: 'Left the company' });
    expect(done.data?.deactivateUser.deactivatedAt).toBeTruthy();
    expect(await signedIn(token)).toBe(false);

    const right = await gql(url, LOGIN, { email: user.email, password: GOOD_PASSWORD });
    expect(refusalOf(right)).toEqual({ code: 'UNAUTHENTICATED', reason: 'DEACTIVATED' });
    const wrong = await gql(url, LOGIN, { email: user.email, password: `${GOOD_PASSWORD}x` });
    expect(refusalOf(wrong)).toEqual({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });

    const twice = await asAdmin(DEACTIVATE, { id: user.id, reason: 'Again' });
    expect(refusalOf(twice)).toEqual({ code: 'INVALID_TRANSITION', reason: 'ALREADY_DEACTIVATED' });
    const reset = await asAdmin(RESET, { id: user.id });
    expect(refusalOf(reset)).toEqual({ code: 'INVALID_TRANSITION', reason: 'USER_DEACTIVATED' });

    const back = await asAdmin<{ reactivateUser: UserView }>(REACTIVATE, { id: user.id });
    expect(back.data?.reactivateUser).toMatchObject({ active: true, deactivationReason: null, deactivatedAt: null });
    expect(await signedIn(await signIn(url, user.email, GOOD_PASSWORD))).toBe(true);
    const again = await asAdmin(REACTIVATE, { id: user.id });
    expect(refusalOf(again)).toEqual({ code: 'INVALID_TRANSITION', reason: 'NOT_DEACTIVATED' });

    const [entry] = await auditEntries('user.deactivate', localId(user.id));
    expect(entry?.reason).toBe('Left the company');
    expect(entry?.before).toMatchObject({ active: true });
    expect(entry?.after).toMatchObject({ active: false, deactivationReason: 'Left the company', sessionsEnded: 1 });
    const [reactivated] = await auditEntries('user.reactivate', localId(user.id));
    expect(reactivated?.before).toMatchObject({ active: false });
    expect(reactivated?.after).toMatchObject({ active: true });
  });

  it('the last active admin can be neither demoted nor deactivated, also when two admins act at once', async () => {
    const me = await gql<{ viewer: { id: string } }>(url, VIEWER, {}, { token: tokens.admin });
    const adminId = me.data?.viewer.id ?? '';
    expect(adminId).not.toBe('');
    const alone = await asAdmin(SET_ROLES, { id: adminId, roles: ['MODERATOR'] });
    expect(refusalOf(alone)).toEqual({ code: 'BAD_USER_INPUT', reason: 'LAST_ADMIN' });
    expect(fieldOf(alone)).toBe('roles');
    const self = await asAdmin(DEACTIVATE, { id: adminId, reason: 'Leaving' });
    expect(refusalOf(self)).toEqual({ code: 'BAD_USER_INPUT', reason: 'OWN_ACCOUNT' });

    // Two admins demote each other at once: one of them stays an admin.
    const second = await createUser(['ADMIN']);
    const secondToken = await signIn(url, second.email, GOOD_PASSWORD);
    const demotions = await Promise.all([
      asAdmin<{ setUserRoles: UserView }>(SET_ROLES, { id: second.id, roles: ['MODERATOR'] }),
      gql<{ setUserRoles: UserView }>(url, SET_ROLES, { id: adminId, roles: ['MODERATOR'] }, { token: secondToken }),
    ]);
    const outcomes = demotions.map((result) => (result.data?.setUserRoles ? 'DONE' : refusalOf(result).reason));
    expect(outcomes.filter((outcome) => outcome === 'DONE')).toHaveLength(1);
    // The loser is refused as the last admin or, demoted meanwhile, signed out.
    expect(['LAST_ADMIN', 'NOT_SIGNED_IN']).toContain(outcomes.find((outcome) => outcome !== 'DONE'));
    const admins = await gql<{ users: { totalCount: number } }>(
      url,
      '{ users(filter: { role: ADMIN, active: true }) { totalCount } }',
      {},
      { token: demotions[0].data?.setUserRoles ? tokens.admin : secondToken },
    );
    expect(admins.data?.users.totalCount).toBe(1);
    if (demotions[1].data?.setUserRoles) {
      // The demo admin lost the role: give it back so the rest of the suite runs as before.
      await gql(url, SET_ROLES, { id: adminId, roles: ['ADMIN'] }, { token: secondToken });
      tokens.admin = await signIn(url, 'admin@example.com');
      // …and take it from the second admin, so that below only the third and fourth are admins.
      const demoted = await asAdmin(SET_ROLES, { id: second.id, roles: ['MODERATOR'] });
      expect(demoted.errors).toBeUndefined();
    }

    // Two admins deactivate each other at once: one of them stays active.
    const third = await createUser(['ADMIN']);
    const fourth = await createUser(['ADMIN']);
    const [thirdToken, fourthToken] = [
      await signIn(url, third.email, GOOD_PASSWORD),
      await signIn(url, fourth.email, GOOD_PASSWORD),
    ];
    // The demo admin steps down first (there are other admins now), so only third and fourth remain.
    const stepDown = await gql(url, SET_ROLES, { id: adminId, roles: ['MODERATOR'] }, { token: thirdToken });
    expect(stepDown.errors).toBeUndefined();
    const before = await gql<{ users: { edges: Array<{ node: { email: string } }> } }>(
      url,
      '{ users(filter: { role: ADMIN, active: true }) { edges { node { email } } } }',
      {},
      { token: thirdToken },
    );
    expect(before.data?.users.edges.map((edge) => edge.node.email).sort()).toEqual([third.email, fourth.email].sort());
    const deactivations = await Promise.all([
      gql<{ deactivateUser: UserView }>(url, DEACTIVATE, { id: fourth.id, reason: 'Race' }, { token: thirdToken }),
      gql<{ deactivateUser: UserView }>(url, DEACTIVATE, { id: third.id, reason: 'Race' }, { token: fourthToken }),
    ]);
    const ends = deactivations.map((result) => (result.data?.deactivateUser ? 'DONE' : refusalOf(result).reason));
    // The loser is either refused as the last admin or, deactivated meanwhile, signed out.
    expect(ends).toContain('DONE');
    expect(ends.filter((end) => end !== 'DONE')).toHaveLength(1);
    expect(['LAST_ADMIN', 'NOT_SIGNED_IN']).toContain(ends.find((end) => end !== 'DONE'));
    const survivor = deactivations[0].data?.deactivateUser ? thirdToken : fourthToken;
    const remaining = await gql<{ users: { totalCount: number } }>(
      url,
      '{ users(filter: { role: ADMIN, active: true }) { totalCount } }',
      {},
      { token: survivor },
    );
    expect(remaining.data?.users.totalCount).toBe(1);
    // Restore the demo admin for the rest of the suite.
    const restored = await gql(url, SET_ROLES, { id: adminId, roles: ['ADMIN'] }, { token: survivor });
    expect(restored.errors).toBeUndefined();
    tokens.admin = await signIn(url, 'admin@example.com');
  });
});

describe(`people: one-time password links (${driverName})`, () => {
  it('an invited user has no password until they use the link, once, within its time', async () => {
    const email = freshEmail('invited');
    const invited = await asAdmin<{
      inviteUser: { token: string; purpose: string; expiresAt: string; user: UserView };
    }>(INVITE, { input: { email, name: '李 新人', roles: ['ANALYST'] } });
    const link = invited.data?.inviteUser;
    expect(link?.purpose).toBe('INVITATION');
    expect(link?.user).toMatchObject({ email, passwordSet: false, active: true });
    expect(link?.token.length).toBeGreaterThanOrEqual(40);
    const hours = (new Date(link?.expiresAt ?? 0).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71);
    expect(hours).toBeLessThanOrEqual(72);
    const token = link?.token ?? '';

    // No password yet: nothing signs in.
    for (const password of ['', GOOD_PASSWORD]) {
      const refused = await gql(url, LOGIN, { email, password });
      expect(refusalOf(refused)).toEqual({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
    }
    const preview = await gql<{ passwordLink: { email: string; purpose: string } | null }>(url, PREVIEW, { token });
    expect(preview.data?.passwordLink).toMatchObject({ email, purpose: 'INVITATION' });
    expect((await gql<{ passwordLink: null }>(url, PREVIEW, { token: 'x'.repeat(43) })).data?.passwordLink).toBeNull();

    // After its time the link does nothing.
    const expired = await gql(
      url,
      USE_LINK,
      { token, password: GOOD_PASSWORD },
      { now: new Date(Date.now() + 73 * 3_600_000) },
    );
    expect(refusalOf(expired)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_LINK' });
    // A bad password is refused and leaves the link usable.
    const short = await gql(url, USE_LINK, { token, password: 'too-short' });
    expect(refusalOf(short)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_SHORT' });
    expect(fieldOf(short)).toBe('password');
    const sameAsEmail = await gql(url, USE_LINK, { token, password: email });
    expect(refusalOf(sameAsEmail)).toEqual({ code: 'BAD_USER_INPUT', reason: 'COMMON_PASSWORD' });

    // Used twice at once: it works once.
    const uses = await Promise.all([
      gql<{ setPasswordWithLink: { token: string; user: { passwordSet: boolean } } }>(url, USE_LINK, {
        token,
        password: GOOD_PASSWORD,
      }),
      gql<{ setPasswordWithLink: { token: string } }>(url, USE_LINK, { token, password: `${GOOD_PASSWORD}-b` }),
    ]);
    const used = uses.filter((use) => use.data?.setPasswordWithLink);
    expect(used).toHaveLength(1);
    expect(uses.map((use) => refusalOf(use).reason).filter(Boolean)).toEqual(['INVALID_LINK']);
    const session = used[0]?.data?.setPasswordWithLink;
    expect(session && 'user' in session ? session.user.passwordSet : undefined).toBe(true);
    expect(await signedIn(session?.token ?? '')).toBe(true);
    expect((await gql<{ passwordLink: null }>(url, PREVIEW, { token })).data?.passwordLink).toBeNull();
    const chosen = uses[0]?.data?.setPasswordWithLink ? GOOD_PASSWORD : `${GOOD_PASSWORD}-b`;
    expect(await signedIn(await signIn(url, email, chosen))).toBe(true);

    const [entry] = await auditEntries('user.invite', localId(link?.user.id ?? ''));
    expect(entry?.after).toMatchObject({ email, roles: ['ANALYST'] });
    expect(JSON.stringify(entry)).not.toContain(token);
    const [accepted] = await auditEntries('user.acceptInvitation', localId(link?.user.id ?? ''));
    expect(accepted?.actor?.email).toBe(email);
    expect(accepted?.after).toMatchObject({ passwordSet: true });
  });

  it('a reset stops the old password and sessions at once; the new link sets a new one; a newer link ends the older', async () => {
    const user = await createUser(['REVIEWER']);
    const session = await signIn(url, user.email, GOOD_PASSWORD);
    const first = await asAdmin<{ resetUserPassword: { token: string; purpose: string } }>(RESET, { id: user.id });
    expect(first.data?.resetUserPassword.purpose).toBe('RESET');
    expect(await signedIn(session)).toBe(false);
    const old = await gql(url, LOGIN, { email: user.email, password: GOOD_PASSWORD });
    expect(refusalOf(old)).toEqual({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });

    const second = await asAdmin<{ resetUserPassword: { token: string } }>(RESET, { id: user.id });
    const stale = await gql(url, USE_LINK, {
      token: first.data?.resetUserPassword.token,
      password: 'amber-harbour-77',
    });
    expect(refusalOf(stale)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_LINK' });
    const used = await gql<{ setPasswordWithLink: { token: string } }>(url, USE_LINK, {
      token: second.data?.resetUserPassword.token,
      password: 'amber-harbour-77',
    });
    expect(used.errors).toBeUndefined();
    expect(await signedIn(await signIn(url, user.email, 'amber-harbour-77'))).toBe(true);

    const me = await gql<{ viewer: { id: string } }>(url, VIEWER, {}, { token: tokens.admin });
    const own = await asAdmin(RESET, { id: me.data?.viewer.id });
    expect(refusalOf(own)).toEqual({ code: 'BAD_USER_INPUT', reason: 'OWN_ACCOUNT' });
    // Newest first: the second reset found no password, the first one found one.
    const [later, earlier] = await auditEntries('user.resetPassword', localId(user.id));
    expect(earlier?.before).toEqual({ passwordSet: true });
    expect(earlier?.after).toMatchObject({ passwordSet: false, sessionsEnded: 1 });
    expect(later?.before).toEqual({ passwordSet: false });
  });
});

describe(`people: self-service passwords and sessions (${driverName})`, () => {
  it('a password change takes effect at once: the old one is refused, other sessions end, this one stays', async () => {
    const user = await createUser(['ANALYST']);
    const here = await signIn(url, user.email, GOOD_PASSWORD);
    const elsewhere = await signIn(url, user.email, GOOD_PASSWORD);
    const as = (query: string, variables: Record<string, unknown>) => gql(url, query, variables, { token: here });

    const wrong = await as(CHANGE, { current: 'not-the-password', next: 'copper-meadow-1984' });
    expect(refusalOf(wrong)).toEqual({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD' });
    expect(fieldOf(wrong)).toBe('current');
    const short = await as(CHANGE, { current: GOOD_PASSWORD, next: 'short' });
    expect(refusalOf(short)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_SHORT' });
    expect(fieldOf(short)).toBe('next');
    const common = await as(CHANGE, { current: GOOD_PASSWORD, next: '1q2w3e4r5t6y' });
    expect(refusalOf(common)).toEqual({ code: 'BAD_USER_INPUT', reason: 'COMMON_PASSWORD' });
    const same = await as(CHANGE, { current: GOOD_PASSWORD, next: GOOD_PASSWORD });
    expect(refusalOf(same)).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNCHANGED' });
    // None of the refusals changed anything.
    expect(await signedIn(elsewhere)).toBe(true);

    // An analyst only reads, but their own password is theirs to change.
    const changed = await as(CHANGE, { current: GOOD_PASSWORD, next: 'copper-meadow-1984' });
    expect(changed.errors).toBeUndefined();
    expect(changed.data).toEqual({ changePassword: true });
    expect(await signedIn(here)).toBe(true);
    expect(await signedIn(elsewhere)).toBe(false);
    const old = await gql(url, LOGIN, { email: user.email, password: GOOD_PASSWORD });
    expect(refusalOf(old)).toEqual({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
    expect(await signedIn(await signIn(url, user.email, 'copper-meadow-1984'))).toBe(true);

    const [entry] = await auditEntries('user.changePassword', localId(user.id));
    expect(entry?.actor?.email).toBe(user.email);
    expect(entry?.after).toMatchObject({ otherSessions: 0 });
    expect(entry?.before).toMatchObject({ otherSessions: 1 });
  });

  it('guessing the current password is rate-limited like sign-in', async () => {
    const user = await createUser(['REVIEWER']);
    const token = await signIn(url, user.email, GOOD_PASSWORD);
    const reasons: unknown[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const result = await gql(
        url,
        CHANGE,
        { current: `guess-${attempt}-xxxx`, next: 'copper-meadow-1984' },
        { token },
      );
      reasons.push(refusalOf(result).reason);
    }
    expect(reasons.slice(0, 10)).toEqual(Array(10).fill('WRONG_PASSWORD'));
    expect(reasons[10]).toBe('EMAIL');
  });

  it('lists the viewer’s own sessions; ends one, or every other', async () => {
    const user = await createUser(['MODERATOR']);
    const phone = await signIn(url, user.email, GOOD_PASSWORD);
    const tablet = await signIn(url, user.email, GOOD_PASSWORD);
    const laptop = await signIn(url, user.email, GOOD_PASSWORD);
    type SessionView = { id: string; createdAt: string; client: string; userAgent: string; current: boolean };
    const list = async (token: string) => {
      const result = await gql<{ sessions: SessionView[] }>(url, SESSIONS, {}, { token });
      expect(result.errors).toBeUndefined();
      return result.data?.sessions ?? [];
    };
    const seen = await list(laptop);
    expect(seen).toHaveLength(3);
    expect(seen.filter((session) => session.current)).toHaveLength(1);
    expect(seen[0]?.current).toBe(true); // newest first: this one
    expect(seen.every((session) => session.client.length > 0 && session.userAgent.length > 0)).toBe(true);
    // Only one's own: the admin's list has none of these.
    const adminSessions = (await list(tokens.admin)).map((session) => session.id);
    expect(adminSessions.length).toBeGreaterThan(0);
    expect(adminSessions.some((id) => seen.some((session) => session.id === id))).toBe(false);

    // Ending another user's session is as if it did not exist.
    const foreign = await gql(
      url,
      'mutation ($id: ID!) { endSession(id: $id) }',
      { id: seen[1]?.id },
      { token: tokens.admin },
    );
    expect(refusalOf(foreign)).toEqual({ code: 'NOT_FOUND', reason: 'UNKNOWN_ID' });
    const ended = await gql(url, 'mutation ($id: ID!) { endSession(id: $id) }', { id: seen[2]?.id }, { token: laptop });
    expect(ended.data).toEqual({ endSession: true });
    expect(await signedIn(phone)).toBe(false);
    expect(await signedIn(tablet)).toBe(true);

    const everywhere = await gql(url, 'mutation { signOutEverywhere }', {}, { token: laptop });
    expect(everywhere.data).toEqual({ signOutEverywhere: true });
    expect(await signedIn(tablet)).toBe(false);
    expect(await signedIn(laptop)).toBe(true);
    expect((await list(laptop)).map((session) => session.current)).toEqual([true]);
    const [entry] = await auditEntries('user.signOutEverywhere', localId(user.id));
    expect(entry?.actor?.email).toBe(user.email);
    expect(entry?.before).toEqual({ otherSessions: 1 });
  });
});

describe(`people: account operators (${driverName})`, () => {
  let account = '';
  let publisherId = '';
  let publisher2Id = '';

  beforeAll(async () => {
    const operated = await gql<{
      accounts: { edges: Array<{ node: { id: string; operators: Array<{ id: string }> } }> };
    }>(url, '{ accounts(first: 20) { edges { node { id operators { id } } } } }', {}, { token: tokens.publisher });
    // An account the demo publisher operates alone.
    account = operated.data?.accounts.edges.find((edge) => edge.node.operators.length === 1)?.node.id ?? '';
    expect(account).not.toBe('');
    publisherId =
      (await gql<{ viewer: { id: string } }>(url, VIEWER, {}, { token: tokens.publisher })).data?.viewer.id ?? '';
    publisher2Id =
      (await gql<{ viewer: { id: string } }>(url, VIEWER, {}, { token: tokens.publisher2 })).data?.viewer.id ?? '';
  });

  it('an operator adds a co-operator by email, who is notified and then operates the account', async () => {
    const before = await gql<{ account: { id: string } | null }>(
      url,
      'query ($id: ID!) { account(id: $id) { id } }',
      { id: account },
      { token: tokens.publisher2 },
    );
    expect(before.data?.account).toBeNull();

    const added = await gql<{ addAccountOperator: { operators: Array<{ id: string; email: string }> } }>(
      url,
      ADD_OPERATOR,
      { accountId: account, email: ' Publisher2@Example.com ' },
      { token: tokens.publisher },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addAccountOperator.operators.map((operator) => operator.id).sort()).toEqual(
      [publisherId, publisher2Id].sort(),
    );

    // A co-operator reads the other's public face, never their account history or a deactivation.
    const seen = await gql<{
      account: { operators: Array<Record<string, unknown>> };
    }>(
      url,
      'query ($id: ID!) { account(id: $id) { operators { id active createdAt lastSignInAt passwordSet deactivatedAt deactivationReason operatedAccounts { id } } } }',
      { id: account },
      { token: tokens.publisher2 },
    );
    expect(seen.errors).toBeUndefined();
    const other = seen.data?.account.operators.find((operator) => operator.id === publisherId);
    expect(other).toEqual({
      id: publisherId,
      active: true,
      createdAt: null,
      lastSignInAt: null,
      passwordSet: null,
      deactivatedAt: null,
      deactivationReason: null,
      operatedAccounts: [],
    });
    const own = seen.data?.account.operators.find((operator) => operator.id === publisher2Id);
    expect(own?.passwordSet).toBe(true);
    expect(typeof own?.createdAt).toBe('string');

    const inbox = await gql<{ notifications: { edges: Array<{ node: { kind: string; targetId: string } }> } }>(
      url,
      '{ notifications(first: 5) { edges { node { kind targetId } } } }',
      {},
      { token: tokens.publisher2 },
    );
    expect(inbox.data?.notifications.edges.map((edge) => edge.node.kind)).toContain('OPERATOR_ADDED');

    // The co-operator now acts for the account: a record registration, which only operators and admins may file.
    const recorded = await gql(
      url,
      'mutation ($id: ID!, $input: AccountRecordInput!) { recordAccountRegistration(accountId: $id, input: $input) { id } }',
      { id: account, input: { region: '浙江省杭州市', responsiblePerson: '王小明', contactPhone: '13800000000' } },
      { token: tokens.publisher2 },
    );
    expect(recorded.errors).toBeUndefined();

    const [entry] = await auditEntries('account.addOperator', localId(account));
    expect(entry?.actor?.email).toBe('publisher@example.com');
    expect(entry?.before).toEqual({ operators: [localId(publisherId)] });
    expect(entry?.after).toMatchObject({ operators: [localId(publisherId), localId(publisher2Id)].sort() });
  });

  it('refuses unknown, non-publisher, malformed and repeated emails, and outsiders', async () => {
    const cases: Array<[string, string, string]> = [
      ['nobody@example.com', 'BAD_USER_INPUT', 'UNKNOWN_PUBLISHER'],
      ['moderator@example.com', 'BAD_USER_INPUT', 'UNKNOWN_PUBLISHER'],
      ['not an email', 'BAD_USER_INPUT', 'INVALID_FORMAT'],
      ['publisher2@example.com', 'BAD_USER_INPUT', 'ALREADY_OPERATOR'],
    ];
    for (const [email, code, reason] of cases) {
      const result = await gql(url, ADD_OPERATOR, { accountId: account, email }, { token: tokens.publisher });
      expect(refusalOf(result), email).toEqual({ code, reason });
      expect(fieldOf(result), email).toBe('email');
    }
    // A moderator sees the account but does not manage its operators; an analyst only reads.
    const moderator = await gql(
      url,
      ADD_OPERATOR,
      { accountId: account, email: 'publisher@example.com' },
      { token: tokens.moderator },
    );
    expect(refusalOf(moderator).code).toBe('FORBIDDEN');
    const analyst = await gql(
      url,
      ADD_OPERATOR,
      { accountId: account, email: 'publisher@example.com' },
      { token: tokens.analyst },
    );
    expect(refusalOf(analyst)).toEqual({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
  });

  it('the last operator cannot be removed, also when two operators remove each other at once', async () => {
    const removals = await Promise.all([
      gql<{ removeAccountOperator: unknown }>(
        url,
        REMOVE_OPERATOR,
        { accountId: account, userId: publisher2Id },
        { token: tokens.publisher },
      ),
      gql<{ removeAccountOperator: unknown }>(
        url,
        REMOVE_OPERATOR,
        { accountId: account, userId: publisherId },
        { token: tokens.publisher2 },
      ),
    ]);
    const outcomes = removals.map((result) => (result.data?.removeAccountOperator ? 'DONE' : refusalOf(result).reason));
    expect(outcomes).toContain('DONE');
    // The loser is refused as the last operator, or (removed meanwhile) no longer sees the account.
    expect(['LAST_OPERATOR', 'UNKNOWN_ID']).toContain(outcomes.find((outcome) => outcome !== 'DONE'));
    const left = await asAdmin<{ account: { operators: Array<{ id: string }> } }>(
      'query ($id: ID!) { account(id: $id) { operators { id } } }',
      { id: account },
    );
    const remaining = left.data?.account.operators.map((operator) => operator.id) ?? [];
    expect(remaining).toHaveLength(1);

    const last = await asAdmin(REMOVE_OPERATOR, { accountId: account, userId: remaining[0] });
    expect(refusalOf(last)).toEqual({ code: 'BAD_USER_INPUT', reason: 'LAST_OPERATOR' });
    expect(fieldOf(last)).toBe('userId');
    const notOne = await asAdmin(REMOVE_OPERATOR, {
      accountId: account,
      userId: remaining[0] === publisherId ? publisher2Id : publisherId,
    });
    expect(refusalOf(notOne)).toEqual({ code: 'NOT_FOUND', reason: 'UNKNOWN_ID' });

    // An admin restores the demo publisher as the operator.
    if (remaining[0] !== publisherId) {
      expect(
        (await asAdmin(ADD_OPERATOR, { accountId: account, email: 'publisher@example.com' })).errors,
      ).toBeUndefined();
      expect((await asAdmin(REMOVE_OPERATOR, { accountId: account, userId: publisher2Id })).errors).toBeUndefined();
    }
    const removed = await auditEntries('account.removeOperator', localId(account));
    expect(removed.length).toBeGreaterThanOrEqual(1);
    expect(removed[0]?.before).toHaveProperty('operators');
  });
});
