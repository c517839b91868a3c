import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, gql, refusalOf, signIn } from '../support/graphql';
import { idCard } from '../support/identity';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

// Rule editing (issue 15, item 7): the registry of rule definitions, the value checked against
// its spec (no write on a refusal), the preview of what a value would change today — checked
// against the seeded rows read through the API — and withdrawing a scheduled value (ADMIN only,
// audited rule.withdraw, refused for a value already in force).

let database: TestDatabase;
let server: TestServer;
let url: string;
let admin: string;
let moderator: string;
let analyst: string;

const MINUTE = 60_000;
const DEFINITIONS = '{ ruleDefinitions { key unit min max minItems maxItems options description { zhCN en } } }';
const PREVIEW =
  'query ($key: String!, $value: JSON!) { previewRuleChange(key: $key, value: $value) { key value currentValue asOf measurable effects { kind count } } }';
const SET = 'mutation ($input: SetRuleInput!) { setRule(input: $input) { key value effectiveFrom note } }';
const WITHDRAW =
  'mutation ($key: String!, $effectiveFrom: DateTime!, $note: String!) { withdrawRuleValue(key: $key, effectiveFrom: $effectiveFrom, note: $note) { key value effectiveFrom note } }';
const HISTORY = 'query ($key: String!) { ruleHistory(key: $key) { value effectiveFrom note } }';

interface Preview {
  key: string;
  value: unknown;
  currentValue: unknown;
  asOf: string;
  measurable: boolean;
  effects: Array<{ kind: string; count: number }>;
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database, { SESSION_TTL_HOURS: '2400' });
  url = server.url;
  admin = await signIn(url, 'admin@example.com');
  moderator = await signIn(url, 'moderator@example.com');
  analyst = await signIn(url, 'analyst@example.com');
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function preview(key: string, value: unknown, now?: Date): Promise<Record<string, number>> {
  const result = await gql<{ previewRuleChange: Preview }>(url, PREVIEW, { key, value }, { token: admin, now });
  expect(result.errors).toBeUndefined();
  const body = result.data?.previewRuleChange;
  if (!body) throw new Error('no preview');
  expect(body.measurable).toBe(true);
  return Object.fromEntries(body.effects.map((effect) => [effect.kind, effect.count]));
}

async function history(key: string): Promise<Array<{ value: unknown; effectiveFrom: string; note: string | null }>> {
  const result = await gql<{ ruleHistory: Array<{ value: unknown; effectiveFrom: string; note: string | null }> }>(
    url,
    HISTORY,
    { key },
    { token: admin },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.ruleHistory ?? [];
}

/** Every node of a connection query, page by page. */
async function all<T>(query: string, field: string, variables: Record<string, unknown> = {}): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const result: GraphQLResponse<
      Record<string, { edges: Array<{ node: T }>; pageInfo: { hasNextPage: boolean; endCursor: string } }>
    > = await gql(url, query, { ...variables, after }, { token: admin });
    expect(result.errors).toBeUndefined();
    const page = result.data?.[field];
    if (!page) throw new Error(`no ${field}`);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

function expectRefused(result: GraphQLResponse<unknown>, code: string, reason: string, field?: string): void {
  expect(result.data ?? null).toBeNull();
  expect(refusalOf(result)).toEqual({ code, reason });
  if (field) expect(result.errors?.[0]?.extensions?.field).toBe(field);
}

describe(`rule definitions (${driverName})`, () => {
  it('lists every rule the platform reads, with unit, bounds and both locales', async () => {
    const result = await gql<{
      ruleDefinitions: Array<{
        key: string;
        unit: string;
        min: number | null;
        max: number | null;
        minItems: number | null;
        maxItems: number | null;
        options: string[];
        description: { zhCN: string; en: string };
      }>;
    }>(url, DEFINITIONS, {}, { token: analyst });
    expect(result.errors).toBeUndefined();
    const definitions = result.data?.ruleDefinitions ?? [];
    const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
    // The same keys as the rules in force: every seeded rule has a definition, and no other.
    const rules = await gql<{ rules: Array<{ key: string }> }>(url, '{ rules { key } }', {}, { token: analyst });
    expect([...byKey.keys()].sort()).toEqual((rules.data?.rules ?? []).map((rule) => rule.key).sort());
    expect(byKey.get('certification.fee.PERSONAL_MINI_PROGRAM')).toMatchObject({
      unit: 'CNY_CENTS',
      min: 0,
      max: 10_000_000,
    });
    expect(byKey.get('penalty.ladder.LIKE_FARMING')).toMatchObject({
      unit: 'BAN_LADDER',
      min: 1,
      max: 3650,
      minItems: 1,
      maxItems: 20,
    });
    expect(byKey.get('moderation.claimMinutes')).toMatchObject({ unit: 'MINUTES', min: 1, max: 1440 });
    expect(byKey.get('account.quota.INDIVIDUAL')?.description.zhCN).toContain('个人');
    expect(byKey.get('account.quota.INDIVIDUAL')?.description.en).toContain('individual');
    expect(byKey.get('article.correction.operations')?.options).toEqual(['INSERT', 'DELETE', 'REPLACE']);
    expect(definitions.every((definition) => definition.unit !== 'JSON')).toBe(true);
  });

  it('needs a session', async () => {
    expectRefused(await gql(url, DEFINITIONS), 'UNAUTHENTICATED', 'NOT_SIGNED_IN');
  });
});

describe(`values checked against the spec (${driverName})`, () => {
  const KEY = 'certification.fee.PERSONAL_MINI_PROGRAM';

  it('refuses, with the field and a sentence, a value out of bounds, of the wrong shape or for an unknown key — and writes nothing', async () => {
    const before = await history(KEY);
    const cases: Array<[Record<string, unknown>, string, string, RegExp]> = [
      [{ key: KEY, value: -100 }, 'value', 'OUT_OF_BOUNDS', /must be a whole number, 0 or more/],
      [{ key: KEY, value: 30.5 }, 'value', 'OUT_OF_BOUNDS', /whole number/],
      [{ key: KEY, value: '3000' }, 'value', 'OUT_OF_BOUNDS', /whole number/],
      [{ key: KEY, value: 10_000_001 }, 'value', 'OUT_OF_BOUNDS', /at most 10000000/],
      [{ key: 'penalty.ladder.LIKE_FARMING', value: [7, 0] }, 'value', 'OUT_OF_BOUNDS', /1 or more \(item 1\)/],
      [{ key: 'certification.fee.PERSONAL_MINI_PROGRAMS', value: 3000 }, 'key', 'UNKNOWN_RULE', /not a rule/],
    ];
    for (const [input, field, reason, message] of cases) {
      for (const result of [
        await gql(
          url,
          SET,
          { input: { ...input, effectiveFrom: '2033-01-01T00:00:00Z', note: 'e2e' } },
          { token: admin },
        ),
        await gql(url, PREVIEW, input, { token: admin }),
      ]) {
        expectRefused(result, 'BAD_USER_INPUT', reason, field);
        expect(result.errors?.[0]?.message).toMatch(message);
      }
    }
    expect(await history(KEY)).toEqual(before);
    const audit = await gql<{ auditLog: { edges: unknown[] } }>(
      url,
      '{ auditLog(first: 5, filter: { action: "rule.set" }) { edges { node { id } } } }',
      {},
      { token: admin },
    );
    expect(audit.data?.auditLog.edges).toEqual([]);
  });
});

describe(`previewRuleChange against the seeded data (${driverName})`, () => {
  it('counts the pending like-farming reports that would now get a longer, shorter or the same ban', async () => {
    const pending = await all<{ id: string }>(
      'query ($after: String) { violations(first: 50, after: $after, filter: { status: PENDING, type: LIKE_FARMING }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
      'violations',
    );
    expect(pending.length).toBeGreaterThan(2);
    // Each one's ordinal, as the confirm dialog's preview gives it.
    const ordinals: number[] = [];
    for (const { id } of pending) {
      const result = await gql<{ penaltyPreview: { ordinal: number; days: number | null } }>(
        url,
        'query ($id: ID!) { penaltyPreview(violationId: $id) { ordinal days } }',
        { id },
        { token: admin },
      );
      expect(result.errors).toBeUndefined();
      ordinals.push(result.data?.penaltyPreview.ordinal ?? 0);
    }
    const seeded = [7, 15, 30, null];
    const days = (ladder: Array<number | null>, ordinal: number) => {
      const step = ladder[Math.min(ordinal, ladder.length) - 1];
      return step === null || step === undefined ? Number.POSITIVE_INFINITY : step;
    };
    const expected = (next: Array<number | null>) => {
      const figures = { LONGER_BAN: 0, SHORTER_BAN: 0, SAME_BAN: 0 };
      for (const ordinal of ordinals) {
        const [before, after] = [days(seeded, ordinal), days(next, ordinal)];
        if (after > before) figures.LONGER_BAN += 1;
        else if (after < before) figures.SHORTER_BAN += 1;
        else figures.SAME_BAN += 1;
      }
      return figures;
    };
    for (const next of [[14, 30, 60, null], [3, 7, 14, 30], [7, null], seeded]) {
      expect(await preview('penalty.ladder.LIKE_FARMING', next), JSON.stringify(next)).toEqual(expected(next));
    }
    // A harsher first step: every first offence among them is longer, so at least one is.
    const harsher = await preview('penalty.ladder.LIKE_FARMING', [3650, 3650, 3650, null]);
    expect((harsher.LONGER_BAN ?? 0) + (harsher.SAME_BAN ?? 0)).toBe(pending.length);
    expect(harsher.LONGER_BAN).toBeGreaterThan(0);
    // The preview says what is in force now.
    const body = await gql<{ previewRuleChange: Preview }>(
      url,
      PREVIEW,
      { key: 'penalty.ladder.LIKE_FARMING', value: [1] },
      { token: admin },
    );
    expect(body.data?.previewRuleChange).toMatchObject({ currentValue: seeded, value: [1], measurable: true });
  });

  it('counts the individuals who would be over a new official-account quota', async () => {
    const individuals = await all<{ quota: number; accounts: Array<{ kind: string }> }>(
      'query ($after: String) { subjects(first: 50, after: $after, filter: { kind: INDIVIDUAL }) { edges { node { quota accounts { kind } } } pageInfo { hasNextPage endCursor } } }',
      'subjects',
    );
    expect(individuals.length).toBeGreaterThan(3);
    const ruleNow = 1;
    const figures = (next: number) => {
      let over = 0;
      let overNow = 0;
      let full = 0;
      for (const subject of individuals) {
        const owned = subject.accounts.filter((account) => ['SUBSCRIPTION', 'SERVICE'].includes(account.kind)).length;
        // A granted increase (quota above the rule in force) is kept whatever the rule says.
        const quota = subject.quota > ruleNow ? Math.max(subject.quota, next) : next;
        if (owned > quota) over += 1;
        if (owned > subject.quota) overNow += 1;
        if (owned >= quota) full += 1;
      }
      return { OVER_QUOTA: over, OVER_QUOTA_NOW: overNow, AT_OR_OVER_QUOTA: full };
    };
    const zero = await preview('account.quota.INDIVIDUAL', 0);
    expect(zero).toEqual(figures(0));
    expect(zero.OVER_QUOTA).toBeGreaterThan(0);
    expect(await preview('account.quota.INDIVIDUAL', 5)).toEqual(figures(5));
    expect(await preview('account.quota.INDIVIDUAL', 1)).toEqual(figures(1));

    // One more individual with one account: one more over a quota of 0.
    const subject = await gql<{ createSubject: { id: string } }>(
      url,
      'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
      { input: { kind: 'INDIVIDUAL', name: '预览测试人', idNumber: idCard(901) } },
      { token: admin },
    );
    expect(subject.errors).toBeUndefined();
    const account = await gql(
      url,
      'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
      { input: { subjectId: subject.data?.createSubject.id, kind: 'SUBSCRIPTION', name: '预览测试号' } },
      { token: admin },
    );
    expect(account.errors).toBeUndefined();
    expect((await preview('account.quota.INDIVIDUAL', 0)).OVER_QUOTA).toBe((zero.OVER_QUOTA ?? 0) + 1);
  });

  it('counts the live claims that shorter claim minutes would end, and those longer ones would bring back', async () => {
    const [pending] = await all<{ id: string }>(
      'query ($after: String) { violations(first: 50, after: $after, filter: { status: PENDING, claim: UNCLAIMED }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
      'violations',
    );
    if (!pending) throw new Error('no unclaimed pending violation');
    const claimedAt = new Date(Date.now() + MINUTE);
    const tenLater = new Date(claimedAt.getTime() + 10 * MINUTE);
    const fortyLater = new Date(claimedAt.getTime() + 40 * MINUTE);
    const before = {
      short: await preview('moderation.claimMinutes', 5, tenLater),
      long: await preview('moderation.claimMinutes', 60, fortyLater),
    };
    const claim = await gql(
      url,
      'mutation ($id: ID!) { claimViolation(id: $id) { id } }',
      { id: pending.id },
      {
        token: moderator,
        now: claimedAt,
      },
    );
    expect(claim.errors).toBeUndefined();
    // Ten minutes on, the claim holds under 30 minutes: 5 would end it at once.
    const short = await preview('moderation.claimMinutes', 5, tenLater);
    expect(short.CLAIMS_LAPSING).toBe((before.short.CLAIMS_LAPSING ?? 0) + 1);
    expect(short.CLAIMS_HELD).toBe(before.short.CLAIMS_HELD);
    // Forty minutes on, it has lapsed under 30: 60 would make it hold again.
    const long = await preview('moderation.claimMinutes', 60, fortyLater);
    expect(long.CLAIMS_RESTORED).toBe((before.long.CLAIMS_RESTORED ?? 0) + 1);
    expect(long.CLAIMS_LAPSING).toBe(before.long.CLAIMS_LAPSING);
  });

  it('says a rule with no countable effect has none, and is for ADMIN only', async () => {
    const result = await gql<{ previewRuleChange: Preview }>(
      url,
      PREVIEW,
      { key: 'appeal.windowDays', value: 30 },
      { token: admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.previewRuleChange).toMatchObject({ key: 'appeal.windowDays', measurable: false, effects: [] });
    expectRefused(
      await gql(url, PREVIEW, { key: 'appeal.windowDays', value: 30 }, { token: moderator }),
      'FORBIDDEN',
      'ROLE',
    );
    expectRefused(
      await gql(url, PREVIEW, { key: 'appeal.windowDays', value: 30 }, { token: analyst }),
      'FORBIDDEN',
      'ROLE',
    );
  });
});

describe(`withdrawing a scheduled value (${driverName})`, () => {
  const KEY = 'certification.fee.PERSONAL_MINI_PROGRAM';
  const FUTURE = '2034-03-01T00:00:00.000Z';

  it('withdraws a future value, audited, and the history no longer holds it', async () => {
    const before = await history(KEY);
    const set = await gql(
      url,
      SET,
      { input: { key: KEY, value: 4500, effectiveFrom: FUTURE, note: '涨价到 45 元' } },
      { token: admin },
    );
    expect(set.errors).toBeUndefined();
    expect((await history(KEY)).length).toBe(before.length + 1);

    // Not by a moderator or an analyst; not without a reason.
    for (const token of [moderator, analyst]) {
      expectRefused(
        await gql(url, WITHDRAW, { key: KEY, effectiveFrom: FUTURE, note: '撤回' }, { token }),
        'FORBIDDEN',
        token === analyst ? 'READ_ONLY_ROLE' : 'ROLE',
      );
    }
    expectRefused(
      await gql(url, WITHDRAW, { key: KEY, effectiveFrom: FUTURE, note: '   ' }, { token: admin }),
      'BAD_USER_INPUT',
      'REQUIRED',
      'note',
    );
    expect((await history(KEY)).length).toBe(before.length + 1);

    const withdrawn = await gql<{ withdrawRuleValue: { key: string; value: unknown; effectiveFrom: string } }>(
      url,
      WITHDRAW,
      { key: KEY, effectiveFrom: FUTURE, note: '价格未获批准' },
      { token: admin },
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data?.withdrawRuleValue).toMatchObject({ key: KEY, value: 4500, effectiveFrom: FUTURE });
    expect(await history(KEY)).toEqual(before);

    const audit = await gql<{
      auditLog: {
        edges: Array<{
          node: {
            action: string;
            targetType: string;
            targetId: string;
            before: unknown;
            after: unknown;
            reason: string;
            actor: { email: string };
          };
        }>;
      };
    }>(
      url,
      '{ auditLog(first: 5, filter: { action: "rule.withdraw" }) { edges { node { action targetType targetId before after reason actor { email } } } } }',
      {},
      { token: admin },
    );
    expect(audit.data?.auditLog.edges.map((edge) => edge.node)).toEqual([
      {
        action: 'rule.withdraw',
        targetType: 'PlatformRule',
        targetId: KEY,
        before: { value: 4500, effectiveFrom: FUTURE, note: '涨价到 45 元' },
        after: null,
        reason: '价格未获批准',
        actor: { email: 'admin@example.com' },
      },
    ]);

    // Withdrawn once: a second time finds nothing.
    expectRefused(
      await gql(url, WITHDRAW, { key: KEY, effectiveFrom: FUTURE, note: '再撤一次' }, { token: admin }),
      'NOT_FOUND',
      'UNKNOWN_ID',
      'effectiveFrom',
    );
  });

  it('withdraws a value once when two admins withdraw it at the same moment', async () => {
    const MOMENT = '2035-07-01T00:00:00.000Z';
    const second = await signIn(url, 'admin@example.com');
    const set = await gql(
      url,
      SET,
      { input: { key: KEY, value: 5000, effectiveFrom: MOMENT, note: '并发' } },
      { token: admin },
    );
    expect(set.errors).toBeUndefined();
    const results = await Promise.all(
      [admin, second].map((token) =>
        gql(url, WITHDRAW, { key: KEY, effectiveFrom: MOMENT, note: '同时撤回' }, { token }),
      ),
    );
    const succeeded = results.filter((result) => !result.errors);
    const refused = results.filter((result) => result.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused.map(refusalOf)).toEqual([{ code: 'NOT_FOUND', reason: 'UNKNOWN_ID' }]);
    const audit = await gql<{ auditLog: { edges: Array<{ node: { before: { effectiveFrom: string } } }> } }>(
      url,
      '{ auditLog(first: 10, filter: { action: "rule.withdraw" }) { edges { node { before } } } }',
      {},
      { token: admin },
    );
    expect(audit.data?.auditLog.edges.filter((edge) => edge.node.before.effectiveFrom === MOMENT)).toHaveLength(1);
  });

  it('refuses a value already in force, and one that has come into force since it was scheduled', async () => {
    const [launch] = await history(KEY);
    if (!launch) throw new Error('no seeded fee');
    const inForce = await gql(
      url,
      WITHDRAW,
      { key: KEY, effectiveFrom: launch.effectiveFrom, note: '撤回生效值' },
      { token: admin },
    );
    expectRefused(inForce, 'INVALID_TRANSITION', 'RULE_ALREADY_IN_FORCE', 'effectiveFrom');
    expect(inForce.errors?.[0]?.message).toMatch(/already in force/);

    // Scheduled for a minute from now; two minutes on it is in force and stays.
    const soon = new Date(Math.ceil((Date.now() + MINUTE) / 1000) * 1000).toISOString();
    const set = await gql(
      url,
      SET,
      { input: { key: KEY, value: 3000, effectiveFrom: soon, note: '同值' } },
      { token: admin },
    );
    expect(set.errors).toBeUndefined();
    const later = new Date(Date.parse(soon) + MINUTE);
    expectRefused(
      await gql(url, WITHDRAW, { key: KEY, effectiveFrom: soon, note: '太晚了' }, { token: admin, now: later }),
      'INVALID_TRANSITION',
      'RULE_ALREADY_IN_FORCE',
    );
    expect((await history(KEY)).some((value) => value.effectiveFrom === soon)).toBe(true);
    // An unknown key is refused as such.
    expectRefused(
      await gql(url, WITHDRAW, { key: 'certification.fee.NOPE', effectiveFrom: FUTURE, note: 'x' }, { token: admin }),
      'BAD_USER_INPUT',
      'UNKNOWN_RULE',
      'key',
    );
  });
});
