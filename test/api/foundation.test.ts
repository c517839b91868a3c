import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, signIn } from '../support/graphql';
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

describe(`sign-in and roles (${driverName})`, () => {
  it('signs in every demo user with the role its name says', async () => {
    for (const [role, token] of Object.entries(tokens)) {
      const result = await gql<{ viewer: { email: string; roles: string[] } }>(
        url,
        '{ viewer { email roles } }',
        {},
        { token },
      );
      expect(result.data?.viewer).toEqual({ email: `${role}@example.com`, roles: [role.toUpperCase()] });
    }
  });

  it('refuses a wrong password and an unknown email alike, with UNAUTHENTICATED', async () => {
    const wrong = await gql(url, 'mutation { login(email: "reviewer@example.com", password: "nope") { token } }');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe('Wrong email or password.');
    const unknown = await gql(url, 'mutation { login(email: "ghost@example.com", password: "nope") { token } }');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('sets an httpOnly SameSite=Strict cookie that signs the browser in, and logout ends the session', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(email: "Publisher@Example.com", password: "demo-password") { token } }',
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^oap_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const sessionCookie = cookie.split(';')[0] ?? '';
    const viaCookie = async () => {
      const r = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: sessionCookie },
        body: JSON.stringify({ query: '{ viewer { email } }' }),
      });
      return (await r.json()) as { data: { viewer: { email: string } | null } };
    };
    expect((await viaCookie()).data.viewer?.email).toBe('publisher@example.com');

    const logout = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sessionCookie },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(logout.headers.get('set-cookie')).toMatch(/oap_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await viaCookie()).data.viewer).toBeNull();
  });

  it('rate limits failed sign-ins per email: 20 simultaneous guesses get 10 tries, then RATE_LIMITED', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 20 }, () =>
        gql(url, 'mutation { login(email: "analyst2@example.com", password: "guess") { token } }'),
      ),
    );
    const codes = attempts.map(codeOf);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(10);
    // Other emails are unaffected.
    expect(await signIn(url, 'analyst@example.com')).toBeTruthy();
  });

  it('a session expires with its time (server clock moved past the TTL)', async () => {
    const later = new Date(Date.now() + 13 * 3_600_000);
    const result = await gql(url, '{ viewer { email } }', {}, { token: tokens.admin, now: later });
    expect(result.data?.viewer).toBeNull();
  });

  it('refuses an unauthenticated mutation with UNAUTHENTICATED and a read-only analyst with FORBIDDEN', async () => {
    const mutation =
      'mutation { setRule(input: { key: "account.quota.INDIVIDUAL", value: 3, effectiveFrom: "2030-01-01T00:00:00Z" }) { key } }';
    expect(codeOf(await gql(url, mutation))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(url, mutation, {}, { token: tokens.analyst }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(url, mutation, {}, { token: tokens.moderator }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(url, '{ rules { key } }'))).toBe('UNAUTHENTICATED');
  });
});

describe(`platform rules (${driverName})`, () => {
  const quotaAt = async (at: string | null) => {
    const result = await gql<{ rules: Array<{ key: string; value: unknown }> }>(
      url,
      'query ($at: DateTime) { rules(at: $at) { key value effectiveFrom } }',
      { at },
      { token: tokens.analyst },
    );
    return Object.fromEntries((result.data?.rules ?? []).map((rule) => [rule.key, rule.value]));
  };

  it('answers what was in force at a moment, from the seeded history', async () => {
    const mid2018 = await quotaAt('2018-06-01T00:00:00Z');
    expect(mid2018['account.quota.INDIVIDUAL']).toBe(2);
    expect(mid2018['account.quota.ENTERPRISE']).toBe(5);
    expect(mid2018['article.correction.maxChangedCharacters']).toBe(5);
    const now = await quotaAt(null);
    expect(now['account.quota.INDIVIDUAL']).toBe(1);
    expect(now['account.quota.ENTERPRISE']).toBe(2);
    expect(now['article.correction.maxChangedCharacters']).toBe(10);
    expect(now['penalty.ladder.LIKE_FARMING']).toEqual([7, 15, 30, null]);
    expect(now['certification.fee.PERSONAL_MINI_PROGRAM']).toBe(3000);
    expect(now['certification.material.maxBytes']).toBe(204800);
    const launch = await quotaAt('2013-01-01T00:00:00Z');
    expect(launch['account.quota.INDIVIDUAL']).toBe(5);
    // Every rule has a value from launch (2012-08-18): like-farming on the ordinary ladder until
    // its own rule was enforced (2014-06-09), and corrections that only replace until 2018-12-29.
    expect(launch['penalty.ladder.LIKE_FARMING']).toEqual([3, 7, 15, 30]);
    expect(launch['article.correction.operations']).toEqual(['REPLACE']);
    const opening = await quotaAt('2012-08-17T16:00:00Z');
    expect(opening['appeal.windowDays']).toBe(30);
    expect((await quotaAt('2014-06-08T15:59:59Z'))['penalty.ladder.LIKE_FARMING']).toEqual([3, 7, 15, 30]);
    expect((await quotaAt('2014-06-08T16:00:00Z'))['penalty.ladder.LIKE_FARMING']).toEqual([7, 15, 30, null]);
    expect(now['article.correction.operations']).toEqual(['INSERT', 'DELETE', 'REPLACE']);
  });

  it('lets an admin schedule a change, audited in the same transaction', async () => {
    const set = await gql<{ setRule: { key: string; value: unknown; effectiveFrom: string } }>(
      url,
      'mutation ($input: SetRuleInput!) { setRule(input: $input) { key value effectiveFrom note } }',
      {
        input: {
          key: 'account.quota.ORGANIZATION',
          value: 3,
          effectiveFrom: '2031-01-01T00:00:00Z',
          note: 'test change',
        },
      },
      { token: tokens.admin },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setRule).toMatchObject({ key: 'account.quota.ORGANIZATION', value: 3 });
    expect((await quotaAt(null))['account.quota.ORGANIZATION']).toBe(5);
    expect((await quotaAt('2031-06-01T00:00:00Z'))['account.quota.ORGANIZATION']).toBe(3);

    const audit = await gql<{ auditLog: { edges: Array<{ node: Record<string, unknown> }> } }>(
      url,
      '{ auditLog(first: 5, filter: { action: "rule.set" }) { edges { node { action targetType targetId before after reason actor { email } requestId } } } }',
      {},
      { token: tokens.moderator },
    );
    const entry = audit.data?.auditLog.edges[0]?.node;
    expect(entry).toMatchObject({
      action: 'rule.set',
      targetType: 'PlatformRule',
      targetId: 'account.quota.ORGANIZATION',
      before: { value: 5 },
      after: { value: 3, note: 'test change' },
      reason: 'test change',
      actor: { email: 'admin@example.com' },
    });
    expect(entry?.requestId).toEqual(expect.any(String));
  });

  it('refuses bad values and duplicate moments, naming the field and writing nothing', async () => {
    const history = async () =>
      (
        await gql<{ ruleHistory: unknown[] }>(
          url,
          '{ ruleHistory(key: "account.quota.INDIVIDUAL") { value } }',
          {},
          { token: tokens.admin },
        )
      ).data?.ruleHistory.length;
    const auditCount = async () =>
      (await gql<{ auditLog: { totalCount: number } }>(url, '{ auditLog { totalCount } }', {}, { token: tokens.admin }))
        .data?.auditLog.totalCount;
    const before = { history: await history(), audit: await auditCount() };
    const setRule = (input: Record<string, unknown>) =>
      gql(
        url,
        'mutation ($input: SetRuleInput!) { setRule(input: $input) { key } }',
        { input },
        { token: tokens.admin },
      );

    const negative = await setRule({
      key: 'account.quota.INDIVIDUAL',
      value: -1,
      effectiveFrom: '2032-01-01T00:00:00Z',
    });
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0]?.extensions?.field).toBe('value');
    expect(negative.errors?.[0]?.message).toMatch(/0 or more/);

    const badKey = await setRule({ key: 'Quota', value: 1, effectiveFrom: '2032-01-01T00:00:00Z' });
    expect(badKey.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'key' });

    const duplicate = await setRule({
      key: 'account.quota.INDIVIDUAL',
      value: 3,
      effectiveFrom: '2018-11-16T00:00:00+08:00',
    });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveFrom' });

    const longNote = await setRule({
      key: 'account.quota.INDIVIDUAL',
      value: 3,
      effectiveFrom: '2032-01-01T00:00:00Z',
      note: 'x'.repeat(501),
    });
    expect(longNote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });

    const badDate = await setRule({ key: 'account.quota.INDIVIDUAL', value: 3, effectiveFrom: 'yesterday' });
    expect(codeOf(badDate)).toBe('BAD_USER_INPUT');

    expect({ history: await history(), audit: await auditCount() }).toEqual(before);
  });
});

describe(`audit log (${driverName})`, () => {
  it('is for ADMIN and MODERATOR only', async () => {
    for (const role of ['analyst', 'reviewer', 'publisher']) {
      expect(codeOf(await gql(url, '{ auditLog { totalCount } }', {}, { token: tokens[role] }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await gql(url, '{ auditLog { totalCount } }'))).toBe('UNAUTHENTICATED');
  });

  it('pages with keyset cursors, newest first, and filters by actor', async () => {
    for (const moment of ['2033-01-01T00:00:00Z', '2033-02-01T00:00:00Z', '2033-03-01T00:00:00Z']) {
      await gql(
        url,
        'mutation ($input: SetRuleInput!) { setRule(input: $input) { key } }',
        { input: { key: 'certification.fee.ENTERPRISE', value: 30000, effectiveFrom: moment } },
        { token: tokens.admin },
      );
    }
    type Page = {
      auditLog: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { id: string; at: string; actor: { id: string } } }>;
      };
    };
    const query =
      'query ($after: String, $filter: AuditFilter) { auditLog(first: 2, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id at actor { id } } } } }';
    const first = await gql<Page>(url, query, {}, { token: tokens.admin });
    const second = await gql<Page>(
      url,
      query,
      { after: first.data?.auditLog.pageInfo.endCursor },
      { token: tokens.admin },
    );
    const firstIds = first.data?.auditLog.edges.map((e) => e.node.id) ?? [];
    const secondIds = second.data?.auditLog.edges.map((e) => e.node.id) ?? [];
    expect(firstIds).toHaveLength(2);
    expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    expect(secondIds.length).toBeGreaterThan(0);
    expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);
    const times = [...(first.data?.auditLog.edges ?? []), ...(second.data?.auditLog.edges ?? [])].map((e) => e.node.at);
    expect([...times].sort().reverse()).toEqual(times);

    const adminId = first.data?.auditLog.edges[0]?.node.actor.id;
    const byActor = await gql<Page>(url, query, { filter: { actorId: adminId } }, { token: tokens.admin });
    expect(byActor.data?.auditLog.totalCount).toBeGreaterThanOrEqual(3);
    const nobody = await gql<Page>(url, query, { filter: { actorId: 'not-an-id' } }, { token: tokens.admin });
    expect(nobody.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.actorId' });
    const badCursor = await gql<Page>(url, query, { after: 'garbage' }, { token: tokens.admin });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('resolves audit entries and users through node(id)', async () => {
    const page = await gql<{ auditLog: { edges: Array<{ node: { id: string; actor: { id: string } } }> } }>(
      url,
      '{ auditLog(first: 1) { edges { node { id actor { id } } } } }',
      {},
      { token: tokens.admin },
    );
    const entry = page.data?.auditLog.edges[0]?.node;
    const node = await gql<{ a: { __typename: string; action?: string }; u: { __typename: string; email?: string } }>(
      url,
      'query ($a: ID!, $u: ID!) { a: node(id: $a) { __typename ... on AuditEntry { action } } u: node(id: $u) { __typename ... on User { email } } }',
      { a: entry?.id, u: entry?.actor.id },
      { token: tokens.moderator },
    );
    expect(node.data?.a).toEqual({ __typename: 'AuditEntry', action: 'rule.set' });
    expect(node.data?.u).toEqual({ __typename: 'User', email: 'admin@example.com' });
    const hidden = await gql<{ node: unknown }>(
      url,
      'query ($a: ID!) { node(id: $a) { id } }',
      { a: entry?.id },
      { token: tokens.publisher },
    );
    expect(hidden.data?.node).toBeNull();
    const garbage = await gql<{ node: unknown }>(url, '{ node(id: "nonsense") { id } }', {}, { token: tokens.admin });
    expect(garbage.data?.node).toBeNull();
  });
});
