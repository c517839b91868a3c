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
  for (const role of ['analyst', 'moderator', 'publisher']) tokens[role] = await signIn(url, `${role}@example.com`);
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

const sum = (rows: Array<{ count: number }> | undefined) => (rows ?? []).reduce((total, row) => total + row.count, 0);

describe(`statistics agree with the lists they summarise (${driverName})`, () => {
  const to = new Date().toISOString();
  const from = new Date(Date.now() - 365 * 86_400_000).toISOString();

  it('counts violations per period at every granularity, and the same total as the list', async () => {
    type Result = {
      stats: {
        day: Array<{ count: number }>;
        week: Array<{ label: string; count: number }>;
        month: Array<{ period: string; label: string; count: number }>;
        farming: Array<{ type: string; count: number }>;
      };
      list: { totalCount: number };
    };
    const result = await gql<Result>(
      url,
      `query ($scope: StatsScope, $from: DateTime, $to: DateTime) {
        stats {
          day: violationsPerPeriod(granularity: DAY, scope: $scope) { count }
          week: violationsPerPeriod(granularity: WEEK, scope: $scope) { label count }
          month: violationsPerPeriod(granularity: MONTH, scope: $scope) { period label count }
          farming: violationsPerPeriod(granularity: MONTH, scope: $scope, type: LIKE_FARMING) { type count }
        }
        list: violations(filter: { reportedFrom: $from, reportedTo: $to }) { totalCount }
      }`,
      { scope: { from, to }, from, to },
      { token: tokens.analyst },
    );
    expect(result.errors).toBeUndefined();
    const stats = result.data?.stats;
    const total = result.data?.list.totalCount ?? 0;
    expect(total).toBeGreaterThan(0);
    expect(sum(stats?.day)).toBe(total);
    expect(sum(stats?.week)).toBe(total);
    expect(sum(stats?.month)).toBe(total);
    // Months start at midnight China time.
    for (const row of stats?.month ?? []) expect(new Date(row.period).getUTCHours()).toBe(16);
    // And each is named as in China: the month after the UTC instant's (2026-01-31T16:00Z is 2026-02).
    expect(stats?.month.length).toBeGreaterThan(0);
    for (const row of stats?.month ?? []) {
      const local = new Date(Date.parse(row.period) + 8 * 3_600_000);
      expect(row.label).toBe(`${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`);
    }
    expect(stats?.week.length).toBeGreaterThan(0);
    for (const row of stats?.week ?? []) expect(row.label).toMatch(/^\d{4}-W\d{2}$/);
    expect(stats?.farming.every((row) => row.type === 'LIKE_FARMING')).toBe(true);
  });

  it('active bans, pending reports, the ladder and the funnel match their lists', async () => {
    const result = await gql<{
      stats: {
        activeBans: { total: number; permanent: number; endingThisWeek: number; endingToday: number };
        pendingReports: Array<{ count: number }>;
        ladderSteps: Array<{ step: number; count: number; orMore: boolean }>;
        certificationFunnel: {
          started: number;
          paid: number;
          approved: number;
          rejected: number;
          passRate: number | null;
        };
      };
      active: { totalCount: number };
      permanent: { totalCount: number };
      pending: { totalCount: number };
      started: { totalCount: number };
    }>(
      url,
      `{
        stats {
          activeBans { total permanent endingThisWeek endingToday }
          pendingReports { count }
          ladderSteps { step count orMore }
          certificationFunnel { started paid approved rejected passRate }
        }
        active: penalties(filter: { activeOnly: true }) { totalCount }
        permanent: penalties(filter: { activeOnly: true, permanent: true }) { totalCount }
        pending: violations(filter: { status: PENDING }) { totalCount }
        started: certifications { totalCount }
      }`,
      {},
      { token: tokens.moderator },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data;
    expect(data?.stats.activeBans.total).toBe(data?.active.totalCount);
    expect(data?.stats.activeBans.permanent).toBe(data?.permanent.totalCount);
    expect(data?.stats.activeBans.endingToday).toBeLessThanOrEqual(data?.stats.activeBans.endingThisWeek ?? 0);
    expect(sum(data?.stats.pendingReports)).toBe(data?.pending.totalCount);
    // The seeded ladder: accounts at steps 1, 2, 3 and permanent.
    expect(data?.stats.ladderSteps.map((row) => row.step)).toEqual([1, 2, 3, 4]);
    expect(data?.stats.ladderSteps.at(-1)?.orMore).toBe(true);
    const funnel = data?.stats.certificationFunnel;
    expect(funnel?.started).toBeLessThanOrEqual(data?.started.totalCount ?? 0);
    expect(funnel && funnel.started >= funnel.paid && funnel.paid >= 0).toBe(true);
    expect(funnel?.passRate).toBeCloseTo((funnel?.approved ?? 0) / ((funnel?.approved ?? 0) + (funnel?.rejected ?? 1)));
  });

  it('narrows by account kind and region', async () => {
    const query = `query ($scope: StatsScope) { stats { violationsPerPeriod(granularity: MONTH, scope: $scope) { count } } }`;
    type Result = { stats: { violationsPerPeriod: Array<{ count: number }> } };
    const all = await gql<Result>(url, query, { scope: { from, to } }, { token: tokens.analyst });
    const subscriptions = await gql<Result>(
      url,
      query,
      { scope: { from, to, accountKind: 'SUBSCRIPTION' } },
      { token: tokens.analyst },
    );
    const nowhere = await gql<Result>(
      url,
      query,
      { scope: { from, to, region: '不存在的地区' } },
      { token: tokens.analyst },
    );
    expect(sum(subscriptions.data?.stats.violationsPerPeriod)).toBeLessThanOrEqual(
      sum(all.data?.stats.violationsPerPeriod),
    );
    expect(sum(nowhere.data?.stats.violationsPerPeriod)).toBe(0);
  });

  it('buckets AUTO by the window: days up to two months, weeks up to a year, months beyond', async () => {
    type Rows = Array<{ period: string; granularity: string; label: string; count: number }>;
    type Result = {
      stats: { granularityFor: string; violations: Rows; corrections: Rows; daily: Rows; dailyViolations: Rows };
    };
    const query = `query ($scope: StatsScope) {
      stats {
        granularityFor(scope: $scope)
        violations: violationsPerPeriod(granularity: AUTO, scope: $scope) { period granularity label count }
        corrections: correctionsPerPeriod(granularity: AUTO, scope: $scope) { period granularity label count }
        daily: correctionsPerPeriod(granularity: DAY, scope: $scope) { period granularity label count }
        dailyViolations: violationsPerPeriod(granularity: DAY, scope: $scope) { period granularity label count }
      }
    }`;
    const end = Date.now();
    const ask = async (days: number) => {
      const scope = { from: new Date(end - days * 86_400_000).toISOString(), to: new Date(end).toISOString() };
      const result = await gql<Result>(url, query, { scope }, { token: tokens.analyst });
      expect(result.errors).toBeUndefined();
      return result.data?.stats as Result['stats'];
    };
    const expected = [
      [30, 'DAY', /^\d{4}-\d{2}-\d{2}$/],
      [62, 'DAY', /^\d{4}-\d{2}-\d{2}$/],
      [90, 'WEEK', /^\d{4}-W\d{2}$/],
      [365, 'WEEK', /^\d{4}-W\d{2}$/],
      [2 * 365, 'MONTH', /^\d{4}-\d{2}$/],
    ] as const;
    for (const [days, granularity, label] of expected) {
      const stats = await ask(days);
      expect(stats.granularityFor, `${days} days`).toBe(granularity);
      for (const row of [...stats.violations, ...stats.corrections]) {
        expect(row.granularity).toBe(granularity);
        expect(row.label).toMatch(label);
      }
      // The same rows, only wider: nothing is lost by bucketing.
      expect(sum(stats.corrections)).toBe(sum(stats.daily));
      expect(sum(stats.violations)).toBe(sum(stats.dailyViolations));
      for (const row of stats.daily) expect(row.granularity).toBe('DAY');
    }
    // A year of corrections: at most 53 weekly points (one per ISO week), not one per day.
    const year = await ask(365);
    expect(year.violations.length).toBeGreaterThan(0);
    expect(year.corrections.length).toBeGreaterThan(0);
    expect(new Set(year.corrections.map((row) => row.label)).size).toBe(year.corrections.length);
    expect(year.corrections.length).toBeLessThanOrEqual(53);
    // Weeks start on Monday, midnight China time (Sunday 16:00 UTC).
    for (const row of year.violations) {
      const start = new Date(row.period);
      expect([start.getUTCDay(), start.getUTCHours()]).toEqual([0, 16]);
    }
    // Months beyond a year start on the first, midnight China time.
    for (const row of (await ask(2 * 365)).violations) {
      const local = new Date(Date.parse(row.period) + 8 * 3_600_000);
      expect([local.getUTCDate(), local.getUTCHours()]).toEqual([1, 0]);
    }
    // An explicit bucket is kept whatever the window.
    const explicit = await gql<{ stats: { violationsPerPeriod: Rows } }>(
      url,
      `query ($scope: StatsScope) { stats { violationsPerPeriod(granularity: DAY, scope: $scope) { granularity } } }`,
      { scope: { from: new Date(end - 2 * 365 * 86_400_000).toISOString(), to: new Date(end).toISOString() } },
      { token: tokens.analyst },
    );
    expect(explicit.data?.stats.violationsPerPeriod.every((row) => row.granularity === 'DAY')).toBe(true);
    // AUTO still refuses what any bucket refuses.
    const long = await gql(
      url,
      '{ stats { granularityFor(scope: { from: "2000-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) } }',
      {},
      { token: tokens.analyst },
    );
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RANGE_TOO_LONG' });
  });

  it('refuses a reversed or too long window, and publishers', async () => {
    const reversed = await gql(
      url,
      '{ stats { violationsPerPeriod(scope: { from: "2026-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z" }) { count } } }',
      {},
      { token: tokens.analyst },
    );
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const long = await gql(
      url,
      '{ stats { violationsPerPeriod(scope: { from: "2000-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) { count } } }',
      {},
      { token: tokens.analyst },
    );
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(codeOf(await gql(url, '{ stats { activeBans { total } } }', {}, { token: tokens.publisher }))).toBe(
      'FORBIDDEN',
    );
  });
});
